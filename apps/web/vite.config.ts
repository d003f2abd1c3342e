import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-graphql-documents';

/**
 * The web app. `vite build` writes dist/web (served by the API at /);
 * `npm run dev:web` serves it with hot reload and proxies the API routes to
 * API_URL (default http://localhost:3000), so the session cookie is same-origin.
 */
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: __dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [graphqlDocuments()],
  build: {
    outDir: resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    // The polyfill would be an inline script, which the Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    proxy: Object.fromEntries(['/graphql', '/health', '/calendar', '/unsubscribe'].map((path) => [path, { target: api, changeOrigin: false }])),
  },
});
