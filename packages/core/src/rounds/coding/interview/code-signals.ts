import type { Evidence } from '../../types';
import type { Language, Signature } from '../judge-spec';

/**
 * What an interviewer reads from the code itself, beside whether it passes: meaningful names,
 * short functions, no dead code, no copied blocks, and a comment where the logic is not obvious.
 * Read with light, language-aware text rules (no parser): each finding quotes the lines it is
 * about, so a candidate can see exactly what was read.
 */

export type CodeSignalId =
  'cryptic-names' | 'long-function' | 'dead-code' | 'duplicated-block' | 'uncommented-tricky-logic';

export interface CodeSignal {
  readonly id: CodeSignalId;
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

export interface CodeReading {
  /** Problems found; empty for clean code. */
  readonly signals: readonly CodeSignal[];
  /** Identifiers the candidate chose (not keywords, not the signature's). */
  readonly names: readonly string[];
  readonly longestFunctionLines: number;
  readonly commentLines: number;
}

/** Names people use without explaining anything; loop indexes and coordinates are fine. */
const CONVENTIONAL_SHORT = new Set([
  ...['i', 'j', 'k', 'n', 'm', 'x', 'y', 'r', 'c', 'l', 'lo', 'hi', 'dp', 'id', 'ok', '_'],
  // The two sides of a comparator or a swap.
  ...['a', 'b'],
]);
const VAGUE =
  /^(?:tmp\d*|temp\d*|foo|bar|baz|data\d*|thing\d*|stuff|var\d*|val\d+|arr\d+|a\d+|x\d+|obj\d*|res\d+)$/u;

const KEYWORDS = new Set(
  `abstract and as assert async await auto bool boolean break byte case catch char class const constexpr continue def default del delete do double elif else enum except export extends false final finally float for from function global if implements import in instanceof int interface is lambda let long map namespace new nonlocal none not null number of or pass private protected public raise return self short signed sizeof static std string struct super switch template this throw throws true try typedef typename typeof undefined unsigned using var vector void volatile while with yield unordered_map unordered_set set list dict tuple len range min max print append push pop size length include pair make_pair string_view readonly type any unknown never object super let`.split(
    /\s+/u,
  ),
);

const commentPrefix = (language: Language): RegExp =>
  language === 'python' ? /^\s*#/u : /^\s*(?:\/\/|\/\*|\*)/u;

/** `count` lines of the code from `lineIndex` (0-based), quoted without their indentation. */
export const codeLinesEvidence = (source: string, lineIndex: number, count = 1): Evidence => {
  const lines = source.split('\n');
  const start = lines.slice(0, lineIndex).reduce((offset, line) => offset + line.length + 1, 0);
  const text = lines.slice(lineIndex, lineIndex + count).join('\n');
  const indent = text.length - text.trimStart().length;
  return {
    quote: text.trim(),
    turn: 0,
    start: start + indent,
    end: start + indent + text.trim().length,
    origin: 'code',
  };
};

/** Strings and comments blanked out, so names and braces are read from code only. */
const codeOnly = (line: string, language: Language): string =>
  line
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/gu, '""')
    .replace(language === 'python' ? /#.*$/u : /\/\/.*$/u, '');

const HEADER: Readonly<Record<Language, RegExp>> = {
  python: /^\s*def\s+\w+/u,
  javascript:
    /^\s*(?:(?:async\s+)?function\b|(?:static\s+)?(?!if\b|for\b|while\b|switch\b|catch\b)\w+\s*\([^)]*\)\s*\{|(?:const|let)\s+\w+\s*=\s*(?:\([^)]*\)|\w+)\s*=>)/u,
  typescript:
    /^\s*(?:(?:async\s+)?function\b|(?:(?:public|private|protected|static|readonly)\s+)*(?!if\b|for\b|while\b|switch\b|catch\b)\w+\s*\([^)]*\)\s*(?::\s*[^{]+)?\{|(?:const|let)\s+\w+\s*=\s*(?:\([^)]*\)|\w+)\s*(?::\s*[^=]+)?=>)/u,
  java: /^\s*(?:(?:public|private|protected|static|final)\s+)*[\w<>[\],\s]+\s+\w+\s*\([^)]*\)\s*(?:throws\s+[\w,\s]+)?\{/u,
  cpp: /^\s*(?:(?:static|inline|virtual|const)\s+)*[\w:<>*&,\s]+\s+[*&]?\w+\s*\([^)]*\)\s*(?:const\s*)?\{/u,
};

interface FunctionSpan {
  readonly first: number;
  readonly last: number;
}

