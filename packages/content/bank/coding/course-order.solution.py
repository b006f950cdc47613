# Reference solution for bank/coding/course-order.md: Kahn's algorithm (repeatedly take a step with no unmet rule), O(n + m).
from collections import deque


def courseOrder(numCourses, rules):
    unlocks = [[] for _ in range(numCourses)]
    waiting_on = [0] * numCourses
    for before, after in rules:
        unlocks[before].append(after)
        waiting_on[after] += 1
    ready = deque(step for step in range(numCourses) if waiting_on[step] == 0)
    order = []
    while ready:
        step = ready.popleft()
        order.append(step)
        for later in unlocks[step]:
            waiting_on[later] -= 1
            if waiting_on[later] == 0:
                ready.append(later)
    return order if len(order) == numCourses else []
