import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, createContext } from 'node:vm';
import matter from 'gray-matter';
import type { z } from 'zod';
import {
  BehavioralQuestionSchema,
  CodingQuestionSchema,
  QuestionSchema,
  checkJudgeSpec,
  createSeededRandom,
  sizeSpellings,
  statesSize,
  testSize,
  toJudgeSpec,
  ROUND_KINDS,
  questionIdOf,
  type GeneratedTests,
  type TestCase,
  type Question,
  type CodingQuestion,
  type RoundKind,
} from '@onsite/core';
import { closestOf } from './closest';

/** The bank shipped with Onsite: `packages/content/bank`. */
export const DEFAULT_BANK_DIR = fileURLToPath(new URL('../bank', import.meta.url));

/**
 * A coding question's reference solutions sit beside it: `<slug>.solution.py` (Accepted) and
 * `<slug>.solution.ts` (the same in TypeScript) and `<slug>.slow.py` (too slow for `maxSize`). reference-solutions.test.ts judges them; the
 * loader skips them.
 */
const REFERENCE_SOLUTION = /\.(solution\.(py|ts)|slow\.py)$/;

/**
 * One thing wrong with one bank file, worded for the person who writes
 * questions: `file` is shown as `bank/<kind>/<slug>.md`, `field` is a dotted
 * path into the front matter (`principles.2`, `examples.weak.flags.0`) or empty
 * when the whole file is at fault.
 */
export interface BankProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
  /** Line in the file, when the problem is tied to one (bad YAML). */
  readonly line?: number;
}

export interface LoadedBank {
  /** Valid questions only, sorted by id (`kind/slug`). */
  readonly questions: readonly Question[];
  readonly problems: readonly BankProblem[];
}

/** A YAML value as text for a message: strings as they are, lists and groups as JSON. */
const shown = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);

const isRoundKind = (value: string): value is RoundKind =>
  (ROUND_KINDS as readonly string[]).includes(value);

const toPosix = (path: string): string => path.split('\\').join('/');

/** `bank/behavioral/x.md  principles.2: unknown principle …`: one line a coach can act on. */
export const formatProblem = (problem: BankProblem): string =>
  problem.field === ''
    ? `${problem.file}  ${problem.message}`
    : `${problem.file}  ${problem.field}: ${problem.message}`;

/**
 * Reads every `<dir>/<kind>/<slug>.md`, validates its front matter against the
 * schema of its kind and returns the valid questions together with every
 * problem found. Never throws for bad content: a broken file becomes a problem
 * and the rest of the bank still loads; a missing folder is a problem too.
 */
export interface LoadBankOptions {
  /**
   * Make every generated test now and check it like a written one (types, the max-size rule):
   * what `onsite bank check` does. Otherwise a question's generated tests are made the first time
   * its `tests` are read (when it is judged or opened), so a start does not make them all.
   */
  readonly checkGeneratedTests?: boolean;
}

export function loadBank(
  dir: string = DEFAULT_BANK_DIR,
  options: LoadBankOptions = {},
): LoadedBank {
  const root = basename(dir);
  const problems: BankProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      questions: [],
      problems: [
        {
          file: dir,
          field: '',
          message:
            'the bank folder does not exist; pass the folder that holds behavioral/, coding/ and the other kinds',
        },
      ],
    };
  }
  const parsed: { question: Question; file: string }[] = [];

  for (const folder of readdirSync(dir).sort()) {
    const folderPath = join(dir, folder);
    if (folder.startsWith('.') || !statSync(folderPath).isDirectory()) continue; // README.md and the like at the root
    if (!isRoundKind(folder)) {
      problems.push({
        file: `${root}/${folder}/`,
        field: '',
        message: `"${folder}" is not a round kind, so its files are not loaded; use one of the folders ${ROUND_KINDS.join(', ')}`,
      });
      continue;
    }
    for (const name of readdirSync(folderPath).sort()) {
      if (name.startsWith('.')) continue;
      const file = toPosix(`${root}/${folder}/${name}`);
      const filePath = join(folderPath, name);
      if (statSync(filePath).isDirectory()) {
        problems.push({
          file: `${file}/`,
          field: '',
          message: 'folders inside a kind folder are not read; move its files up one level',
        });
        continue;
      }
      if (folder === 'coding' && REFERENCE_SOLUTION.test(name)) continue;
      if (!name.endsWith('.md')) {
        problems.push({
          file,
          field: '',
          message: 'only .md files are read; rename it to end in .md',
        });
        continue;
      }
      const result = parseQuestionFile({
        file,
        kind: folder,
        fileSlug: name.slice(0, -'.md'.length),
        text: readFileSync(filePath, 'utf8'),
        checkGeneratedTests: options.checkGeneratedTests ?? false,
      });
      if (result.ok) parsed.push({ question: result.question, file });
      else problems.push(...result.problems);
    }
  }

  // Slugs are unique across the whole bank, not only within a kind, so a slug
  // alone names one question wherever people refer to it.
  const firstFileBySlug = new Map<string, string>();
  const questions: Question[] = [];
  for (const { question, file } of parsed) {
    const first = firstFileBySlug.get(question.slug);
    if (first === undefined) {
      firstFileBySlug.set(question.slug, file);
      questions.push(question);
    } else {
      problems.push({
        file,
        field: 'slug',
        message: `duplicate slug "${question.slug}": ${first} already uses it; slugs must be unique across the bank`,
      });
    }
  }

  questions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { questions, problems };
}

