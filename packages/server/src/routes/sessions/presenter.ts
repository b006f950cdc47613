import type { Draft, Round, Session, SessionSummary, SessionWithRounds, Turn } from '@onsite/core';
import type { SessionListResponse, SessionResponse } from '../../contract';

/**
 * JSON for sessions and rounds is built field by field, so a store that
 * returns extra columns can never leak them into the API.
 */
const presentTurn = (turn: Turn): Turn => ({
  index: turn.index,
  speaker: turn.speaker,
  purpose: turn.purpose,
  text: turn.text,
  at: turn.at,
  ...(turn.targetFlag === undefined ? {} : { targetFlag: turn.targetFlag }),
  ...(turn.probeId === undefined ? {} : { probeId: turn.probeId }),
  ...(turn.phase === undefined ? {} : { phase: turn.phase }),
});

export const presentDraft = (draft: Draft): Draft => ({
  text: draft.text,
  savedAt: draft.savedAt,
  revision: draft.revision,
});

export const presentRound = (round: Round): Round => ({
  id: round.id,
  sessionId: round.sessionId,
  userId: round.userId,
  position: round.position,
  kind: round.kind,
  questionId: round.questionId,
  title: round.title,
  prompt: round.prompt,
  status: round.status,
  transcript: round.transcript.map(presentTurn),
  draft: round.draft === null ? null : presentDraft(round.draft),
  timeLimitMs: round.timeLimitMs,
  startedAt: round.startedAt,
  finishedAt: round.finishedAt,
  elapsedMs: round.elapsedMs,
  interimEvaluation: round.interimEvaluation,
  scorecard: round.scorecard,
});

const presentSessionFields = (session: Session): Session => ({
  id: session.id,
  userId: session.userId,
  mode: session.mode,
  title: session.title,
  status: session.status,
  createdAt: session.createdAt,
  finishedAt: session.finishedAt,
});

export const presentSession = (session: SessionWithRounds): SessionResponse => ({
  session: { ...presentSessionFields(session), rounds: session.rounds.map(presentRound) },
});

const presentSummary = (summary: SessionSummary): SessionSummary => ({
  ...presentSessionFields(summary),
  roundCount: summary.roundCount,
  kinds: summary.kinds,
  firstRoundTitle: summary.firstRoundTitle,
  answeredQuestionIds: summary.answeredQuestionIds,
  level: summary.level,
  score: summary.score,
});

export const presentSessionList = (sessions: readonly SessionSummary[]): SessionListResponse => ({
  sessions: sessions.map(presentSummary),
});
