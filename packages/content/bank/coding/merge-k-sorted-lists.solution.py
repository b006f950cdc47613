# Reference solution for bank/coding/merge-k-sorted-lists.md: a min-heap of the k front nodes,
# O(N log k) time, O(k) extra space.
import heapq


def mergeKLists(lists):
    fronts = [(node.val, index, node) for index, node in enumerate(lists) if node is not None]
    heapq.heapify(fronts)
    anchor = ListNode()
    tail = anchor
    while fronts:
        _, index, node = fronts[0]
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heapreplace(fronts, (node.next.val, index, node.next))
        else:
            heapq.heappop(fronts)
    tail.next = None
    return anchor.next
