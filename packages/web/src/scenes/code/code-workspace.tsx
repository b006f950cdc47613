import { LANGUAGES, type Language, type PublicCodingQuestion } from '@onsite/core';
import { cpp } from '@codemirror/lang-cpp';
import { java } from '@codemirror/lang-java';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import * as Tabs from '@radix-ui/react-tabs';
import CodeMirror, { EditorView, keymap, Prec, type Extension } from '@uiw/react-codemirror';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { keys } from '../../api/queries';
import { readCspNonce } from '../../csp-nonce';
import { formatRelative, Spinner } from '../../components/ui';
import { editorTheme } from './editor-theme';
import { isMeasuringGrowth, isRunBusy, progressLabel } from './judge-run';
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

/** The interview round the editor works for: its submissions are the round's, told to the interviewer. */
export interface WorkspaceRound {
  readonly id: string;
  /** A submission of the round has its verdict, then (after an Accepted submit) its growth report. */
  readonly onJudged: (submissionId: string, stage: 'verdict' | 'growth') => void;
}

/** What a room around the editor can ask of it. */
export interface CodeWorkspaceHandle {
  /**
   * Submits the editor's code unless it is exactly what was last submitted, and resolves once the
   * verdict is in; rejects with what went wrong when the submit could not be judged.
   */
  submitIfChanged(): Promise<void>;
}

/** Where the code of the last submit is kept, so a reload still knows whether the editor changed since. */
const lastSubmitKey = (scope: string): string => `onsite:last-submit:${scope}`;
const submitted = (language: Language, source: string): string => `${language}\n${source}`;

/**
 * The coding room's working half: language, editor, Run and Submit, and the console. Alone it is
 * the solo room's; given a round, the code is kept per round, submissions carry the round's id and
 * each verdict is passed on, and the past submissions of the question are not offered for restore.
 */
export const CodeWorkspace = ({
  question,
  round,
  ref,
}: {
  question: PublicCodingQuestion;
  round?: WorkspaceRound;
  ref?: Ref<CodeWorkspaceHandle>;
}) => {
  const queryClient = useQueryClient();
  // A round's code is its own: an interview does not open on yesterday's solo solution.
  const scope = round === undefined ? question.id : `${question.id}@${round.id}`;
  const [language, setLanguage] = useState<Language>(() => {
    const stored = readStored(languageStorageKey);
    return isLanguage(stored) ? stored : 'python';
  });
  const [code, setCode] = useState(
    () => readStored(codeStorageKey(scope, language)) ?? starterFor(question, language),
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
  // The room's callback of the moment, read when a verdict arrives (it may come after a re-render).
  const roundRef = useRef(round);
  roundRef.current = round;

  const storedCode = (target: Language) =>
    readStored(codeStorageKey(scope, target)) ?? starterFor(question, target);
  const changeLanguage = (next: Language) => {
    writeStored(languageStorageKey, next);
    setLanguage(next);
    setCode(storedCode(next));
  };
  const changeCode = (next: string) => {
    setCode(next);
    // Every keystroke is kept on this device: a reload or a crash loses nothing.
    writeStored(codeStorageKey(scope, language), next);
  };
  const reset = () => {
    writeStored(codeStorageKey(scope, language), null);
    setCode(starterFor(question, language));
  };
  const putInEditor = (target: Language, text: string) => {
    writeStored(languageStorageKey, target);
    writeStored(codeStorageKey(scope, target), text);
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

  const refreshHistory = () =>
    void queryClient.invalidateQueries({ queryKey: keys.submissions(question.id) });
  const roundFields = round === undefined ? {} : { roundId: round.id };
  const onJudged = (submissionId: string, stage: 'verdict' | 'growth') =>
    roundRef.current?.onJudged(submissionId, stage);

  const startSubmit = (settled?: { resolve: () => void; reject: (error: Error) => void }) => {
    setCaseNumbers([]);
    setTab('result');
    writeStored(lastSubmitKey(scope), submitted(language, code));
    void start(
      { questionId: question.id, language, source: code, mode: 'submit', ...roundFields },
      {
        expectedTotal: question.testCount,
        measuresGrowth: question.measuresGrowth,
        onHistoryChange: refreshHistory,
        onJudged: (submissionId, stage) => {
          onJudged(submissionId, stage);
          if (stage === 'verdict') settled?.resolve();
        },
        onFailed: (message) => {
          // Not judged: the code still counts as changed since the last submit.
          writeStored(lastSubmitKey(scope), null);
          settled?.reject(new Error(message));
        },
      },
    );
  };

  const judge = (mode: 'run' | 'submit') => {
    if (busy) return;
    if (mode === 'submit') {
      startSubmit();
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
        ...roundFields,
        ...(plan.customInputs.length === 0
          ? {}
          : { customInputs: plan.customInputs.map((args) => [...args]) }),
      },
      {
        expectedTotal: samples.length + plan.customInputs.length,
        onHistoryChange: refreshHistory,
        onJudged,
      },
    );
  };
  // Shortcuts reach the latest code and language through a ref, so the editor's keymap never goes stale.
  const judgeRef = useRef(judge);
  judgeRef.current = judge;

  useImperativeHandle(ref, () => ({
    submitIfChanged: () => {
      if (readStored(lastSubmitKey(scope)) === submitted(language, code)) return Promise.resolve();
      if (busy)
        return Promise.reject(
          new Error('Your code is still being judged: wait for its verdict, then finish.'),
        );
      return new Promise<void>((resolve, reject) => startSubmit({ resolve, reject }));
    },
  }));

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

  // The same shortcuts work when the focus is outside the editor (a box that sends on Mod-Enter
  // prevents the default first).
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
          {round === undefined && (
            <Tabs.Trigger className="tab" value="submissions">
              Submissions
            </Tabs.Trigger>
          )}
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
        {round === undefined && (
          <Tabs.Content value="submissions" className="console-panel">
            <SubmissionsPanel
              question={question}
              language={language}
              busy={busy}
              onRestore={restore}
            />
          </Tabs.Content>
        )}
      </Tabs.Root>
    </section>
  );
};
