// Reference solution for bank/coding/hit-counter.md: a queue of (second, hits) pairs and a running total, O(1) amortized per call.
const WINDOW_SECONDS = 300;

class HitCounter {
  private seconds: number[] = [];
  private hits: number[] = [];
  private head = 0;
  private total = 0;

  hit(timestamp: number): void {
    const last = this.seconds.length - 1;
    if (last >= this.head && this.seconds[last] === timestamp) this.hits[last] += 1;
    else {
      this.seconds.push(timestamp);
      this.hits.push(1);
    }
    this.total += 1;
  }

  getHits(timestamp: number): number {
    // Timestamps never go back, so a second that has left the window is gone for good.
    while (
      this.head < this.seconds.length &&
      this.seconds[this.head] <= timestamp - WINDOW_SECONDS
    ) {
      this.total -= this.hits[this.head];
      this.head += 1;
    }
    return this.total;
  }
}