/**
 * One question by its id (`kind/slug`), read from its own file (`<dir>/<kind>/<slug>.md`) instead
 * of the whole bank: what a command that scores one answer needs, without parsing every file.
 * Undefined when the id names no kind, no file, or a file with problems (`loadBank` leaves such a
 * file out of the bank as well, and `onsite bank check` lists its problems). A slug used twice
 * across kinds is not looked for here: the bank check reports it.
 */
export function loadQuestion(id: string, dir: string = DEFAULT_BANK_DIR): Question | undefined {
  const [kind, slug, ...rest] = id.split('/');
  if (kind === undefined || slug === undefined || rest.length > 0 || !isRoundKind(kind))
    return undefined;
  if (slug === '' || slug.startsWith('.')) return undefined;
  const filePath = join(dir, kind, `${slug}.md`);
  if (!existsSync(filePath) || !statSync(filePath).isFile()) return undefined;
  const result = parseQuestionFile({
    file: toPosix(`${basename(dir)}/${kind}/${slug}.md`),
    kind,
    fileSlug: slug,
    text: readFileSync(filePath, 'utf8'),
    checkGeneratedTests: false,
  });
  return result.ok ? result.question : undefined;
}

export interface QuestionFile {
  /** Shown in problems, e.g. `bank/behavioral/x.md`. */
  readonly file: string;
  /** The folder the file sits in. */
  readonly kind: RoundKind;
  /** The file name without `.md`. */
  readonly fileSlug: string;
  readonly text: string;
  /** See `LoadBankOptions`; true unless told (one file is cheap to check fully). */
  readonly checkGeneratedTests?: boolean;
}

export type ParsedQuestionFile =
  | { readonly ok: true; readonly question: Question }
  | { readonly ok: false; readonly problems: readonly BankProblem[] };

