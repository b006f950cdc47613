# Too slow on purpose, for reference-solutions.test.ts: inserts each node of list2 into list1 by walking
# from the head every time, O(n·m).
def mergeTwoLists(list1, list2):
    head = list1
    while list2 is not None:
        node, list2 = list2, list2.next
        if head is None or node.val < head.val:
            node.next, head = head, node
            continue
        before = head
        while before.next is not None and before.next.val <= node.val:
            before = before.next
        node.next, before.next = before.next, node
    return head
