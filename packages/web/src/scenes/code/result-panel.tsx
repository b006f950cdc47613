import type { PublicCodingQuestion, TestResult } from '@onsite/core';
import { Fragment, type ReactNode } from 'react';
import { GrowthReport } from './growth-report';
import { formatValue, progressLabel, VERDICT_TONE, type RunState } from './judge-run';
import { formatRuntime, machineBusyNote } from './submission-summary';
import { describeInput } from './problem-statement';
import { labelTest, type RunLabels } from './test-cases';

export const labelsFor = (
  question: PublicCodingQuestion,
  caseNumbers: readonly number[] = [],
): RunLabels => ({
  testCount: question.testCount,
  sampleIndexes: question.samples.map((sample) => sample.index),
  caseNumbers,
});

/** The verdict, every test, and after an Accepted submit the growth report. */
export const ResultPanel = ({
  state,
  question,
  labels,
  idleHint,
}: {
  state: RunState;
  question: PublicCodingQuestion;
  labels: RunLabels;
  idleHint?: ReactNode;
}) => {
  if (state.phase === 'idle')
    return (
      <p className="muted">
        {idleHint ?? 'Run your code to check it against the examples, or Submit to run every test.'}
      </p>
    );
  if (state.phase === 'failed' && state.error !== null) {
    return (
      <div className="inline-error" role="alert">
        <strong>The judge could not run your code.</strong> {state.error.message}
      </div>
    );
  }
  const result = state.result;
  const customCount =
    state.mode === 'run' ? state.tests.filter((test) => test.index >= labels.testCount).length : 0;
  const examples =
    state.mode === 'run' ? state.tests.filter((test) => test.index < labels.testCount) : [];
  const compilerSaid =
    result?.verdict === 'Compile Error'
      ? (result.compileOutput ?? result.error?.message ?? null)
      : null;
  const busyNote = result === null ? null : machineBusyNote(result);
  return (
    <div className="console-result">
      {result !== null ? (
        <div className={`run-verdict run-verdict-${VERDICT_TONE[result.verdict]}`}>
          <span className="run-verdict-word">{result.verdict}</span>
          <span className="run-verdict-count">
            {state.mode === 'run'
              ? `${examples.filter((test) => test.verdict === 'Accepted').length} / ${examples.length} passed`
              : `${result.passed} / ${result.total} passed`}
          </span>
          {customCount > 0 && (
            <span className="run-verdict-custom">
              {customCount === 1 ? '1 case of yours ran' : `${customCount} cases of yours ran`}
            </span>
          )}
          <span className="muted small">
            {state.mode === 'run'
              ? 'Examples only. Submit to run the hidden tests too.'
              : 'Every test, hidden ones included.'}
          </span>
        </div>
      ) : (
        <p className="muted">{progressLabel(state)}</p>
      )}
      {busyNote !== null && <p className="muted small machine-busy">{busyNote}</p>}
      {compilerSaid !== null ? (
        // The judge reports a compile error twice (as the error and as the compiler's output): shown once, whole.
        <pre className="console-pre compile-output">{compilerSaid}</pre>
      ) : (
        result?.error != null && (
          <p className="inline-error">
            {result.error.message}
            {result.error.line !== null && ` (line ${result.error.line})`}
          </p>
        )
      )}
      {state.complexity !== null && (
        <GrowthReport complexity={state.complexity} expected={question.expectedComplexity} />
      )}
      <ol className="test-list">
        {state.tests.map((test) => (
          <TestRow
            key={test.index}
            test={test}
            question={question}
            title={labelTest(test.index, state.mode, labels)}
          />
        ))}
      </ol>
    </div>
  );
};

const TestRow = ({
  test,
  question,
  title,
}: {
  test: TestResult;
  question: PublicCodingQuestion;
  title: { title: string; isCustom: boolean };
}) => {
  // A case of the candidate's own has no expected answer: "Accepted" would claim a check that never happened.
  const ranOnly = title.isCustom && test.verdict === 'Accepted';
  const tone = ranOnly ? 'neutral' : VERDICT_TONE[test.verdict];
  const shown = test.input !== undefined || test.expected !== undefined;
  return (
    <li className={`test-row test-${tone}${title.isCustom ? ' test-custom' : ''}`}>
      <div className="test-head">
        <span className="test-dot" aria-hidden="true" />
        <strong>
          {title.title}
          {!test.sample && !shown && ' (hidden)'}
        </strong>
        <span className="test-verdict">{ranOnly ? 'Ran' : test.verdict}</span>
        <span className="muted small">{formatRuntime(test.timeMs)}</span>
      </div>
      {shown && (
        <dl className="test-detail">
          <Row label="Input">
            {Array.isArray(test.input)
              ? describeInput(question, { args: test.input })
              : formatValue(test.input)}
          </Row>
          {/* Your own cases have no known answer: Expected is shown only where there is one. */}
          {test.expected !== undefined && <Row label="Expected">{formatValue(test.expected)}</Row>}
          <Row label="Your output">
            {test.actual === undefined ? '—' : formatValue(test.actual)}
          </Row>
          {test.stdout !== undefined && test.stdout !== '' && (
            <Row label="Stdout">{test.stdout}</Row>
          )}
          {test.message !== undefined && test.message !== '' && (
            <Row label="Message">{test.message}</Row>
          )}
        </dl>
      )}
    </li>
  );
};

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <>
    <dt>{label}</dt>
    <dd>
      <pre className="console-pre">{children}</pre>
    </dd>
  </>
);

export const OutputPanel = ({ state, labels }: { state: RunState; labels: RunLabels }) => {
  const printed = state.tests.filter((test) => test.stdout !== undefined && test.stdout !== '');
  const compile = state.result?.compileOutput;
  if (printed.length === 0 && (compile === null || compile === undefined || compile === '')) {
    return (
      <p className="muted">
        Nothing printed yet. What your code prints on the examples and your own cases shows up here.
      </p>
    );
  }
  return (
    <div>
      {compile !== null && compile !== undefined && compile !== '' && (
        <>
          <h4>Compiler</h4>
          <pre className="console-pre">{compile}</pre>
        </>
      )}
      {printed.map((test) => (
        <Fragment key={test.index}>
          <h4>{labelTest(test.index, state.mode, labels).title}</h4>
          <pre className="console-pre">{test.stdout}</pre>
        </Fragment>
      ))}
    </div>
  );
};