/** Parses one bank file; every problem in it is reported at once. */
export function parseQuestionFile({
  file,
  kind,
  fileSlug,
  text,
  checkGeneratedTests = true,
}: QuestionFile): ParsedQuestionFile {
  const fail = (...problems: BankProblem[]): ParsedQuestionFile => ({ ok: false, problems });

  if (text.trim() === '') {
    return fail({
      file,
      field: '',
      message: 'the file is empty; start from the full example in docs/bank-format.md',
    });
  }
  // A byte-order mark from some editors would hide the opening `---`.
  const source = text.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(source)) {
    return fail({
      file,
      field: '',
      line: 1,
      message: 'the file must start with a line of three dashes (---) that opens the front matter',
    });
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(source.slice(3))) {
    return fail({
      file,
      field: '',
      message:
        'the front matter is never closed; add a line of three dashes (---) after the last field',
    });
  }

  let data: unknown;
  let body: string;
  try {
    // Passing options (even empty ones) turns off gray-matter's module-wide cache,
    // which would otherwise hand back a stale, shared object for identical text.
    const result = matter(source, {});
    data = result.data;
    body = result.content;
  } catch (error) {
    return fail(yamlProblem(file, error));
  }

  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    Object.keys(data).length === 0
  ) {
    return fail({
      file,
      field: '',
      message:
        'the front matter has no fields; write one "field: value" per line between the --- lines',
    });
  }
  const frontMatter = data as Record<string, unknown>;

  const problems: BankProblem[] = [];
  const declaredKind = frontMatter.kind;
  if (declaredKind === undefined) {
    problems.push({
      file,
      field: 'kind',
      message: `missing; this file is in the ${kind} folder, so add "kind: ${kind}"`,
    });
  } else if (declaredKind !== kind) {
    const elsewhere =
      typeof declaredKind === 'string' && isRoundKind(declaredKind)
        ? `move the file to the ${declaredKind} folder or `
        : '';
    problems.push({
      file,
      field: 'kind',
      message: `says "${shown(declaredKind)}" but the file is in the ${kind} folder; ${elsewhere}change it to "kind: ${kind}"`,
    });
  }
  if (frontMatter.slug !== undefined && frontMatter.slug !== fileSlug) {
    problems.push({
      file,
      field: 'slug',
      message: `"${shown(frontMatter.slug)}" does not match the file name "${fileSlug}.md"; the slug must equal the file name without .md`,
    });
  }
  problems.push(...unknownFieldProblems(file, kind, frontMatter));

  // Validate against the folder's kind so the messages are about the fields of
  // that kind, even when the declared kind is missing or wrong.
  const result = QuestionSchema.safeParse({ ...frontMatter, kind }, { reportInput: true });
  if (!result.success) {
    problems.push(...result.error.issues.map((issue) => issueProblem(file, issue)));
    return fail(...problems);
  }
  const parsedQuestion = result.data;
  const makesTestsLater =
    parsedQuestion.kind === 'coding' &&
    parsedQuestion.generatedTests !== undefined &&
    !checkGeneratedTests;
  const generated =
    parsedQuestion.kind === 'coding' && !makesTestsLater
      ? withGeneratedTests(file, parsedQuestion)
      : { question: parsedQuestion, problems: [] };
  problems.push(...generated.problems);
  if (generated.problems.length === 0)
    problems.push(...consistencyProblems(file, generated.question, { makesTestsLater }));
  if (problems.length > 0) return fail(...problems);

  const question = {
    ...generated.question,
    id: questionIdOf(kind, generated.question.slug),
    body: body.trim(),
  };
  if (question.kind === 'coding' && makesTestsLater) withTestsMadeOnFirstRead(file, question);
  return { ok: true, question };
}

/**
 * Replaces `tests` with the written tests plus the generated ones, made (or read from the cache)
 * the first time anything reads them. Everything that reads `tests` (the judge spec, a question's
 * page, a spread or JSON copy) sees them all, as if they had been made at load.
 */
function withTestsMadeOnFirstRead(file: string, question: CodingQuestion): void {
  const written = question.tests;
  const maker = question.generatedTests;
  if (maker === undefined) return;
  let all: TestCase[] | undefined;
  Object.defineProperty(question, 'tests', {
    enumerable: true,
    configurable: true,
    get(): TestCase[] {
      if (all === undefined) {
        const made = makeGeneratedTests(maker);
        // The shipped bank is checked fully in CI (onsite bank check); a broken maker in a
        // bank someone edited by hand is reported the way the checker would report it.
        if (!made.ok) throw new Error(`${file} ${made.field}: ${made.message}`);
        all = [...written, ...made.tests];
      }
      return all;
    },
  });
}

/** A generated test must be made within this time, or the bank would stall every start. */
const GENERATED_TEST_TIMEOUT_MS = 5000;

/**
 * Appends the hidden tests `generatedTests` makes to the written ones, so every
 * later check (types, duplicates, the max-size rule) and the judge see them as
 * ordinary tests. The maker is question-author code from the bank, run like the
 * judge runs a generator: trusted, in a clean `vm` context with a time bound.
 */
function withGeneratedTests(
  file: string,
  question: CodingQuestion,
): { question: CodingQuestion; problems: BankProblem[] } {
  if (question.generatedTests === undefined) return { question, problems: [] };
  const made = makeGeneratedTests(question.generatedTests);
  if (!made.ok) return { question, problems: [{ file, field: made.field, message: made.message }] };
  return { question: { ...question, tests: [...question.tests, ...made.tests] }, problems: [] };
}

