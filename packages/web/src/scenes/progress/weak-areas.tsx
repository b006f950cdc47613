import type { WeakArea, WeakAreaType } from '@onsite/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { questionPath } from '../../api/client';
import { kindLabel } from '../../components/ui';

export const WEAK_AREA_TYPE_LABEL: Readonly<Record<WeakAreaType, string>> = {
  topic: 'Topic',
  dimension: 'Rubric dimension',
  flag: 'Recurring flag',
  'story-gap': 'No story yet',
};

/** A question's bank page, where it can be read and started. */
export const questionLink = (questionId: string): string =>
  `/questions/${questionPath(questionId)}`;

/** "3 of your last 5 rounds" as a small meter and words. */
const Occurrence = ({ area }: { area: WeakArea }) =>
  area.outOf === 0 ? null : (
    <span className="weak-occurrence">
      <span className="weak-meter" aria-hidden="true">
        <span style={{ width: `${Math.min(1, area.occurrences / area.outOf) * 100}%` }} />
      </span>
      {area.occurrences} of {area.outOf} {area.outOf === 1 ? 'round' : 'rounds'}
    </span>
  );

/** The questions that exercise a weak area, by title, each a link to its page. */
export const PractiseLinks = ({
  area,
  titleOf,
  most = 3,
}: {
  area: WeakArea;
  titleOf: (questionId: string) => string | undefined;
  most?: number;
}) => {
  const questions = area.questionIds.slice(0, most);
  if (questions.length === 0) return null;
  return (
    <div className="weak-practise">
      <span className="weak-practise-label">Practise it with</span>
      <ul className="chips">
        {questions.map((questionId) => (
          <li key={questionId}>
            <Link className="chip chip-link" to={questionLink(questionId)}>
              <bdi>{titleOf(questionId) ?? questionId}</bdi>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
};

/** How many weak areas show before "Show all": the top of the ranking is what to act on. */
const FIRST_SHOWN = 8;

/** Weak areas, weakest first: what it is, why, how often, and the questions to practise it with. */
export const WeakAreaList = ({
  areas,
  titleOf,
}: {
  areas: readonly WeakArea[];
  titleOf: (questionId: string) => string | undefined;
}) => {
  const [isAll, setIsAll] = useState(false);
  const shown = isAll ? areas : areas.slice(0, FIRST_SHOWN);
  return (
    <>
      <ol className="weak-list">
        {shown.map((area, index) => (
          <li key={area.id} className="weak-item">
            <span className="weak-rank" aria-hidden="true">
              {index + 1}
            </span>
            <div className="weak-body">
              <div className="weak-head">
                <h3 className="weak-label">{area.label}</h3>
                <span className="chip">{WEAK_AREA_TYPE_LABEL[area.type]}</span>
                <span className="chip chip-kind">{kindLabel(area.kind)}</span>
              </div>
              <p className="muted">{area.reason}</p>
              <Occurrence area={area} />
              <PractiseLinks area={area} titleOf={titleOf} />
            </div>
          </li>
        ))}
      </ol>
      {areas.length > FIRST_SHOWN && (
        <button
          type="button"
          className="btn btn-ghost btn-sm weak-more"
          aria-expanded={isAll}
          onClick={() => setIsAll(!isAll)}
        >
          {isAll ? `Show the top ${FIRST_SHOWN} only` : `Show all ${areas.length} weak areas`}
        </button>
      )}
    </>
  );
};
