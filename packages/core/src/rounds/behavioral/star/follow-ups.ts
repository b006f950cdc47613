import type { StarFlag } from '../flags';
import type { Evidence, FlagFinding, ProposedProbe } from '../../types';
import type { Analysis } from './analyze';
import { steeringProbe } from './relevance';
import { shorten } from './text';

/**
 * The probes an interviewer would ask next: one per weakness, most severe
 * first, quoting the candidate; then the question's own probes.
 */

/** Most severe first: missing personal action hides the signal entirely; padding matters least. */
export const FLAG_SEVERITY: readonly StarFlag[] = [
  // An answer to another question leaves nothing to probe until the story is the right one.
  'off-topic',
  'missing-action',
  'we-not-i',
  'no-baseline',
  'missing-result',
  'unquantified-result',
  'no-technical-depth',
  'blames-others',
  'no-learning',
  'vague-language',
  'missing-task',
  'missing-situation',
  'too-short',
  'too-long',
];

const MAX_PROBES = 3;
const MIN_PROBES = 2;

/**
 * Drill-downs on a technical term the candidate used, the way a Dive Deep
 * interviewer tests whether they know their own system.
 */
const DEPTH_DRILLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/cach|ttl|invalidat/i, 'How did you invalidate that cache, and what happened to stale reads?'],
  [/index/i, 'Which columns did the index cover, and how did you confirm the query plan used it?'],
  [
    /migrat|backfill/i,
    'How did you run the migration without downtime, and what was the rollback plan?',
  ],
  [
    /queue|kafka|rabbit|sqs|consumer|producer|message/i,
    'What happened to messages when a consumer failed halfway?',
  ],
  [
    /retr|timeout|backoff|circuit/i,
    'How did you choose the retry and timeout values, and what stops a retry storm?',
  ],
  [
    /(?<!a\/b )\btests?\b|test suite|flaky|coverage/i,
    'What did the tests cover, and what kind of bug would they still miss?',
  ],
  [
    /deploy|rollout|rolled|canary|feature flag|release/i,
    'How did you roll it out, and how would you have rolled it back?',
  ],
  [
    /latency|p9\d|p50|throughput|profil|bottleneck|cpu|memory/i,
    'How did you find where the time was going, and what did the profile show?',
  ],
  [
    /lock|race|concurren|idempot|transaction|deadlock/i,
    'Walk me through the race you were guarding against and how you proved it was fixed.',
  ],
  [
    /schema|database|postgres|mysql|sql|dynamo|mongo|table|quer/i,
    'What did the data model look like, and what would break if it grew ten times?',
  ],
  [
    /api|endpoint|contract|interface|version/i,
    'How did you keep existing clients working while the API changed?',
  ],
];

/** Terms too broad to drill into by name ("You mentioned mobile…" helps nobody). */
const BROAD_TERMS: ReadonlySet<string> = new Set([
  'mobile',
  'frontend',
  'front-end',
  'backend',
  'back-end',
  'codebase',
  'library',
  'module',
  'modules',
  'build',
  'config',
  'configuration',
  'browser',
  'ios',
  'android',
  'logs',
  'logging',
  'metrics',
  'dashboard',
  'incident',
  'version',
  'interface',
  'prototype',
  'design doc',
  'json',
  'http',
  'https',
  'git',
  'node',
  'go',
  'java',
  'python',
  'javascript',
  'typescript',
]);

/**
 * The drill for the most probe-worthy term: the first drill (in the list's
 * order) that matches any term, else a generic one naming a specific term.
 */
const depthDrill = (terms: readonly Evidence[]): string | undefined => {
  for (const [pattern, drill] of DEPTH_DRILLS)
    if (terms.some((term) => pattern.test(term.quote))) return drill;
  const specific = terms.find((term) => !BROAD_TERMS.has(term.quote.toLowerCase()));
  return specific === undefined
    ? undefined
    : `You mentioned "${specific.quote}". Walk me through how that worked and what you ruled out.`;
};

