// Reference solution for bank/coding/rate-limiter-sliding-window.md: a queue of accepted times per client, O(1) amortized per call.
class TimeQueue {
  private times: number[] = [];
  private head = 0;

  get size(): number {
    return this.times.length - this.head;
  }

  push(time: number): void {
    this.times.push(time);
  }

  /** Drops every time at or before `cutoff` from the front (times are in order). */
  dropUpTo(cutoff: number): void {
    while (this.head < this.times.length && this.times[this.head] <= cutoff) this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }
}

class RateLimiter {
  private readonly accepted = new Map<string, TimeQueue>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  allow(clientId: string, timestamp: number): boolean {
    let times = this.accepted.get(clientId);
    if (times === undefined) {
      times = new TimeQueue();
      this.accepted.set(clientId, times);
    }
    // Times at or before timestamp - window have left the window for good: timestamps never go back.
    times.dropUpTo(timestamp - this.windowSeconds);
    if (times.size >= this.limit) return false;
    times.push(timestamp);
    return true;
  }
}
