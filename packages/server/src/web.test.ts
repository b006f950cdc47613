import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './testing';
import { CSP_NONCE_PLACEHOLDER } from './web';

/** A web build as Vite writes it with `html.cspNonce` set: the placeholder on the meta tag and the asset tags. */
const builtWebWithNonce = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'onsite-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><link rel="stylesheet" nonce="${CSP_NONCE_PLACEHOLDER}" href="/assets/app.css"><div id="root"></div>`,
  );
  writeFileSync(path.join(dir, 'assets', 'app.css'), 'body { color: black }');
  return dir;
};

const styleNonceOf = (csp: string): string | undefined =>
  /style-src [^;]*'nonce-([^']+)'/u.exec(csp)?.[1];

describe('the CSP nonce for styles', () => {
  it('puts a fresh nonce into index.html that matches the style-src of the same response, for every way index.html is asked for', async () => {
    const { app } = createTestApp({ webDir: builtWebWithNonce() });
    const seen = new Set<string>();
    for (const url of ['/', '/index.html', '/sessions/abc', '/']) {
      const response = await app.request(url);
      const html = await response.text();
      const nonce = styleNonceOf(response.headers.get('content-security-policy') ?? '');
      expect(nonce, url).toMatch(/^[A-Za-z0-9+/=]{16,}$/u);
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce ?? ''}">`);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      seen.add(nonce ?? '');
    }
    // Guessable nonces would let injected markup style the page: each response gets its own.
    expect(seen.size).toBe(4);
  });

  it('keeps scripts to our own files: the nonce is for styles only', async () => {
    const { app } = createTestApp({ webDir: builtWebWithNonce() });
    const csp = (await app.request('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/u);
    expect(csp).not.toContain('unsafe-inline');
  });
});
