import type { Evidence, FlagCopy, FlagFinding } from '../types';

/**
 * The machine-readable flags the STAR evaluator may raise: exactly this set.
 * Each has plain-language copy for the scorecard.
 */
export const STAR_FLAGS = [
  'missing-situation',
  'missing-task',
  'missing-action',
  'missing-result',
  'unquantified-result',
  'no-baseline',
  'we-not-i',
  'vague-language',
  'no-technical-depth',
  'too-long',
  'too-short',
  'no-learning',
  'blames-others',
  'off-topic',
] as const;
export type StarFlag = (typeof STAR_FLAGS)[number];

/** Whether a flag id (a probe's target, read back from a transcript) is one of the STAR flags. */
export const isStarFlag = (flag: string): flag is StarFlag =>
  (STAR_FLAGS as readonly string[]).includes(flag);

/** A STAR finding with the quotes it rests on (quotes not found are left out). */
export const starFinding = (
  flag: StarFlag,
  message: string,
  evidence: ReadonlyArray<Evidence | undefined> = [],
): FlagFinding<StarFlag> => ({
  flag,
  message,
  evidence: evidence.filter((item): item is Evidence => item !== undefined),
});

export const FLAG_COPY: Readonly<Record<StarFlag, FlagCopy>> = {
  'missing-situation': {
    label: 'The listener never learns the context',
    whyItMatters:
      'Without the situation the interviewer cannot judge how hard the problem was or why it mattered.',
    howToFix: 'Open with one or two sentences: the team, the system, and what was at stake.',
    before: 'I rewrote the retry logic and it worked.',
    after:
      'Our payments service was timing out for 3% of checkouts during the holiday peak, and I owned its client library.',
  },
  'missing-task': {
    label: 'Your own goal is unclear',
    whyItMatters:
      'Interviewers need to know what you were responsible for, so they can judge whether you met it.',
    howToFix: 'Say what you were asked to do, or decided to do, and by when.',
    before: 'There was an outage, so things happened.',
    after:
      'As the on-call lead my job was to restore checkout within our 30-minute target and find the root cause.',
  },
  'missing-action': {
    label: 'We never hear what you did',
    whyItMatters:
      'The action is most of the signal: the interviewer is hiring you, not the project.',
    howToFix:
      'Spend most of the answer on the steps you took, in order, with the reasons for each.',
    before: 'The issue was eventually resolved.',
    after:
      'I bisected the deploys, found the connection-pool change, rolled it back behind a flag and wrote a load test for it.',
  },
  'missing-result': {
    label: 'The story has no ending',
    whyItMatters: 'Without a result the interviewer cannot tell whether your actions worked.',
    howToFix: 'Close with what changed because of what you did, ideally with a number.',
    before: '…and that is what I worked on that quarter.',
    after: 'Checkout errors fell from 3% to 0.2% and stayed there through the peak.',
  },
  'unquantified-result': {
    label: 'Your result has no number',
    whyItMatters:
      'A number or a change anyone could check makes the impact real; "much smoother" or "they trust us more" sounds like a guess.',
    howToFix:
      'Give the metric that moved, by how much and over what period, or the observable change: what stopped happening, what shipped, by when.',
    before: 'The page got a lot faster.',
    after: 'Median page load dropped from 2.4 s to 900 ms over two releases.',
  },
  'no-baseline': {
    label: 'A number without a baseline',
    whyItMatters:
      '"40% faster" or "down to five pages a week" invites "from what, measured how?". A bar raiser will ask.',
    howToFix: 'State the starting point or the target beside the result, and how you measured it.',
    before: 'We made it 40% faster.',
    after:
      'p95 latency went from 800 ms to 480 ms, measured on production traffic for a week before and after.',
  },
  'we-not-i': {
    label: 'Mostly "we", rarely "I"',
    whyItMatters: 'The interviewer cannot credit you with what "the team" did.',
    howToFix: 'Keep the team in the situation, but say "I" for the actions you took yourself.',
    before: 'We decided to migrate and we built the new pipeline.',
    after:
      'I proposed the migration, wrote the design doc and built the backfill job; two teammates ported the consumers.',
  },
  'vague-language': {
    label: 'Vague or hedging words',
    whyItMatters:
      'Hedges and filler ("I think", "kind of", "tried to", "helped with", "um") hide the detail interviewers probe for.',
    howToFix:
      'Replace each vague phrase with the specific thing: which system, which number, which decision.',
    before: 'We did various optimisations and things got kind of better.',
    after:
      'I added a covering index on (user_id, created_at) and removed an N+1 query in the feed endpoint.',
  },
  'no-technical-depth': {
    label: 'No technical detail',
    whyItMatters:
      'For an engineer, depth on one concrete decision is what separates doing from watching.',
    howToFix:
      'Name the systems and the exact things you changed, and one trade-off you weighed; in a story about people, say exactly what was said and done. A list of tools is not depth.',
    before: 'I fixed the performance problem.',
    after:
      'I moved session lookups from Postgres to Redis with a 5-minute TTL and invalidated on logout.',
  },
  'too-long': {
    label: 'Too long to hold attention',
    whyItMatters:
      'Past about three minutes spoken, listeners lose the thread and you lose time for follow-ups.',
    howToFix: 'Aim for 200–450 words: trim the context, keep the actions and the result.',
    before: 'A 900-word walk through every meeting.',
    after: 'Two sentences of context, five of action, two of result, one of learning.',
  },
  'too-short': {
    label: 'Too short to show much',
    whyItMatters: 'A very short answer leaves the interviewer to drag the story out of you.',
    howToFix: 'Aim for 200–450 words (1.5–3 minutes spoken) with each STAR part present.',
    before: 'I talked to my manager and we agreed.',
    after: 'Situation, your task, three or four concrete actions, and a measured result.',
  },
  'no-learning': {
    label: 'No lesson learned',
    whyItMatters:
      'Failure and growth questions are about how you changed; without it the answer misses the point.',
    howToFix:
      'End with what you learned and a concrete thing you now do differently. What others should do, or praise you received, is not a lesson.',
    before: 'In the end the launch slipped.',
    after:
      'Since then I write a rollback plan before every migration; it saved us twice last year.',
  },
  'blames-others': {
    label: 'Blaming others',
    whyItMatters:
      'Interviewers look for ownership. Blame also reads in politics, fate, "mistakes were made", being proven right and credit taken from colleagues.',
    howToFix:
      'Describe others neutrally and focus on what you could control and would do differently.',
    before: 'The QA team was useless and missed the bug.',
    after:
      'The bug slipped past our tests; I added a contract test so that class of bug now fails in CI.',
  },
  'off-topic': {
    label: 'Does not answer the question',
    whyItMatters:
      'However good the story, the interviewer asked about something else and still has no evidence for it.',
    howToFix:
      'Choose a story where the thing asked about actually happens (the disagreement, the mistake, the bad news) and make it the centre of the answer.',
    before:
      'Asked about a time you were wrong in a code review: "I caught a junior engineer\'s bug in review and explained it to him."',
    after:
      '"I blocked a colleague\'s change over a locking concern; he showed me the lock was never contended, and I approved it and changed how I comment."',
  },
};
