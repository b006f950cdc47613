/**
 * How long the STAR evaluator takes per answer. Run: `npx tsx bench/evaluator.bench.ts`.
 * Budget: under 20 ms for a 450-word answer (it runs on every probe reply, also in the browser).
 * Then linearity: answers of 1, 10 and 50 KB in three shapes (a story, one long run-on without
 * punctuation, one short claim per line), scored whole (no character limit) and as the server
 * scores them (the first MAX_SCORED_CHARACTERS). Linear means the ms per KB stays flat.
 */
import { MAX_SCORED_CHARACTERS, evaluateBehavioralAnswer } from '@onsite/core';
import {
  BUZZWORD_LONG,
  CONCRETE_SHORT,
  PROMPTS,
  STRONG_CODEBASE,
  VAGUE_WE,
} from '@onsite/core/testing';

const words = (text: string): number => text.split(/\s+/u).filter((word) => word.length > 0).length;

/** About 450 words: the strong story plus part of another. */
const FOUR_FIFTY = `${STRONG_CODEBASE}\n\n${CONCRETE_SHORT}`.split(/\s+/u).slice(0, 450).join(' ');

const CASES = [
  { name: '450-word answer', prompt: PROMPTS.newCodebase, answer: FOUR_FIFTY },
  { name: 'strong story', prompt: PROMPTS.newCodebase, answer: STRONG_CODEBASE },
  { name: 'vague short', prompt: PROMPTS.processImprovement, answer: VAGUE_WE },
  { name: '700-word buzzwords', prompt: PROMPTS.processImprovement, answer: BUZZWORD_LONG },
] as const;

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

const WARMUP = 20;
const RUNS = 200;
for (const { name, prompt, answer } of CASES) {
  for (let i = 0; i < WARMUP; i += 1) evaluateBehavioralAnswer({ prompt, answer });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    evaluateBehavioralAnswer({ prompt, answer });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(20)} ${String(words(answer)).padStart(4)} words   median ${percentile(times, 0.5).toFixed(2)} ms   p95 ${percentile(times, 0.95).toFixed(2)} ms`,
  );
}

/** The minimum of a few runs: the machine is shared, and noise only ever adds time. */
const fastestMs = (run: () => void, runs: number): number => {
  let fastest = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
};

const repeatTo = (unit: string, characters: number): string =>
  unit.repeat(Math.ceil(characters / unit.length)).slice(0, characters);
const SHAPES = [
  { name: 'story', unit: `${STRONG_CODEBASE}\n\n` },
  {
    name: 'run-on, no stops',
    unit: 'and then I rewrote the cache layer with redis so we cut latency ',
  },
  { name: 'a claim per line', unit: 'I improved latency by 40%\n' },
] as const;
const SIZES_KB = [1, 10, 50] as const;

console.log(
  `\nLinearity (fastest of several runs; limit = ${MAX_SCORED_CHARACTERS.toLocaleString('en')} characters):`,
);
for (const { name, unit } of SHAPES) {
  for (const [label, limit] of [
    ['whole', Infinity],
    ['limited', MAX_SCORED_CHARACTERS],
  ] as const) {
    const cells = SIZES_KB.map((kb) => {
      const answer = repeatTo(unit, kb * 1000);
      const input = { prompt: PROMPTS.newCodebase, answer, maxScoredCharacters: limit };
      evaluateBehavioralAnswer(input);
      const ms = fastestMs(() => evaluateBehavioralAnswer(input), kb >= 50 ? 3 : 8);
      return { kb, ms };
    });
    const perKb = cells.map(({ kb, ms }) => ms / kb);
    const first = perKb[0] ?? 1;
    console.log(
      `${name.padEnd(18)} ${label.padEnd(8)} ${cells.map(({ kb, ms }) => `${String(kb).padStart(2)} KB ${ms.toFixed(1).padStart(7)} ms`).join('   ')}   ms/KB ${perKb.map((value) => value.toFixed(2)).join(' → ')}   (50 KB vs 1 KB per KB: ×${((perKb[2] ?? 0) / first).toFixed(2)})`,
    );
  }
}
