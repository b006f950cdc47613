import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  asQuestionId,
  createRoundRegistry,
  evaluateStandaloneAnswer,
  roundKinds,
} from '@onsite/core';
import { createQuestionBank, loadBank } from '@onsite/content';
import { formatEvaluation, summarizeEvaluation } from '../report';
import { messageOf, UsageError } from '../usage';

interface EvaluateOptions {
  /** One of the registry's kinds (commander checks the choice). */
  kind: string;
  prompt?: string;
  question?: string;
  answerFile: string;
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

const evaluate = async (options: EvaluateOptions): Promise<void> => {
  const rounds = textEvaluatorOf(options.kind);
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
  const bank = createQuestionBank(options.question === undefined ? [] : loadBank().questions);
  const evaluation = await evaluateStandaloneAnswer(
    { bank, rounds },
    {
      answer,
      ...(options.prompt === undefined ? {} : { prompt: options.prompt }),
      ...(options.question === undefined ? {} : { questionId: asQuestionId(options.question) }),
    },
  );
  process.stdout.write(
    options.json === true
      ? `${JSON.stringify(summarizeEvaluation(evaluation), null, 2)}\n`
      : `${formatEvaluation(evaluation)}\n`,
  );
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
    .requiredOption('--answer-file <file>', 'a text file holding the answer')
    .option(
      '--json',
      'print {score, level, flags, dimensions (with reasons), followUps, scoreBreakdown} as JSON',
    )
    .action(evaluate);
};
