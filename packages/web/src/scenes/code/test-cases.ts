import { valueTypeProblem, type Signature, type TestCase } from '@onsite/core';

/**
 * The Testcases tab's cases: one JSON text per parameter, as the candidate
 * types it. Pure, so parsing, checking against the signature, diffing against
 * the examples and what is kept on this device are tested without a browser.
 */

/** The server takes at most 10 custom argument lists per run (contract: `customInputs`). */
export const MAX_CUSTOM_CASES = 10;

export interface CaseField {
  readonly name: string;
  /** The signature's type (`int[]`), or a description for class problems. */
  readonly type: string;
}

export interface CaseDraft {
  /** Stable across edits, so React keeps focus in the right field; never sent anywhere. */
  readonly id: string;
  /** One JSON text per field, in signature order. */
  readonly texts: readonly string[];
}

export type FieldCheck =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Function problems: one field per parameter. Class problems: the calls and their arguments, as LeetCode writes them. */
export const caseFields = (signature: Signature): readonly CaseField[] =>
  signature.style === 'function'
    ? signature.params.map((param) => ({ name: param.name, type: param.type }))
    : [
        { name: 'calls', type: 'string[]' },
        { name: 'arguments', type: 'argument lists' },
      ];

/**
 * Null when `value` fits `type`, else what was expected, in words: the same
 * check the server makes of a spec's tests and of these cases (core's
 * valueTypeProblem), so what the form accepts the judge accepts too.
 */
export const checkValueType = (value: unknown, type: string): string | null =>
  valueTypeProblem(value, type);

