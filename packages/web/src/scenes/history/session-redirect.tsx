import { Navigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { ErrorState, Loading } from '../../components/ui';

/**
 * Sessions are listed by session, but rooms and scorecards live on rounds:
 * this opens the first round, at its scorecard once it is finished.
 */
export const SessionRedirect = () => {
  const { sessionId = '' } = useParams();
  const query = useQuery({
    queryKey: keys.session(sessionId),
    queryFn: () => api('GET /api/sessions/:id', { params: { id: sessionId } }),
  });
  if (query.isPending) return <Loading label="Opening the session" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const round = query.data.session.rounds[0];
  if (round === undefined) return <ErrorState error={new Error('This session has no rounds')} />;
  const path = `/rounds/${encodeURIComponent(round.id)}`;
  return <Navigate replace to={round.status === 'finished' ? `${path}/scorecard` : path} />;
};
