import { describe, expect, it } from 'vitest';
import {
  isDomainError,
  JudgeSpecSchema,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
} from '@onsite/core';
import { createJudgePool } from './judge-pool';
import { createFakeJudge } from '../testing/fake-judge';

const spec = JudgeSpecSchema.parse({
  id: 'echo',
  signature: {
    style: 'function',
    name: 'echo',
    params: [{ name: 'x', type: 'int' }],
    returns: 'int',
  },
  tests: [{ args: [1], expected: 1, sample: true }],
});
const request = (source: string): JudgeRequest => ({
  spec,
  language: 'javascript',
  source,
  mode: 'submit',
});

/** A judge whose submissions finish only when the test says so, to hold the pool in a known state. */
function createGatedJudge() {
  const inner = createFakeJudge();
  const gates: (() => void)[] = [];
  let running = 0;
  let peak = 0;
  const judge: Judge = {
    isolation: 'rlimits',
    async judge(req, onEvent): Promise<JudgeResult> {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running -= 1;
      return inner.judge(req, onEvent);
    },
  };
  return {
    judge,
    finishOldest: async () => {
      gates.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    get started() {
      return gates.length;
    },
    get peak() {
      return peak;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createJudgePool', () => {
  it('runs at most `concurrency` submissions at once and queues the rest', async () => {
    const gated = createGatedJudge();
    const pool = createJudgePool({ judge: gated.judge, concurrency: 2 });
    const results = Array.from({ length: 5 }, (_, i) => pool.judge(request(`s${i}`)));
    await tick();
    expect(gated.started).toBe(2);
    expect(pool.stats()).toEqual({ running: 2, queued: 3, concurrency: 2 });
    for (let i = 0; i < 5; i += 1) await gated.finishOldest();
    await Promise.all(results);
    expect(gated.peak).toBe(2);
    expect(pool.stats()).toEqual({ running: 0, queued: 0, concurrency: 2 });
  });

  it('tells each waiting submission its position and updates it as the queue moves', async () => {
    const gated = createGatedJudge();
    const pool = createJudgePool({ judge: gated.judge, concurrency: 1 });
    const heard: JudgeEvent[][] = [[], [], []];
    const results = heard.map((events, i) =>
      pool.judge(request(`s${i}`), (event) => events.push(event)),
    );
    await tick();
    expect(heard.map((events) => events.filter((e) => e.type === 'queued'))).toEqual([
      [],
      [{ type: 'queued', position: 1 }],
      [{ type: 'queued', position: 2 }],
    ]);

    await gated.finishOldest();
    expect(heard[2]?.at(-1)).toEqual({ type: 'queued', position: 1 });
    await gated.finishOldest();
    await gated.finishOldest();
    await Promise.all(results);
    expect(heard[2]?.map((e) => e.type)).toEqual(['queued', 'queued', 'test', 'done']);
  });

  it('starts submissions in the order they arrived', async () => {
    const fake = createFakeJudge({ testDelayMs: 2 });
    const pool = createJudgePool({ judge: fake, concurrency: 1 });
    await Promise.all(['a', 'b', 'c', 'd'].map((source) => pool.judge(request(source))));
    expect(fake.requests.map((r) => r.source)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the bound with a real (fake) judge under load', async () => {
    const fake = createFakeJudge({ testDelayMs: 3 });
    const pool = createJudgePool({ judge: fake, concurrency: 3 });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => pool.judge(request(`s${i}`))),
    );
    expect(results.every((r) => r.verdict === 'Accepted')).toBe(true);
    expect(fake.peakConcurrency).toBe(3);
  });

  it('frees the slot when the judge itself fails, so the queue keeps moving', async () => {
    const pool = createJudgePool({ judge: createFakeJudge(), concurrency: 1 });
    const crashed = pool.judge(request('CRASH'));
    const next = pool.judge(request('fine'));
    await expect(crashed).rejects.toThrow('fake judge crashed');
    await expect(next).resolves.toMatchObject({ verdict: 'Accepted' });
    expect(pool.stats().running).toBe(0);
  });

  it('rejects with QUEUE_FULL beyond maxQueued waiting submissions', async () => {
    const gated = createGatedJudge();
    const pool = createJudgePool({ judge: gated.judge, concurrency: 1, maxQueued: 1 });
    const first = pool.judge(request('a'));
    const second = pool.judge(request('b'));
    const error: unknown = await pool.judge(request('c')).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('QUEUE_FULL');
    await gated.finishOldest();
    await gated.finishOldest();
    await Promise.all([first, second]);
  });

  it('reports the isolation tier of the judge it wraps', () => {
    expect(createJudgePool({ judge: createFakeJudge({ isolation: 'none' }) }).isolation).toBe(
      'none',
    );
  });

  it('refuses a concurrency below one', () => {
    expect(() => createJudgePool({ judge: createFakeJudge(), concurrency: 0 })).toThrow(RangeError);
  });
});
