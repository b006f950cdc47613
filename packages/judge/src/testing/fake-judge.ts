import { DomainError, type IsolationTier, type Judge, type JudgeEvent, type JudgeRequest, type JudgeResult, type TestResult } from '@onsite/core';

export interface FakeJudgeOptions {
  /** Wall time each test "takes" before its event is emitted (default 0). */
  readonly testDelayMs?: number;
  readonly isolation?: IsolationTier;
}

export interface FakeJudge extends Judge {
  /** Every request received, in order. */
  readonly requests: JudgeRequest[];
  /** The most submissions that were ever being judged at once. */
  readonly peakConcurrency: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A stand-in for the sandboxed judge, for tests of everything around it (pool,
 * queue, complexity): it runs nothing. A source containing `WRONG` fails its
 * last test with Wrong Answer, one containing `CRASH` makes `judge()` throw (a
 * judge bug, not a verdict), one containing `UNAVAILABLE` throws the domain
 * error LANGUAGE_UNAVAILABLE, anything else is Accepted. A test's `timeMs` is
 * its first argument when that is a number, so tests can script timings.
 */
export function createFakeJudge(options: FakeJudgeOptions = {}): FakeJudge {
  const requests: JudgeRequest[] = [];
  let running = 0;
  let peakConcurrency = 0;
  const isolation = options.isolation ?? 'namespaces';

  return {
    isolation,
    requests,
    get peakConcurrency() {
      return peakConcurrency;
    },
    async judge(request: JudgeRequest, onEvent?: (event: JudgeEvent) => void): Promise<JudgeResult> {
      requests.push(request);
      running += 1;
      peakConcurrency = Math.max(peakConcurrency, running);
      try {
        if (request.source.includes('CRASH')) throw new Error('fake judge crashed');
        if (request.source.includes('UNAVAILABLE')) throw new DomainError('LANGUAGE_UNAVAILABLE', `${request.language} is not installed here`);
        const chosen = request.spec.tests.filter((test) => request.mode === 'submit' || test.sample);
        const inputs = [...chosen.map((test) => ({ args: test.args, sample: test.sample })), ...(request.customInputs ?? []).map((args) => ({ args, sample: true }))];
        const tests: TestResult[] = [];
        for (const [index, input] of inputs.entries()) {
          if (options.testDelayMs !== undefined) await sleep(options.testDelayMs);
          const isLast = index === inputs.length - 1;
          const first = input.args[0];
          const result: TestResult = {
            index,
            verdict: isLast && request.source.includes('WRONG') ? 'Wrong Answer' : 'Accepted',
            timeMs: typeof first === 'number' ? first : 1,
            memoryKb: 1024,
            sample: input.sample,
          };
          tests.push(result);
          onEvent?.({ type: 'test', result });
        }
        const passed = tests.filter((test) => test.verdict === 'Accepted').length;
        const result: JudgeResult = {
          verdict: passed === tests.length ? 'Accepted' : 'Wrong Answer',
          passed,
          total: tests.length,
          tests,
          compileOutput: null,
          compileTimeMs: null,
          error: null,
          isolation,
        };
        onEvent?.({ type: 'done', result });
        return result;
      } finally {
        running -= 1;
      }
    },
  };
}
