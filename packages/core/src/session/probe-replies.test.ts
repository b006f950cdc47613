import { describe, expect, it } from 'vitest';
import { ManualClock, SequentialIds } from '../testing/clock-and-ids';
import type { BehavioralEvaluation } from '../rounds/behavioral/evaluation';
import { PROMPTS, STRONG_CODEBASE } from '../rounds/behavioral/star/fixtures';
import { LOCAL_USER_ID } from '../ids';
import { BuiltInInterviewer } from '../rounds/built-in-interviewer';
import {
  MemorySessionStore,
  MemoryStoryStore,
  createMemoryQuestionBank,
} from '../testing/memory-stores';
import { behavioralRounds } from '../testing/fixtures';
import { createPracticeService } from './engine';

/** The real evaluator and interviewer: what a candidate's replies do to the scorecard. */
const setup = () => {
  const service = createPracticeService<BehavioralEvaluation>({
    rounds: behavioralRounds,
    sessions: new MemorySessionStore<BehavioralEvaluation>(),
    stories: new MemoryStoryStore(),
    bank: createMemoryQuestionBank([]),
    interviewer: new BuiltInInterviewer(),
    clock: new ManualClock(),
    ids: new SequentialIds(),
    // As the server runs it: off the caller's stack, resolved later.
    evaluate: (input) => Promise.resolve().then(() => behavioralRounds.evaluate(input)),
  });
  const start = async () => {
    const session = await service.startPracticeSession({
      userId: LOCAL_USER_ID,
      kind: 'behavioral',
      prompt: PROMPTS.newCodebase,
    });
    const round = session.rounds[0];
    if (round === undefined) throw new Error('the session has no round');
    return { userId: LOCAL_USER_ID, roundId: round.id };
  };
  return { service, start };
};

describe('a round scores the replies to its probes', () => {
  it('takes a strong answer below strong hire when every probe is answered "idk"', async () => {
    const { service, start } = setup();
    const ref = await start();
    let round = await service.submitAnswer({ ...ref, text: STRONG_CODEBASE });
    expect(round.interimEvaluation?.level).toBe(4);
    while (round.status === 'probing') round = await service.submitReply({ ...ref, text: 'idk' });
    const evaluation = round.scorecard?.evaluation;
    const probesAsked = round.transcript.filter((turn) => turn.purpose === 'probe').length;
    expect(probesAsked).toBeGreaterThanOrEqual(2);
    expect(evaluation?.probeOutcomes).toHaveLength(probesAsked);
    expect(
      evaluation?.probeOutcomes?.every(
        (outcome) => outcome.kind === 'dodged' && outcome.to < outcome.from,
      ),
    ).toBe(true);
    expect(evaluation?.level).toBeLessThan(3);
    expect(evaluation?.score).toBeLessThan(round.interimEvaluation?.score ?? 0);
  });

  it('counts a probe the candidate ended the round on, without replying, as answered with nothing', async () => {
    const { service, start } = setup();
    const ref = await start();
    const probing = await service.submitAnswer({ ...ref, text: STRONG_CODEBASE });
    const open = probing.transcript.at(-1);
    expect(open?.purpose).toBe('probe');
    const finished = await service.finishRound(ref);
    const [outcome] = finished.scorecard?.evaluation.probeOutcomes ?? [];
    expect(outcome).toMatchObject({ probe: 1, question: open?.text, kind: 'no-answer' });
    expect(outcome?.to).toBeLessThan(outcome?.from ?? 0);
    expect(finished.scorecard?.evaluation.score).toBeLessThan(
      probing.interimEvaluation?.score ?? 0,
    );
  });
});
