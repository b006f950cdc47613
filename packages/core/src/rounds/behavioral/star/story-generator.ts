import { createSeededRandom } from '../../coding/seeded-random';

/**
 * A seeded generator of behavioral stories for property tests: each seed
 * draws a domain (payments, data export, mobile, search) and a mix of
 * concrete or vague actions; a measured, observable, vague or missing
 * result; "I" or "we"; a lesson or none. The same seed always gives the same
 * story, so a failing property names a story anyone can replay.
 */

export interface Domain {
  readonly scene: string;
  readonly cause: string;
  readonly fix: string;
  readonly alternative: string;
  readonly reason: string;
  readonly check: string;
  readonly measured: string;
  readonly observable: string;
  readonly practice: string;
  /** Stems of this domain's words: padding figures must share none. */
  readonly vocabulary: readonly string[];
}

export const DOMAINS: readonly Domain[] = [
  {
    scene:
      'Our payment webhook started charging some customers twice, and the engineer who wrote it was on leave.',
    cause:
      'I traced the double charges to provider retries that the handler treated as new events.',
    fix: 'I added an idempotency key to the webhook handler, stored in Postgres with a unique index.',
    alternative:
      'I chose the key over a distributed lock, because a lock would have failed open during a database failover.',
    reason:
      'I replayed a week of recorded webhook events against a staging copy before the release.',
    check: 'I refunded the affected accounts myself and wrote up the incident for support.',
    measured: 'Duplicate charges went from about 40 a week to zero within the month.',
    observable: 'Refunds went out the same afternoon and no charge has doubled since.',
    practice: 'Since then I write an idempotency test for every handler that takes payments.',
    vocabulary: ['webho', 'charg', 'payme', 'idemp', 'refun', 'handl', 'postg', 'event'],
  },
  {
    scene:
      'The nightly export to our data warehouse kept missing its six o’clock deadline, and the finance team built reports on it every morning.',
    cause:
      'I profiled the export job and found it read the orders table row by row through the ORM.',
    fix: 'I rewrote the extraction as a single streaming query with a cursor and wrote Parquet files in batches.',
    alternative:
      'I decided against adding more workers, because the database, not the job, was the bottleneck.',
    reason: 'I ran the old and the new export side by side for a week and compared row counts.',
    check: 'I added an alert on the job duration so a slow night pages before the deadline.',
    measured:
      'The export went from four hours to 35 minutes and has not missed the deadline since.',
    observable: 'Finance had the numbers on their desks before nine every day after that.',
    practice: 'Since then I measure a job before I add workers to it.',
    vocabulary: [
      'expor',
      'wareh',
      'finan',
      'order',
      'parqu',
      'curso',
      'strea',
      'query',
      'deadl',
      'repor',
    ],
  },
  {
    scene: 'Our Android app crashed on start for users of one phone maker right after a release.',
    cause:
      'I pulled the crash traces from Crashlytics and found a font loader that called a vendor API missing on those phones.',
    fix: 'I wrapped the loader in a version check and fell back to the system font.',
    alternative:
      'I rejected rolling back the whole release, because it also carried a security patch.',
    reason: 'I borrowed two of the affected phones from the QA lab and tested the fix on both.',
    check: 'I shipped it as a hotfix through a staged rollout at five percent first.',
    measured: 'Crash-free sessions on those phones went from 91% to 99.8% in two days.',
    observable: 'The crash reports from those phones stopped the day the hotfix reached them.',
    practice: 'Since then I test every release on the oldest phones we support.',
    vocabulary: [
      'andro',
      'crash',
      'phone',
      'font',
      'loade',
      'vendo',
      'hotfi',
      'rollo',
      'relea',
      'sessi',
    ],
  },
  {
    scene: 'Search results on our shop went stale for hours whenever a big catalogue import ran.',
    cause: 'I found that the indexer shared one queue with the import, so imports starved it.',
    fix: 'I gave the indexer its own Kafka topic and consumer group, with a priority for price changes.',
    alternative:
      'I considered a full reindex every night instead, but that would have left prices wrong all day.',
    reason: 'I load tested the new consumer with a copy of the largest import we had.',
    check: 'I added a freshness check that compares the index with the database every ten minutes.',
    measured: 'Index lag during imports went from three hours to under two minutes.',
    observable: 'A price change now shows in search before the merchant has closed the admin page.',
    practice: 'Since then I give every consumer with a deadline its own queue.',
    vocabulary: [
      'searc',
      'index',
      'catal',
      'impor',
      'queue',
      'kafka',
      'consu',
      'price',
      'fresh',
      'merch',
    ],
  },
];

