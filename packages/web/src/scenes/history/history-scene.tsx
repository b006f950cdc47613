import { useSessions } from '../../api/queries';
import { ButtonLink, EmptyState, Loaded, PageHeader } from '../../components/ui';
import { SessionList } from './session-list';

export const HistoryScene = () => {
  const sessions = useSessions();
  return (
    <div className="page">
      <PageHeader
        title="History"
        lead="Every round you have practised, newest first. Open one to see its scorecard."
      />
      <Loaded query={sessions} label="Loading your sessions" rows={5}>
        {(data) =>
          data.sessions.length === 0 ? (
            <EmptyState
              title="No rounds yet"
              action={<ButtonLink to="/practice">Start your first round</ButtonLink>}
            >
              Practise one question, behavioral or coding; its scorecard will be kept here so you
              can see how you improve.
            </EmptyState>
          ) : (
            <section className="card card-flush" aria-label="Sessions">
              <SessionList sessions={data.sessions} />
            </section>
          )
        }
      </Loaded>
    </div>
  );
};
