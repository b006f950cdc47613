import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { toStorageError } from './storage-outage';

describe('toStorageError', () => {
  it("answers STORAGE_UNAVAILABLE for a dropped connection and keeps the driver's error as its cause", () => {
    const dropped = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const error = toStorageError(dropped);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', cause: dropped });
  });

  it('leaves any other error as it is', () => {
    const bug = new Error('column "nme" does not exist');
    expect(toStorageError(bug)).toBe(bug);
  });
});
