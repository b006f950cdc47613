/**
 * `onsite judge`: runs any problem spec (docs/judge-spec.md) against a
 * solution file, so problems from elsewhere can be judged without adding them
 * to the bank.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkJudgeSpec,
  describeGrowthClaim,
  measuresGrowthAfter,
  type Judge,
  type JudgeRequest,
  formatComplexityClass,
  JudgeSpecSchema,
  type ComplexityReport,
  type JudgeMode,
  type JudgeResult,
  type JudgeSpec,
  type Language,
} from '@onsite/core';
import { messageOf, UsageError } from './usage';

/** The stable JSON `onsite judge --json` prints. */
export interface JudgeSummary {
  readonly verdict: JudgeResult['verdict'];
  readonly passed: number;
  readonly total: number;
  readonly tests: readonly {
    readonly index: number;
    readonly verdict: JudgeResult['verdict'];
    readonly timeMs: number;
    /** Null when nothing was measured (a run killed where no cgroup measures it). */
    readonly memoryKb: number | null;
    readonly sample: boolean;
  }[];
  readonly compileOutput: string | null;
  readonly isolation: JudgeResult['isolation'];
}

/** With `complexity` when an Accepted submit of a problem with a generator was measured. */
export interface JudgeSummaryWithGrowth extends JudgeSummary {
  readonly complexity?: ComplexityReport;
}

export const summarizeJudgeResult = (result: JudgeResult): JudgeSummary => ({
  verdict: result.verdict,
  passed: result.passed,
  total: result.total,
  tests: result.tests.map((test) => ({
    index: test.index,
    verdict: test.verdict,
    timeMs: test.timeMs,
    memoryKb: test.memoryKb,
    sample: test.sample,
  })),
  compileOutput: result.compileOutput,
  isolation: result.isolation,
});

/** A peak memory for people: "—" when none was measured, never "0 KB". */
export const formatMemoryKb = (kb: number | null): string =>
  kb === null || kb <= 0
    ? '—'
    : kb >= 1024
      ? `${(kb / 1024).toFixed(1)} MB`
      : `${String(Math.round(kb))} KB`;

/** A problem with what the user gave us: the caller prints it and exits 2. */
export class JudgeInputError extends UsageError {}

