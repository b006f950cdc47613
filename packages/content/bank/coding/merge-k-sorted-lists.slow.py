# Too slow on purpose, for reference-solutions.test.ts: scans every list's front node to find the
# smallest one, for each of the N nodes, O(N·k).
def mergeKLists(lists):
    fronts = list(lists)
    anchor = ListNode()
    tail = anchor
    while True:
        best = -1
        for index, node in enumerate(fronts):
            if node is not None and (best == -1 or node.val < fronts[best].val):
                best = index
        if best == -1:
            break
        tail.next = fronts[best]
        tail = tail.next
        fronts[best] = tail.next
    tail.next = None
    return anchor.next
