import {
  compareAttempts,
  HIRING_LEVEL_LABEL,
  type AttemptComparison,
  type PracticeRecord,
} from '@onsite/core';
import { diffLines, diffWords, type Change } from 'diff';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCompare, useHistory } from '../../api/queries';
import { Icon } from '../../components/icons';
import { useDocumentTitle } from '../../components/use-document-title';
import { ErrorState, LevelBadge, Loading, formatDate, kindLabel } from '../../components/ui';
import '../../styles/progress.css';
import { compareLink, flagLabel, formatElapsed } from './history-list';

/** The earlier of the two attempts first, whatever order the link asked for. */
const inOrder = (
  a: PracticeRecord,
  b: PracticeRecord,
): readonly [PracticeRecord, PracticeRecord] => (a.finishedAt <= b.finishedAt ? [a, b] : [b, a]);

const signed = (value: number): string => (value > 0 ? `+${value}` : String(value));

/** "rose 1 level", "fell 2 levels", "same": a level change in words, with an arrow that is not colour alone. */
const LevelChange = ({ change }: { change: number | null }) => {
  if (change === null) return <span className="muted">–</span>;
  if (change === 0) return <span className="change change-same">Same</span>;
  const levels = Math.abs(change) === 1 ? 'level' : 'levels';
  return change > 0 ? (
    <span className="change change-up">
      <span aria-hidden="true">↑ </span>Up {change} {levels}
    </span>
  ) : (
    <span className="change change-down">
      <span aria-hidden="true">↓ </span>Down {-change} {levels}
    </span>
  );
};

const AttemptHead = ({ record, label }: { record: PracticeRecord; label: string }) => {
  const elapsed = formatElapsed(record.elapsedMs);
  return (
    <div className="attempt-head card">
      <p className="eyebrow">{label}</p>
      <p className="attempt-date">
        {formatDate(record.finishedAt)}
        {elapsed === null ? '' : ` · ${elapsed}`}
      </p>
      <div className="attempt-score">
        <LevelBadge level={record.level} size="lg" />
        <span className="score-num">{Math.round(record.score)} / 100</span>
      </div>
      <Link to={`/rounds/${encodeURIComponent(record.roundId)}/scorecard`}>
        Open its scorecard and transcript
      </Link>
    </div>
  );
};

