// Reference solution for bank/coding/leaderboard-top-k-scores.md: a max-heap of totals with stale entries skipped lazily, O(log n) per update, O(k log n) per top.
interface Entry {
  total: number;
  stamp: number;
  player: number;
}

/** A binary max-heap of entries ordered by total. */
class MaxHeap {
  private readonly entries: Entry[] = [];

  push(entry: Entry): void {
    const entries = this.entries;
    entries.push(entry);
    let child = entries.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (entries[parent].total >= entries[child].total) break;
      [entries[parent], entries[child]] = [entries[child], entries[parent]];
      child = parent;
    }
  }

  pop(): Entry {
    const entries = this.entries;
    const first = entries[0];
    const last = entries.pop() as Entry;
    if (entries.length > 0) {
      entries[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let largest = parent;
        if (left < entries.length && entries[left].total > entries[largest].total) largest = left;
        if (right < entries.length && entries[right].total > entries[largest].total)
          largest = right;
        if (largest === parent) break;
        [entries[parent], entries[largest]] = [entries[largest], entries[parent]];
        parent = largest;
      }
    }
    return first;
  }
}

class Leaderboard {
  /** The player's total and the stamp of the heap entry that holds it; older entries are stale. */
  private readonly current = new Map<number, { total: number; stamp: number }>();
  private readonly heap = new MaxHeap();
  private stamps = 0;

  addScore(playerId: number, score: number): void {
    const total = (this.current.get(playerId)?.total ?? 0) + score;
    this.stamps += 1;
    this.current.set(playerId, { total, stamp: this.stamps });
    this.heap.push({ total, stamp: this.stamps, player: playerId });
  }

  top(k: number): number {
    const best: Entry[] = [];
    while (best.length < k) {
      const entry = this.heap.pop();
      if (this.current.get(entry.player)?.stamp === entry.stamp) best.push(entry);
    }
    // The k best stay on the board: put their entries back; stale ones are dropped for good.
    for (const entry of best) this.heap.push(entry);
    return best.reduce((sum, entry) => sum + entry.total, 0);
  }

  reset(playerId: number): void {
    this.current.delete(playerId);
  }
}
