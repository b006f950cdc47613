import type { Command } from 'commander';
import { tierRank } from '@onsite/core';
import { stopOnSignal } from '../stop-on-signal';
import { readConfig, UsageError } from '../usage';

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
    { createSandboxJudge, detectIsolation, runJudgeWorker },
    { judgeStatusOf },
    { maskSecret },
  ] = await Promise.all([
    import('@onsite/judge'),
    import('@onsite/server/server-judge'),
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
  stopOnSignal('the judge worker', () => running.stop(), '; finishing the jobs in hand');
};

export const addWorkerCommand = (program: Command): void => {
  program
    .command('worker')
    .description(
      'take judge jobs from the PostgreSQL queue (DATABASE_URL) and run them in the local sandbox until SIGINT/SIGTERM',
    )
    .option('--concurrency <n>', 'jobs run at once (default: the number of cores)')
    .action(worker);
};
