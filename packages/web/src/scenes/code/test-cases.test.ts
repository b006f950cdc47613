import type { Signature } from '@onsite/core';
import { describe, expect, it } from 'vitest';
import {
  caseFields,
  caseOrigin,
  casesFromSamples,
  casesStorageKey,
  checkCase,
  checkField,
  checkValueType,
  deserializeCases,
  isSameAsSamples,
  labelTest,
  planRun,
  serializeCases,
  type CaseDraft,
} from './test-cases';

const pair: Signature = {
  style: 'function',
  name: 'pairWithTargetSum',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
};
const minStack: Signature = {
  style: 'class',
  className: 'MinStack',
  constructorParams: [],
  methods: [{ name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' }],
};
const fields = caseFields(pair);
const samples = [{ args: [[3, 8, 11, 5], 16] }, { args: [[6, 1, 4], 5] }];
const draft = (...texts: string[]): CaseDraft => ({ id: texts.join('|'), texts });

describe('test case fields', () => {
  it('has one field per parameter, named and typed from the signature', () => {
    expect(fields).toEqual([
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ]);
  });

  it('has the calls and their argument lists for a class problem', () => {
    expect(caseFields(minStack).map((field) => field.name)).toEqual(['calls', 'arguments']);
  });

  it('starts from the examples, written as compact JSON', () => {
    expect(casesFromSamples(samples, fields).map((entry) => entry.texts)).toEqual([
      ['[3,8,11,5]', '16'],
      ['[6,1,4]', '5'],
    ]);
  });
});

describe('checking a field as it is typed', () => {
  it('accepts JSON that fits the parameter type', () => {
    expect(checkField(' [1, 2,3] ', { name: 'nums', type: 'int[]' })).toEqual({
      ok: true,
      value: [1, 2, 3],
    });
  });

  it('says the field is empty rather than that it is bad JSON', () => {
    expect(checkField('  ', { name: 'target', type: 'int' })).toEqual({
      ok: false,
      message: 'Enter a value for target',
    });
  });

  it('explains broken JSON', () => {
    const check = checkField('[1, 2', { name: 'nums', type: 'int[]' });
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toMatch(/^Not valid JSON/);
  });

  it('points out the Python spellings that JSON does not accept', () => {
    const message = (check: ReturnType<typeof checkField>) => (check.ok ? '' : check.message);
    expect(message(checkField("['a']", { name: 'words', type: 'string[]' }))).toContain(
      'double quotes',
    );
    expect(message(checkField('[True]', { name: 'flags', type: 'bool[]' }))).toContain(
      'lower case',
    );
  });

  it('refuses a value of the wrong type, naming the item', () => {
    expect(checkField('[1, "2"]', { name: 'nums', type: 'int[]' })).toEqual({
      ok: false,
      message: 'nums: item 1: expected a 32-bit whole number (int)',
    });
    expect(checkField('1.5', { name: 'target', type: 'int' })).toEqual({
      ok: false,
      message: 'target: expected a 32-bit whole number (int)',
    });
  });

  it('knows the LeetCode shapes of lists, trees, chars and grids', () => {
    expect(checkValueType([3, 9, 20, null, null, 15, 7], 'TreeNode')).toBeNull();
    expect(checkValueType([1, null], 'ListNode')).not.toBeNull();
    expect(checkValueType('ab', 'char')).not.toBeNull();
    expect(checkValueType([[1, 2], [3]], 'int[][]')).toBeNull();
    expect(checkValueType([1.5], 'double[]')).toBeNull();
    // As the judge sees it: an int is 32-bit, and a tree's root is never null.
    expect(checkValueType(2 ** 31, 'int')).toMatch(/32-bit/);
    expect(checkValueType([null, 1], 'TreeNode')).toMatch(/root cannot be null/);
  });

  it('wants one argument list per call in a class problem', () => {
    const classFields = caseFields(minStack);
    expect(checkCase(draft('["MinStack","push"]', '[[],[1]]'), classFields)).toEqual({
      ok: true,
      args: [
        ['MinStack', 'push'],
        [[], [1]],
      ],
    });
    expect(checkCase(draft('["MinStack","push"]', '[[]]'), classFields)).toEqual({
      ok: false,
      messages: [null, 'arguments: give one argument list per call (2 calls, 1 lists)'],
    });
    const check = checkCase(draft('["MinStack"]', '[1]'), classFields);
    expect(check.ok ? [] : check.messages[1]).toContain('item 0');
  });
});

describe('what Run sends', () => {
  it('sends nothing extra when the cases are the examples', () => {
    expect(planRun(casesFromSamples(samples, fields), fields, samples)).toEqual({
      customInputs: [],
      caseNumbers: [],
      invalid: [],
      tooMany: false,
    });
  });

  it('sends the edited and added cases with their case numbers, an example typed differently counting as the example', () => {
    const plan = planRun(
      [
        draft('[3, 8, 11, 5]', '16'),
        draft('[1,2]', '3'),
        draft('[6,1,4]', '5'),
        draft('[1,2]', '3'),
        draft('[9,9]', '18'),
      ],
      fields,
      samples,
    );
    expect(plan.customInputs).toEqual([
      [[1, 2], 3],
      [[9, 9], 18],
    ]);
    expect(plan.caseNumbers).toEqual([2, 5]);
  });

  it('lists the cases that do not parse, so bad JSON is never sent', () => {
    const plan = planRun([draft('[1,2', '3'), draft('[1,2]', '3')], fields, samples);
    expect(plan.invalid).toEqual([1]);
    expect(plan.customInputs).toEqual([[[1, 2], 3]]);
  });

  it('flags more distinct custom cases than the server takes', () => {
    const many = Array.from({ length: 11 }, (_, index) => draft(`[${index}]`, '1'));
    expect(planRun(many, fields, samples).tooMany).toBe(true);
    expect(planRun(many.slice(0, 10), fields, samples).tooMany).toBe(false);
  });

  it('tells an example, a custom case and an invalid one apart', () => {
    expect(caseOrigin(draft('[6,1,4]', '5'), fields, samples)).toEqual({
      kind: 'example',
      example: 1,
    });
    expect(caseOrigin(draft('[6,1,4]', '6'), fields, samples)).toEqual({ kind: 'custom' });
    expect(caseOrigin(draft('[6,1,4', '6'), fields, samples)).toEqual({ kind: 'invalid' });
  });

  it('knows when the cases are back to the examples', () => {
    expect(isSameAsSamples(casesFromSamples(samples, fields), fields, samples)).toBe(true);
    expect(isSameAsSamples(casesFromSamples(samples, fields).slice(0, 1), fields, samples)).toBe(
      false,
    );
    expect(
      isSameAsSamples([draft('[3,8,11,5]', '16'), draft('[6,1,4]', '7')], fields, samples),
    ).toBe(false);
  });
});

describe('cases kept on this device', () => {
  it('are kept per question', () => {
    expect(casesStorageKey('coding/pair-with-target-sum')).toBe(
      'onsite:cases:coding/pair-with-target-sum',
    );
  });

  it('come back as typed, broken JSON included', () => {
    const kept = [draft('[1,2', '3'), draft('[4]', '4')];
    expect(
      deserializeCases(serializeCases(kept, fields), fields)?.map((entry) => entry.texts),
    ).toEqual([
      ['[1,2', '3'],
      ['[4]', '4'],
    ]);
  });

  it('are dropped when the signature changed or the text is not ours', () => {
    const kept = serializeCases([draft('[1]', '1')], fields);
    expect(deserializeCases(kept, caseFields(minStack))).toBeNull();
    expect(deserializeCases('not json', fields)).toBeNull();
    expect(deserializeCases('{"version":2}', fields)).toBeNull();
    expect(
      deserializeCases(
        JSON.stringify({ version: 1, fields: ['nums', 'target'], cases: [['[1]']] }),
        fields,
      ),
    ).toBeNull();
    expect(deserializeCases(null, fields)).toBeNull();
  });
});

describe('labels in the results', () => {
  const labels = { testCount: 15, sampleIndexes: [0, 1, 2], caseNumbers: [2, 5] };

  it('names the examples and the candidate’s own cases on a run', () => {
    expect(labelTest(1, 'run', labels)).toEqual({ title: 'Example 2', isCustom: false });
    expect(labelTest(15, 'run', labels)).toEqual({ title: 'Case 2 · your input', isCustom: true });
    expect(labelTest(16, 'run', labels)).toEqual({ title: 'Case 5 · your input', isCustom: true });
  });

  it('numbers the custom inputs of a stored run, whose case numbers are not known', () => {
    expect(labelTest(16, 'run', { ...labels, caseNumbers: [] })).toEqual({
      title: 'Your input 2',
      isCustom: true,
    });
  });

  it('numbers every test on a submit', () => {
    expect(labelTest(7, 'submit', labels)).toEqual({ title: 'Test 8', isCustom: false });
  });
});
