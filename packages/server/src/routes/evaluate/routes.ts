import type { AppDeps } from '../../deps';
import type { RouteHandlers } from '../register';
import { presentEvaluation } from './presenter';

/** Scores one answer without a session: the same evaluator the rounds use. */
export const evaluateRoutes = (deps: AppDeps) =>
  ({
    'POST /api/evaluate': async ({ body }) =>
      presentEvaluation(await deps.practice.evaluateAnswer(body)),
  }) satisfies RouteHandlers;
