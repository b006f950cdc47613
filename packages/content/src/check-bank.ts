import {
  PRINCIPLES,
  ROUND_KINDS,
  isBehavioralQuestion,
  type Principle,
  type Question,
  type RoundKind,
} from '@onsite/core';
import { DEFAULT_BANK_DIR, formatProblem, loadBank, type BankProblem } from './load-bank';

export interface PrincipleCoverage {
  readonly principle: Principle;
  /** How many valid questions are tagged with it. */
  readonly questionCount: number;
}

export interface BankSummary {
  readonly questionCount: number;
  readonly countByKind: Readonly<Record<RoundKind, number>>;
  /** Every known principle, in the order of core's PRINCIPLES. */
  readonly coverage: readonly PrincipleCoverage[];
  /** Principles no valid question is tagged with yet. */
  readonly uncoveredPrinciples: readonly Principle[];
}

export interface BankCheckResult {
  /** True when no file has a problem. */
  readonly ok: boolean;
  readonly dir: string;
  readonly problems: readonly BankProblem[];
  readonly summary: BankSummary;
  /** The questions that loaded (a file with a problem does not), for checks that go further. */
  readonly questions: readonly Question[];
}

export function summarizeBank(questions: readonly Question[]): BankSummary {
  const countByKind = Object.fromEntries(ROUND_KINDS.map((kind) => [kind, 0])) as Record<
    RoundKind,
    number
  >;
  const countByPrinciple = new Map<string, number>();
  for (const question of questions) {
    countByKind[question.kind] += 1;
    if (!isBehavioralQuestion(question)) continue;
    for (const id of question.principles)
      countByPrinciple.set(id, (countByPrinciple.get(id) ?? 0) + 1);
  }
  const coverage = PRINCIPLES.map((principle) => ({
    principle,
    questionCount: countByPrinciple.get(principle.id) ?? 0,
  }));
  return {
    questionCount: questions.length,
    countByKind,
    coverage,
    uncoveredPrinciples: coverage
      .filter((entry) => entry.questionCount === 0)
      .map((entry) => entry.principle),
  };
}

/** What `onsite bank check` runs: load the bank, keep every problem, summarize what loaded. */
export function checkBank(dir: string = DEFAULT_BANK_DIR): BankCheckResult {
  const { questions, problems } = loadBank(dir, { checkGeneratedTests: true });
  return { ok: problems.length === 0, dir, problems, summary: summarizeBank(questions), questions };
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The text `onsite bank check` prints: problems first (what to fix), then the summary. */
export function formatBankReport(result: BankCheckResult): string {
  const { summary, problems } = result;
  const lines: string[] = [];
  if (problems.length === 0) {
    lines.push(
      `Bank OK: ${plural(summary.questionCount, 'question')} loaded from ${result.dir}, no problems.`,
    );
  } else {
    const files = new Set(problems.map((problem) => problem.file)).size;
    lines.push(
      `${plural(problems.length, 'problem')} in ${plural(files, 'file')} (files with problems are not loaded):`,
      '',
    );
    for (const problem of problems) lines.push(`  ${formatProblem(problem)}`);
    lines.push('', `${plural(summary.questionCount, 'question')} loaded from ${result.dir}.`);
  }

  lines.push('', 'Questions per kind:');
  const width = Math.max(...ROUND_KINDS.map((kind) => kind.length));
  for (const kind of ROUND_KINDS)
    lines.push(`  ${kind.padEnd(width)}  ${summary.countByKind[kind]}`);

  const covered = summary.coverage.length - summary.uncoveredPrinciples.length;
  lines.push(
    '',
    `Principle coverage: ${covered} of ${summary.coverage.length} principles have at least one question.`,
  );
  if (summary.uncoveredPrinciples.length > 0) {
    lines.push('No question yet for:');
    for (const principle of summary.uncoveredPrinciples)
      lines.push(`  ${principle.id}  (${principle.name})`);
  }
  return lines.join('\n');
}
