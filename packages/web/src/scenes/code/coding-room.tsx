import {
  isPublicCodingQuestion,
  LANGUAGES,
  type Language,
  type PublicCodingQuestion,
} from '@onsite/core';
import { cpp } from '@codemirror/lang-cpp';
import { java } from '@codemirror/lang-java';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import * as Tabs from '@radix-ui/react-tabs';
import CodeMirror, { EditorView, keymap, Prec, type Extension } from '@uiw/react-codemirror';
import { editorTheme } from './editor-theme';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { keys, useHealth, useQuestion } from '../../api/queries';
import { readCspNonce } from '../../csp-nonce';
import { Icon } from '../../components/icons';
import {
  DifficultyTag,
  ErrorState,
  formatRelative,
  isNotFoundError,
  Loading,
  NoSuchQuestion,
  Spinner,
} from '../../components/ui';
import { isMeasuringGrowth, isRunBusy, progressLabel } from './judge-run';
import { ProblemStatement } from './problem-statement';
import { labelsFor, OutputPanel, ResultPanel } from './result-panel';
import {
  codeStorageKey,
  LANGUAGE_LABEL,
  languageStorageKey,
  readStored,
  restoreBackupKey,
  starterFor,
  writeStored,
} from './starter-code';
import { SubmissionsPanel, type RestoreRequest } from './submissions-panel';
import { MAX_CUSTOM_CASES, planRun, type RunPlan } from './test-cases';
import { TestcasesPanel, useTestCases } from './testcases-panel';
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

