import { roundKinds, type RegisteredRoundKind } from '@onsite/core';
import { codingRoomPath } from '../scenes/practice/coding-picks';

/**
 * Where a question of a kind is practised: as an interview, a session round whose room is at
 * /rounds/:id; and, for a kind that has one, alone in a room of its own (coding's editor).
 */
export interface Room {
  readonly startsRound: true;
  /** The kind's solo room for a question, practised without an interviewer. */
  readonly soloPathOf?: (questionId: string) => string;
}

/** One entry per kind in core's registry: a kind registered without a room here does not compile. */
const ROOMS: { readonly [Kind in RegisteredRoundKind]: Room } = {
  behavioral: { startsRound: true },
  coding: { startsRound: true, soloPathOf: codingRoomPath },
};

/** The room of a kind; undefined for a kind the bank lists but no round runs yet. */
export const roomOf = (kind: string): Room | undefined => {
  const registered = roundKinds.get(kind);
  return registered === undefined ? undefined : ROOMS[registered.id];
};

/** "behavioral and coding": the kinds that can be practised, for "not available yet" notes. */
export const practisedKinds = new Intl.ListFormat('en', { type: 'conjunction' }).format(
  roundKinds.kinds.map((kind) => kind.label.toLowerCase()),
);
