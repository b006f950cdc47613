import { statSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { isCodingQuestion, type CodingQuestionWithId } from '@onsite/core';
// Types only: the bank's loader (gray-matter, js-yaml) is imported when the command runs, so that
// every other command starts without it (see bankCheck).
import type { BankCheckResult, ReferenceCheckProgress } from '@onsite/content';
import { EXIT_PROBLEMS, messageOf, UsageError } from '../usage';

interface BankCheckOptions {
  dir?: string;
  /** False with --no-judge. */
  judge: boolean;
  only?: readonly string[];
  jobs?: number;
}

const parseJobs = (value: string): number => {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new InvalidArgumentError('give a whole number of problems judged at once, 1 or more.');
  return jobs;
};

const parseSlugs = (value: string): readonly string[] => {
  const slugs = value
    .split(',')
    .map((slug) => slug.trim())
    .filter((slug) => slug !== '');
  if (slugs.length === 0)
    throw new InvalidArgumentError('give one or more slugs, comma-separated.');
  return slugs;
};

/** The coding questions `--only` names (all when absent); a slug that is not one is a usage error. */
const selectQuestions = (
  questions: readonly CodingQuestionWithId[],
  only: readonly string[] | undefined,
): readonly CodingQuestionWithId[] => {
  if (only === undefined) return questions;
  const known = new Set(questions.map((question) => question.slug));
  const unknown = only.filter((slug) => !known.has(slug));
  if (unknown.length > 0)
    throw new UsageError(
      `--only names ${unknown.length === 1 ? 'a slug' : 'slugs'} with no coding problem that loaded: ${unknown.join(', ')}.`,
    );
  const wanted = new Set(only);
  return questions.filter((question) => wanted.has(question.slug));
};

const formatDuration = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
};

/**
 * Progress on stderr: one bar rewritten in place on a terminal, one line per finished problem
 * otherwise (CI logs keep every line, and a bar's carriage returns would smear them).
 */
const createProgressReporter = (stream: NodeJS.WriteStream) => {
  const BAR_WIDTH = 24;
  return {
    update(progress: ReferenceCheckProgress): void {
      const { completed, total, running, finished } = progress;
      if (!stream.isTTY) {
        if (finished !== undefined)
          stream.write(
            `judged ${completed}/${total} ${finished.slug}: ${finished.ok ? 'ok' : 'FAILED'}\n`,
          );
        return;
      }
      const filled = Math.round((completed / total) * BAR_WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      const line = `judging ${bar} ${completed}/${total} ${running.join(', ')}`;
      // Cut to the terminal's width (80 when it reports none): a wrapped line cannot be rewritten in place.
      const columns = stream.columns > 0 ? stream.columns : 80;
      stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
    },
    done(): void {
      if (stream.isTTY) stream.write('\r\x1b[2K');
    },
  };
};

const bankCheck = async (options: BankCheckOptions): Promise<void> => {
  const dir = options.dir === undefined ? undefined : path.resolve(options.dir);
  // A wrong --dir is a mistake in the command, not a problem in the bank: exit 2, not 1.
  if (dir !== undefined && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`Cannot read the question bank at ${dir}: there is no such folder.`);
  }
  const {
    checkBank,
    checkReferenceSolutions,
    DEFAULT_BANK_DIR,
    formatBankReport,
    formatReferenceReport,
  } = await import('@onsite/content');
  let result: BankCheckResult;
  try {
    result = checkBank(dir);
  } catch (error) {
    throw new UsageError(
      `Cannot read the question bank${dir === undefined ? '' : ` at ${dir}`}: ${messageOf(error)}`,
    );
  }
  const questions = selectQuestions(result.questions.filter(isCodingQuestion), options.only);
  process.stdout.write(`${formatBankReport(result)}\n`);
  if (!result.ok) process.exitCode = EXIT_PROBLEMS;
  if (!options.judge || questions.length === 0) return;

  // Loaded only when judging, so that --no-judge stays a quick check of the files.
  const { createSandboxJudge, measureComplexity } = await import('@onsite/judge');
  const judge = createSandboxJudge();
  const progress = createProgressReporter(process.stderr);
  const startedAt = performance.now();
  let results: Awaited<ReturnType<typeof checkReferenceSolutions>>;
  try {
    results = await checkReferenceSolutions({
      questions,
      dir: path.join(dir ?? DEFAULT_BANK_DIR, 'coding'),
      judge,
      // Two timed runs per size, not four: the check looks for a reference whose growth
      // contradicts its stated class, which two runs show as well, and sixty problems must be
      // judged within npm test's time. A fit they leave inconclusive is reported, not failed.
      measureGrowth: (spec, language, source) =>
        measureComplexity(judge, spec, language, source, { repeats: 2 }),
      ...(options.jobs === undefined ? {} : { concurrency: options.jobs }),
      onProgress: (update) => progress.update(update),
    });
  } finally {
    progress.done();
    await judge.close();
  }
  process.stdout.write(
    `\n${formatReferenceReport(results)}\n\nJudged in ${formatDuration(performance.now() - startedAt)}.\n`,
  );
  if (results.some((checked) => !checked.ok)) process.exitCode = EXIT_PROBLEMS;
};

export const addBankCommand = (program: Command): void => {
  program
    .command('bank')
    .description('work with the question bank')
    .command('check')
    .description(
      'validate every bank file, then judge each coding problem: its Python and TypeScript references must be Accepted, its slow solution must time out on the maxSize test, a reference must grow as stated; exits 1 when anything fails',
    )
    .option('--dir <dir>', 'bank directory (default: packages/content/bank)')
    .option('--no-judge', 'only validate the files (fast): judge no solution')
    .option(
      '--only <slugs>',
      'judge only these coding problems (comma-separated slugs)',
      parseSlugs,
    )
    .option('--jobs <n>', 'problems judged at once (default: the number of CPUs)', parseJobs)
    .action(bankCheck);
};