const FlagChanges = ({ kind, changes }: { kind: string; changes: AttemptComparison }) => {
  const groups = [
    { title: 'Gone', flags: changes.flagsRemoved, tone: 'gone' },
    { title: 'New', flags: changes.flagsAdded, tone: 'new' },
    { title: 'Still there', flags: changes.flagsKept, tone: 'kept' },
  ].filter((group) => group.flags.length > 0);
  if (groups.length === 0) return <p className="muted">Neither attempt raised a flag.</p>;
  return (
    <dl className="flag-changes">
      {groups.map((group) => (
        <div key={group.title} className={`flag-change flag-change-${group.tone}`}>
          <dt>{group.title}</dt>
          <dd>
            <ul className="chips">
              {group.flags.map((flag) => (
                <li key={flag} className="flag-chip flag-chip-static flag-chip-sm">
                  {flagLabel(kind, flag)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
};

/** The second answer against the first: words removed struck through, words added underlined. */
const AnswerDiff = ({ parts, isCode }: { parts: readonly Change[]; isCode: boolean }) => {
  const Tag = isCode ? 'pre' : 'p';
  return (
    <Tag className={isCode ? 'answer-diff answer-diff-code' : 'answer-diff'} dir="auto">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>
            <span className="visually-hidden">[added: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.removed ? (
          <del key={index}>
            <span className="visually-hidden">[removed: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </Tag>
  );
};

/** Another pair of attempts at the same question, chosen from a menu. */
const OtherAttempts = ({ record, otherId }: { record: PracticeRecord; otherId: string }) => {
  const navigate = useNavigate();
  const attempts = useHistory({ questionId: record.questionId ?? '', limit: 100, offset: 0 });
  const rounds = attempts.data?.rounds ?? [];
  if (record.questionId === null || rounds.length <= 2) return null;
  return (
    <div className="field field-inline compare-picker">
      <label htmlFor="compare-other">Compare the later attempt with</label>
      <select
        id="compare-other"
        value={otherId}
        onChange={(event) => void navigate(compareLink(event.target.value, record.roundId))}
      >
        {rounds
          .filter((round) => round.roundId !== record.roundId)
          .map((round) => (
            <option key={round.roundId} value={round.roundId}>
              {formatDate(round.finishedAt)} · {HIRING_LEVEL_LABEL[round.level]} ·{' '}
              {Math.round(round.score)}
            </option>
          ))}
      </select>
    </div>
  );
};

/** Two attempts at the same question side by side: levels per dimension, score, flags and the answer's words. */
export const CompareScene = () => {
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const query = useCompare(a, b);
  const data = query.data;
  // The diff is worked out once per pair, not on every render.
  const view = useMemo(() => {
    if (data === undefined) return undefined;
    const [before, after] = inOrder(data.a, data.b);
    const isCode = after.kind === 'coding';
    return {
      before,
      after,
      isCode,
      // What changed is core's rule (compareAttempts); the word diff is the page's own.
      changes: compareAttempts(before, after),
      parts: isCode ? diffLines(before.text, after.text) : diffWords(before.text, after.text),
    };
  }, [data]);

  useDocumentTitle('Compare attempts');

  const back = (
    <Link className="back-link" to="/history">
      <Icon name="arrowLeft" size={16} /> History
    </Link>
  );
  if (a === '' || b === '')
    return (
      <div className="page page-narrow">
        {back}
        <div className="card">
          <h1>Pick two attempts</h1>
          <p className="muted">
            Open History and press Compare beside a question you have answered more than once.
          </p>
        </div>
      </div>
    );
  if (query.isPending)
    return (
      <div className="page page-wide">
        {back}
        <Loading label="Loading the two attempts" rows={6} />
      </div>
    );
  if (query.isError || view === undefined)
    return (
      <div className="page page-narrow">
        {back}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const { before, after, isCode, changes, parts } = view;
  const sameAnswer = before.text === after.text;

  return (
    <div className="page page-wide compare">
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow">Compare two attempts · {kindLabel(after.kind)}</p>
          <h1>
            <bdi>{after.title}</bdi>
          </h1>
        </div>
        <OtherAttempts record={after} otherId={before.roundId} />
      </header>

      <div className="compare-heads">
        <AttemptHead record={before} label="Earlier attempt" />
        <div className="compare-delta card" aria-label="What changed overall">
          <p className="eyebrow">Change</p>
          <p className="delta-score">
            <span className="delta-num">{signed(Math.round(changes.scoreChange))}</span> points
          </p>
          <LevelChange change={changes.levelChange} />
        </div>
        <AttemptHead record={after} label="Later attempt" />
      </div>

      <section className="card" aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">Level per dimension</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Level per dimension">
          <table className="measure-table compare-table">
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Earlier</th>
                <th scope="col">Later</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {changes.dimensions.map((dimension) => (
                <tr key={dimension.id}>
                  <th scope="row">{dimension.name}</th>
                  <td data-label="Earlier">
                    <LevelBadge level={dimension.before} />
                  </td>
                  <td data-label="Later">
                    <LevelBadge level={dimension.after} />
                  </td>
                  <td data-label="Change">
                    <LevelChange change={dimension.change} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="flags-heading">
        <h2 id="flags-heading">Flags</h2>
        <FlagChanges kind={after.kind} changes={changes} />
      </section>

      <section className="card" aria-labelledby="diff-heading">
        <div className="diff-head">
          <h2 id="diff-heading">
            {isCode ? 'What changed in the code' : 'What changed in the answer'}
          </h2>
          <p className="diff-legend small">
            <del>removed</del> <ins>added</ins>
          </p>
        </div>
        {sameAnswer ? (
          <p className="muted">The two answers are word for word the same.</p>
        ) : (
          <AnswerDiff parts={parts} isCode={isCode} />
        )}
        <details className="disclosure compare-answers">
          <summary>Both answers in full</summary>
          <div className="compare-columns">
            <div>
              <h3>Earlier</h3>
              <p className="compare-text" dir="auto">
                {before.text}
              </p>
            </div>
            <div>
              <h3>Later</h3>
              <p className="compare-text" dir="auto">
                {after.text}
              </p>
            </div>
          </div>
        </details>
      </section>
    </div>
  );
};
