import {
  MemoryPlanStore,
  MemorySessionStore,
  MemoryStoryStore,
  MemorySubmissionStore,
} from '@onsite/core/testing';
import { describeSessionStoreContract } from './contract.test-suite';

// The in-memory stores stand in for the database in server and core tests, so
// they must pass the very contract the SQLite and PostgreSQL stores pass.
describeSessionStoreContract('In-memory', () =>
  Promise.resolve({
    sessions: new MemorySessionStore(),
    stories: new MemoryStoryStore(),
    submissions: new MemorySubmissionStore(),
    plans: new MemoryPlanStore(),
    // Memory stores keep no user table: any user id is accepted.
    addUser: () => Promise.resolve(),
    close: () => Promise.resolve(),
  }),
);
