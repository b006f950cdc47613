# Too slow on purpose, for reference-solutions.test.ts: for every day, scans forward to the first
# warmer day, O(n²) when long cold stretches wait for the same warm day.
def daysUntilWarmer(temps):
    n = len(temps)
    wait = [0] * n
    for day in range(n):
        for later in range(day + 1, n):
            if temps[later] > temps[day]:
                wait[day] = later - day
                break
    return wait
