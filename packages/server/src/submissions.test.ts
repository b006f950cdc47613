import { describe, expect, it } from 'vitest';
import { JudgeSpecSchema, LOCAL_USER_ID, type Judge, type JudgeRequest } from '@onsite/core';
import { ManualClock, MemorySubmissionStore, SequentialIds } from '@onsite/core/testing';
import { createSubmissionService } from './submissions';

const spec = JudgeSpecSchema.parse({
  id: 'echo',
  signature: {
    style: 'function',
    name: 'echo',
    params: [{ name: 'x', type: 'int' }],
    returns: 'int',
  },
  tests: [{ args: [1], expected: 1, sample: true }],
});
const request: JudgeRequest = {
  spec,
  language: 'javascript',
  source: 'const echo = (x) => x;',
  mode: 'submit',
};

/** A judge that fails with a bug (not a domain error) when the test says so. */
const createBrokenJudge = () => {
  const failures: ((error: Error) => void)[] = [];
  const judge: Judge = {
    isolation: 'rlimits',
    judge: () => new Promise((_resolve, reject) => failures.push(reject)),
  };
  const failAll = () => {
    for (const fail of failures.splice(0)) fail(new Error('the sandbox went away'));
  };
  return { judge, failAll };
};

const startService = () => {
  const broken = createBrokenJudge();
  const reported: unknown[] = [];
  const service = createSubmissionService({
    judge: broken.judge,
    store: new MemorySubmissionStore(),
    clock: new ManualClock(),
    ids: new SequentialIds(),
    concurrency: 1,
    instanceId: 'test',
    onUnexpectedError: (error) => reported.push(error),
  });
  return { service, reported, failAll: broken.failAll };
};

describe('a judge failing unexpectedly', () => {
  it('is reported while the server runs', async () => {
    const { service, reported, failAll } = startService();
    await service.submit({ userId: LOCAL_USER_ID, questionId: null, request });
    failAll();
    await service.idle();
    expect(reported).toEqual([new Error('the sandbox went away')]);
  });

  it('is not reported once the server is closing: the next start marks the work interrupted', async () => {
    const { service, reported, failAll } = startService();
    await service.submit({ userId: LOCAL_USER_ID, questionId: null, request });
    await service.close();
    failAll();
    await service.idle();
    expect(reported).toEqual([]);
  });
});
