import { defineConfig } from 'vite';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [inkPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
});
