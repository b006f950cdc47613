import { Command, CommanderError } from 'commander';
import { isDomainError } from '@onsite/core';
import { readPackageVersion } from '@onsite/server/version';
import { addBankCommand } from './commands/bank-check';
import { addDoctorCommand } from './commands/doctor';
import { addEvaluateCommand } from './commands/evaluate';
import { addJudgeCommand } from './commands/judge';
import { addPracticeCommand } from './commands/practice';
import { addServeCommand } from './commands/serve';
import { addTransferCommands } from './commands/transfer';
import { addWorkerCommand } from './commands/worker';
import { EXIT_PROBLEMS, EXIT_USAGE, messageOf, UsageError } from './usage';

const buildProgram = (): Command => {
  const program = new Command('onsite')
    .description('Practise software-engineering interview rounds against a deterministic coach.')
    .version(readPackageVersion(new URL('../package.json', import.meta.url)))
    // Throw instead of exiting, so every usage error leaves with the same code (2).
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  for (const addCommand of [
    addServeCommand,
    addBankCommand,
    addEvaluateCommand,
    addJudgeCommand,
    addPracticeCommand,
    addDoctorCommand,
    addWorkerCommand,
    addTransferCommands,
  ])
    addCommand(program);
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
