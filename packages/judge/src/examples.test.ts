import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema, type JudgeSpec, type Language } from '@onsite/core';
import { compileGenerator } from './growth-measurement/generator';
import { createSandboxJudge } from './sandbox-judge';
import { detectToolchains } from './toolchains';

/** The example specs documented in docs/judge-spec.md must stay valid and judgeable. */
const EXAMPLES_DIR = join(import.meta.dirname, '..', 'examples');
const files = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json'));
const load = (file: string): JudgeSpec =>
  JudgeSpecSchema.parse(JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')));

const REFERENCE: Record<string, Partial<Record<Language, string>>> = {
  'two-sum': {
    python:
      'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n',
    javascript:
      'function twoSum(nums, target) { const seen = new Map(); for (let i = 0; i < nums.length; i++) { const j = seen.get(target - nums[i]); if (j !== undefined) return [j, i]; seen.set(nums[i], i); } return []; }',
  },
  'min-stack': {
    python:
      'class MinStack:\n    def __init__(self):\n        self.items = []\n    def push(self, val):\n        low = min(val, self.items[-1][1]) if self.items else val\n        self.items.append((val, low))\n    def pop(self):\n        self.items.pop()\n    def top(self):\n        return self.items[-1][0]\n    def getMin(self):\n        return self.items[-1][1]\n',
    javascript:
      'class MinStack { constructor() { this.items = []; } push(val) { const low = this.items.length ? Math.min(val, this.items.at(-1)[1]) : val; this.items.push([val, low]); } pop() { this.items.pop(); } top() { return this.items.at(-1)[0]; } getMin() { return this.items.at(-1)[1]; } }',
  },
};

describe('the example judge specs', () => {
  it('include a function problem and a design problem', () => {
    expect(files.sort()).toEqual(['min-stack.json', 'two-sum.json']);
    expect(files.map((file) => load(file).signature.style).sort()).toEqual(['class', 'function']);
  });

  for (const file of files) {
    it(`${file} is valid per JudgeSpecSchema, with at least one sample test`, () => {
      const parsed = JudgeSpecSchema.safeParse(
        JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')),
      );
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(load(file).tests.some((test) => test.sample)).toBe(true);
    });

    it(`${file}: every design test names as many calls as it gives argument lists and expected results`, () => {
      const spec = load(file);
      if (spec.signature.style !== 'class') return;
      const methods = new Set([
        spec.signature.className,
        ...spec.signature.methods.map((m) => m.name),
      ]);
      for (const test of spec.tests) {
        const [calls, args] = test.args as [string[], unknown[][]];
        expect(calls[0]).toBe(spec.signature.className);
        expect(calls.every((call) => methods.has(call))).toBe(true);
        expect(args).toHaveLength(calls.length);
        expect(test.expected).toHaveLength(calls.length);
      }
    });

    it(`${file}: its generator, if any, makes argument lists of the signature's arity`, () => {
      const spec = load(file);
      if (spec.generator === undefined || spec.signature.style !== 'function') return;
      const args = compileGenerator(spec.generator.source)(100);
      expect(args).toHaveLength(spec.signature.params.length);
    });
  }

  it('two-sum: every expected pair of indices really adds up to the target', () => {
    for (const test of load('two-sum.json').tests) {
      const [nums, target] = test.args as [number[], number];
      const [i, j] = test.expected as [number, number];
      expect(i).not.toBe(j);
      expect((nums[i] ?? Number.NaN) + (nums[j] ?? Number.NaN)).toBe(target);
    }
  });

  const toolchains = detectToolchains();
  for (const [id, solutions] of Object.entries(REFERENCE)) {
    for (const [language, source] of Object.entries(solutions) as [Language, string][]) {
      it.runIf(toolchains[language].available)(
        `${id}: the reference ${language} solution is Accepted by the sandboxed judge`,
        async () => {
          const result = await createSandboxJudge().judge({
            spec: load(`${id}.json`),
            language,
            source,
            mode: 'submit',
          });
          expect({ verdict: result.verdict, error: result.error }).toEqual({
            verdict: 'Accepted',
            error: null,
          });
          expect(result.passed).toBe(result.total);
        },
      );
    }
  }
});
