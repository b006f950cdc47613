import { describe, expect, it } from 'vitest';
import { isCodingQuestion, type CodingQuestionWithId } from '@onsite/core';
import { loadBank } from '@onsite/content';
import { UsageError } from '../usage';
import {
  defaultSolutionFile,
  formatProblem,
  formatSampleInput,
  pickProblem,
  renderMarkdownForTerminal,
  starterCodeOf,
} from './practice-problem';

const pair = loadBank()
  .questions.filter(isCodingQuestion)
  .find((question) => question.slug === 'pair-with-target-sum');
if (pair === undefined) throw new Error('the bank lost coding/pair-with-target-sum');

/** A small bank of its own, so what matches does not change when problems are added. */
const variant = (
  slug: string,
  fields: Pick<CodingQuestionWithId, 'patterns' | 'difficulty'>,
): CodingQuestionWithId => ({ ...pair, ...fields, slug, id: `coding/${slug}` });
const BANK = [
  variant('easy-window', { patterns: ['sliding-window', 'arrays-hashing'], difficulty: 'easy' }),
  variant('medium-window', { patterns: ['sliding-window'], difficulty: 'medium' }),
  variant('hard-heap', { patterns: ['heap'], difficulty: 'hard' }),
  variant('medium-heap', { patterns: ['heap', 'greedy'], difficulty: 'medium' }),
];

describe('picking the problem to practise', () => {
  it('picks among the problems matching every filter, by the injected random number', () => {
    const windows = [0, 0.99].map(
      (random) => pickProblem(BANK, { pattern: 'sliding-window' }, () => random).slug,
    );
    expect(windows).toEqual(['easy-window', 'medium-window']);
    expect(pickProblem(BANK, { pattern: 'heap', difficulty: 'medium' }, () => 0.5).slug).toBe(
      'medium-heap',
    );
    // A problem's later patterns count too, not only its main one.
    expect(pickProblem(BANK, { pattern: 'greedy' }, () => 0).slug).toBe('medium-heap');
    expect(pickProblem(BANK, {}, () => 0.6).slug).toBe('hard-heap');
  });

  it('takes the problem --question names, by id or slug', () => {
    expect(pickProblem(BANK, { questionId: 'coding/hard-heap' }, () => 0).slug).toBe('hard-heap');
    expect(pickProblem(BANK, { questionId: 'medium-window' }, () => 0).slug).toBe('medium-window');
  });

  it('says which difficulties a pattern has when none matches both', () => {
    const pick = () => pickProblem(BANK, { pattern: 'heap', difficulty: 'easy' }, () => 0);
    expect(pick).toThrow(UsageError);
    expect(pick).toThrow(
      'No coding problem matches easy heap. heap problems come in: hard, medium.',
    );
  });

  it('lists the patterns a difficulty has when no problem practises the pattern', () => {
    expect(() => pickProblem(BANK, { pattern: 'trie', difficulty: 'medium' }, () => 0)).toThrow(
      'No coding problem matches medium trie. Patterns with medium problems: greedy, heap, sliding-window.',
    );
  });

  it('refuses an unknown --question, listing the ids there are', () => {
    expect(() => pickProblem(BANK, { questionId: 'coding/nope' }, () => 0)).toThrow(
      'There is no coding question "coding/nope" in the bank. Leave --question out to get one at random, or pick one of: coding/easy-window, coding/medium-window, coding/hard-heap, coding/medium-heap.',
    );
  });
});

describe('the starter file', () => {
  it('is named after the slug with the language extension, and holds the bank starter or the stub', () => {
    expect(defaultSolutionFile(pair, 'python')).toBe('pair-with-target-sum.py');
    expect(defaultSolutionFile(pair, 'cpp')).toBe('pair-with-target-sum.cpp');
    expect(starterCodeOf(pair, 'python')).toBe(pair.starterCode?.python);
    // No TypeScript starter in the bank: the judge's stub for the signature.
    expect(starterCodeOf(pair, 'typescript')).toContain('function pairWithTargetSum(');
  });
});

describe('a prompt in the terminal', () => {
  it('renders Markdown as plain text: no emphasis marks, tags or entities; links spelled out; code kept', () => {
    const markdown = [
      '## The task',
      '',
      'Return the **longest** run in `nums` that is <em>strictly</em> increasing; see',
      '[the notes](https://example.org/runs) &amp; the _examples_ below.',
      '',
      '- an empty list gives `0`',
      '- a list with one value',
      '  gives `1`',
      '1. first',
      '',
      '```',
      'nums = [1, 3, 2]   # keep my spacing',
      '```',
    ].join('\n');
    expect(renderMarkdownForTerminal(markdown, 40)).toBe(
      [
        'The task',
        '',
        'Return the longest run in `nums` that is',
        'strictly increasing; see the notes',
        '(https://example.org/runs) & the',
        'examples below.',
        '',
        '• an empty list gives `0`',
        '• a list with one value gives `1`',
        '1. first',
        '',
        '    nums = [1, 3, 2]   # keep my spacing',
      ].join('\n'),
    );
  });

  it('wraps list items under their own text, not under the bullet', () => {
    expect(renderMarkdownForTerminal('- one two three four five six', 16)).toBe(
      ['• one two three', '  four five six'].join('\n'),
    );
  });

  it('prints the title, difficulty, patterns, the prompt, each sample with its parameters, and the keys', () => {
    const text = formatProblem(pair, { width: 80 });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Pair with a target sum',
      '======================',
      'easy · arrays-hashing, two-pointers · coding/pair-with-target-sum',
    ]);
    expect(text).toContain('positions in the list hold values that add up to `target`.');
    expect(text).toContain('  1. nums = [3,8,11,5], target = 16\n     → [2,3]');
    expect(text).not.toMatch(/<[a-z]+>/u);
    // Only samples: no hidden test's data is printed.
    const samples = pair.tests.filter((test) => test.sample).length;
    expect(text.match(/^ {2}\d+\. /gmu)?.length).toBe(samples);
    expect(text.split('\n').at(-1)).toBe('Keys: s submit (every test) · h next hint · q quit');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('shows a design problem sample as its calls', () => {
    expect(
      formatSampleInput(
        { style: 'class', className: 'MinStack', constructorParams: [], methods: [] },
        [
          ['MinStack', 'push', 'getMin'],
          [[], [5], []],
        ],
      ),
    ).toBe('MinStack(), push(5), getMin()');
  });
});
