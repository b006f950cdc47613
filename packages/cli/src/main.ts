import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import {
  roundKinds,
  evaluateStandaloneAnswer,
  isDomainError,
  LANGUAGES,
  type ComplexityReport,
  type JudgeMode,
  type Language,
  type QuestionBank,
} from '@onsite/core';
import { checkBank, createQuestionBank, formatBankReport, loadBank } from '@onsite/content';
import { checkLanguages, formatDoctorReport } from './doctor';
import {
  formatComplexityReport,
  formatJudgeReport,
  JudgeInputError,
  readSolution,
  readSpec,
  summarizeJudgeResult,
  type JudgeSummaryWithGrowth,
} from './judge';
import { formatEvaluation, summarizeEvaluation } from './report';

/** Exit codes: 0 success, 1 the check found problems (or an unexpected failure), 2 the command was used wrongly. */
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

/** A mistake in how the command was called: bad flags, a missing file, an unknown question. Printed without a stack. */
class UsageError extends Error {}

const readVersion = (): string => {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  );
  return typeof pkg === 'object' &&
    pkg !== null &&
    'version' in pkg &&
    typeof pkg.version === 'string'
    ? pkg.version
    : '0.0.0';
};

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const loadQuestionBank = (): QuestionBank => createQuestionBank(loadBank().questions);

