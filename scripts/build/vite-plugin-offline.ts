// Offline use, at build time (never in `npm run dev`): the web app manifest and its icons, a link to the
// manifest in index.html, and dist/sw.js — the service worker (src/sw/service-worker.ts, bundled on
// its own as one classic script) with the list of every built file to precache written at its top.
//
// Hand-written rather than vite-plugin-pwa/workbox: the game needs one precache, one network-first
// file and a "Reload" the learner chooses; workbox-build would add a second bundler pass (rollup,
// babel, terser) to every build and ~200 packages for that.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build, type Plugin } from 'vite';
import {
  PRECACHE_GLOBAL,
  SW_FILE,
  WEB_MANIFEST_FILE,
  precacheFiles,
  type PrecacheManifest,
} from '../../src/core/offline.ts';
import { ICON_BACKGROUND, iconPng } from './icons.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SW_ENTRY = join(ROOT, 'src', 'sw', 'service-worker.ts');
const THEME_COLOUR = ICON_BACKGROUND;
const BACKGROUND = '#f5f3ef';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The precache list for a build folder: every file the game needs offline and a version over their contents. */
export function precacheManifest(dir: string): PrecacheManifest {
  const files = precacheFiles(listFiles(dir));
  const version = sha(files.map((f) => `${f}\n${sha(readFileSync(join(dir, f)))}\n`).join('')).slice(0, 16);
  return { version, files };
}

let workerCode: Promise<string> | null = null;
/** The worker bundled as one classic script (no imports), minified. */
function bundleWorker(): Promise<string> {
  workerCode ??= build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: SW_ENTRY, formats: ['iife'], name: 'SecondLookWorker' },
    },
  }).then((out) => {
    const outputs = Array.isArray(out) ? out : [out];
    for (const o of outputs)
      if ('output' in o) for (const f of o.output) if (f.type === 'chunk' && f.isEntry) return f.code;
    throw new Error(`${SW_ENTRY}: the service worker bundle had no code`);
  });
  return workerCode;
}

/** Writes `dir/sw.js` for the files now in `dir`; returns its precache list. Run again after changing files. */
export async function writeServiceWorker(dir: string): Promise<PrecacheManifest> {
  const manifest = precacheManifest(dir);
  const code = await bundleWorker();
  writeFileSync(join(dir, SW_FILE), `self.${PRECACHE_GLOBAL}=${JSON.stringify(manifest)};\n${code}`);
  return manifest;
}

export function offlinePlugin(): Plugin {
  return {
    name: 'second-look:offline',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return;
        return [
          { tag: 'link', attrs: { rel: 'manifest', href: `./${WEB_MANIFEST_FILE}` }, injectTo: 'head' },
          { tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOUR }, injectTo: 'head' },
        ];
      },
    },
    generateBundle() {
      const icons = [192, 512].map((size) => {
        const source = iconPng(size);
        const fileName = `assets/icon-${size}-${sha(source).slice(0, 10)}.png`;
        this.emitFile({ type: 'asset', fileName, source });
        return { src: fileName, sizes: `${size}x${size}`, type: 'image/png' };
      });
      const big = icons[1];
      const manifest = {
        name: 'Second Look',
        short_name: 'Second Look',
        description:
          'A training game for security officers on recognising human trafficking and responding well.',
        lang: 'en',
        start_url: '../',
        scope: '../',
        display: 'standalone',
        background_color: BACKGROUND,
        theme_color: THEME_COLOUR,
        icons: [
          ...icons.map((i) => ({ ...i, purpose: 'any' })),
          ...(big ? [{ ...big, purpose: 'maskable' }] : []),
        ],
      };
      this.emitFile({
        type: 'asset',
        fileName: WEB_MANIFEST_FILE,
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
    },
    async writeBundle(options) {
      if (!options.dir) throw new Error('second-look:offline: the build has no output folder');
      await writeServiceWorker(options.dir);
    },
  };
}
