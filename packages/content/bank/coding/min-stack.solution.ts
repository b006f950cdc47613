// Reference solution for bank/coding/min-stack.md: each entry remembers the minimum below it, O(1) per call.
class MinStack {
  private readonly values: number[] = [];
  private readonly lows: number[] = [];

  push(val: number): void {
    const below = this.lows[this.lows.length - 1];
    this.values.push(val);
    this.lows.push(below === undefined ? val : Math.min(val, below));
  }

  pop(): void {
    this.values.pop();
    this.lows.pop();
  }

  top(): number {
    return this.values[this.values.length - 1];
  }

  getMin(): number {
    return this.lows[this.lows.length - 1];
  }
}
