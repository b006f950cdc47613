/**
 * `onsite practice coding`, the parts without I/O: which problem to practise, and the problem as
 * terminal text (the bank's Markdown prompt, the samples, the keys).
 */
import {
  starterStub,
  type CodingPattern,
  type CodingQuestionWithId,
  type Difficulty,
  type Language,
  type Signature,
} from '@onsite/core';
import { UsageError } from '../usage';

export interface ProblemFilters {
  readonly pattern?: CodingPattern;
  readonly difficulty?: Difficulty;
  /** A question id (`coding/pair-with-target-sum`) or its slug; the filters are then not used. */
  readonly questionId?: string;
}

/** The file extension a starter file gets, so the candidate's editor picks the right mode. */
export const LANGUAGE_FILE_EXTENSION: Readonly<Record<Language, string>> = {
  javascript: 'js',
  typescript: 'ts',
  python: 'py',
  java: 'java',
  cpp: 'cpp',
};

const describeFilters = (filters: ProblemFilters): string =>
  [
    filters.difficulty === undefined ? null : filters.difficulty,
    filters.pattern === undefined ? null : filters.pattern,
  ]
    .filter((part) => part !== null)
    .join(' ');

/**
 * The problem to practise: the one `questionId` names, or one picked at random among those
 * matching the filters. `random` returns [0, 1) and is injected so a test can choose the pick.
 * Throws a UsageError (exit 2) naming what does exist when nothing matches.
 */
export const pickProblem = (
  questions: readonly CodingQuestionWithId[],
  filters: ProblemFilters,
  random: () => number,
): CodingQuestionWithId => {
  const { questionId } = filters;
  if (questionId !== undefined) {
    const named = questions.find((each) => each.id === questionId || each.slug === questionId);
    if (named === undefined)
      throw new UsageError(
        `There is no coding question "${questionId}" in the bank. Leave --question out to get one at random, or pick one of: ${questions.map((each) => each.id).join(', ')}.`,
      );
    return named;
  }
  const matches = questions.filter(
    (each) =>
      (filters.pattern === undefined || each.patterns.includes(filters.pattern)) &&
      (filters.difficulty === undefined || each.difficulty === filters.difficulty),
  );
  const picked = matches[Math.min(matches.length - 1, Math.floor(random() * matches.length))];
  if (picked !== undefined) return picked;
  // Say what the bank does hold for the filter that was kept, so the next try can succeed.
  const difficultiesForPattern = [
    ...new Set(
      questions
        .filter((each) => filters.pattern !== undefined && each.patterns.includes(filters.pattern))
        .map((each) => each.difficulty),
    ),
  ];
  const patternsAtDifficulty = [
    ...new Set(
      questions
        .filter((each) => each.difficulty === filters.difficulty)
        .flatMap((each) => each.patterns),
    ),
  ].sort();
  const advice =
    filters.pattern !== undefined && difficultiesForPattern.length > 0
      ? `${filters.pattern} problems come in: ${difficultiesForPattern.join(', ')}.`
      : filters.difficulty !== undefined && patternsAtDifficulty.length > 0
        ? `Patterns with ${filters.difficulty} problems: ${patternsAtDifficulty.join(', ')}.`
        : `The bank has ${questions.length} coding problems.`;
  throw new UsageError(`No coding problem matches ${describeFilters(filters)}. ${advice}`);
};

/** `./<slug>.<ext>`: where the starter file goes without --file. */
export const defaultSolutionFile = (question: CodingQuestionWithId, language: Language): string =>
  `${question.slug}.${LANGUAGE_FILE_EXTENSION[language]}`;

