import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { readBody } from '../../validate';
import { presentEvaluation } from './presenter';
import { EvaluateSchema } from './schema';

/** Scores one answer without a session: the same evaluator the rounds use. */
export const evaluateRoutes = (deps: AppDeps) =>
  new Hono().post('/', async (c) => {
    const input = await readBody(c, EvaluateSchema, 'evaluation request');
    return c.json(presentEvaluation(await deps.practice.evaluateAnswer(input)));
  });
