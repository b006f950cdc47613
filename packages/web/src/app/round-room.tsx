import { roundKinds, type RegisteredRoundKind, type Round } from '@onsite/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useRound } from '../api/queries';
import { ErrorState, Loading } from '../components/ui';
import { BehavioralRoom } from '../scenes/behavioral/behavioral-room';

// CodeMirror and its languages are only needed in a coding room.
const CodingInterviewRoom = lazy(() =>
  import('../scenes/code/interview/interview-room').then((module) => ({
    default: module.CodingInterviewRoom,
  })),
);

/** The room a round of each kind is answered in: a kind registered without one does not compile. */
const ROUND_ROOMS: { readonly [Kind in RegisteredRoundKind]: ComponentType<{ round: Round }> } = {
  behavioral: BehavioralRoom,
  coding: CodingInterviewRoom,
};

const Opening = () => (
  <div className="room-loading">
    <Loading label="Opening the practice room" rows={4} />
  </div>
);

/** /rounds/:roundId: the round's own room by its kind, or its scorecard once it has finished. */
export const RoundRoomScene = () => {
  const { roundId = '' } = useParams();
  const query = useRound(roundId);
  if (query.isPending) return <Opening />;
  if (query.isError) {
    return (
      <div className="page">
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to="/">Back to Today</Link>
        </p>
      </div>
    );
  }
  const { round } = query.data;
  if (round.status === 'finished')
    return <Navigate replace to={`/rounds/${encodeURIComponent(round.id)}/scorecard`} />;
  const kind = roundKinds.get(round.kind);
  if (kind === undefined) {
    return (
      <div className="page page-narrow">
        <div className="card">
          <h1>This round cannot be opened here</h1>
          <p className="muted">Rounds of this kind have no room in this version of Onsite.</p>
          <p>
            <Link to="/history">Back to History</Link>
          </p>
        </div>
      </div>
    );
  }
  const Room = ROUND_ROOMS[kind.id];
  return (
    <Suspense fallback={<Opening />}>
      <Room key={round.id} round={round} />
    </Suspense>
  );
};