/** Each function's first and last line: by indentation in Python, by braces elsewhere. */
const functionsOf = (lines: readonly string[], language: Language): FunctionSpan[] => {
  const spans: FunctionSpan[] = [];
  const header = HEADER[language];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (!header.test(line)) continue;
    let last = index;
    if (language === 'python') {
      const indent = line.length - line.trimStart().length;
      for (let next = index + 1; next < lines.length; next += 1) {
        const text = lines[next] ?? '';
        if (text.trim() === '') continue;
        if (text.length - text.trimStart().length <= indent) break;
        last = next;
      }
    } else {
      let depth = 0;
      let opened = false;
      for (let next = index; next < lines.length; next += 1) {
        for (const char of codeOnly(lines[next] ?? '', language)) {
          if (char === '{') {
            depth += 1;
            opened = true;
          } else if (char === '}') depth -= 1;
        }
        last = next;
        if (opened && depth <= 0) break;
      }
    }
    spans.push({ first: index, last });
  }
  return spans;
};

const EXITS = /^\s*(?:return\b|break\b|continue\b|raise\b|throw\b)/u;
const CONTINUES_BLOCK = /^\s*(?:[})\]]|else\b|elif\b|except\b|finally\b|case\b|default\b|catch\b)/u;
/**
 * A comment that is code switched off: it starts like a statement or an assignment, and ends the
 * way code ends (never with a full stop, which prose comments do).
 */
