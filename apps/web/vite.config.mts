import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * @utrecht/component-library-react ships one bundled module with `X.displayName = 'X'` after every
 * component; those property writes count as side effects, so every component it exports would land
 * in our first-route bundle (about +55 KB gzip). displayName only serves React DevTools: drop it in builds.
 */
function utrechtTreeShaking(): Plugin {
  return {
    name: 'kijkje:utrecht-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/].*\.mjs$/.test(id)) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"]*\1;$/gm, ''), map: null };
    },
  };
}

/**
 * The web libraries (and the shared domain and Markdown libs) only define components, hooks and
 * functions: importing one thing from a library's index must not pull the whole library (and, say,
 * the Markdown renderer) into the first route. Stylesheets keep their side effect.
 */
const ownLibrary = /[\\/]libs[\\/](web[\\/][^\\/]+|domain|markdown|reference-data)[\\/]src[\\/].*\.tsx?$/;

const api = process.env.VITE_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), utrechtTreeShaking()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 4200,
    // Everything the API serves itself: GraphQL (and its WebSocket), health, downloads, public harvests.
    proxy: {
      '/graphql': { target: api, changeOrigin: false, ws: true },
      '/health': { target: api },
      '/export/': { target: api },
      // Not /oogsten/…: those are the app's own pages.
      '^/oogst/': { target: api },
      // Public meeting reports; not /bijeenkomsten/…, the app's own pages.
      '^/bijeenkomst/': { target: api },
      // One-click unsubscribe links in mails.
      '/afmelden/': { target: api },
      // Single sign-on: the start and the identity provider's way back.
      '/auth/oidc/': { target: api },
    },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: false,
    // The bar that matters is first-route JS ≤ 250 KB gzip (QUALITY.md PERF-03); raw size is ~560 KB.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      // @utrecht/component-library-react does not declare "sideEffects": false, so without this
      // every component it exports lands in the first-route bundle. Its modules only define components.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]/.test(id) && !ownLibrary.test(id),
      },
    },
  },
});
