import { defineConfig } from 'vite';
import { inkPlugin } from './scripts/build/vite-plugin-ink.ts';
import { preloadPlugin } from './scripts/build/vite-plugin-preload.ts';
import { offlinePlugin } from './scripts/build/vite-plugin-offline.ts';
import { cspPlugin } from './scripts/build/vite-plugin-csp.ts';

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [inkPlugin(), offlinePlugin(), preloadPlugin(), cspPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    // Two pages: the game, and the phone voting page for the classroom relay (no Phaser or inkjs).
    rolldownOptions: { input: { main: 'index.html', vote: 'vote.html' } },
  },
});