const CODE_LIKE_COMMENT =
  /^\s*(?:#|\/\/)\s*(?:(?:return|for|while|if|let|const|var|print|console\.log)\b[^.]*[(=[:;]|[A-Za-z_][\w.[\]]*\s*(?:[+\-*/]?=)\s*\S)[^]*[^.\s]\s*$/u;
const TRICKY = /<<|>>>?|(?<![&|])[&|^](?![&|=])|%\s*\d|\bwhile\b.*\b(?:and|&&)\b/u;
const LOOP = /^\s*(?:for|while)\b/u;

/** The names the problem gave (function, class, method and parameter names): not the candidate's choice. */
export const namesInSignature = (signature: Signature): string[] =>
  signature.style === 'function'
    ? [signature.name, ...signature.params.map((param) => param.name)]
    : [
        signature.className,
        ...signature.constructorParams.map((param) => param.name),
        ...signature.methods.flatMap((method) => [
          method.name,
          ...method.params.map((param) => param.name),
        ]),
      ];

/** Reads names, function lengths, dead code, copied blocks and comments from the code. */
export const readCode = (
  source: string,
  language: Language,
  signatureNames: readonly string[] = [],
): CodeReading => {
  const lines = source.split('\n');
  const isComment = commentPrefix(language);
  const signals: CodeSignal[] = [];

  // Names: identifiers declared or assigned by the candidate.
  const declared = new Map<string, number>();
  const declaration =
    language === 'python'
      ? /(?:^|[\s,(])([A-Za-z_]\w*)\s*(?:=(?!=)|\s+in\b|,\s*\w+\s*=)|\bdef\s+\w+\s*\(([^)]*)\)|\bfor\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+in\b/gu
      : /\b(?:let|const|var|int|long|double|float|bool|boolean|char|string|String|auto|size_t)\s+([A-Za-z_]\w*)|\(([^)]*)\)\s*(?::\s*[^{=]+)?(?:=>|\{)/gu;
  lines.forEach((line, index) => {
    if (isComment.test(line)) return;
    for (const match of codeOnly(line, language).matchAll(declaration)) {
      const found = (match[1] ?? match[2] ?? match[3] ?? '')
        .split(',')
        .map((part) =>
          part
            .replace(/[:=].*$/u, '')
            .replace(/^.*\s(?=\w+$)/u, '')
            .replace(/[^\w]/gu, '')
            .trim(),
        )
        .filter(
          (name) =>
            /^[A-Za-z_]\w*$/u.test(name) && !KEYWORDS.has(name) && !signatureNames.includes(name),
        );
      for (const name of found) if (!declared.has(name)) declared.set(name, index);
    }
  });
  const names = [...declared.keys()];
  const cryptic = names.filter(
    (name) =>
      (name.length === 1 && !CONVENTIONAL_SHORT.has(name)) || VAGUE.test(name.toLowerCase()),
  );
  if (
    cryptic.length >= 2 ||
    (cryptic.length >= 1 && cryptic.length / Math.max(names.length, 1) > 0.3)
  )
    signals.push({
      id: 'cryptic-names',
      message: `Names that do not say what they hold: ${cryptic.map((name) => `\`${name}\``).join(', ')}.`,
      evidence: cryptic
        .slice(0, 3)
        .map((name) => codeLinesEvidence(source, declared.get(name) ?? 0)),
    });

  // Function length.
  const spans = functionsOf(lines, language);
  // A helper defined inside a function is its own function: its lines do not count twice.
  const isNestedIn = (span: FunctionSpan, index: number): boolean =>
    spans.some(
      (inner) =>
        inner !== span &&
        inner.first > span.first &&
        inner.last <= span.last &&
        index >= inner.first &&
        index <= inner.last,
    );
  const lengthOf = (span: FunctionSpan): number =>
    lines.filter(
      (line, index) =>
        index >= span.first &&
        index <= span.last &&
        line.trim() !== '' &&
        !isComment.test(line) &&
        !isNestedIn(span, index),
    ).length;
  const longest = spans.reduce<FunctionSpan | null>(
    (best, span) => (best === null || lengthOf(span) > lengthOf(best) ? span : best),
    null,
  );
  const longestFunctionLines =
    longest === null ? lines.filter((line) => line.trim() !== '').length : lengthOf(longest);
  if (longest !== null && longestFunctionLines > 40)
    signals.push({
      id: 'long-function',
      message: `One function runs ${longestFunctionLines} lines; a helper with a name would make it readable.`,
      evidence: [codeLinesEvidence(source, longest.first)],
    });

  // Dead code: commented-out code, and lines after a return/break at the same depth.
  const dead: Evidence[] = [];
  lines.forEach((line, index) => {
    if (CODE_LIKE_COMMENT.test(line) && !/^\s*(?:#|\/\/)\s*[A-Z][a-z]+\s[a-z]+\s[a-z]+/u.test(line))
      dead.push(codeLinesEvidence(source, index));
    if (!EXITS.test(line)) return;
    const indent = line.length - line.trimStart().length;
    const next = lines.slice(index + 1).findIndex((text) => text.trim() !== '');
    const following = next === -1 ? undefined : lines[index + 1 + next];
    if (
      following !== undefined &&
      following.length - following.trimStart().length === indent &&
      !CONTINUES_BLOCK.test(following) &&
      !isComment.test(following) &&
      !(language === 'python' && /^\s*(?:def|class|@)/u.test(following))
    )
      dead.push(codeLinesEvidence(source, index + 1 + next));
  });
  if (dead.length > 0)
    signals.push({
      id: 'dead-code',
      message: `${dead.length === 1 ? 'A line' : `${dead.length} lines`} that never run${dead.length === 1 ? 's' : ''} or ${dead.length === 1 ? 'is' : 'are'} commented out.`,
      evidence: dead.slice(0, 3),
    });

  // Copied blocks: the same three meaningful lines twice.
  const normalized = lines.map((line) =>
    isComment.test(line) ? '' : codeOnly(line, language).replace(/\s+/gu, ' ').trim(),
  );
  const meaningful = (text: string): boolean => text.length > 4 && !/^[{}()[\];,\s]*$/u.test(text);
  const seen = new Map<string, number>();
  let duplicate: { first: number; second: number } | null = null;
  for (let index = 0; index + 2 < normalized.length && duplicate === null; index += 1) {
    const window = normalized.slice(index, index + 3);
    if (!window.every(meaningful)) continue;
    const key = window.join('\n');
    const earlier = seen.get(key);
    if (earlier !== undefined && index - earlier >= 3)
      duplicate = { first: earlier, second: index };
    else if (earlier === undefined) seen.set(key, index);
  }
  if (duplicate !== null)
    signals.push({
      id: 'duplicated-block',
      message: `Lines ${duplicate.first + 1}–${duplicate.first + 3} appear again at line ${duplicate.second + 1}; one helper would do.`,
      evidence: [
        codeLinesEvidence(source, duplicate.first, 3),
        codeLinesEvidence(source, duplicate.second, 3),
      ],
    });

  // Non-obvious logic without a comment: bit tricks, modular arithmetic, or loops nested three deep.
  const commentLines = lines.filter(
    (line) => isComment.test(line) || / (?:#|\/\/) /u.test(line),
  ).length;
  const tricky = lines.findIndex(
    (line) => !isComment.test(line) && TRICKY.test(codeOnly(line, language)),
  );
  const loopIndents = lines.flatMap((line) =>
    LOOP.test(line) ? [line.length - line.trimStart().length] : [],
  );
  const deepNesting = new Set(loopIndents).size >= 3;
  if (commentLines === 0 && (tricky !== -1 || deepNesting))
    signals.push({
      id: 'uncommented-tricky-logic',
      message:
        tricky === -1
          ? 'Three loops deep with no comment on what each level does.'
          : 'The trickiest line has no comment saying why it works.',
      evidence: tricky === -1 ? [] : [codeLinesEvidence(source, tricky)],
    });

  return { signals, names, longestFunctionLines, commentLines };
};
