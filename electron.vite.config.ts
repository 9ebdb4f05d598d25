import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Three bundles: main (Electron entry plus the Node-only CLI and web harness entries),
// preload (CommonJS: a sandboxed preload cannot be an ES module), renderer (React).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/electron/main.ts'),
          cli: resolve('src/main/cli/main.ts'),
          web: resolve('src/main/web/main.ts'),
          // Its own file so import-worker-host.ts can start it as a worker thread.
          'import-worker': resolve('src/main/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle what it imports (plain lists, no zod).
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // Minified (electron-vite leaves the renderer as is): React 19 ships its production build unminified,
    // and the page parses every byte it opens on; the list screen's JavaScript is 628 KB as is, 261 KB minified.
    build: { minify: true, rollupOptions: { input: resolve('src/renderer/index.html') } },
    plugins: [react()],
  },
});
