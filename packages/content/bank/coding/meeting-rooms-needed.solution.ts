// Reference solution for bank/coding/meeting-rooms-needed.md: sort by start, min-heap of each room's end time, reuse the earliest-free room, O(n log n).
function minMeetingRooms(meetings: number[][]): number {
  const roomEnds: number[] = []; // one end time per room opened, earliest on top

  const siftUp = (start: number): void => {
    let child = start;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (roomEnds[parent] <= roomEnds[child]) break;
      [roomEnds[parent], roomEnds[child]] = [roomEnds[child], roomEnds[parent]];
      child = parent;
    }
  };

  const siftDown = (start: number): void => {
    let parent = start;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < roomEnds.length && roomEnds[left] < roomEnds[smallest]) smallest = left;
      if (right < roomEnds.length && roomEnds[right] < roomEnds[smallest]) smallest = right;
      if (smallest === parent) return;
      [roomEnds[parent], roomEnds[smallest]] = [roomEnds[smallest], roomEnds[parent]];
      parent = smallest;
    }
  };

  const byStart = [...meetings].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of byStart) {
    if (roomEnds.length > 0 && roomEnds[0] <= start) {
      roomEnds[0] = end; // the earliest-free room is free again: reuse it
      siftDown(0);
    } else {
      roomEnds.push(end); // every room is busy: open a new one
      siftUp(roomEnds.length - 1);
    }
  }
  return roomEnds.length;
}
