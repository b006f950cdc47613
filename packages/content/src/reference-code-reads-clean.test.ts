import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCodingQuestion, namesInSignature, readCode } from '@onsite/core';
import { DEFAULT_BANK_DIR, loadBank } from './load-bank';

/**
 * The code reader must not find fault with good code: every reference solution in the bank,
 * written to be read, reads clean (no cryptic names, no dead code, no copied block, nothing
 * tricky left uncommented). A false finding here would be shown to every candidate whose code
 * looks like ours.
 */
const CODING_DIR = join(DEFAULT_BANK_DIR, 'coding');
const references = readdirSync(CODING_DIR).filter((name) => /\.solution\.(py|ts)$/u.test(name));
const signatures = new Map(
  loadBank()
    .questions.filter(isCodingQuestion)
    .map((question) => [question.slug, question.signature]),
);

describe('the code reader on the bank reference solutions', () => {
  it('has references to read', () => {
    expect(references.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of references)
    it(`${name} reads clean`, () => {
      const source = readFileSync(join(CODING_DIR, name), 'utf8');
      const signature = signatures.get(name.replace(/\.solution\.(py|ts)$/u, ''));
      const given = signature === undefined ? [] : namesInSignature(signature);
      const reading = readCode(source, name.endsWith('.py') ? 'python' : 'typescript', given);
      expect(reading.signals.map((signal) => `${signal.id}: ${signal.message}`)).toEqual([]);
    });
});
