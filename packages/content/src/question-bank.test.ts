import { describe, expect, it } from 'vitest';
import { createQuestionBank } from './question-bank';
import { loadBank, parseQuestionFile } from './load-bank';
import { asQuestionId, type Question } from '@onsite/core';
import matter from 'gray-matter';
import { validBehavioral } from './testing/temp-bank';

const question = (slug: string, overrides: Record<string, unknown>): Question => {
  const kind = typeof overrides.kind === 'string' ? overrides.kind : 'behavioral';
  const frontMatter =
    kind === 'behavioral'
      ? { ...validBehavioral(slug), ...overrides }
      : {
          slug,
          title: 'A design question',
          prompt: 'Design a rate limiter for a public API.',
          difficulty: 'hard',
          ...overrides,
        };
  const parsed = parseQuestionFile({
    file: `bank/${kind}/${slug}.md`,
    kind: kind === 'behavioral' ? 'behavioral' : 'system-design',
    fileSlug: slug,
    text: matter.stringify('', frontMatter),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.question;
};

const bank = createQuestionBank([
  question('disagree-with-manager', {
    title: 'Disagreed with your manager',
    prompt: 'Tell me about a time you disagreed with your manager.',
    difficulty: 'medium',
    competencies: ['conflict'],
    principles: ['amazon/have-backbone-disagree-and-commit'],
    tags: ['backbone'],
  }),
  question('hardest-bug', {
    title: 'The hardest bug',
    prompt: 'Walk me through the hardest bug you have fixed.',
    difficulty: 'hard',
    competencies: ['technical-depth'],
    principles: ['amazon/dive-deep', 'google/challenge-the-status-quo'],
    tags: [],
  }),
  question('critical-feedback', {
    title: 'Critical feedback',
    prompt: 'Tell me about critical feedback you received.',
    difficulty: 'easy',
    competencies: ['growth'],
    principles: ['microsoft/growth-mindset'],
    tags: [],
  }),
  question('rate-limiter', { kind: 'system-design', tags: ['api'] }),
]);

const slugsOf = (questions: readonly Question[]): string[] => questions.map((entry) => entry.slug);

describe('createQuestionBank', () => {
  it('lists every question when no filter is given', () => {
    expect(slugsOf(bank.list())).toEqual([
      'disagree-with-manager',
      'hardest-bug',
      'critical-feedback',
      'rate-limiter',
    ]);
  });

  it('filters by kind, difficulty and competency', () => {
    expect(slugsOf(bank.list({ kind: 'system-design' }))).toEqual(['rate-limiter']);
    expect(slugsOf(bank.list({ difficulty: 'hard' }))).toEqual(['hardest-bug', 'rate-limiter']);
    expect(slugsOf(bank.list({ competency: 'growth' }))).toEqual(['critical-feedback']);
  });

  it('filters by principle and by the company that owns the principle', () => {
    expect(slugsOf(bank.list({ principle: 'amazon/dive-deep' }))).toEqual(['hardest-bug']);
    expect(slugsOf(bank.list({ company: 'google' }))).toEqual(['hardest-bug']);
    expect(slugsOf(bank.list({ company: 'amazon' }))).toEqual([
      'disagree-with-manager',
      'hardest-bug',
    ]);
    expect(slugsOf(bank.list({ company: 'meta' }))).toEqual([]);
  });

  it('searches title, prompt and tags case-insensitively, requiring every word', () => {
    expect(slugsOf(bank.list({ search: 'MANAGER' }))).toEqual(['disagree-with-manager']);
    expect(slugsOf(bank.list({ search: 'backbone' }))).toEqual(['disagree-with-manager']);
    expect(slugsOf(bank.list({ search: 'rate api' }))).toEqual(['rate-limiter']);
    expect(slugsOf(bank.list({ search: 'bug manager' }))).toEqual([]);
  });

  it('combines filters', () => {
    expect(
      slugsOf(bank.list({ kind: 'behavioral', difficulty: 'easy', search: 'feedback' })),
    ).toEqual(['critical-feedback']);
    expect(
      slugsOf(bank.list({ kind: 'behavioral', difficulty: 'hard', competency: 'growth' })),
    ).toEqual([]);
  });

  it('gets a question by its kind/slug id and returns undefined for an unknown id', () => {
    expect(bank.get(asQuestionId('behavioral/hardest-bug'))?.title).toBe('The hardest bug');
    expect(bank.get(asQuestionId('system-design/rate-limiter'))?.kind).toBe('system-design');
    expect(bank.get(asQuestionId('hardest-bug'))).toBeUndefined();
    expect(bank.get(asQuestionId('coding/hardest-bug'))).toBeUndefined();
  });
});

describe('filtering the shipped coding problems', () => {
  const shipped = createQuestionBank(loadBank().questions);

  it('finds the problems that practise a pattern, and only those', () => {
    const windows = shipped.list({ pattern: 'sliding-window' });
    expect(windows.length).toBeGreaterThanOrEqual(3);
    for (const found of windows)
      expect(found.kind === 'coding' && found.patterns.includes('sliding-window')).toBe(true);
  });

  it('matches a company named by a coding problem, whatever its capitalisation', () => {
    const google = shipped.list({ kind: 'coding', company: 'google' });
    expect(google.length).toBeGreaterThan(0);
    for (const found of google)
      expect(
        found.kind === 'coding' && found.companies.map((name) => name.toLowerCase()),
      ).toContain('google');
  });
});
