import type { Interviewer, InterviewContext, InterviewerMove } from '../ports';
import type { ProposedProbe } from '../evaluation/types';

/** Probes per round when the round does not say otherwise. */
const DEFAULT_MAX_PROBES = 3;

const CLOSING_LINE =
  'Thank you, that is all I wanted to ask about this story. Your scorecard is ready.';

/** Asked when the evaluation has nothing left to probe but the round should still hear two probes. */
const GENERIC_PROBES: readonly ProposedProbe[] = [
  { text: 'What was the hardest decision in this, and which alternative did you reject?' },
  { text: 'If you did this again, what would you do differently?' },
];

const normalise = (text: string): string => text.trim().toLowerCase().replace(/\s+/gu, ' ');

export interface BuiltInInterviewerOptions {
  /** Used when the context's own `maxProbes` is not a positive number. */
  readonly maxProbes?: number;
}

/**
 * The deterministic interviewer: asks the evaluation's next unasked probe
 * (most severe weakness first, then the question's own probes), never the
 * same probe twice, at most `maxProbes`, then closes. It asks at least two
 * probes when there is anything to ask.
 */
export class BuiltInInterviewer implements Interviewer {
  readonly name = 'built-in';
  private readonly defaultMaxProbes: number;

  constructor(options: BuiltInInterviewerOptions = {}) {
    this.defaultMaxProbes = options.maxProbes ?? DEFAULT_MAX_PROBES;
  }

  nextMove(context: InterviewContext): Promise<InterviewerMove> {
    return Promise.resolve(this.decide(context));
  }

  /** The synchronous decision, for callers that do not need the Promise. */
  decide(context: InterviewContext): InterviewerMove {
    const maxProbes =
      Number.isInteger(context.maxProbes) && context.maxProbes >= 0
        ? context.maxProbes
        : this.defaultMaxProbes;
    const asked = context.transcript.filter(
      (turn) => turn.speaker === 'interviewer' && turn.purpose === 'probe',
    );
    const probesAsked = Math.max(context.probesAsked, asked.length);
    if (probesAsked >= maxProbes) return { type: 'close', text: CLOSING_LINE };

    const askedTexts = new Set(asked.map((turn) => normalise(turn.text)));
    const askedProbeIds = new Set(
      asked.flatMap((turn) => (turn.probeId === undefined ? [] : [turn.probeId])),
    );
    const isUnasked = (probe: ProposedProbe): boolean =>
      !askedTexts.has(normalise(probe.text)) &&
      (probe.probeId === undefined || !askedProbeIds.has(probe.probeId));

    const next =
      context.evaluation.followUps.find(isUnasked) ??
      (probesAsked < 2 ? GENERIC_PROBES.find(isUnasked) : undefined);
    if (next === undefined) return { type: 'close', text: CLOSING_LINE };
    return {
      type: 'probe',
      text: next.text,
      ...(next.targetFlag === undefined ? {} : { targetFlag: next.targetFlag }),
      ...(next.probeId === undefined ? {} : { probeId: next.probeId }),
    };
  }
}
