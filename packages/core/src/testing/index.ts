/** Test parts (`@onsite/core/testing`): in-memory adapters, fixtures, a manual clock; never in the app. */
export * from './clock-and-ids';
export * from './fixtures';
export * from './memory-stores';
// Sample behavioral answers (strong, vague, blaming, ...): core's evaluator tests and the evaluator bench.
export * from '../rounds/behavioral/star/fixtures';