const serve = async (options: { port?: string; host?: string }): Promise<void> => {
  // Loaded here so that `evaluate` and `bank check` start without the HTTP server and database drivers.
  const { ConfigError, loadConfig, startServer } = await import('@onsite/server');
  const env = {
    ...process.env,
    ...(options.port === undefined ? {} : { PORT: options.port }),
    ...(options.host === undefined ? {} : { HOST: options.host }),
  };
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const running = await startServer(config);
  if (running.deps.bankProblems.length > 0) {
    process.stderr.write(
      `Warning: ${running.deps.bankProblems.length} problem(s) in the question bank; those files were skipped. Run \`onsite bank check\` for details.\n`,
    );
  }
  process.stdout.write(`Onsite is running at ${running.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Stopping Onsite (${signal})…\n`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Onsite did not stop cleanly: ${messageOf(error)}\n`);
        process.exit(EXIT_PROBLEMS);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

const bankCheck = (options: { dir?: string }): void => {
  const dir = options.dir === undefined ? undefined : path.resolve(options.dir);
  // A wrong --dir is a mistake in the command, not a problem in the bank: exit 2, not 1.
  if (dir !== undefined && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`Cannot read the question bank at ${dir}: there is no such folder.`);
  }
  let result: ReturnType<typeof checkBank>;
  try {
    result = checkBank(dir);
  } catch (error) {
    throw new UsageError(
      `Cannot read the question bank${dir === undefined ? '' : ` at ${dir}`}: ${messageOf(error)}`,
    );
  }
  process.stdout.write(`${formatBankReport(result)}\n`);
  if (!result.ok) process.exitCode = EXIT_PROBLEMS;
};

interface EvaluateOptions {
  kind: 'behavioral';
  prompt?: string;
  question?: string;
  answerFile: string;
  json?: boolean;
}

const evaluate = async (options: EvaluateOptions): Promise<void> => {
  if (options.prompt === undefined && options.question === undefined)
    throw new UsageError(
      'Give the question: --prompt "TEXT" or --question ID (e.g. behavioral/conflict-with-manager).',
    );
  const file = path.resolve(options.answerFile);
  let answer: string;
  try {
    answer = readFileSync(file, 'utf8');
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new UsageError(
      code === 'ENOENT'
        ? `The answer file ${file} does not exist.`
        : `Cannot read the answer file ${file}: ${messageOf(error)}`,
    );
  }
  const bank = options.question === undefined ? createQuestionBank([]) : loadQuestionBank();
  const evaluation = await evaluateStandaloneAnswer(
    { bank, rounds: roundKinds },
    {
      answer,
      ...(options.prompt === undefined ? {} : { prompt: options.prompt }),
      ...(options.question === undefined ? {} : { questionId: options.question }),
    },
  );
  process.stdout.write(
    options.json === true
      ? `${JSON.stringify(summarizeEvaluation(evaluation), null, 2)}\n`
      : `${formatEvaluation(evaluation)}\n`,
  );
};

/** The config from the environment; a bad variable is a usage error (exit 2). Loaded lazily: only commands that need it pay for it. */
const readConfig = async () => {
  const { ConfigError, loadConfig } = await import('@onsite/server/config');
  try {
    return loadConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
};

interface JudgeOptions {
  spec: string;
  language: Language;
  solution: string;
  mode: JudgeMode;
  json?: boolean;
  /** False with --no-complexity. */
  complexity: boolean;
}

const judgeCommand = async (options: JudgeOptions): Promise<void> => {
  let spec: ReturnType<typeof readSpec>;
  let source: string;
  try {
    spec = readSpec(options.spec);
    source = readSolution(options.solution);
  } catch (error) {
    if (error instanceof JudgeInputError) throw new UsageError(error.message);
    throw error;
  }
  const config = await readConfig();
  const { createServerJudge } = await import('@onsite/server/judge');
  // One verdict, then exit: pre-started sandboxes would be started only to be killed.
  const judge = createServerJudge(config.judge, config.databaseUrl, { warm: false });
  try {
    const result = await judge
      .judge({
        spec,
        language: options.language,
        source,
        mode: options.mode,
      })
      .catch((error: unknown) => {
        // What the judge finds wrong with the spec itself (a checker that does not compile) is the command's problem: exit 2.
        if (isDomainError(error) && error.code === 'VALIDATION_FAILED')
          throw new UsageError(
            `The spec file ${options.spec} cannot be judged with: ${error.message}`,
          );
        throw error;
      });
    // Like the server: an Accepted submit of a problem with an input generator is followed by its growth measurement.
    let complexity: ComplexityReport | undefined;
    if (
      options.complexity &&
      options.mode === 'submit' &&
      result.verdict === 'Accepted' &&
      spec.generator !== undefined
    ) {
      const { measureComplexity } = await import('@onsite/judge');
      try {
        complexity = await measureComplexity(judge, spec, options.language, source);
      } catch (error) {
        // The verdict stands; only the measurement failed.
        process.stderr.write(`The growth could not be measured: ${messageOf(error)}\n`);
      }
    }
    const summary: JudgeSummaryWithGrowth = {
      ...summarizeJudgeResult(result),
      ...(complexity === undefined ? {} : { complexity }),
    };
    const report = formatJudgeReport(result, {
      language: options.language,
      mode: options.mode,
      spec,
    });
    process.stdout.write(
      options.json === true
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `${complexity === undefined ? report : `${report}\n\n${formatComplexityReport(complexity)}`}\n`,
    );
    process.exitCode = result.verdict === 'Accepted' ? 0 : EXIT_PROBLEMS;
  } finally {
    await judge.close();
  }
};

const doctor = async (): Promise<void> => {
  const config = await readConfig();
  const [
    { createSandboxJudge, detectIsolation, detectToolchains },
    { judgeStatusOf },
    { describeConfig },
  ] = await Promise.all([
    import('@onsite/judge'),
    import('@onsite/server/judge'),
    import('@onsite/server/config'),
  ]);
  const isolation = detectIsolation();
  const toolchains = detectToolchains();
  // No minimum here: the doctor reports whether each language runs at all, and the tier separately.
  const judge = createSandboxJudge({ isolation, toolchains });
  const languages = await checkLanguages(judge, toolchains).finally(() => judge.close());
  const { warning } = judgeStatusOf(isolation.tier);
  process.stdout.write(
    `${formatDoctorReport({
      languages,
      isolation: {
        tier: isolation.tier,
        seccomp: isolation.seccomp,
        notes: isolation.notes,
        ...(warning === undefined ? {} : { warning }),
      },
      node: process.version,
      dataDir: config.dataDir,
      database: String(describeConfig(config).database),
      judgeMode: config.judge.mode,
      minIsolation: config.judge.minIsolation,
    })}\n`,
  );
};

const worker = async (options: { concurrency?: string }): Promise<void> => {
  const config = await readConfig();
  if (config.databaseUrl === undefined)
    throw new UsageError(
      'onsite worker takes judge jobs from PostgreSQL: set DATABASE_URL (e.g. postgres://user:password@localhost:5432/onsite).',
    );
  const concurrency = options.concurrency === undefined ? undefined : Number(options.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1))
    throw new UsageError('--concurrency must be a whole number of at least 1.');
  const [
    { createSandboxJudge, detectIsolation, runJudgeWorker, tierRank },
    { judgeStatusOf },
    { maskSecret },
  ] = await Promise.all([
    import('@onsite/judge'),
    import('@onsite/server/judge'),
    import('@onsite/server/config'),
  ]);
  const isolation = detectIsolation();
  if (tierRank(isolation.tier) > tierRank(config.judge.minIsolation)) {
    throw new UsageError(
      `This machine offers isolation '${isolation.tier}', below ONSITE_JUDGE_MIN_ISOLATION=${config.judge.minIsolation}; the worker will not run code here.`,
    );
  }
  const { warning } = judgeStatusOf(isolation.tier);
  if (warning !== undefined)
    process.stderr.write(`WARNING: isolation is '${isolation.tier}'. ${warning}\n`);
  const running = await runJudgeWorker({
    connectionString: config.databaseUrl,
    judge: createSandboxJudge({
      isolation,
      minimumTier: config.judge.minIsolation,
    }),
    ...(concurrency === undefined ? {} : { concurrency }),
  });
  process.stdout.write(
    `Judge worker ${running.id} is taking jobs from ${maskSecret(config.databaseUrl)} (isolation ${isolation.tier}, ${running.stats().concurrency} at once)\n`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Stopping the judge worker (${signal}); finishing the jobs in hand…\n`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`The judge worker did not stop cleanly: ${messageOf(error)}\n`);
        process.exit(EXIT_PROBLEMS);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

const buildProgram = (): Command => {
  const program = new Command('onsite')
    .description('Practise software-engineering interview rounds against a deterministic coach.')
    .version(readVersion())
    // Throw instead of exiting, so every usage error leaves with the same code (2).
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('serve')
    .description('apply migrations, load the question bank and serve the web app and API')
    .option('--port <port>', 'port to listen on (default: $PORT or 4321)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .action(serve);

  program
    .command('bank')
    .description('work with the question bank')
    .command('check')
    .description('validate every bank file and summarize coverage; exits 1 when there are problems')
    .option('--dir <dir>', 'bank directory (default: packages/content/bank)')
    .action(bankCheck);

  program
    .command('evaluate')
    .description('score one behavioral answer with the STAR evaluator')
    .addOption(
      new Option('--kind <kind>', 'round kind').choices(['behavioral']).makeOptionMandatory(),
    )
    .addOption(new Option('--prompt <text>', 'the question as asked').conflicts('question'))
    .addOption(
      new Option('--question <id>', 'a bank question id, e.g. behavioral/conflict-with-manager'),
    )
    .requiredOption('--answer-file <file>', 'a text file holding the answer')
    .option('--json', 'print {score, level, flags, dimensions, followUps} as JSON')
    .action(evaluate);

  program
    .command('judge')
    .description(
      'run a solution against a judge spec (docs/judge-spec.md); exits 0 when Accepted, 1 otherwise',
    )
    .requiredOption('--spec <file>', 'the problem spec, a JSON file')
    .addOption(
      new Option('--language <language>', "the solution's language")
        .choices(LANGUAGES)
        .makeOptionMandatory(),
    )
    .requiredOption('--solution <file>', 'the solution source file')
    .addOption(
      new Option('--mode <mode>', 'run: sample tests with their data; submit: every test')
        .choices(['run', 'submit'])
        .default('submit'),
    )
    .option(
      '--json',
      'print {verdict, passed, total, tests, compileOutput, isolation} as JSON, plus complexity when growth was measured',
    )
    .option(
      '--no-complexity',
      'skip the growth measurement that follows an Accepted submit of a spec with a generator',
    )
    .action(judgeCommand);

  program
    .command('doctor')
    .description(
      'check each language in the sandbox, the isolation tier, Node, the data dir and the database',
    )
    .action(doctor);

  program
    .command('worker')
    .description(
      'take judge jobs from the PostgreSQL queue (DATABASE_URL) and run them in the local sandbox until SIGINT/SIGTERM',
    )
    .option('--concurrency <n>', 'jobs run at once (default: the number of cores)')
    .action(worker);

  return program;
};

const main = async (argv: readonly string[]): Promise<void> => {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help text).
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (error instanceof UsageError || isDomainError(error)) {
      process.stderr.write(`onsite: ${error.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.stderr.write(`onsite: ${messageOf(error)}\n`);
    process.exitCode = EXIT_PROBLEMS;
  }
};

await main(process.argv);
