import { describe, expect, it } from 'vitest';
import { splitSentences } from './text';
import { findImplausibleFigures } from './impact-claims';
import { evaluateBehavioralAnswer } from './evaluate';
import { findQuantities } from './quantities';

const implausibleIn = (text: string): string[] =>
  splitSentences(text, 0).flatMap((sentence) =>
    findImplausibleFigures(sentence).map((found) => found.quote),
  );

describe('findImplausibleFigures: what no single change plausibly achieves', () => {
  it.each([
    ['Page load went from 10 minutes to 2 milliseconds.', 'from 10 minutes to 2 milliseconds'],
    ['The service became 1000x faster overnight.', '1000x'],
    ['Queries ran 500 times faster after my change.', '500 times faster'],
    ['Conversion rose by 900% in a month.', '900%'],
    ['We cut hosting costs by 150%.', '150%'],
    ['After the launch 100% of users rated it five stars.', '100% of users rated'],
    ['The project delivered a 10,000% ROI.', '10,000%'],
    ['I increased quality by 400% across the team.', 'quality by 400%'],
    ['We saw 30% more collaboration between the squads.', '30% more collaboration'],
  ])('flags "%s"', (text, expected) => {
    expect(implausibleIn(text).join(' | ')).toContain(expected);
  });

  it.each([
    'MTTR went from 4 hours to 25 minutes over the quarter.',
    'I ran the 14 flaky tests 200 times each overnight.',
    'The export went from four hours to 35 minutes.',
    'p95 latency fell 40% after the index.',
    'Sign-ups doubled in the first week.',
    'Errors went from 3% to 0.2%.',
  ])('leaves "%s" alone', (text) => {
    expect(implausibleIn(text)).toEqual([]);
  });
});

describe('which figures count as impact', () => {
  const STORY = `Our search page was slow for big merchants, and support tickets about it doubled over the summer. I profiled the endpoint and found every query scanned the whole listings table. I added a composite index on merchant and updated time, and moved the facet counts to a nightly rollup.`;

  const evaluate = (ending: string) =>
    evaluateBehavioralAnswer({
      prompt: 'Tell me about a performance problem you fixed.',
      answer: `${STORY} ${ending}`,
    });

  it('counts a figure told in other words than the story when its measure is the story\'s: "slow" and "p95 … ms"', () => {
    const evaluation = evaluate(
      'After that p95 dropped from 2.4 s to 180 ms for the largest merchants.',
    );
    expect(evaluation.scoreBreakdown?.discountedFigures).toEqual([]);
    expect(
      evaluation.dimensions.find((item) => item.id === 'impact')?.level,
    ).toBeGreaterThanOrEqual(3);
  });

  it('sets aside a sentence of figures about something else, and says so', () => {
    const evaluation = evaluate('Overall that year NPS rose by 35% and we saved around $200k.');
    const setAside = evaluation.scoreBreakdown?.discountedFigures.map((figure) => figure.kind);
    expect(setAside).toEqual(['unconnected', 'unconnected']);
    expect(evaluation.dimensions.find((item) => item.id === 'impact')?.summary).toMatch(
      /share nothing with what you did/u,
    );
  });
});

describe('findQuantities: a number word standing for things named before is no figure', () => {
  const quantitiesIn = (text: string): string[] =>
    splitSentences(text, 0).flatMap((sentence) =>
      findQuantities(sentence).map((found) => found.evidence.quote),
    );

  it.each([
    'I believe the two go hand in hand.',
    'The freeze would end as soon as those five met the error budget.',
  ])('finds none in "%s"', (text) => {
    expect(quantitiesIn(text)).toEqual([]);
  });

  it('still counts "the three team leads" and "the five endpoints"', () => {
    expect(quantitiesIn('I reviewed it with the three team leads.')).toEqual(['three team']);
    expect(quantitiesIn('We fixed the five endpoints in a week.').join(' ')).toContain(
      'five endpoints',
    );
  });
});
