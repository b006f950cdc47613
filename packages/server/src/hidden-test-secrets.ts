import { toPublicQuestion, type CodingQuestionWithId } from '@onsite/core';

/**
 * For the tests that prove hidden tests never leave the server (the HTTP
 * routes, the web app's bundle): what a question's secrets are and whether a
 * text gives any of them away.
 */

/** Compact JSON, as JSON.stringify and Python's json.dumps(separators=(',', ':')) write it. */
export const compact = (value: unknown): string => JSON.stringify(value);

export interface Secrets {
  /** The compact JSON of each secret value, for comparing with every value in an answer. */
  readonly json: ReadonlySet<string>;
  /** What to search the raw text for: the JSON, or a stretch from the middle of a long one (a leak may cut it short). */
  readonly texts: readonly string[];
  /** Code that must stay on the server: the growth generator, the generated-test maker, a checker. */
  readonly code: readonly string[];
}

/**
 * The values of a question's hidden tests worth looking for: each whole argument
 * list, each argument and each expected output, leaving out those too small to
 * tell apart from ordinary numbers (`0`, `[1]`) and those public anyway (in a sample or the statement).
 */
export const secretsOf = (question: CodingQuestionWithId): Secrets => {
  const publicText = compact(toPublicQuestion(question));
  const json = new Set<string>();
  for (const test of question.tests.filter((candidate) => !candidate.sample)) {
    for (const value of [test.args, ...test.args, test.expected]) {
      const text = compact(value);
      const isDistinctive =
        (Array.isArray(value) && value.length >= 2) ||
        (typeof value === 'string' && value.length >= 6);
      if (isDistinctive && !publicText.includes(text)) json.add(text);
    }
  }
  const texts = [...json].map((text) =>
    text.length > 400 ? text.slice(text.length / 2 - 100, text.length / 2 + 100) : text,
  );
  const code = [
    question.generator?.source,
    question.generatedTests?.source,
    question.comparison.mode === 'checker' ? question.comparison.source : undefined,
  ]
    .filter((source): source is string => source !== undefined)
    // As it reads inside a JSON string, first 80 characters.
    .map((source) => JSON.stringify(source).slice(1, 81));
  return { json, texts: [...new Set(texts)], code };
};

/** Every array and string inside a parsed JSON answer (where a test's data would sit), the answer itself included. */
function* walk(value: unknown): Generator {
  if (Array.isArray(value)) {
    yield value;
    for (const item of value) yield* walk(item);
  } else if (typeof value === 'string') yield value;
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) yield* walk(item);
}

/** What of a question's hidden tests an answer body gives away: empty when nothing. */
export const leaksIn = (secrets: Secrets, body: string): string[] => {
  const found = secrets.texts
    .filter((text) => body.includes(text))
    .map((text) => `text ${text.slice(0, 60)}`);
  found.push(
    ...secrets.code
      .filter((code) => body.includes(code))
      .map((code) => `code ${code.slice(0, 40)}`),
  );
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not JSON (an event stream): the text search covers it.
  }
  for (const value of walk(parsed)) {
    const text = compact(value);
    if (secrets.json.has(text)) found.push(`value ${text.slice(0, 60)}`);
  }
  return found;
};
