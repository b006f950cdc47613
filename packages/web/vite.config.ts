import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app is built into packages/web/dist and served by the Onsite server.
 * Everything is bundled (fonts included): no request may leave 127.0.0.1.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The server replaces this with a fresh nonce per response (packages/server/src/web.ts,
  // CSP_NONCE_PLACEHOLDER); the app reads it from <meta property="csp-nonce"> (csp-nonce.ts).
  html: { cspNonce: 'ONSITE_CSP_NONCE' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The STAR highlighter carries a small NLP model; it is split into its own chunk.
    chunkSizeWarningLimit: 4096,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:4321', changeOrigin: false } },
  },
});