/** A few words of the turn around a short hit, so a probe can quote "various optimisations" rather than "various". */
const phraseAround = (analysis: Analysis, hit: Evidence, extraWords = 3): string => {
  const text = analysis.turns[hit.turn] ?? '';
  const after = text.slice(hit.end).match(/^(?:[\s-]+[\p{L}\p{N}'%]+){0,3}/u)?.[0] ?? '';
  const words = after
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .slice(0, extraWords);
  const stop = after.search(/[,.;:!?]/u);
  const tail = stop === -1 ? words.join(' ') : after.slice(0, stop).trim();
  return shorten(`${hit.quote}${tail.length > 0 ? ` ${tail}` : ''}`, 60);
};

const firstEvidence = (
  findings: ReadonlyMap<StarFlag, FlagFinding<StarFlag>>,
  flag: StarFlag,
): Evidence | undefined => findings.get(flag)?.evidence[0];

/** The probe text for one flag, quoting the answer when possible. */
const probeForFlag = (
  flag: StarFlag,
  analysis: Analysis,
  findings: ReadonlyMap<StarFlag, FlagFinding<StarFlag>>,
): string | undefined => {
  const quote = firstEvidence(findings, flag);
  switch (flag) {
    case 'off-topic':
      return steeringProbe(analysis);
    case 'missing-action':
    case 'we-not-i': {
      const ours = analysis.ourActions[0];
      return ours === undefined
        ? 'Walk me through what you did yourself, step by step.'
        : `You said "${shorten(ours.quote, 60)}". What did you personally do?`;
    }
    case 'no-baseline':
      return quote === undefined
        ? undefined
        : `You said "${quote.quote}": against what baseline, and how did you measure it?`;
    case 'missing-result':
      return 'How did it end? What changed because of what you did, and how did you know?';
    case 'unquantified-result':
      return 'Can you put a number on the outcome: what moved, by how much, and over what period?';
    case 'no-technical-depth':
      return (
        depthDrill(analysis.technical) ??
        'What was the hardest technical decision in this, and which alternative did you reject?'
      );
    case 'blames-others':
      return quote === undefined
        ? 'Looking back, what could you have done differently yourself?'
        : `You said "${shorten(quote.quote, 60)}". Looking back, what could you have done differently yourself?`;
    case 'no-learning':
      return 'What did you learn from this, and what do you do differently now?';
    case 'vague-language':
      return quote === undefined
        ? undefined
        : `You said "${phraseAround(analysis, quote)}". What specifically was that?`;
    case 'missing-task':
      return 'What exactly were you responsible for here, and what did success look like?';
    case 'missing-situation':
      return 'Set the scene for me: which team and system was this, and what was at stake?';
    case 'too-short':
      return 'Can you walk me through it in more detail, step by step?';
    case 'too-long':
      return undefined;
  }
};

/** Flag-driven probes in severity order; one per distinct text. */
const flagProbes = (
  analysis: Analysis,
  findings: readonly FlagFinding<StarFlag>[],
): ProposedProbe<StarFlag>[] => {
  const byFlag = new Map(findings.map((found) => [found.flag, found]));
  const probes: ProposedProbe<StarFlag>[] = [];
  for (const flag of FLAG_SEVERITY) {
    if (!byFlag.has(flag)) continue;
    const text = probeForFlag(flag, analysis, byFlag);
    if (text !== undefined && !probes.some((probe) => probe.text === text))
      probes.push({ text, targetFlag: flag });
  }
  return probes;
};

/** When nothing is flagged, an interviewer still drills into the most technical thing said, then asks for reflection. */
const fallbackProbes = (analysis: Analysis): ProposedProbe<StarFlag>[] => {
  return [
    {
      text:
        depthDrill(analysis.technical) ??
        'What was the hardest decision in this, and which alternative did you reject?',
    },
    { text: 'If you did this again, what would you do differently?' },
  ];
};

/**
 * 2–3 probes. With a question: up to two flag probes, then the question's own
 * probes; without one: up to three flag probes. Fallbacks fill the minimum.
 */
export const proposeFollowUps = (
  analysis: Analysis,
  findings: readonly FlagFinding<StarFlag>[],
): ProposedProbe<StarFlag>[] => {
  const fromFlags = flagProbes(analysis, findings);
  const fromQuestion: ProposedProbe<StarFlag>[] = (analysis.question?.followUps ?? []).map(
    (probe) => ({
      text: probe.text,
      probeId: probe.id,
    }),
  );
  const chosen =
    fromQuestion.length > 0
      ? [...fromFlags.slice(0, MAX_PROBES - 1), ...fromQuestion]
      : [...fromFlags];
  for (const fallback of fallbackProbes(analysis)) {
    if (chosen.length >= MIN_PROBES) break;
    if (!chosen.some((probe) => probe.text === fallback.text)) chosen.push(fallback);
  }
  return chosen.slice(0, MAX_PROBES);
};
