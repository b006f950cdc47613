import type { Language, PublicCodingQuestion } from '@onsite/core';
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { SubmissionResponse } from '../../api/contract';
import { useSubmission, useSubmissionList } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorState, formatDate, formatRelative, Loaded, Loading } from '../../components/ui';
import { initialRunState, runReducer } from './judge-run';
import { labelsFor, ResultPanel } from './result-panel';
import { LANGUAGE_LABEL } from './starter-code';
import { summarizeSubmission } from './submission-summary';

export interface RestoreRequest {
  readonly language: Language;
  readonly source: string;
  readonly createdAt: string;
}

interface SubmissionsPanelProps {
  readonly question: PublicCodingQuestion;
  /** The editor's language now, to say what a restore replaces. */
  readonly language: Language;
  readonly busy: boolean;
  readonly onRestore: (request: RestoreRequest) => void;
}

/** The question's history, newest first; one opens to its result and can be restored into the editor. */
export const SubmissionsPanel = ({
  question,
  language,
  busy,
  onRestore,
}: SubmissionsPanelProps) => {
  const [openId, setOpenId] = useState<string | null>(null);
  const [includeRuns, setIncludeRuns] = useState(false);
  // Back from a submission, the focus returns to the row it was opened from.
  const returnTo = useRef<string | null>(null);
  if (openId !== null) {
    return (
      <SubmissionDetail
        id={openId}
        question={question}
        language={language}
        busy={busy}
        onRestore={onRestore}
        onBack={() => {
          returnTo.current = openId;
          setOpenId(null);
        }}
      />
    );
  }
  return (
    <SubmissionList
      question={question}
      includeRuns={includeRuns}
      onIncludeRuns={setIncludeRuns}
      onOpen={setOpenId}
      returnTo={returnTo}
    />
  );
};

