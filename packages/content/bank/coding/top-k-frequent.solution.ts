// Reference solution for bank/coding/top-k-frequent.md: count with a hash map, keep a min-heap of the k largest counts, O(n log k).
function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);

  // A min-heap of [count, value] pairs ordered by count.
  const heap: Array<[number, number]> = [];
  const swap = (a: number, b: number): void => {
    [heap[a], heap[b]] = [heap[b], heap[a]];
  };
  const siftUp = (start: number): void => {
    let child = start;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (heap[parent][0] <= heap[child][0]) break;
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
      if (left < heap.length && heap[left][0] < heap[smallest][0]) smallest = left;
      if (right < heap.length && heap[right][0] < heap[smallest][0]) smallest = right;
      if (smallest === parent) return;
      swap(parent, smallest);
      parent = smallest;
    }
  };

  for (const [value, count] of counts) {
    if (heap.length < k) {
      heap.push([count, value]);
      siftUp(heap.length - 1);
    } else if (count > heap[0][0]) {
      heap[0] = [count, value];
      siftDown(0);
    }
  }
  return heap.map(([, value]) => value);
}
