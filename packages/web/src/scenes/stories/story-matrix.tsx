import { COMPANIES, type Company } from '@onsite/core';
import * as Tabs from '@radix-ui/react-tabs';
import type { StoryMatrixResponse } from '../../api/contract';
import { humanize } from '../../components/ui';

/** One tab per company; one cell per principle, a gap clearly marked and one click from a new story. */
export const StoryMatrix = ({
  matrix,
  onFillGap,
  onOpenStory,
}: {
  matrix: StoryMatrixResponse;
  onFillGap: (principleId: string) => void;
  onOpenStory: (storyId: string) => void;
}) => {
  const titleOf = new Map<string, string>(matrix.stories.map((story) => [story.id, story.title]));
  const companies = COMPANIES.filter((company) =>
    matrix.rows.some((row) => row.principle.company === company),
  );
  const first: Company = companies[0] ?? 'amazon';
  return (
    <Tabs.Root defaultValue={first} className="matrix">
      <Tabs.List className="tabs-list" aria-label="Company">
        {companies.map((company) => {
          const rows = matrix.rows.filter((row) => row.principle.company === company);
          const covered = rows.filter((row) => row.storyIds.length > 0).length;
          return (
            <Tabs.Trigger key={company} value={company} className="tab">
              {humanize(company)}
              <span className="tab-count">
                {covered}/{rows.length}
              </span>
            </Tabs.Trigger>
          );
        })}
      </Tabs.List>
      {companies.map((company) => (
        <Tabs.Content key={company} value={company} className="matrix-grid">
          {matrix.rows
            .filter((row) => row.principle.company === company)
            .map((row) => {
              const isGap = row.storyIds.length === 0;
              return (
                <div key={row.principle.id} className={`matrix-cell${isGap ? ' is-gap' : ''}`}>
                  <div className="matrix-cell-head">
                    <strong>{row.principle.name}</strong>
                    <span className={isGap ? 'gap-label' : 'covered-label'}>
                      {isGap
                        ? 'Gap'
                        : `${row.storyIds.length} ${row.storyIds.length === 1 ? 'story' : 'stories'}`}
                    </span>
                  </div>
                  <p className="muted small">{row.principle.listensFor}</p>
                  {isGap ? (
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      onClick={() => onFillGap(row.principle.id)}
                    >
                      Write a story for this
                    </button>
                  ) : (
                    <ul className="matrix-stories">
                      {row.storyIds.map((id) => (
                        <li key={id}>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onOpenStory(id)}
                          >
                            <bdi>{titleOf.get(id) ?? 'Untitled story'}</bdi>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
};
