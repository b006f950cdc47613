import { Option, type Command } from 'commander';
import { isDomainError, LANGUAGES, type JudgeMode, type Language } from '@onsite/core';
import {
  formatComplexityReport,
  formatJudgeReport,
  JudgeInputError,
  readSolution,
  readSpec,
  summarizeJudgeResult,
  type JudgeSummaryWithGrowth,
  measureGrowthIfDue,
} from '../judge';
import { EXIT_PROBLEMS, readConfig, UsageError } from '../usage';

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
  const { createServerJudge } = await import('@onsite/server/server-judge');
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
    // Unless --no-complexity, growth is measured next, as the server does.
    const complexity = options.complexity
      ? await measureGrowthIfDue(
          judge,
          { spec, language: options.language, source, mode: options.mode },
          result.verdict,
          (message) => process.stderr.write(`${message}\n`),
        )
      : null;
    const summary: JudgeSummaryWithGrowth = {
      ...summarizeJudgeResult(result),
      ...(complexity === null ? {} : { complexity }),
    };
    const report = formatJudgeReport(result, {
      language: options.language,
      mode: options.mode,
      spec,
    });
    process.stdout.write(
      options.json === true
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `${complexity === null ? report : `${report}\n\n${formatComplexityReport(complexity)}`}\n`,
    );
    process.exitCode = result.verdict === 'Accepted' ? 0 : EXIT_PROBLEMS;
  } finally {
    await judge.close();
  }
};

export const addJudgeCommand = (program: Command): void => {
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
};
