# Too slow on purpose, for reference-solutions.test.ts: walks to the tail again for every node it moves.
def reverseList(head):
    reversed_head = reversed_tail = None
    while head is not None:
        if head.next is None:
            tail, head = head, None
        else:
            before = head
            while before.next.next is not None:
                before = before.next
            tail, before.next = before.next, None
        if reversed_head is None:
            reversed_head = reversed_tail = tail
        else:
            reversed_tail.next = tail
            reversed_tail = tail
    return reversed_head
