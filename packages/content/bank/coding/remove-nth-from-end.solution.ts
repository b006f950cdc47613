// Reference solution for bank/coding/remove-nth-from-end.md: a lead pointer n nodes ahead, one pass, O(L) time, O(1) space.
function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
  const anchor = new ListNode(0, head);
  let lead: ListNode = anchor;
  for (let step = 0; step < n; step += 1) lead = lead.next as ListNode;
  let trail: ListNode = anchor;
  while (lead.next !== null) {
    lead = lead.next;
    trail = trail.next as ListNode;
  }
  trail.next = (trail.next as ListNode).next;
  return anchor.next;
}
