import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  asSessionId,
  createDataTransfer,
  LOCAL_USER_ID,
  sessionReport,
  type Clock,
  type ImportSummary,
} from '@onsite/core';
import { readText } from '../judge';
import { readConfig, UsageError } from '../usage';

/**
 * `onsite export` and `onsite import`: all of the user's data as one JSON file (docs/export-format.md),
 * or one session as a Markdown report, from and into the database the server uses (ONSITE_DATA_DIR,
 * or DATABASE_URL for PostgreSQL). Moving from SQLite to PostgreSQL is an export with one and an
 * import with the other.
 */

const systemClock: Clock = { now: () => new Date() };

const openStores = async () => {
  const config = await readConfig();
  // Loaded here so that commands without a database start without its drivers.
  const { openDatabase, maskDatabaseUrl } = await import('@onsite/db');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const where =
    config.databaseUrl === undefined
      ? path.join(config.dataDir, 'onsite.db')
      : maskDatabaseUrl(config.databaseUrl);
  return { database, where };
};

const writeOut = (file: string, text: string, force: boolean): string => {
  const resolved = path.resolve(file);
  if (existsSync(resolved) && !force)
    throw new UsageError(`${resolved} already exists; choose another file or add --force.`);
  try {
    writeFileSync(resolved, text);
  } catch (error) {
    throw new UsageError(
      `Cannot write ${resolved}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return resolved;
};

const exportCommand = async (options: { out?: string; session?: string; force?: boolean }) => {
  const { database, where } = await openStores();
  try {
    if (options.session !== undefined) {
      const session = await database.sessions.getSession(
        LOCAL_USER_ID,
        asSessionId(options.session),
      );
      if (session === null)
        throw new UsageError(`There is no session "${options.session}" in ${where}.`);
      const report = sessionReport(session);
      if (options.out === undefined) process.stdout.write(report);
      else
        process.stderr.write(
          `Wrote the report of "${session.title}" to ${writeOut(options.out, report, options.force === true)}\n`,
        );
      return;
    }
    const transfer = createDataTransfer({ ...database, clock: systemClock });
    const document = await transfer.exportAll(LOCAL_USER_ID);
    const json = `${JSON.stringify(document, null, 2)}\n`;
    if (options.out === undefined) {
      process.stdout.write(json);
      return;
    }
    const file = writeOut(options.out, json, options.force === true);
    process.stderr.write(
      `Exported ${document.sessions.length} sessions, ${document.stories.length} stories and ${document.submissions.length} submissions from ${where} to ${file}\n`,
    );
  } finally {
    await database.close();
  }
};

const describeSummary = (summary: ImportSummary): string =>
  (['sessions', 'stories', 'submissions'] as const)
    .map((what) => {
      const { added, skipped } = summary[what];
      return `${added} ${what} added${skipped > 0 ? ` (${skipped} already there, left as they were)` : ''}`;
    })
    .join(', ');

const importCommand = async (file: string) => {
  const text = readText(file, 'export file');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${path.resolve(file)} is not valid JSON (is it cut short?), and nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { database, where } = await openStores();
  try {
    const transfer = createDataTransfer({ ...database, clock: systemClock });
    const summary = await transfer.importAll(LOCAL_USER_ID, value);
    process.stdout.write(`Imported into ${where}: ${describeSummary(summary)}.\n`);
  } finally {
    await database.close();
  }
};

export const addTransferCommands = (program: Command): void => {
  program
    .command('export')
    .description(
      'Write all your data (sessions, answers, code, scorecards, stories) as JSON, or one session as a Markdown report.',
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--session <id>', 'only this session, as a Markdown report')
    .option('--force', 'overwrite --out if it exists')
    .action(exportCommand);
  program
    .command('import')
    .description(
      'Add the data of an `onsite export` file to this install (what is already here is kept).',
    )
    .argument('<file>', 'the JSON file `onsite export` wrote')
    .action(importCommand);
};
