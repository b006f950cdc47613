/**
 * How good is the behavioral coach? `npm run bench:grader` scores the labelled set in
 * packages/core/eval/behavioral (answers written and labelled before anything ran on them)
 * and prints, for each half, the figures issue 9 asks for, beside two trivial baselines
 * (word count, count of digits) so that nobody mistakes a length detector for a grader.
 *
 * The development half may be read while tuning; the held-out half is run only to report.
 * `--show dev` lists the development answers the coach misjudges (never the held-out ones);
 * `--dev-only` skips the held-out half, for tuning.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBehavioralAnswer } from '@onsite/core';

interface Prompt {
  readonly id: string;
  readonly prompt: string;
  readonly asksAbout: string;
  readonly split: Split;
}
interface LabelledAnswer {
  readonly id: string;
  readonly promptId: string;
  readonly voice: string;
  readonly answer: string;
  readonly level: number;
  readonly flags: readonly string[];
}
type Split = 'dev' | 'held-out';

/** What a grader says of one answer: a number that orders answers, a level 1–4 and flags. */
interface Judgement {
  readonly score: number;
  readonly level: number;
  readonly flags: readonly string[];
}
type Grader = (prompt: Prompt, answer: LabelledAnswer) => Judgement;

const setDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages/core/eval/behavioral');
const isDevOnly = process.argv.includes('--dev-only');
/**
 * The lines of one file of the set. With --dev-only a line that does not parse is skipped
 * without a word: it may be a held-out line still being written, and JSON.parse's message
 * quotes the text it failed on.
 */
const readJsonLines = <T>(name: string): T[] =>
  readFileSync(join(setDir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      if (!isDevOnly) return [JSON.parse(line) as T];
      try {
        return [JSON.parse(line) as T];
      } catch {
        return [];
      }
    });

// With --dev-only the held-out half is dropped as it is read, so nothing of it is kept,
// scored or printed (a prompt's split decides; an answer whose prompt is not dev goes too).
const prompts = new Map(
  readJsonLines<Prompt>('prompts.jsonl')
    .filter((p) => !isDevOnly || p.split === 'dev')
    .map((p) => [p.id, p]),
);
const answers = readJsonLines<LabelledAnswer>('answers.jsonl').filter(
  (answer) => !isDevOnly || prompts.has(answer.promptId),
);

const LENGTH_FLAGS = new Set(['too-short', 'too-long']);
const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length;
const digitCount = (text: string): number => (text.match(/\d/gu) ?? []).length;
/** Length flags as the set labels them: by whitespace word count alone. */
const lengthFlags = (text: string): string[] => {
  const words = wordCount(text);
  return words < 120 ? ['too-short'] : words > 600 ? ['too-long'] : [];
};

/** A level from a number by fixed cut points (the baselines' only way to name a level). */
const levelByCuts = (value: number, cuts: readonly [number, number, number]): number =>
  1 + cuts.filter((cut) => value >= cut).length;

const graders: Readonly<Record<string, Grader>> = {
  coach: (prompt, answer) => {
    const evaluation = evaluateBehavioralAnswer({ prompt: prompt.prompt, answer: answer.answer });
    return {
      score: evaluation.score,
      level: evaluation.level,
      flags: evaluation.flags.map((finding) => finding.flag),
    };
  },
  // Longer is better; the length flags follow the count, which is all a word count knows.
  'word count': (_prompt, answer) => {
    const words = wordCount(answer.answer);
    return {
      score: words,
      level: levelByCuts(words, [80, 130, 200]),
      flags: lengthFlags(answer.answer),
    };
  },
  // More digits is better; no digit at all is an unquantified result.
  'digit count': (_prompt, answer) => {
    const digits = digitCount(answer.answer);
    return {
      score: digits,
      level: levelByCuts(digits, [1, 3, 6]),
      flags: digits === 0 ? ['unquantified-result'] : [],
    };
  },
};

