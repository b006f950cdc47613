import { DomainError } from '@onsite/core';
import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';

/** Answered until core's progress functions and the plan store land (issue 12). */
const notYet = (): never => {
  throw new DomainError('NOT_FOUND', 'Progress is still being built; this route answers soon.');
};

/** Progress, history, comparing attempts and the study plan's settings. */
export const progressRoutes = (_deps: AppDeps) =>
  ({
    'GET /api/progress': notYet,
    'GET /api/history': notYet,
    'GET /api/history/compare': notYet,
    'GET /api/plan': notYet,
    'PUT /api/plan': notYet,
    'DELETE /api/plan': notYet,
  }) satisfies RouteHandlers;
