import { isCodingQuestion, LANGUAGES, type CodingQuestionWithId, type Language, type TestCase, type TestResult } from '@onsite/core';
import { cpp } from '@codemirror/lang-cpp';
import { java } from '@codemirror/lang-java';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import * as Tabs from '@radix-ui/react-tabs';
import CodeMirror, { EditorView, keymap, Prec, type Extension } from '@uiw/react-codemirror';
import { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useHealth, useQuestion } from '../../api/queries';
import { Icon } from '../../components/icons';
import { DifficultyTag, ErrorState, Loading, Spinner } from '../../components/ui';
import { formatValue, isRunBusy, progressLabel, VERDICT_TONE, type RunState } from './judge-run';
import { codeStorageKey, LANGUAGE_LABEL, languageStorageKey, readStored, starterFor, writeStored } from './starter-code';
import { mirrorInlineStyles } from './inline-styles';
import { useJudgeRun } from './use-judge-run';
import '../../styles/coding.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.userAgent);
const RUN_SHORTCUT = isMac ? "⌘ '" : "Ctrl '";
const SUBMIT_SHORTCUT = isMac ? '⌘ Enter' : 'Ctrl Enter';

const LANGUAGE_EXTENSION: Readonly<Record<Language, () => Extension>> = {
  javascript: () => javascript(),
  typescript: () => javascript({ typescript: true }),
  python: () => python(),
  java: () => java(),
  cpp: () => cpp(),
};

const isLanguage = (value: string | null): value is Language => LANGUAGES.some((language) => language === value);

export const CodingRoomScene = () => {
  const { kind = '', slug = '' } = useParams();
  const query = useQuestion(`${kind}/${slug}`);
  if (query.isPending) {
    return (
      <div className="room-loading">
        <Loading label="Opening the coding room" rows={4} />
      </div>
    );
  }
  if (query.isError || !isCodingQuestion(query.data.question)) {
    return (
      <div className="page">
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <div className="card">
            <h1>This is not a coding question</h1>
            <p className="muted">Only coding questions open in the code editor.</p>
          </div>
        )}
        <p>
          <Link to="/questions?kind=coding">Back to the coding questions</Link>
        </p>
      </div>
    );
  }
  return <CodingRoom key={query.data.question.id} question={query.data.question} />;
};

