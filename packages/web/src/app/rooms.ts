import { roundKinds, type RegisteredRoundKind } from '@onsite/core';
import { codingRoomPath } from '../scenes/practice/coding-picks';

/**
 * Where a question of a kind is practised: a conversation kind starts a round (its room is at
 * /rounds/:id), a submission kind opens its own room.
 */
export type Room =
  { readonly startsRound: true } | { readonly pathOf: (questionId: string) => string };

/** One entry per kind in core's registry: a kind registered without a room here does not compile. */
const ROOMS: { readonly [Kind in RegisteredRoundKind]: Room } = {
  behavioral: { startsRound: true },
  coding: { pathOf: codingRoomPath },
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