const SubmissionList = ({
  question,
  includeRuns,
  onIncludeRuns,
  onOpen,
  returnTo,
}: {
  question: PublicCodingQuestion;
  includeRuns: boolean;
  onIncludeRuns: (value: boolean) => void;
  onOpen: (id: string) => void;
  returnTo: RefObject<string | null>;
}) => {
  const ids = useId();
  const list = useSubmissionList(question.id, includeRuns ? 'all' : 'submit');
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const id = returnTo.current;
    if (id === null || list.data === undefined) return;
    returnTo.current = null;
    tableRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`)
      ?.focus();
  }, [list.data, returnTo]);

  return (
    <div className="subs">
      <div className="subs-bar">
        <h3 id={`${ids}-title`} className="subs-title">
          Your submissions
        </h3>
        <label className="subs-filter">
          <input
            type="checkbox"
            checked={includeRuns}
            onChange={(event) => onIncludeRuns(event.target.checked)}
          />{' '}
          Include runs
        </label>
      </div>
      <Loaded query={list} label="Loading your submissions" rows={3}>
        {(data) =>
          data.submissions.length === 0 ? (
            <div className="subs-empty">
              <strong>{includeRuns ? 'Nothing run yet' : 'No submissions yet'}</strong>
              <p className="muted small">
                Submit your code to check it against every test. Each submission is kept here with
                its code, so you can come back to any version.
              </p>
            </div>
          ) : (
            <table className="subs-table" ref={tableRef} aria-labelledby={`${ids}-title`}>
              <thead>
                <tr>
                  <th scope="col">Verdict</th>
                  <th scope="col">Language</th>
                  <th scope="col">Passed</th>
                  <th scope="col">Runtime</th>
                  <th scope="col">Memory</th>
                  <th scope="col">Growth</th>
                  <th scope="col">When</th>
                </tr>
              </thead>
              <tbody>
                {data.submissions.map((submission) => {
                  const line = summarizeSubmission(submission);
                  return (
                    // The whole row opens the submission for a pointer; the verdict button does for the keyboard.
                    <tr
                      key={submission.id}
                      className={`subs-row sub-${line.tone}`}
                      onClick={() => onOpen(submission.id)}
                    >
                      <td>
                        <button
                          type="button"
                          className="subs-open"
                          data-id={submission.id}
                          onClick={(event) => {
                            event.stopPropagation();
                            onOpen(submission.id);
                          }}
                        >
                          <span className="test-dot" aria-hidden="true" />
                          <span className="subs-verdict">{line.verdict}</span>
                          {submission.mode === 'run' && <span className="subs-mode">run</span>}
                        </button>
                      </td>
                      <td>{LANGUAGE_LABEL[submission.language]}</td>
                      <td className="num">{line.score}</td>
                      <td className="num">{line.runtime}</td>
                      <td className="num">{line.memory}</td>
                      <td>{line.growth}</td>
                      <td>
                        <time
                          dateTime={submission.createdAt}
                          title={formatDate(submission.createdAt)}
                        >
                          {formatRelative(submission.createdAt)}
                        </time>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </div>
  );
};

const SubmissionDetail = ({
  id,
  question,
  language,
  busy,
  onRestore,
  onBack,
}: {
  id: string;
  question: PublicCodingQuestion;
  language: Language;
  busy: boolean;
  onRestore: (request: RestoreRequest) => void;
  onBack: () => void;
}) => {
  const query = useSubmission(id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a submission moves the focus to its heading, so the keyboard starts where the eyes do.
  const isLoaded = query.data !== undefined;
  useEffect(() => {
    if (isLoaded) headingRef.current?.focus();
  }, [isLoaded]);
  const back = (
    <button type="button" className="btn btn-ghost btn-sm subs-back" onClick={onBack}>
      ← All submissions
    </button>
  );
  if (query.isPending) {
    return (
      <div className="subs">
        {back}
        <Loading label="Loading the submission" rows={3} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="subs">
        {back}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return (
    <div className="subs">
      {back}
      <SubmissionView
        submission={query.data}
        question={question}
        language={language}
        busy={busy}
        onRestore={onRestore}
        headingRef={headingRef}
      />
    </div>
  );
};

const SubmissionView = ({
  submission,
  question,
  language,
  busy,
  onRestore,
  headingRef,
}: {
  submission: SubmissionResponse;
  question: PublicCodingQuestion;
  language: Language;
  busy: boolean;
  onRestore: (request: RestoreRequest) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) => {
  const state = useMemo(
    () => runReducer(initialRunState, { type: 'snapshot', submission }),
    [submission],
  );
  const [confirming, setConfirming] = useState(false);
  const lines = submission.source.split('\n').length;
  const target = LANGUAGE_LABEL[submission.language];
  return (
    <div className="sub-detail">
      <div className="sub-detail-head">
        <div>
          <h3 ref={headingRef} tabIndex={-1} className="sub-detail-title">
            {submission.mode === 'run' ? 'Run' : 'Submission'} in {target}
          </h3>
          <p className="muted small">
            <time dateTime={submission.createdAt}>{formatDate(submission.createdAt)}</time> ·{' '}
            {formatRelative(submission.createdAt)}
          </p>
        </div>
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setConfirming(true)}
          disabled={busy}
          title={busy ? 'Wait for the judge to finish' : undefined}
        >
          Restore this code
        </button>
      </div>
      <ResultPanel
        state={state}
        question={question}
        labels={labelsFor(question)}
        idleHint="This submission has not been judged yet."
      />
      <details className="disclosure sub-code">
        <summary>
          The code ({lines} {lines === 1 ? 'line' : 'lines'} of {target})
        </summary>
        <pre className="console-pre">{submission.source}</pre>
      </details>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Restore this code?"
        description={
          <>
            The editor {submission.language === language ? '' : `switches to ${target} and `}gets
            the code of this {submission.mode === 'run' ? 'run' : 'submission'}. What is in the{' '}
            {target} editor now is kept: “Undo restore” above the editor brings it back.
          </>
        }
        cancelLabel="Cancel"
        cancelVariant="secondary"
        action={
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setConfirming(false);
              onRestore({
                language: submission.language,
                source: submission.source,
                createdAt: submission.createdAt,
              });
            }}
          >
            Restore
          </button>
        }
      />
    </div>
  );
};
