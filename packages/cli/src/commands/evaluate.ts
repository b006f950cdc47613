import { Option, type Command } from 'commander';
import {
  asQuestionId,
  createRoundRegistry,
  evaluateCodingSubmission,
  evaluateStandaloneAnswer,
  isCodingQuestion,
  LANGUAGES,
  roundKinds,
  toJudgeSpec,
  type Language,
  type QuestionBank,
} from '@onsite/core';
import { JudgeInputError, measureGrowthIfDue, readText } from '../judge';
import { formatEvaluation, summarizeEvaluation } from '../report';
import { readConfig, UsageError } from '../usage';

interface EvaluateOptions {
  /** One of the registry's kinds (commander checks the choice). */
  kind: string;
  prompt?: string;
  question?: string;
  answerFile?: string;
  language?: Language;
  solution?: string;
  json?: boolean;
}

const TEXT_KINDS = roundKinds.kinds.filter((kind) => kind.answeredBy === 'conversation');

/** The kind's evaluator, as a registry of that kind alone: a bank question of another kind is refused. */
const textEvaluatorOf = (kindId: string) => {
  const kind = roundKinds.get(kindId);
  if (kind?.answeredBy !== 'conversation')
    throw new UsageError(
      `${kind?.label ?? kindId} answers have no text evaluator; onsite evaluate scores ${TEXT_KINDS.map((each) => each.id).join(', ')} answers${kind?.answeredBy === 'submission' ? ' (run code with onsite judge)' : ''}.`,
    );
  return createRoundRegistry([kind]);
};

/** The user's file, or a usage error (exit 2) naming it. */
const readInput = (file: string, what: string): string => {
  try {
    return readText(file, what);
  } catch (error) {
    if (error instanceof JudgeInputError) throw new UsageError(error.message);
    throw error;
  }
};

/** What a --prompt is scored against: no bank question. */
const NO_QUESTIONS: QuestionBank = { list: () => [], get: () => undefined };

/**
 * A bank of the one question asked about, read from its own file: parsing the whole bank was most
 * of a start's time. The loader (gray-matter, js-yaml) is imported only here, so a --prompt never
 * loads it.
 */
const bankOf = async (questionId: string): Promise<QuestionBank> => {
  const { createQuestionBank, loadQuestion } = await import('@onsite/content');
  const question = loadQuestion(questionId);
  return createQuestionBank(question === undefined ? [] : [question]);
};

const print = (evaluation: Parameters<typeof formatEvaluation>[0], json: boolean): void => {
  process.stdout.write(
    json
      ? `${JSON.stringify(summarizeEvaluation(evaluation), null, 2)}\n`
      : `${formatEvaluation(evaluation)}\n`,
  );
};

/**
 * A coding solution's scorecard: judged on every test of the bank question (the same sandboxed
 * judge the server uses), its growth measured after Accepted, then scored. Without a transcript,
 * communication and testing are reported as not observed.
 */
const evaluateCoding = async (options: EvaluateOptions): Promise<void> => {
  if (
    options.question === undefined ||
    options.language === undefined ||
    options.solution === undefined
  )
    throw new UsageError(
      'A coding solution needs --question ID (e.g. coding/pair-with-target-sum), --language L and --solution FILE.',
    );
  const questionId = options.question;
  // One file, not the whole bank: an id is `coding/<slug>`, and a bare slug names a coding one.
  const { loadQuestion } = await import('@onsite/content');
  const question = loadQuestion(questionId.includes('/') ? questionId : `coding/${questionId}`);
  if (question === undefined || !isCodingQuestion(question))
    throw new UsageError(
      `There is no coding question "${questionId}" in the bank; list them with onsite bank check.`,
    );
  const source = readInput(options.solution, 'solution file');
  const spec = toJudgeSpec(question);
  const config = await readConfig();
  const { createServerJudge } = await import('@onsite/server/server-judge');
  const judge = createServerJudge(config.judge, config.databaseUrl, { warm: false });
  try {
    const result = await judge.judge({ spec, language: options.language, source, mode: 'submit' });
    const growth = await measureGrowthIfDue(
      judge,
      { spec, language: options.language, source, mode: 'submit' },
      result.verdict,
      (message) => process.stderr.write(`${message}\n`),
    );
    const evaluation = evaluateCodingSubmission({
      question,
      language: options.language,
      source,
      result,
      growth,
    });
    print(evaluation, options.json === true);
  } finally {
    await judge.close();
  }
};

const evaluate = async (options: EvaluateOptions): Promise<void> => {
  // A kind answered by code is judged first; its evaluator reads the judge's result.
  if (roundKinds.get(options.kind)?.answeredBy === 'submission') return evaluateCoding(options);
  const rounds = textEvaluatorOf(options.kind);
  if (options.prompt === undefined && options.question === undefined)
    throw new UsageError(
      'Give the question: --prompt "TEXT" or --question ID (e.g. behavioral/conflict-with-manager).',
    );
  if (options.answerFile === undefined)
    throw new UsageError('Give the answer: --answer-file FILE (a text file holding it).');
  const answer = readInput(options.answerFile, 'answer file');
  const bank = options.question === undefined ? NO_QUESTIONS : await bankOf(options.question);
  const evaluation = await evaluateStandaloneAnswer(
    { bank, rounds },
    {
      answer,
      ...(options.prompt === undefined ? {} : { prompt: options.prompt }),
      ...(options.question === undefined ? {} : { questionId: asQuestionId(options.question) }),
    },
  );
  print(evaluation, options.json === true);
};

export const addEvaluateCommand = (program: Command): void => {
  program
    .command('evaluate')
    .description("score one answer with its round kind's evaluator")
    .addOption(
      new Option('--kind <kind>', 'round kind')
        .choices(roundKinds.kinds.map((kind) => kind.id))
        .makeOptionMandatory(),
    )
    .addOption(new Option('--prompt <text>', 'the question as asked').conflicts('question'))
    .addOption(
      new Option('--question <id>', 'a bank question id, e.g. behavioral/conflict-with-manager'),
    )
    .option('--answer-file <file>', 'a text file holding the answer (text kinds)')
    .addOption(
      new Option('--language <language>', "the solution's language (coding)").choices(LANGUAGES),
    )
    .option('--solution <file>', 'the solution source file (coding), judged on every test')
    .option(
      '--json',
      'print {score, level, flags, dimensions (with reasons), followUps, scoreBreakdown, nextSteps; coding: the judge and code facts} as JSON',
    )
    .action(evaluate);
};
