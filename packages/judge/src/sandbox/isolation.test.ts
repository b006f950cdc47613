import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ISOLATION_TIERS } from '@onsite/core';
import { detectIsolation } from './isolation';

describe('isolation detection', () => {
  const isolation = detectIsolation();

  it('names a known tier and explains anything missing', () => {
    expect(ISOLATION_TIERS).toContain(isolation.tier);
    if (isolation.tier !== 'namespaces') expect(isolation.notes.length).toBeGreaterThan(0);
  });

  it('offers namespaces exactly when bwrap can really start a sandbox here', () => {
    const bwrap = spawnSync('/bin/sh', ['-c', 'command -v bwrap'], {
      encoding: 'utf8',
    }).stdout.trim();
    if (bwrap === '') {
      expect(isolation.tier).not.toBe('namespaces');
      return;
    }
    const probe = spawnSync(bwrap, [
      '--unshare-all',
      '--ro-bind',
      '/usr',
      '/usr',
      '--symlink',
      'usr/lib',
      '/lib',
      '--symlink',
      'usr/lib64',
      '/lib64',
      '/usr/bin/true',
    ]);
    expect(isolation.tier === 'namespaces').toBe(
      probe.status === 0 && isolation.prlimitPath !== null,
    );
  });
});
