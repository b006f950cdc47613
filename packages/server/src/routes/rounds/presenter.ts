import type { Draft, Round } from '@onsite/core';
import type { DraftResponse, RoundResponse } from '../../contract';
import { presentDraft, presentRound } from '../sessions/presenter';

export const presentRoundResponse = (round: Round): RoundResponse => ({
  round: presentRound(round),
});
export const presentDraftResponse = (draft: Draft): DraftResponse => ({
  draft: presentDraft(draft),
});
