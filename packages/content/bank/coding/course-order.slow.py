# Too slow on purpose, for reference-solutions.test.ts: each round scans every rule again to find
# the steps whose rules are all met, O(n·m) on a long chain of dependencies.
def courseOrder(numCourses, rules):
    placed = [False] * numCourses
    order = []
    while len(order) < numCourses:
        blocked = [False] * numCourses
        for before, after in rules:
            if not placed[before]:
                blocked[after] = True
        free = [step for step in range(numCourses) if not placed[step] and not blocked[step]]
        if not free:
            return []
        step = free[0]
        placed[step] = True
        order.append(step)
    return order
