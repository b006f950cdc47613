import type { Draft } from '@onsite/core';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { api } from '../../api/client';
import { DraftSaver, type DraftStorage } from '../../api/draft-saver';

const browserStorage = (): DraftStorage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

export const draftStorageKey = (roundId: string, step: number): string =>
  `onsite:draft:${roundId}:${step}`;

/**
 * The text of the pending turn (`step` counts the candidate's turns so far),
 * saved locally and to the server as it changes.
 */
export const useDraft = ({
  roundId,
  step,
  serverDraft,
}: {
  roundId: string;
  step: number;
  serverDraft: Draft | null;
}) => {
  const saver = useMemo(
    () =>
      new DraftSaver({
        storageKey: draftStorageKey(roundId, step),
        save: (input) => api('PUT /api/rounds/:id/draft', { params: { id: roundId }, body: input }),
        serverDraft,
        storage: browserStorage(),
      }),
    // The server draft only seeds a new saver; later copies of it are older than what the saver holds.
    [roundId, step],
  );
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      // Leaving the room sends what is pending; the local copy stays either way.
      void saver.flush();
    };
  }, [saver]);

  const setText = useCallback((text: string) => saver.update(text), [saver]);
  return { ...snapshot, setText, flush: () => saver.flush(), discard: () => saver.discard() };
};
