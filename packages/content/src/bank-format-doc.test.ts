import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPETENCIES, PRINCIPLES, STAR_FLAGS } from '@onsite/core';
import { formatProblem, parseQuestionFile } from './load-bank';

// The guide for question writers must stay true to what the loader accepts.
const doc = readFileSync(
  fileURLToPath(new URL('../../../docs/bank-format.md', import.meta.url)),
  'utf8',
);

describe('docs/bank-format.md', () => {
  it('has an annotated example that loads without problems', () => {
    const section = doc.slice(doc.indexOf('## A complete, annotated example'));
    const match = /```yaml\n([\s\S]*?)```/.exec(section);
    expect(match).not.toBeNull();
    const parsed = parseQuestionFile({
      file: 'docs example',
      kind: 'behavioral',
      fileSlug: 'disagree-with-manager',
      text: match?.[1] ?? '',
    });
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
  });

  it('has a coding example that loads and compiles to a judge spec without problems', () => {
    const section = doc.slice(doc.indexOf('### A complete coding example'));
    const match = /```yaml\n([\s\S]*?)```/.exec(section);
    expect(match).not.toBeNull();
    const parsed = parseQuestionFile({
      file: 'docs coding example',
      kind: 'coding',
      fileSlug: 'longest-equal-run',
      text: match?.[1] ?? '',
    });
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
  });

  it('lists every principle, competency and flag the schema allows', () => {
    for (const principle of PRINCIPLES) expect(doc).toContain(`\`${principle.id}\``);
    for (const competency of COMPETENCIES) expect(doc).toContain(`\`${competency}\``);
    for (const flag of STAR_FLAGS) expect(doc).toContain(`| \`${flag}\` |`);
  });
});
