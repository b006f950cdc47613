import { statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { checkBank, formatBankReport } from '@onsite/content';
import { EXIT_PROBLEMS, messageOf, UsageError } from '../usage';

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

export const addBankCommand = (program: Command): void => {
  program
    .command('bank')
    .description('work with the question bank')
    .command('check')
    .description('validate every bank file and summarize coverage; exits 1 when there are problems')
    .option('--dir <dir>', 'bank directory (default: packages/content/bank)')
    .action(bankCheck);
};
