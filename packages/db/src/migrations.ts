/**
 * The one list of migrations, for SQLite and PostgreSQL alike. They live in
 * code (not files) so the migrator never searches the file system, which keeps
 * them working from a bundled CLI or any working directory.
 *
 * Rules for a new migration: append it with the next number, never edit a
 * shipped one, and use only SQL that PostgreSQL 15 and SQLite 3.35 both accept.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { LOCAL_USER_ID } from '@onsite/core';

/** Migrations receive an untyped handle: the schema they see is the one they build. */
type SchemaBuilderDb = Kysely<unknown>;

const initial: Migration = {
  async up(db: SchemaBuilderDb) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createIndex('sessions_user_created')
      .on('sessions')
      .columns(['user_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('rounds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) =>
        c.notNull().references('sessions.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('question_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('prompt', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('time_limit_ms', 'integer', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('elapsed_ms', 'integer')
      .addColumn('interim_evaluation', 'text')
      .addColumn('scorecard', 'text')
      .addColumn('score', 'double precision')
      .addColumn('level', 'integer')
      .addUniqueConstraint('rounds_session_position', ['session_id', 'position'])
      .execute();
    await db.schema
      .createIndex('rounds_user_status_finished')
      .on('rounds')
      .columns(['user_id', 'status', 'finished_at'])
      .execute();

    await db.schema
      .createTable('turns')
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('speaker', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('target_flag', 'text')
      .addColumn('probe_id', 'text')
      .addPrimaryKeyConstraint('turns_pk', ['round_id', 'idx'])
      .execute();

    await db.schema
      .createTable('drafts')
      .addColumn('round_id', 'text', (c) =>
        c.primaryKey().references('rounds.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('stories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('situation', 'text', (c) => c.notNull())
      .addColumn('task', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('learning', 'text', (c) => c.notNull())
      .addColumn('principles', 'text', (c) => c.notNull())
      .addColumn('competencies', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('stories_user_updated')
      .on('stories')
      .columns(['user_id', 'updated_at'])
      .execute();

    // Single-user local mode writes every row as this user, so it must exist.
    await sql`insert into users (id, created_at) values (${LOCAL_USER_ID}, ${new Date().toISOString()})`.execute(
      db,
    );
  },
};

/** Code submissions kept for good: the code as judged, the verdict and the growth measurement. */
const submissions: Migration = {
  async up(db: SchemaBuilderDb) {
    await db.schema
      .createTable('submissions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('question_id', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('error', 'text')
      .addColumn('complexity', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      // The server instance judging it: a restart abandons only its own unfinished submissions.
      .addColumn('judged_by', 'text')
      .execute();
    // A question's history (newest first) and the start-up sweep of unfinished ones.
    await db.schema
      .createIndex('submissions_user_question_created')
      .on('submissions')
      .columns(['user_id', 'question_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('submissions_user_created')
      .on('submissions')
      .columns(['user_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('submissions_status')
      .on('submissions')
      .columns(['status'])
      .execute();
  },
};

/**
 * A version on each round (its number of turns), so that a step of the round is one compare-and-set
 * that two servers on one database cannot both win (SessionStore.advanceRound).
 */
const roundVersion: Migration = {
  async up(db: SchemaBuilderDb) {
    await db.schema
      .alterTable('rounds')
      .addColumn('turn_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update rounds set turn_count = (select count(*) from turns where turns.round_id = rounds.id)`.execute(
      db,
    );
  },
};

/**
 * The coding interview: each turn says which phase of the round it belongs to, and a submission
 * which round it was judged for (the scorecard reads a round's submits in order).
 */
const codingInterview: Migration = {
  async up(db: SchemaBuilderDb) {
    await db.schema.alterTable('turns').addColumn('phase', 'text').execute();
    await db.schema.alterTable('submissions').addColumn('round_id', 'text').execute();
    await db.schema
      .createIndex('submissions_user_round')
      .on('submissions')
      .columns(['user_id', 'round_id'])
      .execute();
  },
};

/** The study plan's settings (issue 12): at most one row per user, replaced when saved again. */
const plans: Migration = {
  async up(db: SchemaBuilderDb) {
    await db.schema
      .createTable('plans')
      .addColumn('user_id', 'text', (c) =>
        c.primaryKey().references('users.id').onDelete('cascade'),
      )
      .addColumn('target_date', 'text', (c) => c.notNull())
      .addColumn('loop', 'text', (c) => c.notNull())
      .addColumn('hours_per_week', 'double precision', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};

/**
 * What progress reads of each scored round's scorecard (practiceScorecardOf), in a table of its
 * own: written with the scorecard, read by SessionStore.listFinishedRoundFacts. A column of the
 * rounds table would not do on SQLite: a column after the scorecard and interim evaluation is read
 * by walking their overflow pages, which is most of what reading them whole costs. Rounds scored
 * before this migration get their row the first time they are read.
 */
const roundFacts: Migration = {
  async up(db: SchemaBuilderDb) {
    await db.schema
      .createTable('round_facts')
      .addColumn('round_id', 'text', (c) =>
        c.primaryKey().references('rounds.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      /** JSON of PracticeScorecard. */
      .addColumn('facts', 'text', (c) => c.notNull())
      .execute();
  },
};

/** Name → migration. Names sort in the order they must run. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_submissions': submissions,
  '0003_round_version': roundVersion,
  '0004_coding_interview': codingInterview,
  '0005_plans': plans,
  '0006_round_facts': roundFacts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
