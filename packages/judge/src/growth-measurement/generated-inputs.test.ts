import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema } from '@onsite/core';
import { createSandboxJudge } from '../sandbox-judge';
import { detectToolchains } from '../toolchains';
import { generateInputs, generateInputsJson } from './generated-inputs';
import { createGeneratorThread } from './generator-thread';

const spec = JudgeSpecSchema.parse({
  id: 'sum-list',
  signature: {
    style: 'function',
    name: 'total',
    params: [{ name: 'nums', type: 'int[]' }],
    returns: 'long',
  },
  tests: [{ args: [[1, 2, 3]], expected: 6, sample: true }],
  generator: { source: '(n, rng) => [Array.from({ length: n }, () => Math.floor(rng() * 1000))]' },
});

describe('generated inputs (a growth measurement asks for a seed, n and a count)', () => {
  it('are the same for the same seed wherever they are made, and differ between seeds', () => {
    const ask = (seed: number) =>
      generateInputs({ spec, mode: 'run', generatedInputs: { seed, size: 50, count: 3 } });
    expect(ask(5)).toEqual(ask(5));
    expect(ask(5)).not.toEqual(ask(6));
    expect(ask(5).map(([nums]) => (Array.isArray(nums) ? nums.length : null))).toEqual([
      50, 50, 50,
    ]);
    // The count inputs of one request differ from each other, as independent samples should.
    expect(ask(5)[0]).not.toEqual(ask(5)[1]);
  });

  it('are made only in run mode, and need the spec to have a generator', () => {
    expect(
      generateInputs({ spec, mode: 'submit', generatedInputs: { seed: 1, size: 5, count: 2 } }),
    ).toEqual([]);
    expect(generateInputs({ spec, mode: 'run' })).toEqual([]);
    const { generator: _generator, ...withoutGenerator } = spec;
    expect(() =>
      generateInputs({
        spec: withoutGenerator,
        mode: 'run',
        generatedInputs: { seed: 1, size: 5, count: 1 },
      }),
    ).toThrow(/has no input generator/);
  });

  it('made in the worker thread are the same inputs, as UTF-8 JSON', async () => {
    const thread = createGeneratorThread();
    try {
      const request = {
        spec,
        mode: 'run',
        generatedInputs: { seed: 9, size: 40, count: 3 },
      } as const;
      const json = await generateInputsJson(request, thread);
      expect(json.map((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown)).toEqual(
        generateInputs(request),
      );
      await expect(generateInputsJson({ ...request, mode: 'submit' }, thread)).resolves.toEqual([]);
    } finally {
      await thread.close();
    }
  });

  it("made in the worker thread leave the caller's event loop free, and a failing generator is named", async () => {
    // A generator that keeps a CPU busy for about a second: on the caller's thread no timer could fire meanwhile.
    const busy = {
      ...spec,
      generator: {
        source:
          '(n) => { const end = Date.now() + 1000; let x = 0; while (Date.now() < end) x++; return [[x % 7]]; }',
      },
    };
    const thread = createGeneratorThread();
    try {
      const ticks: number[] = [];
      const timer = setInterval(() => ticks.push(Date.now()), 20);
      await generateInputsJson(
        { spec: busy, mode: 'run', generatedInputs: { seed: 1, size: 1, count: 1 } },
        thread,
      );
      clearInterval(timer);
      // Some ticks fire while the generator runs; a blocked loop would fire at most one, after it.
      expect(ticks.length).toBeGreaterThan(3);
      const broken = {
        ...spec,
        generator: { source: '(n) => { throw new Error("no inputs today"); }' },
      };
      await expect(
        generateInputsJson(
          { spec: broken, mode: 'run', generatedInputs: { seed: 1, size: 5, count: 1 } },
          thread,
        ),
      ).rejects.toThrow(/generator failed for n=5: .*no inputs today/);
    } finally {
      await thread.close();
    }
  });

  it.runIf(detectToolchains().python.available)(
    'run in the sandbox after the samples, each result holding its index, verdict, time and memory only',
    async () => {
      const judge = createSandboxJudge();
      try {
        const result = await judge.judge({
          spec,
          language: 'python',
          source: 'def total(nums):\n    return sum(nums)\n',
          mode: 'run',
          generatedInputs: { seed: 3, size: 1000, count: 2 },
        });
        expect(result.verdict).toBe('Accepted');
        expect(result.tests.map((test) => test.index)).toEqual([0, 1, 2]);
        expect(result.tests[0]).toHaveProperty('input');
        for (const test of result.tests.slice(1))
          expect(Object.keys(test).sort()).toEqual([
            'index',
            'memoryKb',
            'sample',
            'timeMs',
            'verdict',
          ]);
      } finally {
        await judge.close();
      }
    },
  );
});
