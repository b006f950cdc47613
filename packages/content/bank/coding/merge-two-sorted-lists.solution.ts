// Reference solution for bank/coding/merge-two-sorted-lists.md: splice the nodes behind a dummy head, O(n + m) time, O(1) space.
function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  const anchor = new ListNode(0, null);
  let tail: ListNode = anchor;
  let first = list1;
  let second = list2;
  while (first !== null && second !== null) {
    if (second.val < first.val) {
      tail.next = second;
      second = second.next;
    } else {
      tail.next = first;
      first = first.next;
    }
    tail = tail.next;
  }
  tail.next = first !== null ? first : second;
  return anchor.next;
}
