import { defineConfig } from 'vite';

// Built into viewer/dist and served at / by `infragraph serve`. Relative asset URLs keep it working under any prefix;
// no inline scripts or styles, so the page runs under a strict Content-Security-Policy.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
