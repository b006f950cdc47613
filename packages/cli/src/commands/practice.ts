/**
 * `onsite practice coding`: a coding problem in the terminal. The candidate edits the starter file
 * in their own editor; every save runs the samples, `s` submits on every test, `h` reveals the
 * next hint, `q` ends with a summary.
 */
import { existsSync, readFileSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import {
  CODING_PATTERNS,
  DifficultySchema,
  evaluateCodingSubmission,
  isCodingQuestion,
  LANGUAGES,
  measuresGrowthAfter,
  probeFromSubmission,
  toJudgeSpec,
  type CodingPattern,
  type CodingQuestionWithId,
  type Difficulty,
  type JudgeMode,
  type JudgeResult,
  type Language,
  type SubmitRecord,
  type TestResult,
} from '@onsite/core';
import { formatComplexityReport, measureGrowthIfDue } from '../judge';
import { formatEvaluation } from '../report';
import { messageOf, readConfig, UsageError } from '../usage';
import {
  defaultSolutionFile,
  formatProblem,
  formatSampleInput,
  pickProblem,
  PRACTICE_KEYS,
  starterCodeOf,
} from './practice-problem';

interface PracticeCodingOptions {
  pattern?: CodingPattern;
  difficulty?: Difficulty;
  language: Language;
  question?: string;
  file?: string;
  force?: boolean;
}

/** Editors save in bursts (truncate, write, rename, chmod): one run per burst. */
const SAVE_DEBOUNCE_MS = 150;
/** The widest the prompt is wrapped, even in a wide terminal: long lines are hard to read. */
const MAX_TEXT_WIDTH = 88;

type PracticeKey = 's' | 'h' | 'q';

const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((line) => `${by}${line}`)
    .join('\n');

/** JSON.stringify's type hides that it returns undefined for undefined. */
const show = (value: unknown): string =>
  value === undefined ? 'undefined' : JSON.stringify(value);

/** Writes the starter file, or keeps the one there: the candidate's code is never lost without --force. */
const prepareSolutionFile = (
  file: string,
  starter: string,
  force: boolean,
): { readonly reused: boolean } => {
  if (existsSync(file) && !force) return { reused: true };
  try {
    writeFileSync(file, starter);
  } catch (error) {
    throw new UsageError(`Cannot write the starter file ${file}: ${messageOf(error)}`);
  }
  return { reused: false };
};

const formatTestDetails = (
  question: CodingQuestionWithId,
  test: TestResult,
  lines: string[],
): void => {
  if (test.input !== undefined)
    lines.push(
      `      input:    ${Array.isArray(test.input) ? formatSampleInput(question.signature, test.input) : show(test.input)}`,
    );
  if (test.expected !== undefined) lines.push(`      expected: ${show(test.expected)}`);
  if (test.actual !== undefined) lines.push(`      actual:   ${show(test.actual)}`);
  if (test.message !== undefined && test.verdict !== 'Accepted')
    lines.push(`      message:  ${test.message.split('\n').join('\n                ')}`);
  if (test.stdout !== undefined && test.stdout.trim() !== '')
    lines.push(`      stdout:\n${indent(test.stdout.trimEnd(), '        ')}`);
};

/** What compiling or crashing printed, shown before any test. */
const formatProblems = (result: JudgeResult, lines: string[]): void => {
  if (result.compileOutput !== null && result.compileOutput.trim() !== '')
    lines.push('  compiler output:', indent(result.compileOutput.trimEnd(), '    '));
  if (result.error !== null && result.verdict !== 'Compile Error')
    lines.push(
      `  error${result.error.line === null ? '' : ` at line ${result.error.line}`}: ${result.error.message}`,
    );
};

/** A save's run: every sample with its verdict, and expected vs actual. */
export const formatSampleRun = (question: CodingQuestionWithId, result: JudgeResult): string => {
  const passing = result.tests.filter((test) => test.verdict === 'Accepted').length;
  const lines = [
    result.verdict === 'Compile Error'
      ? '✗ Compile Error: no sample ran.'
      : `${result.verdict === 'Accepted' ? '✓' : '✗'} Samples: ${passing} of ${result.tests.length} pass.`,
  ];
  formatProblems(result, lines);
  for (const [position, test] of result.tests.entries()) {
    lines.push(
      `  ${test.verdict === 'Accepted' ? '✓' : '✗'} Sample ${position + 1}: ${test.verdict}`,
    );
    formatTestDetails(question, test, lines);
  }
  return lines.join('\n');
};

/** Accepted outranks everything; otherwise the submit that passed more tests is the better one. */
const isBetter = (candidate: JudgeResult, best: JudgeResult | null): boolean =>
  best === null ||
  (candidate.verdict === 'Accepted' && best.verdict !== 'Accepted') ||
  (best.verdict !== 'Accepted' && candidate.passed > best.passed);

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Reads keys from a terminal in raw mode, or lines ("s", "h", "q" + Enter) from a pipe. */
const listenForKeys = (onKey: (key: PracticeKey) => void): (() => void) => {
  const accept = (text: string): void => {
    const key = text.trim().toLowerCase();
    if (key === 's' || key === 'h' || key === 'q') onKey(key);
  };
  const { stdin } = process;
  if (stdin.isTTY) {
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const onData = (chunk: string): void => {
      for (const character of chunk) {
        // Raw mode swallows Ctrl-C and Ctrl-D: they quit, with the summary, like q.
        if (character === '\u0003' || character === '\u0004') onKey('q');
        else accept(character);
      }
    };
    stdin.on('data', onData);
    stdin.resume();
    return () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
  }
  const lines = createInterface({ input: stdin, terminal: false });
  lines.on('line', accept);
  // Nothing more can be typed once the input ends: the session ends as if q was sent.
  lines.on('close', () => onKey('q'));
  return () => {
    lines.removeAllListeners('close');
    lines.close();
    stdin.destroy();
  };
};

/**
 * Calls `onSave` once per burst of changes to `file`. The directory is watched, not the file: an
 * editor that saves by writing a new file and renaming it over the old one replaces the inode a
 * file watch would follow.
 */
const watchFile = (file: string, onSave: () => void): FSWatcher => {
  const name = path.basename(file);
  let timer: NodeJS.Timeout | undefined;
  return watch(path.dirname(file), (_event, changed) => {
    if (changed !== null && changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(onSave, SAVE_DEBOUNCE_MS);
  });
};

const practiseCoding = async (options: PracticeCodingOptions): Promise<void> => {
  // Imported here, not at the top: the bank's loader (gray-matter, js-yaml) would slow every command's start.
  const { loadBank } = await import('@onsite/content');
  const questions = loadBank().questions.filter(isCodingQuestion);
  const question = pickProblem(
    questions,
    {
      ...(options.pattern === undefined ? {} : { pattern: options.pattern }),
      ...(options.difficulty === undefined ? {} : { difficulty: options.difficulty }),
      ...(options.question === undefined ? {} : { questionId: options.question }),
    },
    Math.random,
  );
  // Before any file is written: a bad environment variable stops the command with nothing to clean up.
  const config = await readConfig();
  const { language } = options;
  const file = path.resolve(options.file ?? defaultSolutionFile(question, language));
  const { reused } = prepareSolutionFile(
    file,
    starterCodeOf(question, language),
    options.force === true,
  );
  const spec = toJudgeSpec(question);
  // `columns` is undefined when stdout is a pipe, whatever its type says.
  const width = process.stdout.isTTY ? Math.min(process.stdout.columns, MAX_TEXT_WIDTH) : 80;

  print(formatProblem(question, { width }));
  print('');
  print(
    reused
      ? `Your file ${file} already exists: it is kept as it is (--force writes a fresh starter).`
      : `Starter code written to ${file}.`,
  );
  print(`Edit it in your editor (${language}); every save runs the samples.`);

  const { createServerJudge } = await import('@onsite/server/server-judge');
  // A session judges every save: pre-started sandboxes make each verdict quicker.
  const judge = createServerJudge(config.judge, config.databaseUrl, { warm: true });
  const submissions: SubmitRecord[] = [];
  let hintsUsed = 0;
  let best: JudgeResult | null = null;
  let lastRunSource: string | null = null;
  const startedAt = Date.now();

  /** The judge's verdict, or null (after saying why) when the code could not be judged at all. */
  const judgeSource = async (source: string, mode: JudgeMode): Promise<JudgeResult | null> => {
    try {
      return await judge.judge({ spec, language, source, mode });
    } catch (error) {
      // The judge failing (no sandbox, a toolchain missing) is not the candidate's code failing.
      print(
        `The judge could not run your code: ${messageOf(error)}\n  Run \`onsite doctor\` to see which sandbox and languages this machine offers.`,
      );
      return null;
    }
  };

  const readSource = (): string | null => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      // Between an editor's delete and rename the file is briefly missing; the rename saves again.
      print(`Cannot read ${file}: ${messageOf(error)}`);
      return null;
    }
  };

  const runSamples = async (): Promise<void> => {
    if (!existsSync(file)) return;
    const source = readSource();
    if (source === null || source === lastRunSource) return;
    lastRunSource = source;
    print(`\nSaved: running the samples…`);
    const result = await judgeSource(source, 'run');
    if (result !== null) print(formatSampleRun(question, result));
    print(`Keys: ${PRACTICE_KEYS}`);
  };

  const submit = async (): Promise<void> => {
    const source = readSource();
    if (source === null) return;
    print(`\nSubmitting on every test…`);
    const result = await judgeSource(source, 'submit');
    if (result === null) return;
    submissions.push({ verdict: result.verdict, atMs: Date.now() - startedAt });
    if (isBetter(result, best)) best = result;
    const lines = [
      `Submit ${submissions.length}: ${result.verdict === 'Accepted' ? '✓' : '✗'} ${result.verdict} — ${result.passed} of ${result.total} tests passed.`,
    ];
    formatProblems(result, lines);
    // Only a failing sample's data is shown: hidden tests stay hidden, the probe says their shape.
    const failedSample = result.tests.find(
      (test) => test.sample && test.verdict !== 'Accepted' && test.input !== undefined,
    );
    if (failedSample !== undefined) formatTestDetails(question, failedSample, lines);
    print(lines.join('\n'));
    if (measuresGrowthAfter('submit', result.verdict, spec.generator !== undefined))
      print('Measuring how the running time grows with the input…');
    const growth = await measureGrowthIfDue(
      judge,
      { spec, language, source, mode: 'submit' },
      result.verdict,
      print,
    );
    if (growth !== null) print(formatComplexityReport(growth));
    const probe = probeFromSubmission({ question, source, result, growth, claimedTime: null });
    if (probe !== null) print(`Interviewer: ${probe.text}`);
    if (result.verdict === 'Accepted') {
      const evaluation = evaluateCodingSubmission({
        question,
        language,
        source,
        result,
        growth,
        submissions,
        hintsUsed,
      });
      print(`\nScorecard\n${formatEvaluation(evaluation)}`);
    }
    print(`Keys: ${PRACTICE_KEYS}`);
  };

  const showHint = (): void => {
    const hint = question.hints[hintsUsed];
    if (hint === undefined) {
      print(
        question.hints.length === 0
          ? '\nThis problem has no hints.'
          : `\nNo more hints: you have seen all ${question.hints.length}.`,
      );
      return;
    }
    hintsUsed += 1;
    print(`\nHint ${hintsUsed} of ${question.hints.length}: ${hint}`);
  };

  const summary = (): string => {
    const bestText =
      best === null ? 'none (nothing submitted)' : `${best.verdict} (${best.passed}/${best.total})`;
    return `Done: ${plural(submissions.length, 'submit')}, ${hintsUsed} of ${question.hints.length} hints used, best verdict ${bestText}.`;
  };

  await new Promise<void>((resolve) => {
    // One action at a time, in order, so a run's output never interleaves with a submit's.
    let queue: Promise<void> = Promise.resolve();
    let isRunQueued = false;
    let isQuitting = false;
    const enqueue = (action: () => Promise<void> | void): void => {
      queue = queue.then(action).catch((error: unknown) => {
        print(`Something went wrong: ${messageOf(error)}`);
      });
    };
    const watcher = watchFile(file, () => {
      if (isRunQueued || isQuitting) return;
      isRunQueued = true;
      enqueue(() => {
        isRunQueued = false;
        return runSamples();
      });
    });
    const quit = (): void => {
      if (isQuitting) return;
      isQuitting = true;
      process.off('SIGINT', quit);
      process.off('SIGTERM', quit);
      enqueue(async () => {
        watcher.close();
        stopListening();
        await judge.close();
        print(`\n${summary()}`);
        resolve();
      });
    };
    const stopListening = listenForKeys((key) => {
      if (isQuitting) return;
      if (key === 's') enqueue(submit);
      else if (key === 'h') enqueue(showHint);
      else quit();
    });
    // Ctrl-C outside raw mode (input from a pipe) ends the session as q does: with the summary.
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
    print(`Watching ${file}. Keys: ${PRACTICE_KEYS}${process.stdin.isTTY ? '' : ' (then Enter)'}`);
  });
};

