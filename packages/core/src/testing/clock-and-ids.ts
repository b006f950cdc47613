import type { Clock, IdGenerator } from '../clock';

/** A clock for tests that only moves when told to. */
export class ManualClock implements Clock {
  #current: number;
  constructor(start: Date = new Date('2026-01-01T09:00:00.000Z')) {
    this.#current = start.getTime();
  }
  now(): Date {
    return new Date(this.#current);
  }
  advance(ms: number): void {
    this.#current += ms;
  }
}

/** Predictable ids for tests: `prefix-1`, `prefix-2`, … */
export class SequentialIds implements IdGenerator {
  #count = 0;
  constructor(private readonly prefix = 'id') {}
  next(): string {
    this.#count += 1;
    return `${this.prefix}-${this.#count}`;
  }
}