/** What the candidate starts with: the bank's own starter code, or the judge's stub for the signature. */
export const starterCodeOf = (question: CodingQuestionWithId, language: Language): string =>
  question.starterCode?.[language] ?? starterStub(question.signature, language);

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/** One line of Markdown prose as plain text: emphasis, links and any HTML tag gone, inline code kept. */
const plainInline = (line: string): string =>
  line
    // Inline code is kept as written, backticks included: it marks names the candidate types.
    .split(/(`[^`]*`)/u)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/<\/?[A-Za-z][^>]*>/gu, '')
            .replace(/\[([^\]]+)\]\(([^)]+)\)/gu, '$1 ($2)')
            .replace(/(\*\*|__)(.+?)\1/gu, '$2')
            .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/gu, '$1$2')
            .replace(
              /&(?:lt|gt|amp|quot|#39|nbsp);/gu,
              (entity) => HTML_ENTITIES[entity] ?? entity,
            ),
    )
    .join('');

/** Words joined into lines of at most `width` characters (a longer word gets a line of its own). */
const wrap = (text: string, width: number, indent: string): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((each) => each !== '')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines;
};

/**
 * A Markdown prompt as terminal text: paragraphs re-wrapped to `width`, headings as plain lines,
 * list items with their bullet, fenced code indented and left exactly as written.
 */
export const renderMarkdownForTerminal = (markdown: string, width: number): string => {
  const out: string[] = [];
  let paragraph: string[] = [];
  let bullet: string | null = null;
  let inFence = false;
  const flush = (): void => {
    if (paragraph.length > 0) {
      const text = plainInline(paragraph.join(' '));
      if (bullet === null) out.push(...wrap(text, width, ''));
      else {
        const [first = '', ...rest] = wrap(text, width - bullet.length, '');
        out.push(
          `${bullet}${first}`,
          ...rest.map((line) => `${' '.repeat(bullet?.length ?? 0)}${line}`),
        );
      }
    }
    paragraph = [];
    bullet = null;
  };
  for (const raw of markdown.replace(/\r\n?/gu, '\n').split('\n')) {
    if (/^\s*(```|~~~)/u.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${raw}`);
      continue;
    }
    const line = raw.trim();
    const heading = /^#{1,6}\s+(.*)$/u.exec(line);
    const item = /^([-*+]|\d+[.)])\s+(.*)$/u.exec(line);
    if (line === '') {
      flush();
      if (out.length > 0 && out.at(-1) !== '') out.push('');
    } else if (heading !== null) {
      flush();
      out.push(plainInline(heading[1] ?? ''));
    } else if (item !== null) {
      flush();
      bullet = `${item[1] === undefined || /^[-*+]$/u.test(item[1]) ? '•' : item[1]} `;
      paragraph.push(item[2] ?? '');
    } else paragraph.push(line);
  }
  flush();
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
};

/** JSON.stringify's type hides that it returns undefined for undefined. */
const show = (value: unknown): string =>
  value === undefined ? 'undefined' : JSON.stringify(value);

/** A sample's input with the parameters' names: "nums = [2,7,11,15], target = 9". */
export const formatSampleInput = (signature: Signature, args: readonly unknown[]): string => {
  if (signature.style === 'class') {
    // Class problems: args is [calls, argument lists]; show each call as the candidate would write it.
    const [calls, argumentLists] = args;
    if (!Array.isArray(calls) || !Array.isArray(argumentLists)) return show(args);
    return calls
      .map((call, index) => {
        const callArgs: unknown = argumentLists[index];
        const inner = Array.isArray(callArgs) ? callArgs.map(show).join(', ') : '';
        return `${String(call)}(${inner})`;
      })
      .join(', ');
  }
  return signature.params.map((param, index) => `${param.name} = ${show(args[index])}`).join(', ');
};

export const PRACTICE_KEYS = 's submit (every test) · h next hint · q quit';

/** The problem as printed when practice starts: title, difficulty, patterns, prompt, samples, keys. */
export const formatProblem = (
  question: CodingQuestionWithId,
  options: { readonly width: number },
): string => {
  const samples = question.tests.filter((test) => test.sample);
  const lines = [
    question.title,
    '='.repeat(Math.min(options.width, question.title.length)),
    `${question.difficulty}${question.patterns.length === 0 ? '' : ` · ${question.patterns.join(', ')}`} · ${question.id}`,
    '',
    renderMarkdownForTerminal(question.prompt, options.width),
    '',
    'Samples:',
  ];
  for (const [index, test] of samples.entries())
    lines.push(
      `  ${index + 1}. ${formatSampleInput(question.signature, test.args)}`,
      `     → ${show(test.expected)}`,
    );
  lines.push('', `Keys: ${PRACTICE_KEYS}`);
  return lines.join('\n');
};