type MadeTests =
  | { readonly ok: true; readonly tests: readonly TestCase[] }
  | { readonly ok: false; readonly field: string; readonly message: string };

/**
 * Where made tests are kept between starts: a maker is a pure function of its source, n and seed,
 * so its output is stored under a hash of the three. Making the large tests of sixty problems
 * takes seconds; reading them back takes milliseconds, and every start, CLI call and test process
 * loads the bank. `ONSITE_CACHE_DIR` moves it.
 */
const generatedTestsCacheDir = (): string =>
  join(process.env.ONSITE_CACHE_DIR ?? join(tmpdir(), 'onsite-cache'), 'generated-tests');

const cacheFileOf = (source: string, n: number, seed: number): string =>
  join(
    generatedTestsCacheDir(),
    `${createHash('sha256')
      .update(JSON.stringify({ version: 1, source, n, seed }))
      .digest('hex')}.json`,
  );

const readCached = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Best effort: a cache that cannot be written (read-only disk) only costs the next start time. */
const writeCached = (file: string, json: string): void => {
  try {
    mkdirSync(generatedTestsCacheDir(), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, json);
    // Rename is atomic: a process reading at the same time sees the whole file or none.
    renameSync(partial, file);
  } catch {
    // Nothing to do: the tests were made and are returned all the same.
  }
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

function makeGeneratedTests(spec: GeneratedTests): MadeTests {
  const tests: TestCase[] = [];
  for (const [index, { n, seed }] of spec.cases.entries()) {
    const cacheFile = cacheFileOf(spec.source, n, seed);
    let json: unknown = readCached(cacheFile);
    if (json === undefined)
      try {
        const context = createContext({ rng: createSeededRandom(seed), size: n });
        // Math.random is the seeded rng too, so a maker that forgets `rng` is still deterministic.
        json = new Script(`Math.random = rng; JSON.stringify((${spec.source})(size, rng))`, {
          filename: 'generatedTests.js',
        }).runInContext(context, {
          timeout: GENERATED_TEST_TIMEOUT_MS,
        });
        if (typeof json === 'string') writeCached(cacheFile, json);
      } catch (error) {
        // An error thrown inside the vm context is not an `Error` of this realm, so read its message by shape.
        const reason =
          typeof error === 'object' &&
          error !== null &&
          'message' in error &&
          typeof error.message === 'string'
            ? error.message
            : String(error);
        return {
          ok: false,
          field: `generatedTests.cases.${index}`,
          message: `the maker failed for n = ${n}: ${reason}; it must be a function (n, rng) => ({ args, expected })`,
        };
      }
    const value: unknown = typeof json === 'string' ? parseJson(json) : undefined;
    if (
      typeof value !== 'object' ||
      value === null ||
      !('args' in value) ||
      !Array.isArray(value.args) ||
      !('expected' in value)
    ) {
      return {
        ok: false,
        field: `generatedTests.cases.${index}`,
        message: `the maker must return { args: [...], expected } for n = ${n}`,
      };
    }
    const args: unknown[] = value.args;
    tests.push({ args, expected: value.expected, sample: false });
  }
  return { ok: true, tests };
}

function yamlProblem(file: string, error: unknown): BankProblem {
  // js-yaml's error carries `mark.line` (0-based, within the front matter) and a short `reason`.
  const details = error as {
    mark?: { line?: unknown };
    reason?: unknown;
    message?: unknown;
  } | null;
  const reason =
    typeof details?.reason === 'string'
      ? details.reason
      : typeof details?.message === 'string'
        ? details.message
        : String(error);
  const yamlLine = details?.mark?.line;
  const hint =
    'check the indentation and put text that contains ": " or starts with a quote inside quotes';
  if (typeof yamlLine === 'number') {
    // gray-matter hands js-yaml the text from just after the opening ---, so
    // js-yaml's line 0 is the rest of file line 1: file line = mark.line + 1.
    const line = yamlLine + 1;
    return {
      file,
      field: '',
      line,
      message: `the front matter is not valid YAML near line ${line}: ${reason}; ${hint}`,
    };
  }
  return { file, field: '', message: `the front matter is not valid YAML: ${reason}; ${hint}` };
}

function knownFieldsOf(kind: RoundKind): readonly string[] | null {
  if (kind === 'behavioral') return Object.keys(BehavioralQuestionSchema.shape);
  if (kind === 'coding') return Object.keys(CodingQuestionSchema.shape);
  // Planned kinds accept extra fields until they get their own schema.
  return null;
}

/** A misspelt optional field would otherwise be dropped without a word. */
function unknownFieldProblems(
  file: string,
  kind: RoundKind,
  frontMatter: Record<string, unknown>,
): BankProblem[] {
  const known = knownFieldsOf(kind);
  if (known === null) return [];
  return Object.keys(frontMatter)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = closestOf(key, known);
      return {
        file,
        field: key,
        message:
          suggestion === undefined
            ? `unknown field; allowed fields are ${known.join(', ')}`
            : `unknown field; did you mean "${suggestion}"?`,
      };
    });
}