const isLanguage = (value: string | null): value is Language =>
  LANGUAGES.some((language) => language === value);

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
  if (query.isError && isNotFoundError(query.error)) {
    return (
      <div className="page">
        <NoSuchQuestion questionId={`${kind}/${slug}`} />
      </div>
    );
  }
  if (query.isError || !isPublicCodingQuestion(query.data.question)) {
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

/** Why Run cannot send the cases as they are, or null when it can. */
const describeRunProblems = (plan: RunPlan): string | null => {
  if (plan.invalid.length > 0) {
    const which =
      plan.invalid.length === 1
        ? `case ${plan.invalid.join('')}`
        : `cases ${plan.invalid.join(', ')}`;
    return `Fix ${which} before running: ${plan.invalid.length === 1 ? 'its input is' : 'their inputs are'} not valid.`;
  }
  return plan.tooMany
    ? `Run takes at most ${MAX_CUSTOM_CASES} cases of your own: remove a few, then run again.`
    : null;
};

/** What was in the editor before a restore, so "Undo restore" can bring it back. */
interface RestoredFrom {
  readonly language: Language;
  readonly previous: string;
  readonly createdAt: string;
}

const CodingRoom = ({ question }: { question: PublicCodingQuestion }) => {
  const ids = useId();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<Language>(() => {
    const stored = readStored(languageStorageKey);
    return isLanguage(stored) ? stored : 'python';
  });
  const [code, setCode] = useState(
    () => readStored(codeStorageKey(question.id, language)) ?? starterFor(question, language),
  );
  const [tab, setTab] = useState('testcases');
  const [restoredFrom, setRestoredFrom] = useState<RestoredFrom | null>(null);
  // Set when Run was refused; the notice then follows the cases as they are fixed, and goes when they are.
  const [isShowingCaseProblems, setShowingCaseProblems] = useState(false);
  // The case numbers of the custom inputs of the run on screen, for its labels.
  const [caseNumbers, setCaseNumbers] = useState<readonly number[]>([]);
  const { state, start } = useJudgeRun();
  const cases = useTestCases(question);
  const samples = cases.samples;
  const busy = isRunBusy(state);
  const labels = useMemo(() => labelsFor(question, caseNumbers), [question, caseNumbers]);
  const plan = useMemo(
    () => planRun(cases.cases, cases.fields, samples),
    [cases.cases, cases.fields, samples],
  );
  const casesNotice = isShowingCaseProblems ? describeRunProblems(plan) : null;

  useEffect(() => {
    document.title = `${question.title} · Onsite`;
    return () => {
      document.title = 'Onsite';
    };
  }, [question.title]);

  const storedCode = (target: Language) =>
    readStored(codeStorageKey(question.id, target)) ?? starterFor(question, target);
  const changeLanguage = (next: Language) => {
    writeStored(languageStorageKey, next);
    setLanguage(next);
    setCode(storedCode(next));
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
  const putInEditor = (target: Language, text: string) => {
    writeStored(languageStorageKey, target);
    writeStored(codeStorageKey(question.id, target), text);
    setLanguage(target);
    setCode(text);
  };
  const restore = (request: RestoreRequest) => {
    const previous = request.language === language ? code : storedCode(request.language);
    // Kept on the device as well: the code replaced survives even a reload before "Undo restore".
    writeStored(restoreBackupKey(question.id, request.language), previous);
    setRestoredFrom({ language: request.language, previous, createdAt: request.createdAt });
    putInEditor(request.language, request.source);
  };
  const undoRestore = () => {
    if (restoredFrom === null) return;
    putInEditor(restoredFrom.language, restoredFrom.previous);
    setRestoredFrom(null);
  };

  const judge = (mode: 'run' | 'submit') => {
    if (busy) return;
    const refreshHistory = () =>
      void queryClient.invalidateQueries({ queryKey: keys.submissions(question.id) });
    if (mode === 'submit') {
      setCaseNumbers([]);
      setTab('result');
      void start(
        { questionId: question.id, language, source: code, mode },
        {
          expectedTotal: question.testCount,
          measuresGrowth: question.measuresGrowth,
          onHistoryChange: refreshHistory,
        },
      );
      return;
    }
    if (describeRunProblems(plan) !== null) {
      // Bad JSON is never sent: show where it is instead.
      setTab('testcases');
      const first = plan.invalid[0];
      const firstCase = first === undefined ? undefined : cases.cases[first - 1];
      if (firstCase !== undefined) cases.select(firstCase.id);
      setShowingCaseProblems(true);
      return;
    }
    setShowingCaseProblems(false);
    setCaseNumbers(plan.caseNumbers);
    setTab('result');
    void start(
      {
        questionId: question.id,
        language,
        source: code,
        mode,
        ...(plan.customInputs.length === 0
          ? {}
          : { customInputs: plan.customInputs.map((args) => [...args]) }),
      },
      { expectedTotal: samples.length + plan.customInputs.length, onHistoryChange: refreshHistory },
    );
  };
  // Shortcuts reach the latest code and language through a ref, so the editor's keymap never goes stale.
  const judgeRef = useRef(judge);
  judgeRef.current = judge;

  const extensions = useMemo(
    () => [
      LANGUAGE_EXTENSION[language](),
      EditorView.lineWrapping,
      // CodeMirror writes its theme into a <style>; the CSP lets it apply only with this page's nonce.
      EditorView.cspNonce.of(readCspNonce()),
      EditorView.contentAttributes.of({
        'aria-label': `Your solution in ${LANGUAGE_LABEL[language]}`,
      }),
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
        <Link
          to={`/questions/${question.id}`}
          className="room-leave"
          aria-label="Back to the question (your code is kept)"
        >
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
          <ProblemStatement question={question} />
        </section>

        <section className="code-work" aria-label="Your solution">
          <div className="code-toolbar">
            <label className="code-language">
              <span>Language</span>
              <select
                value={language}
                onChange={(event) => {
                  if (isLanguage(event.target.value)) changeLanguage(event.target.value);
                }}
                disabled={busy}
              >
                {LANGUAGES.map((option) => (
                  <option key={option} value={option}>
                    {LANGUAGE_LABEL[option]}
                  </option>
                ))}
              </select>
            </label>
            {restoredFrom === null ? (
              <span className="muted small">Saved on this device as you type</span>
            ) : (
              <span className="restore-note small" role="status">
                Restored the code from {formatRelative(restoredFrom.createdAt)}.{' '}
                <button type="button" className="link-button" onClick={undoRestore}>
                  Undo restore
                </button>
              </span>
            )}
            <button type="button" className="btn btn-ghost btn-sm" onClick={reset} disabled={busy}>
              Reset to starter code
            </button>
          </div>
          <div className="code-editor">
            <CodeMirror
              value={code}
              onChange={changeCode}
              extensions={extensions}
              theme={editorTheme}
              height="100%"
              basicSetup={{ tabSize: 4 }}
            />
          </div>
          <div className="code-actions">
            <span className="code-progress" role="status" aria-live="polite">
              {(busy || isMeasuringGrowth(state)) && <Spinner />}
              {progressLabel(state, question.testCount)}
            </span>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => judge('run')}
              disabled={busy}
              aria-keyshortcuts="Control+' Meta+'"
              title={`Run the examples and your cases (${RUN_SHORTCUT})`}
            >
              Run <kbd aria-hidden="true">{RUN_SHORTCUT}</kbd>
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => judge('submit')}
              disabled={busy}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              title={`Submit against every test (${SUBMIT_SHORTCUT})`}
            >
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
              <Tabs.Trigger className="tab" value="submissions">
                Submissions
              </Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="testcases" className="console-panel">
              <TestcasesPanel model={cases} notice={casesNotice} />
            </Tabs.Content>
            <Tabs.Content value="result" className="console-panel">
              <ResultPanel state={state} question={question} labels={labels} />
            </Tabs.Content>
            <Tabs.Content value="output" className="console-panel">
              <OutputPanel state={state} labels={labels} />
            </Tabs.Content>
            <Tabs.Content value="submissions" className="console-panel">
              <SubmissionsPanel
                question={question}
                language={language}
                busy={busy}
                onRestore={restore}
              />
            </Tabs.Content>
          </Tabs.Root>
        </section>
      </div>
    </div>
  );
};

const IsolationBanner = () => {
  const health = useHealth();
  const warning = health.data?.judge.warning;
  if (warning === undefined) return null;
  return (
    <div className="judge-warning" role="alert">
      <strong>Your code runs with weak isolation ({health.data?.judge.isolation}).</strong>{' '}
      {warning}
    </div>
  );
};
