import { isStorageOutage } from '@onsite/core';

const OUTAGE_RETRY_MS = 500;
/** Long enough for PostgreSQL to restart or fail over; a longer outage fails the job like any error. */
const OUTAGE_MAX_WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` again while it fails because PostgreSQL is unreachable (a restart, terminated
 * backends): the queue lives there, and a job keeps running on its worker meanwhile, so a poll or
 * a result written a few seconds late loses nothing. Other errors, and an outage longer than
 * `maxWaitMs`, are thrown.
 */
export const retryThroughOutage = async <T>(
  work: () => Promise<T>,
  maxWaitMs = OUTAGE_MAX_WAIT_MS,
): Promise<T> => {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isStorageOutage(error) || Date.now() > deadline) throw error;
      await sleep(OUTAGE_RETRY_MS);
    }
  }
};
