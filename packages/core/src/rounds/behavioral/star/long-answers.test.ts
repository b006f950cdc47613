import { describe, expect, it } from 'vitest';
import { evaluateBehavioralAnswer } from './evaluate';
import { MAX_SCORED_CHARACTERS } from './analyze';
import { PROMPTS, STRONG_CODEBASE } from './fixtures';
import { MAX_SENTENCE_WORDS, countWords, splitSentences } from './text';

const repeatTo = (unit: string, characters: number): string =>
  unit.repeat(Math.ceil(characters / unit.length)).slice(0, characters);

describe('evaluateBehavioralAnswer: answers far longer than a round', () => {
  it('scores only the first MAX_SCORED_CHARACTERS of a 50,000-character answer and says so, counting every word', () => {
    const answer = repeatTo(`${STRONG_CODEBASE}\n\n`, 50_000);
    const evaluation = evaluateBehavioralAnswer({ prompt: PROMPTS.newCodebase, answer });
    const [cut] = evaluation.partlyScored ?? [];
    expect(cut).toMatchObject({ turn: 0, totalCharacters: 50_000 });
    expect(cut?.scoredCharacters).toBeLessThanOrEqual(MAX_SCORED_CHARACTERS);
    expect(cut?.scoredCharacters).toBeGreaterThan(MAX_SCORED_CHARACTERS - 100);
    expect(Math.max(...evaluation.segments.map((segment) => segment.end))).toBeLessThanOrEqual(
      cut?.scoredCharacters ?? 0,
    );
    expect(evaluation.wordCount).toBe(countWords(answer));
    expect(evaluation.flags.map((found) => found.flag)).toContain('too-long');
  });

  it('reports nothing cut for an answer within the limit', () => {
    expect(
      evaluateBehavioralAnswer({ prompt: PROMPTS.newCodebase, answer: STRONG_CODEBASE })
        .partlyScored,
    ).toEqual([]);
  });

  it('cuts a run with no punctuation and no discourse marker into sentences of at most MAX_SENTENCE_WORDS words', () => {
    const text = repeatTo('we talked about the system a lot in meetings ', 20_000);
    const sentences = splitSentences(text, 0);
    expect(sentences.length).toBeGreaterThan(20);
    for (const sentence of sentences) {
      expect(countWords(sentence.text)).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    // The pieces cover the run: no word is lost between them.
    expect(sentences.reduce((total, sentence) => total + countWords(sentence.text), 0)).toBe(
      countWords(text),
    );
  });
});

describe('countWords: the one word counter (editor and scorecard)', () => {
  it('counts what a reader counts: a hyphenated word, an amount and "A/B" are one word each, a dash is none', () => {
    expect(countWords('I ran an A/B test on the front-end — it saved $38,000.')).toBe(11);
    expect(countWords('  I led\n\nthe   migration. ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});
