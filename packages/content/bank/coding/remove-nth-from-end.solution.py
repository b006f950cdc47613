# Reference solution for bank/coding/remove-nth-from-end.md: a lead pointer n nodes ahead, one pass, O(L) time, O(1) space.
def removeNthFromEnd(head, n):
    anchor = ListNode(0, head)
    lead = anchor
    for _ in range(n):
        lead = lead.next
    trail = anchor
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return anchor.next
