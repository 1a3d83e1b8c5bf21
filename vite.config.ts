/**
 * Web build of the renderer: root renderer/, output dist-web/, relative base so the
 * same build loads from file:// inside Electron. Plotly (the basic partial bundle (scatter, bar, pie))
 * is loaded lazily, after the first window is usable.
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { cspMetaPlugin } from './main/build/csp-meta.ts';

const root = resolve(import.meta.dirname, 'renderer');

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMetaPlugin()],
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    sourcemap: false,
  },
  server: { port: 5173, strictPort: false, fs: { allow: [import.meta.dirname] } },
  preview: { port: 4173 },
});