interface Figures {
  readonly pairwise: number;
  readonly pairs: number;
  readonly exactLevel: number;
  readonly withinOneLevel: number;
  readonly recall: number;
  readonly precision: number;
  readonly perFlag: ReadonlyMap<string, { expected: number; raised: number; hit: number }>;
  readonly wrongFlagsPerStrong: number;
  readonly msPerAnswer: number;
  readonly misjudged: readonly { answer: LabelledAnswer; judgement: Judgement }[];
}

const measure = (grader: Grader, set: readonly LabelledAnswer[]): Figures => {
  const promptOf = (answer: LabelledAnswer): Prompt => {
    const prompt = prompts.get(answer.promptId);
    if (prompt === undefined) throw new Error(`${answer.id}: no prompt ${answer.promptId}`);
    return prompt;
  };
  // One untimed pass first, so the time per answer is the warm evaluator's, not the JIT's.
  for (const answer of set) grader(promptOf(answer), answer);
  const started = performance.now();
  const judged = set.map((answer) => {
    return { answer, judgement: grader(promptOf(answer), answer) };
  });
  const msPerAnswer = (performance.now() - started) / set.length;

  // Pairwise: every pair within one prompt whose labelled levels differ; a tie counts half.
  let pairs = 0;
  let ordered = 0;
  for (const [i, a] of judged.entries()) {
    for (const b of judged.slice(i + 1)) {
      if (a.answer.promptId !== b.answer.promptId || a.answer.level === b.answer.level) continue;
      pairs += 1;
      const labelled = Math.sign(a.answer.level - b.answer.level);
      const scored = Math.sign(a.judgement.score - b.judgement.score);
      ordered += scored === 0 ? 0.5 : scored === labelled ? 1 : 0;
    }
  }

  const perFlag = new Map<string, { expected: number; raised: number; hit: number }>();
  const tally = (flag: string) => {
    const entry = perFlag.get(flag) ?? { expected: 0, raised: 0, hit: 0 };
    perFlag.set(flag, entry);
    return entry;
  };
  let wrongOnStrong = 0;
  let strong = 0;
  for (const { answer, judgement } of judged) {
    for (const flag of answer.flags) tally(flag).expected += 1;
    for (const flag of judgement.flags) {
      const entry = tally(flag);
      entry.raised += 1;
      if (answer.flags.includes(flag)) entry.hit += 1;
    }
    if (answer.level >= 3) {
      strong += 1;
      wrongOnStrong += judgement.flags.filter(
        (flag) => !LENGTH_FLAGS.has(flag) && !answer.flags.includes(flag),
      ).length;
    }
  }
  const totals = [...perFlag.values()].reduce(
    (sum, entry) => ({
      expected: sum.expected + entry.expected,
      raised: sum.raised + entry.raised,
      hit: sum.hit + entry.hit,
    }),
    { expected: 0, raised: 0, hit: 0 },
  );
  return {
    pairwise: pairs === 0 ? 0 : ordered / pairs,
    pairs,
    exactLevel: judged.filter((j) => j.judgement.level === j.answer.level).length / judged.length,
    withinOneLevel:
      judged.filter((j) => Math.abs(j.judgement.level - j.answer.level) <= 1).length /
      judged.length,
    recall: totals.expected === 0 ? 0 : totals.hit / totals.expected,
    precision: totals.raised === 0 ? 0 : totals.hit / totals.raised,
    perFlag,
    wrongFlagsPerStrong: strong === 0 ? 0 : wrongOnStrong / strong,
    msPerAnswer,
    misjudged: judged.filter(
      (j) =>
        j.judgement.level !== j.answer.level ||
        [...j.judgement.flags].sort().join() !== [...j.answer.flags].sort().join(),
    ),
  };
};

const pct = (value: number): string => value.toFixed(2);
const ratio = (hit: number, of: number): string => (of === 0 ? '   –' : pct(hit / of));

const TARGETS = {
  pairwise: 0.92,
  recall: 0.85,
  recallEveryFlag: 0.7,
  wrongFlagsPerStrong: 0.3,
  baselineMargin: 0.1,
};

const showMisjudged = process.argv.includes('--show') && process.argv.includes('dev');

