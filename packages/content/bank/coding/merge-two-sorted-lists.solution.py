# Reference solution for bank/coding/merge-two-sorted-lists.md: splice the nodes behind a dummy head, O(n + m) time, O(1) space.
def mergeTwoLists(list1, list2):
    anchor = ListNode()
    tail = anchor
    while list1 is not None and list2 is not None:
        if list2.val < list1.val:
            tail.next, list2 = list2, list2.next
        else:
            tail.next, list1 = list1, list1.next
        tail = tail.next
    tail.next = list1 if list1 is not None else list2
    return anchor.next
