/** Time and randomness are injected: core never reads Date.now() or Math.random(). */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new opaque, URL-safe, globally unique id. */
  next(): string;
}
