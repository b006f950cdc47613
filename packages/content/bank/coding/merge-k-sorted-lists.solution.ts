// Reference solution for bank/coding/merge-k-sorted-lists.md: a min-heap of the k front nodes,
// O(N log k) time, O(k) extra space.
function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  const heap: ListNode[] = [];
  const swap = (a: number, b: number): void => {
    [heap[a], heap[b]] = [heap[b], heap[a]];
  };
  const siftUp = (start: number): void => {
    let child = start;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (heap[parent].val <= heap[child].val) return;
      swap(parent, child);
      child = parent;
    }
  };
  const siftDown = (start: number): void => {
    let parent = start;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < heap.length && heap[left].val < heap[smallest].val) smallest = left;
      if (right < heap.length && heap[right].val < heap[smallest].val) smallest = right;
      if (smallest === parent) return;
      swap(parent, smallest);
      parent = smallest;
    }
  };

  for (const head of lists) {
    if (head !== null) {
      heap.push(head);
      siftUp(heap.length - 1);
    }
  }
  const anchor = new ListNode(0, null);
  let tail: ListNode = anchor;
  while (heap.length > 0) {
    const node = heap[0];
    tail.next = node;
    tail = node;
    if (node.next !== null) {
      heap[0] = node.next;
    } else {
      const last = heap.pop() as ListNode;
      if (heap.length > 0) heap[0] = last;
    }
    siftDown(0);
  }
  tail.next = null;
  return anchor.next;
}
