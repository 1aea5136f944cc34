import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app (src/web) builds into dist/web, which the server serves with an SPA fallback.
 * Everything is bundled: no CDN, no web fonts, no inline scripts (the CSP is `script-src 'self'`).
 * `npm start` builds with this file when the web sources changed (src/cli/web-build.ts).
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src/web'),
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    // The polyfill would be bundled, not inlined, but every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // React and the router change less often than our pages: own long-cached chunks. Mantine is
        // left to split by use, so a page's components come with the page.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: {
    // `npx vite --config vite.config.ts` for front-end work; the API runs with `npm start` on :3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