const describeJsonError = (text: string, error: unknown): string => {
  const detail = error instanceof Error ? error.message : '';
  if (/'|‘|’/u.test(text) && !text.includes('"'))
    return 'Not valid JSON: strings take double quotes ("a"), not single quotes';
  if (/\b(True|False|None)\b/u.test(text))
    return 'Not valid JSON: write true, false and null in lower case';
  return detail === ''
    ? 'Not valid JSON: check brackets, commas and quotes'
    : `Not valid JSON: ${detail.replace(/^JSON\.parse: /u, '')}`;
};

/** Parses one field as the candidate typed it; the message says what to fix. */
export const checkField = (text: string, field: CaseField): FieldCheck => {
  if (text.trim() === '') return { ok: false, message: `Enter a value for ${field.name}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: describeJsonError(text, error) };
  }
  const problem =
    field.type === 'argument lists' ? checkArgumentLists(value) : checkValueType(value, field.type);
  return problem === null
    ? { ok: true, value }
    : { ok: false, message: `${field.name}: ${problem}` };
};

const checkArgumentLists = (value: unknown): string | null => {
  if (!Array.isArray(value))
    return 'expected an array with one argument list per call, e.g. [[],[1],[]]';
  const index = value.findIndex((item) => !Array.isArray(item));
  return index === -1
    ? null
    : `item ${index} is not an argument list (use [] for a call without arguments)`;
};

export type CaseCheck =
  | { readonly ok: true; readonly args: readonly unknown[] }
  | { readonly ok: false; readonly messages: readonly (string | null)[] };

/** A whole case: every field valid, and for class problems one argument list per call. */
export const checkCase = (draft: CaseDraft, fields: readonly CaseField[]): CaseCheck => {
  const checks = fields.map((field, index) => checkField(draft.texts[index] ?? '', field));
  const messages = checks.map((check) => (check.ok ? null : check.message));
  if (messages.some((message) => message !== null)) return { ok: false, messages };
  const args = checks.map((check) => (check.ok ? check.value : null));
  const [calls, lists] = args;
  if (
    fields[1]?.type === 'argument lists' &&
    Array.isArray(calls) &&
    Array.isArray(lists) &&
    calls.length !== lists.length
  ) {
    return {
      ok: false,
      messages: [
        null,
        `arguments: give one argument list per call (${calls.length} calls, ${lists.length} lists)`,
      ],
    };
  }
  return { ok: true, args };
};

/** JSON with sorted keys, so two values compare equal however their keys were typed. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );

export const sameArgs = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  canonical(a) === canonical(b);

let nextId = 0;
/** Unique within the page; the counter is enough because ids never leave it. */
export const newCaseId = (): string => {
  nextId += 1;
  return `case-${nextId}`;
};

/** Field texts as an example is shown: compact JSON, one text per argument. */
export const textsFor = (
  args: readonly unknown[],
  fields: readonly CaseField[],
): readonly string[] =>
  // JSON.stringify gives undefined for a missing argument, whatever its declared type says.
  fields.map((_field, index) => (JSON.stringify(args[index]) as string | undefined) ?? '');

export const casesFromSamples = (
  samples: readonly Pick<TestCase, 'args'>[],
  fields: readonly CaseField[],
): readonly CaseDraft[] =>
  samples.map((sample) => ({ id: newCaseId(), texts: textsFor(sample.args, fields) }));

/** How a case differs from the examples, for its tab's marker and the results' labels. */
export type CaseOrigin =
  | { readonly kind: 'example'; readonly example: number }
  | { readonly kind: 'custom' }
  | { readonly kind: 'invalid' };

export const caseOrigin = (
  draft: CaseDraft,
  fields: readonly CaseField[],
  samples: readonly Pick<TestCase, 'args'>[],
): CaseOrigin => {
  const check = checkCase(draft, fields);
  if (!check.ok) return { kind: 'invalid' };
  const example = samples.findIndex((sample) => sameArgs(sample.args, check.args));
  return example === -1 ? { kind: 'custom' } : { kind: 'example', example };
};

export interface RunPlan {
  /** Argument lists to send as `customInputs`: the cases that are not an example, without repeats. */
  readonly customInputs: readonly (readonly unknown[])[];
  /** For each custom input, the case number (1-based) it came from in the Testcases tab. */
  readonly caseNumbers: readonly number[];
  /** Case numbers (1-based) that do not parse: Run is refused until they are fixed. */
  readonly invalid: readonly number[];
  /** More distinct custom cases than the server accepts. */
  readonly tooMany: boolean;
}

/**
 * What Run sends. The server always runs the examples (their expected output is
 * known), so only the cases that differ from every example are sent, each once.
 */
export const planRun = (
  drafts: readonly CaseDraft[],
  fields: readonly CaseField[],
  samples: readonly Pick<TestCase, 'args'>[],
): RunPlan => {
  const customInputs: (readonly unknown[])[] = [];
  const caseNumbers: number[] = [];
  const invalid: number[] = [];
  drafts.forEach((draft, index) => {
    const check = checkCase(draft, fields);
    if (!check.ok) {
      invalid.push(index + 1);
      return;
    }
    if (samples.some((sample) => sameArgs(sample.args, check.args))) return;
    if (customInputs.some((args) => sameArgs(args, check.args))) return;
    customInputs.push(check.args);
    caseNumbers.push(index + 1);
  });
  return { customInputs, caseNumbers, invalid, tooMany: customInputs.length > MAX_CUSTOM_CASES };
};

/** True when the cases are exactly the examples, in order: "Reset" has nothing to do. */
export const isSameAsSamples = (
  drafts: readonly CaseDraft[],
  fields: readonly CaseField[],
  samples: readonly Pick<TestCase, 'args'>[],
): boolean =>
  drafts.length === samples.length &&
  drafts.every((draft, index) => {
    const check = checkCase(draft, fields);
    const sample = samples[index];
    return check.ok && sample !== undefined && sameArgs(sample.args, check.args);
  });

// ── Kept on this device ─────────────────────────────────────────────────────

/** Where a question's cases are kept, so they survive a reload. */
export const casesStorageKey = (questionId: string): string => `onsite:cases:${questionId}`;

interface StoredCases {
  readonly version: 1;
  /** The field names they were typed for: a changed signature makes them stale. */
  readonly fields: readonly string[];
  readonly cases: readonly (readonly string[])[];
}

export const serializeCases = (
  drafts: readonly CaseDraft[],
  fields: readonly CaseField[],
): string =>
  JSON.stringify({
    version: 1,
    fields: fields.map((field) => field.name),
    cases: drafts.map((draft) => draft.texts),
  } satisfies StoredCases);

const isStringArray = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The kept cases, or null when there are none or they no longer fit the
 * question (then the examples are shown). Text that does not parse is kept as
 * typed: it is the candidate's, and the field shows what to fix.
 */
export const deserializeCases = (
  text: string | null,
  fields: readonly CaseField[],
): readonly CaseDraft[] | null => {
  if (text === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    typeof stored !== 'object' ||
    stored === null ||
    !('version' in stored) ||
    stored.version !== 1
  )
    return null;
  if (
    !('fields' in stored) ||
    !isStringArray(stored.fields) ||
    !('cases' in stored) ||
    !Array.isArray(stored.cases)
  )
    return null;
  const names = fields.map((field) => field.name);
  if (
    stored.fields.length !== names.length ||
    stored.fields.some((name, index) => name !== names[index])
  )
    return null;
  const cases: unknown[] = stored.cases;
  if (
    cases.length === 0 ||
    !cases.every((texts) => isStringArray(texts) && texts.length === names.length)
  )
    return null;
  return cases.filter(isStringArray).map((texts) => ({ id: newCaseId(), texts }));
};

// ── Labels in the results ───────────────────────────────────────────────────

export interface RunLabels {
  /** How many tests the question has: custom inputs are numbered after them. */
  readonly testCount: number;
  /** The question's test indexes that are examples, in order (Example 1 is the first). */
  readonly sampleIndexes: readonly number[];
  /** For each custom input sent, its case number in the Testcases tab; empty when unknown (a stored run). */
  readonly caseNumbers: readonly number[];
}

export interface TestLabel {
  readonly title: string;
  readonly isCustom: boolean;
}

/** "Example 2" and "Case 4 · your input" on a run; "Test 7" on a submit. */
export const labelTest = (
  index: number,
  mode: 'run' | 'submit' | null,
  labels: RunLabels,
): TestLabel => {
  if (mode !== 'run') return { title: `Test ${index + 1}`, isCustom: false };
  if (index >= labels.testCount) {
    const custom = index - labels.testCount;
    const caseNumber = labels.caseNumbers[custom];
    return {
      title:
        caseNumber === undefined ? `Your input ${custom + 1}` : `Case ${caseNumber} · your input`,
      isCustom: true,
    };
  }
  const example = labels.sampleIndexes.indexOf(index);
  return {
    title: example === -1 ? `Test ${index + 1}` : `Example ${example + 1}`,
    isCustom: false,
  };
};
