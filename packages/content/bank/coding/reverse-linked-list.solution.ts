// Reference solution for bank/coding/reverse-linked-list.md: turn each link around while walking, O(n) time, O(1) space.
function reverseList(head: ListNode | null): ListNode | null {
  let previous: ListNode | null = null;
  let current = head;
  while (current !== null) {
    const following: ListNode | null = current.next;
    current.next = previous;
    previous = current;
    current = following;
  }
  return previous;
}
