import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTestPostgres, MISSING_POSTGRES_MESSAGE } from './postgres';

describe('findTestPostgres', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'onsite-pgfind-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const fakeBinaries = (version: string): string => {
    const bin = join(root, version, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'initdb'), '');
    writeFileSync(join(bin, 'pg_ctl'), '');
    return bin;
  };

  it('prefers DATABASE_URL_TEST over installed binaries', () => {
    fakeBinaries('15');
    expect(findTestPostgres({ DATABASE_URL_TEST: 'postgres://ci@db/onsite' }, root)).toEqual({
      kind: 'url',
      url: 'postgres://ci@db/onsite',
    });
  });

  it('picks the newest installed version', () => {
    fakeBinaries('9');
    const newest = fakeBinaries('16');
    fakeBinaries('15');
    expect(findTestPostgres({ PATH: '' }, root)).toEqual({ kind: 'binaries', binDir: newest });
  });

  it('says how to get PostgreSQL when there is neither a URL nor binaries', () => {
    expect(findTestPostgres({ PATH: '' }, join(root, 'absent'))).toEqual({
      kind: 'missing',
      message: MISSING_POSTGRES_MESSAGE,
    });
  });
});