/** What a padding sentence may speak of: metrics, systems and entities no domain above uses. */
export const PADDING_FIGURES: readonly string[] = [
  'NPS rose by 35%',
  'signups grew 18%',
  'we saved around $200k',
  'revenue went up 12%',
  'headcount grew 30%',
  'office attendance hit 80%',
  'quarterly bookings increased by 22%',
  'churn fell 9%',
];
export const PADDING_LEADS: readonly string[] = [
  'Overall that year',
  'In total that quarter',
  'Across the company that year',
];

const VAGUE_ACTIONS: readonly string[] = [
  'I looked into the issue and worked on various improvements to things.',
  'I had some discussions about it and kind of tried to improve the process.',
  'I made a lot of changes and stuff like that, and I helped with the rollout somehow.',
  'I was involved in a bunch of meetings and basically tried to sort things out.',
];
const VAGUE_RESULTS: readonly string[] = [
  'Things got a lot better after that and people were happier with it, I think.',
  'In the end it was kind of smoother and the complaints mostly stopped, I believe.',
];

export type Actions = 'concrete' | 'vague' | 'mixed';
export type Outcome = 'measured' | 'observable' | 'vague' | 'none';

export interface Story {
  readonly seed: number;
  readonly domain: Domain;
  readonly actions: Actions;
  readonly outcome: Outcome;
  readonly sentences: readonly string[];
}

export const pick = <T>(random: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** Turns a story's "I" into "we", so a vague team story can be drawn too. */
export const toWe = (text: string): string =>
  text
    .replace(/\bI was\b/gu, 'we were')
    .replace(/\bI\b/gu, 'we')
    .replace(/\bmyself\b/gu, 'ourselves')
    .replace(/\bmy\b/giu, 'our')
    .replace(/^we\b/u, 'We');

export const generateStory = (seed: number): Story => {
  const random = createSeededRandom(seed);
  const domain = pick(random, DOMAINS);
  const actions = pick<Actions>(random, ['concrete', 'vague', 'mixed']);
  const outcome = pick<Outcome>(random, ['measured', 'observable', 'vague', 'none']);
  const concrete = [domain.cause, domain.fix, domain.alternative, domain.reason, domain.check];
  const steps =
    actions === 'concrete'
      ? concrete.slice(0, 3 + Math.floor(random() * 3))
      : actions === 'vague'
        ? [pick(random, VAGUE_ACTIONS), pick(random, VAGUE_ACTIONS)]
        : [pick(random, concrete.slice(0, 2)), pick(random, VAGUE_ACTIONS)];
  const ending =
    outcome === 'measured'
      ? [domain.measured]
      : outcome === 'observable'
        ? [domain.observable]
        : outcome === 'vague'
          ? [pick(random, VAGUE_RESULTS)]
          : [];
  const lesson = random() < 0.5 ? [domain.practice] : [];
  const told = [domain.scene, ...new Set(steps), ...ending, ...lesson];
  const sentences = actions === 'vague' && random() < 0.5 ? told.map(toWe) : told;
  return { seed, domain, actions, outcome, sentences };
};

/** Every "we" as "I", and nothing else changed. */
export const swapPronouns = (text: string): string =>
  text
    .replace(/\b[Ww]e were\b/gu, 'I was')
    .replace(/\bwe\b/gu, 'I')
    .replace(/\bWe\b/gu, 'I')
    .replace(/\bour\b/gu, 'my')
    .replace(/\bOur\b/gu, 'My')
    .replace(/\bus\b/gu, 'me')
    .replace(/\bourselves\b/gu, 'myself');

export const IMPLAUSIBLE_CLAIMS: readonly string[] = [
  'Page load went from 10 minutes to 2 milliseconds.',
  'The service became 1000x faster overnight.',
  'Conversion rose by 900% and 100% of users rated it five stars.',
];
