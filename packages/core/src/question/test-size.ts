import type { Signature, TestCase } from '../rounds/coding/judge-spec';

/** How many elements one argument holds: list and string length, linked-list length, tree nodes; 0 for a scalar. */
const sizeOfValue = (type: string, value: unknown): number => {
  if (type === 'TreeNode')
    return Array.isArray(value) ? value.filter((node) => node !== null).length : 0;
  if (type === 'ListNode' || type.endsWith('[]')) return Array.isArray(value) ? value.length : 0;
  if (type === 'string') return typeof value === 'string' ? value.length : 0;
  return 0;
};

/**
 * A test's size, the unit a question's `maxSize` is written in: for a function,
 * the element count of its largest argument (a value such as `k` or `target`
 * is not a size); for a design problem, the number of calls after the constructor.
 */
export function testSize(signature: Signature, test: Pick<TestCase, 'args'>): number {
  if (signature.style === 'class') {
    const calls = test.args[0];
    return Array.isArray(calls) ? Math.max(calls.length - 1, 0) : 0;
  }
  return signature.params.reduce(
    (largest, param, index) => Math.max(largest, sizeOfValue(param.type, test.args[index])),
    0,
  );
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (exponent: number): string =>
  String(exponent).replace(/\d/gu, (digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit);

/**
 * The ways a statement may write a size: `100000`, `100,000`, `10⁵`, `10^5`,
 * `1e5`, and for a multiple of a power of ten `3·10⁴`, `3*10^4`, `3e4`.
 */
export function sizeSpellings(size: number): readonly string[] {
  const spellings = [String(size), size.toLocaleString('en-US')];
  let exponent = 0;
  let mantissa = size;
  while (mantissa % 10 === 0 && mantissa > 0) {
    mantissa /= 10;
    exponent += 1;
  }
  if (exponent >= 2) {
    const powers = [`10${superscript(exponent)}`, `10^${exponent}`];
    if (mantissa === 1) spellings.push(...powers, `1e${exponent}`);
    else
      spellings.push(
        ...powers.flatMap((power) => [
          `${mantissa}·${power}`,
          `${mantissa}*${power}`,
          `${mantissa} × ${power}`,
          `${mantissa}×${power}`,
        ]),
        `${mantissa}e${exponent}`,
      );
  }
  return [...new Set(spellings)];
}

/** Whether the statement states the size, in any of its spellings. */
export const statesSize = (prompt: string, size: number): boolean => {
  const text = prompt.replace(/\s+/gu, ' ');
  // Not part of a longer number: 10⁵ is not stated by 3·10⁵, nor 5000 by 50000.
  return sizeSpellings(size).some((spelling) =>
    new RegExp(
      `(?<![\\d.,·${SUPERSCRIPT_DIGITS}])${escapeRegExp(spelling)}(?![\\d${SUPERSCRIPT_DIGITS}]|[.,]\\d)`,
      'u',
    ).test(text),
  );
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
