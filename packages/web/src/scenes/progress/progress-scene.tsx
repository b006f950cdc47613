import { useProgress } from '../../api/queries';
import { ButtonLink, EmptyState, Loaded, PageHeader } from '../../components/ui';
import { useDocumentTitle } from '../../components/use-document-title';
import '../../styles/progress.css';
import { KindTrendsSection } from './kind-trends';
import { useQuestionIndex } from './question-titles';
import { StudyPlanSection } from './study-plan';
import { WeakAreaList } from './weak-areas';

/** Progress: per round kind, what is getting better and what is not; the weak areas; the study plan. */
export const ProgressScene = () => {
  const progress = useProgress();
  const { titleOf } = useQuestionIndex();

  useDocumentTitle('Progress');

  return (
    <div className="page">
      <PageHeader
        title="Progress"
        lead="Week by week, per kind of round: what is getting better, what is not, and what to practise next."
      />
      <Loaded query={progress} label="Loading your progress" rows={6}>
        {(dashboard) => (
          <>
            {dashboard.rounds === 0 ? (
              <EmptyState
                title="No scored rounds yet"
                action={<ButtonLink to="/">Start today’s question</ButtonLink>}
              >
                Finish a round and its score appears here; after a couple of weeks you will see each
                rubric dimension move, and what keeps coming back.
              </EmptyState>
            ) : (
              <>
                <nav className="jump-links" aria-label="On this page">
                  {dashboard.trends.map((trends) => (
                    <a key={trends.kind} href={`#trends-${trends.kind}`}>
                      {trends.label}
                    </a>
                  ))}
                  <a href="#weak-heading">Weak areas</a>
                  <a href="#plan-heading">Study plan</a>
                </nav>
                {dashboard.trends.map((trends) => (
                  <KindTrendsSection key={trends.kind} trends={trends} />
                ))}
              </>
            )}

            {(dashboard.rounds > 0 || dashboard.weakAreas.length > 0) && (
              <section className="card" aria-labelledby="weak-heading">
                <div className="card-head-plain">
                  <h2 id="weak-heading">Weak areas</h2>
                  <p className="muted">
                    Ranked by how often and how badly each shows up; recent rounds count more.
                  </p>
                </div>
                {dashboard.weakAreas.length === 0 ? (
                  <p className="muted">
                    Nothing stands out as weak right now. Keep the queue on Today going.
                  </p>
                ) : (
                  <WeakAreaList areas={dashboard.weakAreas} titleOf={titleOf} />
                )}
              </section>
            )}

            <StudyPlanSection plan={dashboard.plan} titleOf={titleOf} />
          </>
        )}
      </Loaded>
    </div>
  );
};
