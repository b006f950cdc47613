// Reference solution for bank/coding/network-delay.md: Dijkstra with a binary heap, O(m log n).
function networkDelay(n: number, links: number[][], source: number): number {
  const outgoing: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  for (const [start, end, delay] of links) outgoing[start].push([end, delay]);

  // A binary min-heap of [time, server] pairs, ordered by time.
  const heap: Array<[number, number]> = [];
  const push = (entry: [number, number]): void => {
    heap.push(entry);
    let child = heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (heap[parent][0] <= heap[child][0]) break;
      [heap[parent], heap[child]] = [heap[child], heap[parent]];
      child = parent;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop() as [number, number];
    if (heap.length > 0) {
      heap[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < heap.length && heap[left][0] < heap[smallest][0]) smallest = left;
        if (right < heap.length && heap[right][0] < heap[smallest][0]) smallest = right;
        if (smallest === parent) break;
        [heap[parent], heap[smallest]] = [heap[smallest], heap[parent]];
        parent = smallest;
      }
    }
    return top;
  };

  const arrival = new Array<number>(n).fill(-1);
  let reached = 0;
  let latest = 0;
  push([0, source]);
  while (heap.length > 0) {
    const [time, server] = pop();
    if (arrival[server] !== -1) continue; // an older, longer entry for a server already settled
    arrival[server] = time;
    reached += 1;
    latest = Math.max(latest, time);
    for (const [neighbour, delay] of outgoing[server])
      if (arrival[neighbour] === -1) push([time + delay, neighbour]);
  }
  return reached === n ? latest : -1;
}