const CodingRoom = ({ question }: { question: CodingQuestionWithId }) => {
  const ids = useId();
  const [language, setLanguage] = useState<Language>(() => {
    const stored = readStored(languageStorageKey);
    return isLanguage(stored) ? stored : 'python';
  });
  const [code, setCode] = useState(() => readStored(codeStorageKey(question.id, language)) ?? starterFor(question, language));
  const [tab, setTab] = useState('testcases');
  const { state, start } = useJudgeRun();
  const samples = useMemo(() => question.tests.filter((test) => test.sample), [question.tests]);
  const busy = isRunBusy(state);

  useEffect(() => {
    document.title = `${question.title} · Onsite`;
    return () => {
      document.title = 'Onsite';
    };
  }, [question.title]);

  const changeLanguage = (next: Language) => {
    writeStored(languageStorageKey, next);
    setLanguage(next);
    setCode(readStored(codeStorageKey(question.id, next)) ?? starterFor(question, next));
  };
  const changeCode = (next: string) => {
    setCode(next);
    // Every keystroke is kept on this device: a reload or a crash loses nothing.
    writeStored(codeStorageKey(question.id, language), next);
  };
  const reset = () => {
    writeStored(codeStorageKey(question.id, language), null);
    setCode(starterFor(question, language));
  };

  const judge = (mode: 'run' | 'submit') => {
    if (busy) return;
    setTab('result');
    void start({ questionId: question.id, language, source: code, mode }, mode === 'run' ? samples.length : question.tests.length);
  };
  // Shortcuts reach the latest code and language through a ref, so the editor's keymap never goes stale.
  const judgeRef = useRef(judge);
  judgeRef.current = judge;

  const extensions = useMemo(
    () => [
      LANGUAGE_EXTENSION[language](),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': `Your solution in ${LANGUAGE_LABEL[language]}` }),
      // Above the default keymap, which would otherwise insert a blank line on Mod-Enter.
      Prec.highest(
        keymap.of([
          { key: "Mod-'", run: () => (judgeRef.current('run'), true) },
          { key: 'Mod-Enter', run: () => (judgeRef.current('submit'), true) },
        ]),
      ),
    ],
    [language],
  );

  useEffect(() => mirrorInlineStyles(), []);

  // The same shortcuts work when the focus is outside the editor.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      if (event.key === "'") judgeRef.current('run');
      else if (event.key === 'Enter') judgeRef.current('submit');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="room code-room">
      <header className="room-bar">
        <Link to={`/questions/${question.id}`} className="room-leave" aria-label="Back to the question (your code is kept)">
          <Icon name="arrowLeft" size={18} />
        </Link>
        <h1 className="room-title">{question.title}</h1>
        <DifficultyTag difficulty={question.difficulty} />
      </header>
      <IsolationBanner />

      <div className="code-body">
        <section className="code-statement" aria-labelledby={`${ids}-statement`}>
          <h2 id={`${ids}-statement`} className="visually-hidden">
            Problem statement
          </h2>
          <div className="chips">
            {question.topics.map((topic) => (
              <span key={topic} className="chip">
                {topic.replace(/-/g, ' ')}
              </span>
            ))}
          </div>
          <Prose text={question.prompt} />
          <h3>Examples</h3>
          {samples.map((test, index) => (
            <div key={index} className="code-example">
              <strong>Example {index + 1}</strong>
              <pre>
                <span className="code-example-label">Input: </span>
                {describeInput(question, test)}
                {'\n'}
                <span className="code-example-label">Output: </span>
                {formatValue(test.expected)}
              </pre>
            </div>
          ))}
          {question.expectedComplexity !== undefined && <p className="muted small">An optimal solution runs in {question.expectedComplexity}.</p>}
          {question.hints.length > 0 && (
            <div className="code-hints">
              {question.hints.map((hint, index) => (
                <details key={hint} className="disclosure">
                  <summary>Hint {index + 1}</summary>
                  <p>{hint}</p>
                </details>
              ))}
            </div>
          )}
        </section>

        <section className="code-work" aria-label="Your solution">
          <div className="code-toolbar">
            <label className="code-language">
              <span>Language</span>
              <select value={language} onChange={(event) => {
                  if (isLanguage(event.target.value)) changeLanguage(event.target.value);
                }} disabled={busy}>
                {LANGUAGES.map((option) => (
                  <option key={option} value={option}>
                    {LANGUAGE_LABEL[option]}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted small">Saved on this device as you type</span>
            <button type="button" className="btn btn-ghost btn-sm" onClick={reset} disabled={busy}>
              Reset to starter code
            </button>
          </div>
          <div className="code-editor">
            <CodeMirror value={code} onChange={changeCode} extensions={extensions} height="100%" basicSetup={{ tabSize: 4 }} />
          </div>
          <div className="code-actions">
            <span className="code-progress" role="status" aria-live="polite">
              {busy && <Spinner />}
              {progressLabel(state)}
            </span>
            <button type="button" className="btn btn-secondary" onClick={() => judge('run')} disabled={busy} aria-keyshortcuts="Control+' Meta+'" title={`Run the examples (${RUN_SHORTCUT})`}>
              Run <kbd aria-hidden="true">{RUN_SHORTCUT}</kbd>
            </button>
            <button type="button" className="btn btn-primary" onClick={() => judge('submit')} disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter" title={`Submit against every test (${SUBMIT_SHORTCUT})`}>
              Submit <kbd aria-hidden="true">{SUBMIT_SHORTCUT}</kbd>
            </button>
          </div>
          <Tabs.Root className="code-console" value={tab} onValueChange={setTab}>
            <Tabs.List className="tabs-list" aria-label="Console">
              <Tabs.Trigger className="tab" value="testcases">
                Testcases
              </Tabs.Trigger>
              <Tabs.Trigger className="tab" value="result">
                Result
              </Tabs.Trigger>
              <Tabs.Trigger className="tab" value="output">
                Output
              </Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="testcases" className="console-panel">
              {samples.map((test, index) => (
                <dl key={index} className="console-case">
                  <dt>Case {index + 1}</dt>
                  <dd>
                    <code>{describeInput(question, test)}</code>
                  </dd>
                  <dt>Expected</dt>
                  <dd>
                    <code>{formatValue(test.expected)}</code>
                  </dd>
                </dl>
              ))}
            </Tabs.Content>
            <Tabs.Content value="result" className="console-panel">
              <ResultPanel state={state} question={question} />
            </Tabs.Content>
            <Tabs.Content value="output" className="console-panel">
              <OutputPanel state={state} />
            </Tabs.Content>
          </Tabs.Root>
        </section>
      </div>
    </div>
  );
};

/** Function problems read `nums = [3,8], target = 16`; class problems show the calls as JSON. */
const describeInput = (question: CodingQuestionWithId, test: Pick<TestCase, 'args'>): string => {
  const { signature } = question;
  if (signature.style === 'class') return formatValue(test.args);
  return test.args.map((arg, index) => `${signature.params[index]?.name ?? `arg${index + 1}`} = ${formatValue(arg)}`).join(', ');
};

/** The prompt is plain text with `code` spans; paragraphs are separated by blank lines. */
const Prose = ({ text }: { text: string }) => (
  <div className="code-prose">
    {text
      .trim()
      .split(/\n\s*\n/u)
      .map((paragraph, index) => (
        <p key={index}>
          {paragraph.split('`').map((part, partIndex) => (partIndex % 2 === 1 ? <code key={partIndex}>{part}</code> : <Fragment key={partIndex}>{part}</Fragment>))}
        </p>
      ))}
  </div>
);

const IsolationBanner = () => {
  const health = useHealth();
  const warning = health.data?.judge.warning;
  if (warning === undefined) return null;
  return (
    <div className="judge-warning" role="alert">
      <strong>Your code runs with weak isolation ({health.data?.judge.isolation}).</strong> {warning}
    </div>
  );
};

const ResultPanel = ({ state, question }: { state: RunState; question: CodingQuestionWithId }) => {
  if (state.phase === 'idle') return <p className="muted">Run your code to check it against the examples, or Submit to run every test.</p>;
  if (state.phase === 'failed' && state.error !== null) {
    return (
      <div className="inline-error" role="alert">
        <strong>The judge could not run your code.</strong> {state.error.message}
      </div>
    );
  }
  const result = state.result;
  return (
    <div className="console-result">
      {result !== null ? (
        <div className={`run-verdict run-verdict-${VERDICT_TONE[result.verdict]}`}>
          <span className="run-verdict-word">{result.verdict}</span>
          <span className="run-verdict-count">
            {result.passed} / {result.total} passed
          </span>
          <span className="muted small">{state.mode === 'run' ? 'Examples only. Submit to run the hidden tests too.' : 'Every test, hidden ones included.'}</span>
        </div>
      ) : (
        <p className="muted">{progressLabel(state)}</p>
      )}
      {result?.error != null && (
        <p className="inline-error">
          {result.error.message}
          {result.error.line !== null && ` (line ${result.error.line})`}
        </p>
      )}
      {result?.compileOutput != null && result.verdict === 'Compile Error' && <pre className="console-pre">{result.compileOutput}</pre>}
      <ol className="test-list">
        {state.tests.map((test) => (
          <TestRow key={test.index} test={test} question={question} />
        ))}
      </ol>
    </div>
  );
};

const TestRow = ({ test, question }: { test: TestResult; question: CodingQuestionWithId }) => {
  const tone = VERDICT_TONE[test.verdict];
  const shown = test.input !== undefined || test.expected !== undefined;
  return (
    <li className={`test-row test-${tone}`}>
      <div className="test-head">
        <span className="test-dot" aria-hidden="true" />
        <strong>
          Test {test.index + 1}
          {!test.sample && !shown && ' (hidden)'}
        </strong>
        <span className="test-verdict">{test.verdict}</span>
        <span className="muted small">{test.timeMs} ms</span>
      </div>
      {shown && (
        <dl className="test-detail">
          <Row label="Input">{Array.isArray(test.input) ? describeInput(question, { args: test.input }) : formatValue(test.input)}</Row>
          <Row label="Expected">{formatValue(test.expected)}</Row>
          <Row label="Your output">{test.actual === undefined ? '—' : formatValue(test.actual)}</Row>
          {test.stdout !== undefined && test.stdout !== '' && <Row label="Stdout">{test.stdout}</Row>}
          {test.message !== undefined && test.message !== '' && <Row label="Message">{test.message}</Row>}
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

const OutputPanel = ({ state }: { state: RunState }) => {
  const printed = state.tests.filter((test) => test.stdout !== undefined && test.stdout !== '');
  const compile = state.result?.compileOutput;
  if (printed.length === 0 && (compile === null || compile === undefined || compile === '')) {
    return <p className="muted">Nothing printed yet. What your code prints on the examples shows up here.</p>;
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
          <h4>Test {test.index + 1}</h4>
          <pre className="console-pre">{test.stdout}</pre>
        </Fragment>
      ))}
    </div>
  );
};