export const addPracticeCommand = (program: Command): void => {
  const practice = program
    .command('practice')
    .description('practise an interview round in the terminal');
  practice
    .command('coding')
    .description(
      'a coding problem in the terminal: writes a starter file, runs the samples on every save; keys: s submit, h hint, q quit (without a terminal, type the key then Enter)',
    )
    .addOption(
      new Option('--pattern <pattern>', 'only problems practising this pattern').choices(
        CODING_PATTERNS,
      ),
    )
    .addOption(
      new Option('--difficulty <difficulty>', 'only problems of this difficulty').choices(
        DifficultySchema.options,
      ),
    )
    .addOption(
      new Option('--language <language>', 'the language you solve it in')
        .choices(LANGUAGES)
        .default('python'),
    )
    .addOption(
      new Option(
        '--question <id>',
        'this bank problem instead of a random one, e.g. coding/pair-with-target-sum',
      ).conflicts(['pattern', 'difficulty']),
    )
    .option('--file <path>', 'the solution file to write and watch (default: ./<slug>.<extension>)')
    .option('--force', 'overwrite an existing solution file with the starter code')
    .addHelpText(
      'after',
      `
Keys (on a terminal, pressed alone; from a pipe, each on its own line):
  s  submit: every test, hidden ones included (their data is never shown); after Accepted,
     the growth measurement and the scorecard
  h  the next hint (three, gentle to specific; each one used counts in the scorecard)
  q  quit with a summary: submits, hints used, best verdict (Ctrl-C does the same)

Examples:
  onsite practice coding --pattern sliding-window --difficulty medium
  onsite practice coding --question coding/pair-with-target-sum --language typescript --file pair.ts`,
    )
    .action(practiseCoding);
};
