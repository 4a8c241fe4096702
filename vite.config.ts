import { defineConfig } from 'vite';

// The renderer is built into out/renderer with relative paths, so it loads from app.asar (Electron) and from the
// local server of the browser bridge alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rollupOptions: {
      // MUI's "use client" directives mean nothing in a bundle for one window.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  esbuild: { jsx: 'automatic' },
});
