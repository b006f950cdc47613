import { EXIT_PROBLEMS, messageOf } from './usage';

/**
 * Stops a long-running command once, on the first SIGINT or SIGTERM, then exits: 0 when it stopped
 * cleanly, 1 when it did not. `name` completes "Stopping …" and "… did not stop cleanly"; `detail`
 * says what stopping waits for.
 */
export const stopOnSignal = (name: string, stop: () => Promise<unknown>, detail = ''): void => {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Stopping ${name} (${signal})${detail}…\n`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        const subject = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
        process.stderr.write(`${subject} did not stop cleanly: ${messageOf(error)}\n`);
        process.exit(EXIT_PROBLEMS);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
};
