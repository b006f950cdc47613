/**
 * How long the STAR evaluator takes per answer. Run: `npx tsx bench/evaluator.bench.ts`.
 * Budget: under 20 ms for a 450-word answer (it runs on every probe reply, also in the browser).
 */
import { evaluateBehavioralAnswer } from '../packages/core/src/evaluation/star';
import { BUZZWORD_LONG, CONCRETE_SHORT, PROMPTS, STRONG_CODEBASE, VAGUE_WE } from '../packages/core/src/evaluation/star/fixtures';

const words = (text: string): number => text.split(/\s+/u).filter((word) => word.length > 0).length;

/** About 450 words: the strong story plus part of another. */
const FOUR_FIFTY = `${STRONG_CODEBASE}\n\n${CONCRETE_SHORT}`.split(/\s+/u).slice(0, 450).join(' ');

const CASES = [
  { name: '450-word answer', prompt: PROMPTS.newCodebase, answer: FOUR_FIFTY },
  { name: 'strong story', prompt: PROMPTS.newCodebase, answer: STRONG_CODEBASE },
  { name: 'vague short', prompt: PROMPTS.processImprovement, answer: VAGUE_WE },
  { name: '700-word buzzwords', prompt: PROMPTS.processImprovement, answer: BUZZWORD_LONG },
] as const;

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

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
  console.log(`${name.padEnd(20)} ${String(words(answer)).padStart(4)} words   median ${percentile(times, 0.5).toFixed(2)} ms   p95 ${percentile(times, 0.95).toFixed(2)} ms`);
}
