import type { Interviewer, InterviewContext, InterviewerMove } from '../ports';
import { roundKinds, type AnswerEvaluation, type RoundRegistry } from './registry';
import type { Evaluation, ProposedProbe } from './types';

/** Probes per round when the round does not say otherwise. */
const DEFAULT_MAX_PROBES = 3;

const normalise = (text: string): string => text.trim().toLowerCase().replace(/\s+/gu, ' ');

export interface BuiltInInterviewerOptions {
  /** Used when the context's own `maxProbes` is not a positive number. */
  readonly maxProbes?: number;
  /** Where each kind's lines come from; Onsite's kinds unless told. */
  readonly rounds?: RoundRegistry<Evaluation>;
}

/**
 * The deterministic interviewer: asks the evaluation's next unasked probe
 * (most severe weakness first, then the question's own probes), never the
 * same probe twice, at most `maxProbes`, then closes. It asks at least two
 * probes when there is anything to ask. Its lines (the close, the fallback probes) are the
 * round kind's.
 */
export class BuiltInInterviewer<E extends Evaluation = AnswerEvaluation> implements Interviewer<E> {
  readonly name = 'built-in';
  private readonly defaultMaxProbes: number;
  private readonly rounds: RoundRegistry<Evaluation>;

  constructor(options: BuiltInInterviewerOptions = {}) {
    this.defaultMaxProbes = options.maxProbes ?? DEFAULT_MAX_PROBES;
    this.rounds = options.rounds ?? roundKinds;
  }

  nextMove(context: InterviewContext<E>): Promise<InterviewerMove> {
    return Promise.resolve(this.decide(context));
  }

  /** The synchronous decision, for callers that do not need the Promise. */
  decide(context: InterviewContext<E>): InterviewerMove {
    const { closingLine, fallbackProbes } = this.rounds.conversation(context.kind).interviewer;
    const maxProbes =
      Number.isInteger(context.maxProbes) && context.maxProbes >= 0
        ? context.maxProbes
        : this.defaultMaxProbes;
    const asked = context.transcript.filter(
      (turn) => turn.speaker === 'interviewer' && turn.purpose === 'probe',
    );
    const probesAsked = Math.max(context.probesAsked, asked.length);
    if (probesAsked >= maxProbes) return { type: 'close', text: closingLine };

    const askedTexts = new Set(asked.map((turn) => normalise(turn.text)));
    const askedProbeIds = new Set(
      asked.flatMap((turn) => (turn.probeId === undefined ? [] : [turn.probeId])),
    );
    const isUnasked = (probe: ProposedProbe): boolean =>
      !askedTexts.has(normalise(probe.text)) &&
      (probe.probeId === undefined || !askedProbeIds.has(probe.probeId));

    const next =
      context.evaluation.followUps.find(isUnasked) ??
      (probesAsked < 2 ? fallbackProbes.find(isUnasked) : undefined);
    if (next === undefined) return { type: 'close', text: closingLine };
    return {
      type: 'probe',
      text: next.text,
      ...(next.targetFlag === undefined ? {} : { targetFlag: next.targetFlag }),
      ...(next.probeId === undefined ? {} : { probeId: next.probeId }),
    };
  }
}
