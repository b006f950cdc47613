/** Test parts (`@onsite/core/testing`): in-memory adapters, fixtures, a manual clock; never in the app. */
export * from './clock-and-ids';
export * from './fixtures';
export * from './memory-stores';
