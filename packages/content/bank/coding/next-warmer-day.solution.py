# Reference solution for bank/coding/next-warmer-day.md: a monotonic stack of days still waiting
# for a warmer one, O(n) time, O(n) space.
def daysUntilWarmer(temps):
    wait = [0] * len(temps)
    waiting = []  # indices whose temperatures never increase from bottom to top
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] < temp:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