const describeValue = (value: unknown): string => {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${shown(value)}`;
};

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of indented fields',
};

/** Turns one zod issue into a sentence for someone who writes questions, not code. */
function issueProblem(file: string, issue: z.core.$ZodIssue): BankProblem {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return {
          file,
          field,
          message: `missing; add it (see docs/bank-format.md for what it holds)`,
        };
      }
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return {
        file,
        field,
        message: `should be ${expected}, but is ${describeValue(issue.input)}`,
      };
    }
    case 'invalid_value': {
      const input = typeof issue.input === 'string' ? issue.input : undefined;
      const allowed = issue.values.filter((value): value is string => typeof value === 'string');
      const suggestion = input === undefined ? undefined : closestOf(input, allowed);
      return {
        file,
        field,
        message:
          suggestion === undefined
            ? issue.message
            : `${issue.message}; did you mean "${suggestion}"?`,
      };
    }
    default:
      return { file, field, message: issue.message };
  }
}

/** Rules across fields that the schema alone cannot express. */
function consistencyProblems(
  file: string,
  question: z.infer<typeof QuestionSchema>,
  options: { readonly makesTestsLater: boolean },
): BankProblem[] {
  if (question.kind === 'coding') return codingProblems(file, question, options);
  if (question.kind !== 'behavioral') return [];
  const problems: BankProblem[] = [];
  const seenProbes = new Set<string>();
  question.followUps.forEach((probe, index) => {
    if (seenProbes.has(probe.id)) {
      problems.push({
        file,
        field: `followUps.${index}.id`,
        message: `"${probe.id}" is used by another follow-up of this question; give each follow-up its own id`,
      });
    }
    seenProbes.add(probe.id);
  });
  const seenDimensions = new Set<string>();
  question.rubric.forEach((row, index) => {
    if (seenDimensions.has(row.dimension)) {
      problems.push({
        file,
        field: `rubric.${index}.dimension`,
        message: `"${row.dimension}" is described twice; keep one entry per dimension`,
      });
    }
    seenDimensions.add(row.dimension);
  });
  const seenPrinciples = new Set<string>();
  question.principles.forEach((principle, index) => {
    if (seenPrinciples.has(principle)) {
      problems.push({
        file,
        field: `principles.${index}`,
        message: `"${principle}" is listed twice; remove the repeat`,
      });
    }
    seenPrinciples.add(principle);
  });
  const weakFlags = question.examples.weak.flags;
  const noLearningAt = weakFlags.indexOf('no-learning');
  if (noLearningAt >= 0 && !question.asksForLearning) {
    problems.push({
      file,
      field: `examples.weak.flags.${noLearningAt}`,
      message:
        'no-learning is only raised for questions that ask for a lesson; set "asksForLearning: true" or remove the flag',
    });
  }
  if (question.examples.strong.flags.length > 0) {
    problems.push({
      file,
      field: 'examples.strong.flags',
      message:
        'the strong example must raise no flags; remove the list or rewrite the example until it needs none',
    });
  }
  return problems;
}

/** Names a language's starter code must contain for the judge to find the solution. */
const requiredNamesOf = (question: CodingQuestion): string =>
  question.signature.style === 'function' ? question.signature.name : question.signature.className;

/**
 * A coding question must compile to a judge spec the judge can run: the
 * spec's paths are the question's own field names, so problems point at the
 * field to fix (`tests.4.args`), except the generator's expected class, which
 * comes from `expectedComplexity`.
 */
function codingProblems(
  file: string,
  question: CodingQuestion,
  { makesTestsLater }: { readonly makesTestsLater: boolean },
): BankProblem[] {
  const problems: BankProblem[] = checkJudgeSpec(toJudgeSpec(question)).map((problem) => ({
    file,
    field:
      problem.path === 'generator.expectedClass'
        ? 'expectedComplexity'
        : specPathToField(question, problem.path),
    message: problem.message,
  }));
  const name = requiredNamesOf(question);
  for (const [language, code] of Object.entries(question.starterCode ?? {})) {
    if (!new RegExp(`\\b${name}\\b`).test(code)) {
      problems.push({
        file,
        field: `starterCode.${language}`,
        message: `does not mention ${name}; the starter code must define what the signature names`,
      });
    }
  }
  if (question.generator !== undefined && question.expectedComplexity === undefined) {
    problems.push({
      file,
      field: 'expectedComplexity',
      message:
        'a generator measures growth against an expected class; add e.g. "expectedComplexity: O(n)"',
    });
  }
  const seenTopics = new Set<string>();
  question.topics.forEach((topic, index) => {
    if (seenTopics.has(topic))
      problems.push({
        file,
        field: `topics.${index}`,
        message: `"${topic}" is listed twice; remove the repeat`,
      });
    seenTopics.add(topic);
  });
  problems.push(...maxSizeProblems(file, question, { makesTestsLater }));
  return problems;
}

/**
 * The bank rule that keeps slow solutions out: a question states the largest
 * input its constraints allow (`maxSize`, also written in the prompt), and at
 * least one hidden test has exactly that size. Without it an O(n²) answer to a
 * problem that allows n = 10⁵ passes on small tests.
 */
function maxSizeProblems(
  file: string,
  question: CodingQuestion,
  { makesTestsLater }: { readonly makesTestsLater: boolean },
): BankProblem[] {
  const { maxSize } = question;
  if (maxSize === undefined) {
    return [
      {
        file,
        field: 'maxSize',
        message:
          'missing; give the largest input the constraints allow (e.g. "maxSize: 100000" for n ≤ 10⁵) and a hidden test of that size (see docs/bank-format.md)',
      },
    ];
  }
  const problems: BankProblem[] = [];
  if (!statesSize(question.prompt, maxSize)) {
    problems.push({
      file,
      field: 'maxSize',
      message: `${maxSize} is not stated in the prompt; write it in the constraints, e.g. "${sizeSpellings(maxSize).at(-1) ?? maxSize}"`,
    });
  }
  const sizes = question.tests.map((test) => testSize(question.signature, test));
  sizes.forEach((size, index) => {
    if (size > maxSize)
      problems.push({
        file,
        field: testField(question, index),
        message: `has size ${size}, above maxSize ${maxSize}; shrink the test or raise maxSize (and the prompt's constraints)`,
      });
  });
  const hasMaxHidden = question.tests.some(
    (test, index) => !test.sample && sizes[index] === maxSize,
  );
  // The maxSize test is usually a generated one; when those are made later, bank check finds it.
  if (!hasMaxHidden && !makesTestsLater) {
    const largest = Math.max(0, ...sizes);
    problems.push({
      file,
      field: 'tests',
      message: `no hidden test has the maximum size ${maxSize} (the largest has ${largest}); add one, e.g. under generatedTests with "cases: [{ n: ${maxSize}, seed: 1 }]", so a too-slow solution gets Time Limit Exceeded`,
    });
  }
  return problems;
}

/** `tests.17.args` of the spec, as the field to fix: a written test, or the case that generated it. */
const specPathToField = (question: CodingQuestion, path: string): string => {
  const match = /^tests\.(\d+)(.*)$/u.exec(path);
  if (match === null) return path;
  const field = testField(question, Number(match[1]));
  return field.startsWith('tests.') ? path : `${field}${match[2] ?? ''}`;
};

/** Generated tests follow the written ones; a problem in one names its case. */
const testField = (question: CodingQuestion, index: number): string => {
  const written = question.tests.length - (question.generatedTests?.cases.length ?? 0);
  return index < written ? `tests.${index}` : `generatedTests.cases.${index - written}`;
};