const splits = isDevOnly ? (['dev'] as const) : (['dev', 'held-out'] as const);
for (const split of splits) {
  const set = answers.filter((answer) => prompts.get(answer.promptId)?.split === split);
  const results = Object.entries(graders).map(([name, grader]) => ({
    name,
    figures: measure(grader, set),
  }));
  const promptCount = new Set(set.map((answer) => answer.promptId)).size;
  const [coachResult, ...baselines] = results;
  if (coachResult === undefined) throw new Error('no grader');
  const coach = coachResult.figures;
  console.log(
    `\n${split} half: ${set.length} answers to ${promptCount} prompts, ${coach.pairs} pairs of differing levels`,
  );
  console.log(
    `${'grader'.padEnd(12)} pairwise  level=  level±1  flag recall  flag precision  wrong flags/strong  ms/answer`,
  );
  for (const { name, figures } of results) {
    console.log(
      `${name.padEnd(12)} ${pct(figures.pairwise).padStart(8)} ${pct(figures.exactLevel).padStart(7)} ${pct(figures.withinOneLevel).padStart(8)} ${pct(figures.recall).padStart(12)} ${pct(figures.precision).padStart(15)} ${figures.wrongFlagsPerStrong.toFixed(2).padStart(19)} ${figures.msPerAnswer.toFixed(2).padStart(10)}`,
    );
  }
  console.log(`\nper flag (coach | word count | digit count): recall, precision, expected`);
  const flags = [...coach.perFlag.keys()].sort();
  for (const flag of flags) {
    const cells = results.map(({ figures }) => {
      const entry = figures.perFlag.get(flag) ?? { expected: 0, raised: 0, hit: 0 };
      return `${ratio(entry.hit, entry.expected)} ${ratio(entry.hit, entry.raised)}`;
    });
    const expected = coach.perFlag.get(flag)?.expected ?? 0;
    console.log(`  ${flag.padEnd(20)} ${cells.join(' | ')}   (${expected})`);
  }

  const worstRecall = Math.min(
    ...flags
      .flatMap((flag) => coach.perFlag.get(flag) ?? [])
      .filter((entry) => entry.expected > 0)
      .map((entry) => entry.hit / entry.expected),
  );
  const bestBaseline = Math.max(...baselines.map(({ figures }) => figures.pairwise));
  const verdicts = [
    [`pairwise ≥ ${TARGETS.pairwise}`, coach.pairwise >= TARGETS.pairwise],
    [`flag recall ≥ ${TARGETS.recall}`, coach.recall >= TARGETS.recall],
    [`every flag's recall ≥ ${TARGETS.recallEveryFlag}`, worstRecall >= TARGETS.recallEveryFlag],
    [
      `wrong flags per strong answer ≤ ${TARGETS.wrongFlagsPerStrong}`,
      coach.wrongFlagsPerStrong <= TARGETS.wrongFlagsPerStrong,
    ],
    [
      `every baseline ≥ ${TARGETS.baselineMargin} below on pairwise`,
      coach.pairwise - bestBaseline >= TARGETS.baselineMargin,
    ],
    ['under 20 ms per answer', coach.msPerAnswer < 20],
  ] as const;
  console.log(`\ntargets (${split}):`);
  for (const [target, met] of verdicts) console.log(`  ${met ? 'met   ' : 'MISSED'} ${target}`);

  if (showMisjudged && split === 'dev') {
    console.log(`\nmisjudged dev answers (level or flags differ):`);
    for (const { answer, judgement } of coach.misjudged) {
      const expected = new Set(answer.flags);
      const raised = new Set(judgement.flags);
      const missed = [...expected].filter((flag) => !raised.has(flag));
      const wrong = [...raised].filter((flag) => !expected.has(flag));
      console.log(
        `  ${answer.id}: level ${judgement.level} (labelled ${answer.level}), score ${judgement.score}` +
          (missed.length > 0 ? `, missed ${missed.join(' ')}` : '') +
          (wrong.length > 0 ? `, wrong ${wrong.join(' ')}` : ''),
      );
    }
  }
}
