# Reference solution for bank/coding/meeting-rooms-needed.md: sort by start, min-heap of each room's end time, reuse the earliest-free room, O(n log n).
import heapq


def minMeetingRooms(meetings):
    room_ends = []  # one end time per room opened, earliest on top
    for start, end in sorted(meetings, key=lambda meeting: meeting[0]):
        if room_ends and room_ends[0] <= start:
            heapq.heapreplace(room_ends, end)
        else:
            heapq.heappush(room_ends, end)
    return len(room_ends)
