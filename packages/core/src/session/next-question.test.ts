import { describe, expect, it } from 'vitest';
import { pickNextQuestion } from './next-question';

const bank = [{ id: 'behavioral/a' }, { id: 'behavioral/b' }, { id: 'behavioral/c' }];
const session = (createdAt: string, ...answeredQuestionIds: string[]) => ({
  createdAt,
  answeredQuestionIds,
});

describe('pickNextQuestion', () => {
  it('offers the first question in bank order when nothing is answered', () => {
    expect(pickNextQuestion(bank, [])?.id).toBe('behavioral/a');
  });

  it('moves on once the offered question is answered, skipping any answered before', () => {
    expect(pickNextQuestion(bank, [session('2026-01-02T10:00:00Z', 'behavioral/a')])?.id).toBe(
      'behavioral/b',
    );
    expect(
      pickNextQuestion(bank, [
        session('2026-01-02T10:00:00Z', 'behavioral/a'),
        session('2026-01-01T10:00:00Z', 'behavioral/b'),
      ])?.id,
    ).toBe('behavioral/c');
  });

  it('after every question is answered, offers the one answered longest ago', () => {
    const history = [
      session('2026-01-03T10:00:00Z', 'behavioral/a'),
      session('2026-01-02T10:00:00Z', 'behavioral/c'),
      session('2026-01-01T10:00:00Z', 'behavioral/b', 'behavioral/a'),
    ];
    expect(pickNextQuestion(bank, history)?.id).toBe('behavioral/b');
  });

  it('offers nothing from an empty bank', () => {
    expect(pickNextQuestion([], [session('2026-01-01T10:00:00Z', 'behavioral/a')])).toBeUndefined();
  });
});
