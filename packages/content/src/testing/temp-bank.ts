import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';

/** Test helper: a throw-away `bank/` folder with the files a test writes into it. */
export interface TempBank {
  readonly dir: string;
  write(relativePath: string, text: string): void;
  /** Writes front matter (as YAML) plus a body. */
  writeQuestion(relativePath: string, frontMatter: Record<string, unknown>, body?: string): void;
  remove(): void;
}

export function createTempBank(): TempBank {
  const parent = mkdtempSync(join(tmpdir(), 'onsite-bank-'));
  const dir = join(parent, 'bank');
  mkdirSync(dir);
  const write = (relativePath: string, text: string): void => {
    const path = join(dir, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  return {
    dir,
    write,
    writeQuestion: (relativePath, frontMatter, body = 'Notes for coaches.\n') =>
      write(relativePath, matter.stringify(body, frontMatter)),
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}

/** A complete, valid behavioral question; tests break one field at a time. */
export const validBehavioral = (slug: string): Record<string, unknown> => ({
  slug,
  kind: 'behavioral',
  title: 'Disagreed with a decision',
  prompt: 'Tell me about a time you disagreed with a technical decision.',
  difficulty: 'medium',
  tags: ['conflict'],
  competencies: ['conflict', 'influence'],
  principles: ['amazon/have-backbone-disagree-and-commit', 'amazon/earn-trust', 'amazon/ownership'],
  asksForLearning: false,
  signals: ['disagree', 'commit'],
  followUps: [
    {
      id: 'what-data',
      text: 'What data did you bring to the discussion?',
      listensFor: 'Evidence, not opinion.',
    },
    {
      id: 'after-decision',
      text: 'What did you do once the decision was made?',
      listensFor: 'Full commitment.',
    },
  ],
  rubric: [
    {
      dimension: 'structure',
      weight: 1,
      strong: 'Clear situation, task, action, result.',
      weak: 'Jumps around in time.',
    },
    {
      dimension: 'ownership',
      weight: 1,
      strong: 'Says what they personally did.',
      weak: 'Only says what the team did.',
    },
    {
      dimension: 'impact',
      weight: 1,
      strong: 'A measured result with a baseline.',
      weak: 'No result at all.',
    },
  ],
  examples: {
    strong: {
      answer:
        'I led the payments team when our checkout timed out for three percent of users. I measured it, proposed a fix and shipped it.',
      notes: ['Clear actions.'],
    },
    weak: {
      answer:
        'We had a disagreement and we talked about it and then it was kind of fine in the end, basically.',
      notes: ['Vague.'],
      flags: ['we-not-i', 'vague-language'],
    },
  },
});

/** A complete, valid coding question (a function problem); tests break one field at a time. */
export const validCoding = (slug: string): Record<string, unknown> => ({
  slug,
  kind: 'coding',
  title: 'Count the vowels',
  prompt:
    'Return how many characters of the string s are vowels (a, e, i, o, u). Constraints: 0 ≤ length of s ≤ 10⁵.',
  difficulty: 'easy',
  topics: ['strings'],
  signature: {
    style: 'function',
    name: 'countVowels',
    params: [{ name: 's', type: 'string' }],
    returns: 'int',
  },
  tests: [
    { args: ['banana'], expected: 3, sample: true },
    { args: [''], expected: 0 },
    { args: ['rhythm'], expected: 0 },
  ],
  expectedComplexity: 'O(n)',
  maxSize: 100_000,
  generatedTests: {
    source:
      "(n, rng) => { const s = Array.from({ length: n }, () => 'ab'[Math.floor(rng() * 2)]).join(''); return { args: [s], expected: s.split('a').length - 1 }; }",
    cases: [{ n: 100_000, seed: 1 }],
  },
  starterCode: { python: 'def countVowels(s):\n    pass\n' },
  hints: ['Look at each character once.'],
});
