// Reference solution for bank/coding/time-based-kv-store.md: per key, times in increasing order and a binary search, O(log n) per get.
interface History {
  times: number[];
  values: string[];
}

class TimeMap {
  private readonly histories = new Map<string, History>();

  set(key: string, value: string, timestamp: number): void {
    let history = this.histories.get(key);
    if (history === undefined) {
      history = { times: [], values: [] };
      this.histories.set(key, history);
    }
    // Timestamps of set only increase, so appending keeps each key's times sorted.
    history.times.push(timestamp);
    history.values.push(value);
  }

  get(key: string, timestamp: number): string {
    const history = this.histories.get(key);
    if (history === undefined) return '';
    // Find the number of times that are <= timestamp: the answer is the value just before that point.
    let low = 0;
    let high = history.times.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (history.times[middle] <= timestamp) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? history.values[low - 1] : '';
  }
}
