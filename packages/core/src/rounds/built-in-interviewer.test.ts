import { describe, expect, it } from 'vitest';
import type { InterviewContext } from '../ports';
import type { Turn } from '../session/types';
import { evaluateBehavioralAnswer } from './behavioral/star';
import { PROMPTS, STRONG_CODEBASE, WE_MIGRATION } from './behavioral/star/fixtures';
import { BuiltInInterviewer } from './built-in-interviewer';

const AT = '2025-01-01T00:00:00.000Z';

const turn = (
  index: number,
  speaker: Turn['speaker'],
  purpose: Turn['purpose'],
  text: string,
  extra: Partial<Turn> = {},
): Turn => ({
  index,
  speaker,
  purpose,
  text,
  at: AT,
  ...extra,
});

/** A round after the main answer, with the probes and replies so far. */
const contextFor = (
  answer: string,
  exchanges: ReadonlyArray<{ probe: string; reply: string }>,
  maxProbes = 3,
): InterviewContext => {
  const transcript: Turn[] = [
    turn(0, 'interviewer', 'question', PROMPTS.onCall),
    turn(1, 'candidate', 'answer', answer),
  ];
  for (const exchange of exchanges) {
    transcript.push(turn(transcript.length, 'interviewer', 'probe', exchange.probe));
    transcript.push(turn(transcript.length, 'candidate', 'reply', exchange.reply));
  }
  return {
    kind: 'behavioral',
    prompt: PROMPTS.onCall,
    question: null,
    transcript,
    evaluation: evaluateBehavioralAnswer({ prompt: PROMPTS.onCall, answer, replies: exchanges }),
    probesAsked: exchanges.length,
    maxProbes,
  };
};

describe('BuiltInInterviewer', () => {
  const interviewer = new BuiltInInterviewer();

  it('is named built-in', () => {
    expect(interviewer.name).toBe('built-in');
  });

  it("first asks the evaluation's most severe probe", async () => {
    const context = contextFor(WE_MIGRATION, []);
    const move = await interviewer.nextMove(context);
    expect(move).toEqual({
      type: 'probe',
      text: context.evaluation.followUps[0]?.text,
      targetFlag: 'we-not-i',
    });
  });

  it('never repeats a probe already in the transcript, even when the reply did not help', async () => {
    const first = await interviewer.nextMove(contextFor(WE_MIGRATION, []));
    const afterUselessReply = await interviewer.nextMove(
      contextFor(WE_MIGRATION, [{ probe: first.text, reply: 'Not sure.' }]),
    );
    expect(afterUselessReply.type).toBe('probe');
    expect(afterUselessReply.text).not.toBe(first.text);
  });

  it('asks at most maxProbes probes, then closes', async () => {
    const exchanges: Array<{ probe: string; reply: string }> = [];
    for (;;) {
      const move = await interviewer.nextMove(contextFor(WE_MIGRATION, exchanges));
      if (move.type === 'close') break;
      exchanges.push({ probe: move.text, reply: 'Not sure.' });
      expect(exchanges.length).toBeLessThanOrEqual(3);
    }
    expect(exchanges).toHaveLength(3);
    expect(new Set(exchanges.map((exchange) => exchange.probe)).size).toBe(3);
  });

  it('honours a smaller maxProbes from the round', async () => {
    const move = await interviewer.nextMove(
      contextFor(WE_MIGRATION, [{ probe: 'What did you personally do?', reply: 'Not sure.' }], 1),
    );
    expect(move.type).toBe('close');
  });

  it('asks at least two probes even after a strong answer', async () => {
    const exchanges: Array<{ probe: string; reply: string }> = [];
    for (let i = 0; i < 2; i += 1) {
      const move = await interviewer.nextMove(contextFor(STRONG_CODEBASE, exchanges));
      expect(move.type).toBe('probe');
      exchanges.push({
        probe: move.text,
        reply: 'I would write the characterization tests first.',
      });
    }
  });

  it('is deterministic', async () => {
    const context = contextFor(WE_MIGRATION, []);
    expect(await interviewer.nextMove(context)).toEqual(await interviewer.nextMove(context));
  });
});
