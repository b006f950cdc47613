# Too slow on purpose, for reference-solutions.test.ts: for every meeting, counts the meetings running when it starts, O(n²).
def minMeetingRooms(meetings):
    most = 0
    for start, _ in meetings:
        running = 0
        for other_start, other_end in meetings:
            if other_start <= start < other_end:
                running += 1
        most = max(most, running)
    return most
