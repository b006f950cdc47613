import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import * as Tooltip from '@radix-ui/react-tooltip';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider, useRouteError } from 'react-router';
import { isApiError } from '../api/client';
import { ToastProvider } from '../components/toast';
import { ButtonLink, ErrorState, Loading } from '../components/ui';
import { BankScene } from '../scenes/bank/bank-scene';
import { QuestionScene } from '../scenes/bank/question-scene';
import { SessionRedirect } from '../scenes/history/session-redirect';
import { PracticeScene } from '../scenes/practice/practice-scene';
import { ScorecardScene } from '../scenes/scorecard/scorecard-scene';
import { SettingsScene } from '../scenes/settings/settings-scene';
import { StoriesScene } from '../scenes/stories/stories-scene';
import { TodayScene } from '../scenes/today/today-scene';
import { RoundRoomScene } from './round-room';
import { Shell } from './shell';

// The chart library is only needed on Progress (and Today's sparklines, loaded there on their own);
// the history's filters and the word diff only on their pages.
// CodeMirror and its languages are only needed in the coding room.
const CodingRoomScene = lazy(() =>
  import('../scenes/code/coding-room').then((module) => ({ default: module.CodingRoomScene })),
);
const ProgressScene = lazy(() =>
  import('../scenes/progress/progress-scene').then((module) => ({ default: module.ProgressScene })),
);
const HistoryScene = lazy(() =>
  import('../scenes/history/history-scene').then((module) => ({ default: module.HistoryScene })),
);
const CompareScene = lazy(() =>
  import('../scenes/history/compare-scene').then((module) => ({ default: module.CompareScene })),
);

/** A lazy page's placeholder, laid out as the page will be. */
const PageLoading = ({ label }: { label: string }) => (
  <div className="page">
    <Loading label={label} rows={4} />
  </div>
);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not fix itself; a dropped connection might.
      retry: (failureCount, error) =>
        failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

const RouteError = () => {
  const error = useRouteError();
  return (
    <div className="page page-narrow">
      <ErrorState error={error} />
      <p>
        <ButtonLink to="/" variant="secondary">
          Back to Today
        </ButtonLink>
      </p>
    </div>
  );
};

const NotFound = () => (
  <div className="page page-narrow">
    <div className="card">
      <h1>This page does not exist</h1>
      <p className="muted">The link may be out of date.</p>
      <p>
        <ButtonLink to="/">Back to Today</ButtonLink>
      </p>
    </div>
  </div>
);

const router = createBrowserRouter([
  { path: '/rounds/:roundId', element: <RoundRoomScene />, errorElement: <RouteError /> },
  {
    path: '/code/:kind/:slug',
    element: (
      <Suspense
        fallback={
          <div className="room-loading">
            <Loading label="Opening the coding room" rows={4} />
          </div>
        }
      >
        <CodingRoomScene />
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
  {
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <TodayScene /> },
      { path: 'practice', element: <PracticeScene /> },
      { path: 'questions', element: <BankScene /> },
      { path: 'questions/:kind/:slug', element: <QuestionScene /> },
      { path: 'stories', element: <StoriesScene /> },
      {
        path: 'history',
        element: (
          <Suspense fallback={<PageLoading label="Loading your history" />}>
            <HistoryScene />
          </Suspense>
        ),
      },
      {
        path: 'history/compare',
        element: (
          <Suspense fallback={<PageLoading label="Loading the two attempts" />}>
            <CompareScene />
          </Suspense>
        ),
      },
      { path: 'sessions/:sessionId', element: <SessionRedirect /> },
      { path: 'rounds/:roundId/scorecard', element: <ScorecardScene /> },
      {
        path: 'progress',
        element: (
          <Suspense fallback={<PageLoading label="Loading progress" />}>
            <ProgressScene />
          </Suspense>
        ),
      },
      { path: 'settings', element: <SettingsScene /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export const App = () => (
  <QueryClientProvider client={queryClient}>
    <ToastProvider>
      <Tooltip.Provider delayDuration={250}>
        <RouterProvider router={router} />
      </Tooltip.Provider>
    </ToastProvider>
  </QueryClientProvider>
);
