import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../coding/seeded-random';
import type { BehavioralEvaluation } from '../evaluation';
import { evaluateBehavioralAnswer } from './evaluate';
import {
  IMPLAUSIBLE_CLAIMS,
  PADDING_FIGURES,
  PADDING_LEADS,
  generateStory,
  pick,
  swapPronouns,
  toWe,
} from './story-generator';

/**
 * Gaming the coach, as properties over many generated stories: what a
 * candidate can add without adding substance must never buy a level. Each
 * story is drawn by a seeded generator from templates over several
 * engineering domains (so a failure names its seed and can be replayed), in
 * every mix of concrete or vague actions, measured, observable, vague or
 * missing results, "I" or "we", with or without a lesson.
 */

const PROMPT = 'Tell me about a time you fixed a problem that was hurting your users.';
const evaluate = (sentences: readonly string[]): BehavioralEvaluation =>
  evaluateBehavioralAnswer({ prompt: PROMPT, answer: sentences.join(' ') });

const SEEDS = Array.from({ length: 60 }, (_, index) => 9_000 + index * 7);
const stories = SEEDS.map(generateStory);

/** Enough variety that the properties are not tested on one kind of story only. */
describe('the story generator', () => {
  it('draws every mix of actions and outcomes', () => {
    const mixes = new Set(stories.map((story) => `${story.actions}/${story.outcome}`));
    expect(mixes.size).toBeGreaterThanOrEqual(10);
  });
});

describe('gaming the score: figures unconnected to the story never raise its level', () => {
  for (const story of stories) {
    it(`seed ${story.seed} (${story.actions} actions, ${story.outcome} result)`, () => {
      const random = createSeededRandom(story.seed + 1);
      const figures = [pick(random, PADDING_FIGURES), pick(random, PADDING_FIGURES)];
      const padding = `${pick(random, PADDING_LEADS)} ${figures[0]} and ${figures[1]}.`;
      const padded = [...story.sentences, padding];
      const plain = evaluate(story.sentences);
      const gamed = evaluate(padded);
      expect(gamed.level).toBeLessThanOrEqual(plain.level);
      const discounted = gamed.scoreBreakdown?.discountedFigures ?? [];
      // The scorecard says which figures it set aside, and why.
      expect(discounted.some((figure) => padding.includes(figure.evidence.quote))).toBe(true);
    });
  }
});

describe('gaming the score: "we" turned into "I" without new detail never crosses a level', () => {
  const teamStories = SEEDS.map((seed) => generateStory(seed + 1)).filter(
    (story) => story.actions === 'vague',
  );
  it('has vague team stories to swap', () => {
    expect(teamStories.length).toBeGreaterThanOrEqual(10);
  });
  for (const story of teamStories) {
    it(`seed ${story.seed} (${story.outcome} result)`, () => {
      const asTeam = story.sentences.map(toWe);
      const asMine = asTeam.map(swapPronouns);
      expect(evaluate(asMine).level).toBe(evaluate(asTeam).level);
    });
  }
});

describe('gaming the score: a STAR label counts only when content follows it', () => {
  for (const story of stories.filter((item) => item.outcome === 'none').slice(0, 12)) {
    it(`seed ${story.seed}: "Result: success." adds no ending to a story without one`, () => {
      const plain = evaluate(story.sentences);
      const labelled = evaluate([...story.sentences, 'Result: success.']);
      expect(labelled.level).toBeLessThanOrEqual(plain.level);
      const missingParts = (evaluation: BehavioralEvaluation): string[] =>
        evaluation.flags.map((found) => found.flag).filter((flag) => flag.startsWith('missing-'));
      expect(missingParts(labelled)).toEqual(expect.arrayContaining(missingParts(plain)));
    });
  }

  it('rates labels followed by one word each no hire', () => {
    const stuffed = evaluate([
      'Situation: conflict.',
      'Task: alignment.',
      'Action: communication.',
      'Result: success.',
    ]);
    expect(stuffed.level).toBe(1);
  });
});

describe('gaming the score: implausible figures are a finding, not impact', () => {
  for (const story of stories.slice(0, 18)) {
    it(`seed ${story.seed} (${story.actions} actions, ${story.outcome} result)`, () => {
      const claim = pick(createSeededRandom(story.seed + 2), IMPLAUSIBLE_CLAIMS);
      const plain = evaluate(story.sentences);
      const inflated = evaluate([...story.sentences, claim]);
      expect(inflated.level).toBeLessThanOrEqual(plain.level);
      expect(inflated.level).toBeLessThanOrEqual(2);
      const caps = inflated.scoreBreakdown?.caps ?? [];
      expect(caps.map((cap) => cap.source)).toContain('implausible-figures');
      expect(
        inflated.scoreBreakdown?.discountedFigures.some(
          (figure) => figure.kind === 'implausible' && claim.includes(figure.evidence.quote),
        ),
      ).toBe(true);
    });
  }
});

describe('length does not drive the score', () => {
  const concise = stories.filter(
    (story) =>
      story.actions === 'concrete' &&
      (story.outcome === 'measured' || story.outcome === 'observable'),
  );
  it('has concise strong stories to judge', () => {
    expect(concise.length).toBeGreaterThanOrEqual(5);
  });
  for (const story of concise) {
    it(`seed ${story.seed}: a concise story with concrete actions and an observable result is hire or better, too-short or not`, () => {
      expect(evaluate(story.sentences).level).toBeGreaterThanOrEqual(3);
    });
  }

  it('never credits a long answer for its length: the same vague story told three times is no higher', () => {
    for (const story of stories.filter((item) => item.actions === 'vague').slice(0, 8)) {
      const once = evaluate(story.sentences);
      const thrice = evaluate([...story.sentences, ...story.sentences, ...story.sentences]);
      expect(thrice.score).toBeLessThanOrEqual(once.score);
    }
  });
});
