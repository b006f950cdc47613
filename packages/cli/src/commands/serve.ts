import type { Command } from 'commander';
import { stopOnSignal } from '../stop-on-signal';
import { UsageError } from '../usage';

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
  stopOnSignal('Onsite', () => running.close());
};

export const addServeCommand = (program: Command): void => {
  program
    .command('serve')
    .description('apply migrations, load the question bank and serve the web app and API')
    .option('--port <port>', 'port to listen on (default: $PORT or 4321)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .action(serve);
};
