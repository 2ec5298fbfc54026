import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './scripts/build/vite-plugin-ink.ts';
import { preloadPlugin } from './scripts/build/vite-plugin-preload.ts';
import { offlinePlugin } from './scripts/build/vite-plugin-offline.ts';
import { cspPlugin } from './scripts/build/vite-plugin-csp.ts';

/** The shared modules on the way to every first screen (scripts/bench: `npm run bench -- --game`). */
const FIRST_SHARED = new RegExp(
  [
    /\/src\/core\/(storage-keys|vocabulary|validate|limits|locale|live-words)\.ts$/,
    /\/src\/core\/(config\/(config|sections|languages|logo|named-contacts|xapi-config|privacy|config-request)|encounter\/(log|analysis|procedure|encounter)|progress\/history|classroom\/presenter-params)\.ts$/,
    /\/src\/(i18n\/messages|i18n\/generated\/en-US\/general|ui\/dom|ui\/context|ui\/strings\/strings|ui\/page-styles)\.ts$/,
    /\/src\/(state\/programme|state\/keys|ui\/instructor\/org-view|story\/errors)\.ts$/,
    /\/node_modules\/(zustand\/esm\/vanilla|@messageformat\/runtime|make-plural)\//,
  ]
    .map((r) => r.source)
    .join('|'),
);

/** Phaser's build flags, as its own build sets them for the stage's needs (src/scenes/phaser-stage.cjs). */
const PHASER_FLAGS = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  WEBGL_DEBUG: false,
} as const;
// Its real path: the module ids Vite hands to plugins are real paths, also when node_modules is a link.
const PHASER_SRC = realpathSync(resolve(import.meta.dirname, 'node_modules/phaser/src'));

/** Replaces `typeof FLAG` in Phaser's sources with the flag's value (Phaser's webpack build does the same). */
function phaserFlags(): Plugin {
  return {
    name: 'second-look-phaser-flags',
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC)) return null;
      let out = code;
      for (const [flag, on] of Object.entries(PHASER_FLAGS))
        out = out.replaceAll(`typeof ${flag}`, String(on));
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [inkPlugin(), offlinePlugin(), preloadPlugin(), cspPlugin(), phaserFlags()],
  resolve: {
    alias: [
      // The stage's own Phaser build: only the parts it uses (docs/performance.md).
      { find: /^phaser$/, replacement: resolve(import.meta.dirname, 'src/scenes/phaser-stage.cjs') },
      { find: /^phaser-src\//, replacement: `${PHASER_SRC}/` },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    // No polyfill for <link rel="modulepreload">: every browser the game supports (es2022) has it, and
    // the polyfill was a chunk of its own, one more request before the first screen.
    modulePreload: { polyfill: false },
    // Two pages: the game, and the phone voting page for the classroom relay (no Phaser or inkjs).
    rolldownOptions: {
      input: { main: 'index.html', vote: 'vote.html' },
      // The small shared modules every first screen needs, in one chunk instead of nine: over
      // HTTP/1.1 (vite preview, many local servers) a browser opens six connections to a host, and
      // the first choice waited for the ninth to twentieth request to find a free one.
      output: { codeSplitting: { groups: [{ name: 'common', test: FIRST_SHARED }] } },
    },
  },
});