/** A text file the user named, or a JudgeInputError that says which file and why. */
export const readText = (file: string, what: string): string => {
  const resolved = path.resolve(file);
  try {
    return readFileSync(resolved, 'utf8');
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new JudgeInputError(
      code === 'ENOENT'
        ? `The ${what} ${resolved} does not exist.`
        : `Cannot read the ${what} ${resolved}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};

/** Reads and validates a spec file, listing every problem at once. */
export const readSpec = (file: string): JudgeSpec => {
  const text = readText(file, 'spec file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new JudgeInputError(
      `The spec file ${path.resolve(file)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // The schema, then what it cannot see: each test's values against the signature's types (an int
  // of 3e9 would otherwise reach the harness and be blamed on the candidate).
  const found = checkJudgeSpec(json);
  const parsed = JudgeSpecSchema.safeParse(json);
  if (found.length === 0 && parsed.success) return parsed.data;
  const problems = found.map(
    (problem) => `  - ${problem.path || '(the spec)'}: ${problem.message}`,
  );
  throw new JudgeInputError(
    `The spec file ${path.resolve(file)} is not a valid judge spec (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}; see docs/judge-spec.md):\n${problems.join('\n')}`,
  );
};

export const readSolution = (file: string): string => readText(file, 'solution file');

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

const show = (value: unknown): string =>
  value === undefined ? 'undefined' : JSON.stringify(value);

/** The human-readable report: a headline, then one line per test with the data LeetCode would show. */
export const formatJudgeReport = (
  result: JudgeResult,
  context: { language: Language; mode: JudgeMode; spec: JudgeSpec },
): string => {
  const lines: string[] = [];
  const title = context.spec.title ?? context.spec.id;
  lines.push(
    `${result.verdict === 'Accepted' ? '✓' : '✗'} ${result.verdict} — ${result.passed} / ${result.total} tests passed (${title}, ${context.language}, ${context.mode})`,
  );
  if (result.compileTimeMs !== null && result.compileTimeMs > 0)
    lines.push(`  compiled in ${result.compileTimeMs} ms`);
  if (result.compileOutput !== null)
    lines.push(`  compiler output:\n${indent(result.compileOutput)}`);
  if (result.error !== null && result.verdict !== 'Compile Error')
    lines.push(
      `  error${result.error.line === null ? '' : ` at line ${result.error.line}`}: ${result.error.message}`,
    );
  for (const test of result.tests) {
    const mark = test.verdict === 'Accepted' ? '✓' : '✗';
    lines.push(
      `  ${mark} test ${test.index}${test.sample ? ' (sample)' : ''}: ${test.verdict}, ${test.timeMs} ms, ${formatMemoryKb(test.memoryKb)}`,
    );
    if (test.verdict !== 'Accepted' || context.mode === 'run') {
      if (test.input !== undefined) lines.push(`      input:    ${show(test.input)}`);
      if (test.expected !== undefined) lines.push(`      expected: ${show(test.expected)}`);
      if (test.actual !== undefined) lines.push(`      actual:   ${show(test.actual)}`);
      if (test.message !== undefined && test.verdict !== 'Accepted')
        lines.push(`      message:  ${test.message.split('\n').join('\n                ')}`);
      if (test.stdout !== undefined && test.stdout !== '')
        lines.push(`      stdout:\n${indent(indent(test.stdout.trimEnd()))}`);
    }
  }
  if (result.isolation !== 'namespaces') {
    lines.push(
      `  WARNING: the code ran at isolation '${result.isolation}', not in a namespace sandbox. Run \`onsite doctor\` for details.`,
    );
  }
  return lines.join('\n');
};

const VERDICT_WORDS: Record<ComplexityReport['verdict'], string> = {
  'as-expected': 'as expected',
  'slower-than-expected': 'slower than expected',
  faster: 'faster than expected',
  inconclusive: 'inconclusive',
};

const formatMs = (ms: number): string =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);

/** "Growth: O(n²) measured, O(n) expected — slower than expected", the n/time table, then the fit's own sentence. */
export const formatComplexityReport = (report: ComplexityReport): string => {
  const claim = describeGrowthClaim(report);
  const measured = claim.isKnown ? `${claim.label} measured` : 'class inconclusive';
  const expected =
    report.expectedClass === null
      ? 'no expected class'
      : `${formatComplexityClass(report.expectedClass)} expected`;
  const lines = [`Growth: ${measured}, ${expected} — ${VERDICT_WORDS[report.verdict]}`];
  if (report.measurements.length > 0) {
    const sizes = report.measurements.map((point) => point.n.toLocaleString('en-US'));
    const width = Math.max(1, ...sizes.map((size) => size.length));
    lines.push(`  ${'n'.padStart(width)}  time`);
    for (const [index, point] of report.measurements.entries())
      lines.push(`  ${(sizes[index] ?? '').padStart(width)}  ${formatMs(point.timeMs)} ms`);
  }
  lines.push(`  ${report.message}`);
  return lines.join('\n');
};

/**
 * Core's rule, as the server applies it: after an Accepted submit of a spec with a generator, the
 * growth is measured next. The verdict stands when the measurement fails: `onFailure` is told why
 * and there is no report.
 */
export const measureGrowthIfDue = async (
  judge: Judge,
  request: Pick<JudgeRequest, 'spec' | 'language' | 'source' | 'mode'>,
  verdict: JudgeResult['verdict'],
  onFailure: (message: string) => void,
): Promise<ComplexityReport | null> => {
  const { spec, language, source, mode } = request;
  if (!measuresGrowthAfter(mode, verdict, spec.generator !== undefined)) return null;
  const { measureComplexity } = await import('@onsite/judge');
  try {
    return await measureComplexity(judge, spec, language, source);
  } catch (error) {
    onFailure(`The growth could not be measured: ${messageOf(error)}`);
    return null;
  }
};
