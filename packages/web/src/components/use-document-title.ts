import { useEffect } from 'react';

/** The app's name, the tab's title on pages that do not set one. */
const APP_TITLE = 'Onsite';

/**
 * Names the browser tab after what the page shows ("Scorecard: Two sum · Onsite"), so a candidate
 * with several tabs open finds the round, and gives the tab back its plain name on leaving.
 */
export const useDocumentTitle = (title: string): void => {
  useEffect(() => {
    document.title = `${title} · ${APP_TITLE}`;
    return () => {
      document.title = APP_TITLE;
    };
  }, [title]);
};
