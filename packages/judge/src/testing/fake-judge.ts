import {
  DomainError,
  type IsolationTier,
  type Judge,
  type JudgeEvent,
  type JudgeRequest,
  type JudgeResult,
  type TestResult,
} from '@onsite/core';
import { generateInputs } from '../growth-measurement/generated-inputs';

export interface FakeJudgeOptions {
  /** Wall time each test "takes" before its event is emitted (default 0). */
  readonly testDelayMs?: number;
  readonly isolation?: IsolationTier;
  /** Each submission waits for `release()` before its tests run. */
  readonly gated?: boolean;
  /**
   * Report every test WITH its input, expected and actual output and stdout,
   * hidden ones included, as a careless judge might: for proving that the
   * layer above strips hidden data whatever the judge sends.
   */
  readonly revealHiddenData?: boolean;
  /**
   * The time a custom input takes, from its size n (the first argument's
   * length, or its value when it is a number). Default: n/10 ms, or n²/1000
   * when the source contains `QUADRATIC`. Above the spec's time limit the
   * input gets Time Limit Exceeded.
   */
  readonly customTimeMs?: (n: number, source: string) => number;
  /**
   * Skip running the spec's generator for `generatedInputs` and time each one by its size alone:
   * for benches of what surrounds the judge (the queue, the database), where making megabytes of
   * inputs would only measure the generator.
   */
  readonly skipsGeneration?: boolean;
}

export interface FakeJudge extends Judge {
  /** Every request received, in order. */
  readonly requests: JudgeRequest[];
  /** The most submissions that were ever being judged at once. */
  readonly peakConcurrency: number;
  /** Lets the oldest waiting submission go on (with `gated: true`). */
  release(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const defaultCustomTime = (n: number, source: string): number =>
  source.includes('QUADRATIC') ? (n * n) / 1000 : n / 10;

const sizeOf = (args: readonly unknown[]): number => {
  const [first] = args;
  return Array.isArray(first) ? first.length : typeof first === 'number' ? first : 0;
};

/**
 * A stand-in for the sandboxed judge, for tests of everything around it (pool,
 * queue, server, growth measurement): it runs nothing. The source steers it:
 * `WRONG` fails the last spec test with Wrong Answer, `CRASH` makes `judge()`
 * throw (a judge bug, not a verdict), `UNAVAILABLE` throws the domain error
 * LANGUAGE_UNAVAILABLE, `MEASURING_FAILS` throws on any run with custom
 * or generated inputs; anything else is Accepted. Spec tests take 1 ms; custom and
 * generated inputs (how growth is measured) take `customTimeMs`.
 */
export function createFakeJudge(options: FakeJudgeOptions = {}): FakeJudge {
  const requests: JudgeRequest[] = [];
  const gates: (() => void)[] = [];
  let running = 0;
  let peakConcurrency = 0;
  const isolation = options.isolation ?? 'namespaces';
  const customTimeMs = options.customTimeMs ?? defaultCustomTime;

  async function judge(
    request: JudgeRequest,
    onEvent?: (event: JudgeEvent) => void,
  ): Promise<JudgeResult> {
    requests.push(request);
    if (options.gated === true) await new Promise<void>((resolve) => gates.push(resolve));
    const { source, spec } = request;
    if (source.includes('CRASH')) throw new Error('fake judge crashed');
    if (source.includes('UNAVAILABLE'))
      throw new DomainError('LANGUAGE_UNAVAILABLE', `${request.language} is not installed here`);
    const custom = request.mode === 'run' ? (request.customInputs ?? []) : [];
    const generated =
      options.skipsGeneration === true &&
      request.mode === 'run' &&
      request.generatedInputs !== undefined
        ? Array.from({ length: request.generatedInputs.count }, () => [
            request.generatedInputs?.size ?? 0,
          ])
        : generateInputs(request);
    if (custom.length + generated.length > 0 && source.includes('MEASURING_FAILS'))
      throw new Error('the sandbox vanished');

    const chosen = spec.tests
      .map((test, index) => ({ test, index }))
      .filter(({ test }) => request.mode === 'submit' || test.sample);
    const tests: TestResult[] = [];
    const emit = async (result: TestResult): Promise<void> => {
      if (options.testDelayMs !== undefined) await sleep(options.testDelayMs);
      tests.push(result);
      onEvent?.({ type: 'test', result });
    };
    for (const [k, { test, index }] of chosen.entries()) {
      const wrong = k === chosen.length - 1 && source.includes('WRONG');
      const shown =
        options.revealHiddenData === true || test.sample
          ? {
              input: test.args,
              expected: test.expected,
              actual: wrong ? null : test.expected,
              stdout: 'printed',
            }
          : {};
      await emit({
        index,
        verdict: wrong ? 'Wrong Answer' : 'Accepted',
        timeMs: 1,
        memoryKb: 1024,
        sample: test.sample,
        ...shown,
      });
    }
    for (const [k, args] of custom.entries()) {
      const timeMs = customTimeMs(sizeOf(args), source);
      await emit({
        index: spec.tests.length + k,
        verdict: timeMs > spec.limits.timeLimitMs ? 'Time Limit Exceeded' : 'Accepted',
        timeMs,
        memoryKb: 1024,
        sample: true,
        input: args,
      });
    }
    for (const [k, args] of generated.entries()) {
      // As the sandbox judge does: a generated input's result is its time only.
      const timeMs = customTimeMs(sizeOf(args), source);
      await emit({
        index: spec.tests.length + custom.length + k,
        verdict: timeMs > spec.limits.timeLimitMs ? 'Time Limit Exceeded' : 'Accepted',
        timeMs,
        memoryKb: 1024,
        sample: false,
      });
    }
    const passed = tests.filter((test) => test.verdict === 'Accepted').length;
    const firstFailure = tests.find((test) => test.verdict !== 'Accepted');
    const result: JudgeResult = {
      verdict: firstFailure?.verdict ?? 'Accepted',
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
  }

  return {
    isolation,
    requests,
    get peakConcurrency() {
      return peakConcurrency;
    },
    release: () => gates.shift()?.(),
    async judge(request, onEvent) {
      running += 1;
      peakConcurrency = Math.max(peakConcurrency, running);
      try {
        return await judge(request, onEvent);
      } finally {
        running -= 1;
      }
    },
  };
}
