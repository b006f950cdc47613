import type { PublicCodingQuestion, TestCase } from '@onsite/core';
import { Fragment, type ReactNode } from 'react';
import { formatValue } from './judge-run';
import '../../styles/problem-statement.css';

/**
 * A coding problem's statement, examples and hints: the one renderer the coding
 * room and the question's bank page share, so both read the same. It carries no
 * editor code, so the bank page stays light.
 */
export const ProblemStatement = ({
  question,
  isInterview = false,
}: {
  question: PublicCodingQuestion;
  /** In an interview the hints are asked for, one at a time, and the complexity is the candidate's to find. */
  isInterview?: boolean;
}) => (
  <div className="statement">
    <Prose text={question.prompt} />
    <h3>Examples</h3>
    {question.samples.map((test, index) => (
      <div key={test.index} className="statement-example">
        <strong>Example {index + 1}</strong>
        <pre>
          <span className="statement-example-label">Input: </span>
          {describeInput(question, test)}
          {'\n'}
          <span className="statement-example-label">Output: </span>
          {formatValue(test.expected)}
        </pre>
      </div>
    ))}
    {!isInterview && question.expectedComplexity !== undefined && (
      <p className="muted small">An optimal solution runs in {question.expectedComplexity}.</p>
    )}
    {!isInterview && question.hints.length > 0 && (
      <div className="statement-hints">
        {question.hints.map((hint, index) => (
          <details key={hint} className="disclosure">
            <summary>Hint {index + 1}</summary>
            <p>{hint}</p>
          </details>
        ))}
      </div>
    )}
  </div>
);

/** Function problems read `nums = [3,8], target = 16`; class problems show the calls as JSON. */
export const describeInput = (
  question: Pick<PublicCodingQuestion, 'signature'>,
  test: Pick<TestCase, 'args'>,
): string => {
  const { signature } = question;
  if (signature.style === 'class') return formatValue(test.args);
  return test.args
    .map(
      (arg, index) => `${signature.params[index]?.name ?? `arg${index + 1}`} = ${formatValue(arg)}`,
    )
    .join(', ');
};

/** `**bold**`; split with it, the words inside land at the odd places. */
const BOLD = /\*\*(\S(?:[^*]*\S)?)\*\*/gu;

/** **bold** runs of plain text. */
const emphasised = (text: string, key: number): ReactNode[] =>
  text
    .split(BOLD)
    .map((part, index) =>
      index % 2 === 1 ? (
        <strong key={`${key}:${index}`}>{part}</strong>
      ) : (
        <Fragment key={`${key}:${index}`}>{part}</Fragment>
      ),
    );

/** `code` spans and **bold** runs, the rest as text. */
const inline = (text: string): ReactNode[] =>
  text
    .split('`')
    .flatMap((part, index): ReactNode[] =>
      index % 2 === 1 ? [<code key={index}>{part}</code>] : emphasised(part, index),
    );

const LIST_ITEM = /^\s*[-*]\s+/u;

/**
 * The bank's statements are a small Markdown subset: paragraphs split by blank
 * lines, `code` spans, **bold** runs, and lists of `- ` lines. Text is never parsed as HTML.
 */
export const Prose = ({ text }: { text: string }) => (
  <div className="statement-prose">
    {text
      .trim()
      .split(/\n\s*\n/u)
      .map((block, index) => {
        const lines = block.split('\n');
        if (
          lines.every((line) => LIST_ITEM.test(line) || /^\s{2,}\S/u.test(line)) &&
          LIST_ITEM.test(lines[0] ?? '')
        ) {
          // A list item may wrap onto indented lines: they belong to the item above.
          const items = lines.reduce<string[]>(
            (all, line) =>
              LIST_ITEM.test(line)
                ? [...all, line.replace(LIST_ITEM, '')]
                : [...all.slice(0, -1), `${all.at(-1) ?? ''} ${line.trim()}`],
            [],
          );
          return (
            <ul key={index}>
              {items.map((item, itemIndex) => (
                <li key={itemIndex}>{inline(item)}</li>
              ))}
            </ul>
          );
        }
        return <p key={index}>{inline(block)}</p>;
      })}
  </div>
);
