# Too slow on purpose, for reference-solutions.test.ts: for every node, walks to the end to count the
# nodes from it onwards, O(L²) when n is small.
def removeNthFromEnd(head, n):
    before, node = None, head
    while node is not None:
        remaining, probe = 0, node
        while probe is not None:
            remaining += 1
            probe = probe.next
        if remaining == n:
            if before is None:
                return node.next
            before.next = node.next
            return head
        before, node = node, node.next
    return head
