# Reference solution for bank/coding/reverse-linked-list.md: turn each link around while walking, O(n) time, O(1) space.
def reverseList(head):
    previous = None
    while head is not None:
        following = head.next
        head.next = previous
        previous = head
        head = following
    return previous
