import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRINCIPLES } from '@onsite/core';
import { checkBank, formatBankReport } from './check-bank';
import { createTempBank, validBehavioral, type TempBank } from './testing/temp-bank';

let bank: TempBank;
beforeEach(() => {
  bank = createTempBank();
});
afterEach(() => {
  bank.remove();
});

describe('checkBank', () => {
  it('counts questions per kind and lists the principles no question covers', () => {
    bank.writeQuestion('behavioral/disagreed.md', validBehavioral('disagreed'));
    bank.writeQuestion('system-design/shortener.md', {
      slug: 'shortener',
      kind: 'system-design',
      title: 'URL shortener',
      prompt: 'Design a URL shortener for a billion links.',
      difficulty: 'hard',
    });
    const result = checkBank(bank.dir);
    expect(result.ok).toBe(true);
    expect(result.summary.questionCount).toBe(2);
    expect(result.summary.countByKind).toEqual({
      behavioral: 1,
      coding: 0,
      'system-design': 1,
      'object-oriented-design': 0,
      scenario: 0,
    });
    const covered = [
      'amazon/have-backbone-disagree-and-commit',
      'amazon/earn-trust',
      'amazon/ownership',
    ];
    expect(result.summary.uncoveredPrinciples.map((principle) => principle.id)).toEqual(
      PRINCIPLES.map((principle) => principle.id).filter((id) => !covered.includes(id)),
    );
    expect(
      result.summary.coverage.find((entry) => entry.principle.id === 'amazon/earn-trust')
        ?.questionCount,
    ).toBe(1);
  });

  it('is not ok when any file has a problem, and does not count that file', () => {
    bank.writeQuestion('behavioral/good.md', validBehavioral('good'));
    bank.write('behavioral/empty.md', '');
    const result = checkBank(bank.dir);
    expect(result.ok).toBe(false);
    expect(result.summary.questionCount).toBe(1);
    expect(result.problems).toHaveLength(1);
  });
});

describe('formatBankReport', () => {
  it('prints each problem on its own line, then counts and uncovered principles', () => {
    const data = validBehavioral('x');
    data.principles = ['amazon/ownershp'];
    bank.writeQuestion('behavioral/x.md', data);
    bank.write('behavioral/empty.md', '');
    bank.writeQuestion('behavioral/good.md', validBehavioral('good'));
    const report = formatBankReport(checkBank(bank.dir));
    const lines = report.split('\n');
    expect(lines[0]).toBe('2 problems in 2 files (files with problems are not loaded):');
    expect(lines).toContain(
      '  bank/behavioral/empty.md  the file is empty; start from the full example in docs/bank-format.md',
    );
    expect(lines).toContain(
      '  bank/behavioral/x.md  principles.0: unknown principle "amazon/ownershp"; use an id such as amazon/ownership (see docs/bank-format.md); did you mean "amazon/ownership"?',
    );
    expect(lines).toContain(`1 question loaded from ${bank.dir}.`);
    expect(lines).toContain('  behavioral              1');
    expect(lines).toContain(
      `Principle coverage: 3 of ${PRINCIPLES.length} principles have at least one question.`,
    );
    expect(lines).toContain('  amazon/customer-obsession  (Customer Obsession)');
    expect(lines).not.toContain('  amazon/earn-trust  (Earn Trust)');
  });

  it('opens with a one-line all-clear when there is nothing to fix', () => {
    bank.writeQuestion('behavioral/good.md', validBehavioral('good'));
    expect(formatBankReport(checkBank(bank.dir)).split('\n')[0]).toBe(
      `Bank OK: 1 question loaded from ${bank.dir}, no problems.`,
    );
  });
});
