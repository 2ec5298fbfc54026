import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import { preloadPlugin } from '../../scripts/build/vite-plugin-preload.ts';
import { storyFiles } from '../../scripts/build/vite-plugin-ink.ts';
import { EARLY_ENCOUNTER_FILE } from '../../src/core/config/config-request.ts';
import type { EarlyEncounterFile } from '../../src/app/early.ts';
import { CONFIG_URL, EARLY_CONFIG, requestConfig } from '../../src/app/early.ts';

const HTML =
  '<html><head><title>Second Look</title><link rel="stylesheet" href="./assets/main.css"></head><body></body></html>';

const chunk = (fileName: string, facadeModuleId: string | null) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  isEntry: fileName.startsWith('assets/main'),
});

interface Emitted {
  fileName: string;
  source: string;
}

/** The page the plugin writes, and the files it emits afterwards (the boot hint). */
function build(
  bundle: Record<string, unknown>,
  filename = join(ROOT, 'index.html'),
): { html: string; emitted: Emitted[] } {
  const plugin = preloadPlugin();
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, ctx: { bundle: Record<string, unknown>; filename: string }) => string;
  };
  const html = hook.handler(HTML, { bundle, filename });
  const emitted: Emitted[] = [];
  const generate = plugin.generateBundle as { handler: (this: unknown) => void };
  if (filename.endsWith('index.html')) generate.handler.call({ emitFile: (f: Emitted) => emitted.push(f) });
  return { html, emitted };
}
const transform = (bundle: Record<string, unknown>, filename?: string): string =>
  build(bundle, filename).html;

const BUNDLE = {
  'assets/main-1.js': chunk('assets/main-1.js', join(ROOT, 'src/main.ts')),
  'assets/runner-1.js': chunk('assets/runner-1.js', join(ROOT, 'src/story/runner.ts')),
  'assets/picker-1.js': chunk('assets/picker-1.js', join(ROOT, 'src/ui/learner/picker.ts')),
  'assets/night-lobby-1.js': chunk('assets/night-lobby-1.js', join(ROOT, 'stories/hotel/night-lobby.ink')),
  // Its Spanish translation (stories/es-US/…; a header-only fixture here).
  'assets/night-lobby-2.js': chunk(
    'assets/night-lobby-2.js',
    join(ROOT, 'tests/fixtures/preload/stories/es-US/hotel/night-lobby.ink'),
  ),
};

describe('the first-screen hints in index.html', () => {
  const { html, emitted } = build(BUNDLE);

  it('start config.json at once and preload a linked encounter, from the end of the body', () => {
    // A classic script file (no inline script, for the Content Security Policy), neither deferred nor
    // async (Chromium runs those after the first paint), last in the body: every other request is
    // above it, and there is nothing left for it to hold back.
    const src = /<script src="\.\/(assets\/boot-hint-[\w-]+\.js)"><\/script>\s*<\/body>/.exec(html)?.[1];
    expect(src).toBeDefined();
    expect(html).not.toMatch(/<script>/);
    // …and asked for first, ahead of the stylesheets and modules (the browser sends requests in the
    // page's order): a preload at the top of the head.
    expect(html).toContain(`<link rel="preload" as="script" href="./${src}">`);
    expect(html.indexOf('rel="preload" as="script"')).toBeLessThan(html.indexOf('rel="stylesheet"'));
    expect(html.lastIndexOf('boot-hint')).toBeGreaterThan(html.lastIndexOf('rel="stylesheet"'));
    // Nothing else: the game's first code is src/main.ts's chunk and what it imports statically,
    // which Vite's own links ask for.
    expect(html.match(/<link /g)).toHaveLength(2);
    expect(emitted.map((f) => f.fileName)).toEqual([src]);
    const script = emitted[0]?.source ?? '';
    expect(script).toContain(JSON.stringify(CONFIG_URL));
    expect(script).toContain(`"hotel.night_lobby":["./assets/night-lobby-1.js"]`);
    // The script itself runs: given a page for ?encounter=hotel.night_lobby, it adds the hint.
    const added: { rel: string; href: string }[] = [];
    const fakeWindow: Record<string, unknown> = {};
    const run = new Function('window', 'fetch', 'location', 'document', 'URLSearchParams', script);
    run(
      fakeWindow,
      () => Promise.resolve('response'),
      { search: '?encounter=hotel.night_lobby&start' },
      {
        createElement: () => ({}),
        head: { appendChild: (l: { rel: string; href: string }) => added.push(l) },
      },
      URLSearchParams,
    );
    expect(added).toEqual([
      expect.objectContaining({ rel: 'modulepreload', href: './assets/night-lobby-1.js' }),
    ]);
    expect(fakeWindow[EARLY_CONFIG]).toBeInstanceOf(Promise);

    // A link in Spanish hints the translated chunk instead, and only that one.
    added.length = 0;
    run(
      fakeWindow,
      () => Promise.resolve('response'),
      { search: '?encounter=hotel.night_lobby&lang=es' },
      {
        createElement: () => ({}),
        head: { appendChild: (l: { rel: string; href: string }) => added.push(l) },
      },
      URLSearchParams,
    );
    expect(added).toEqual([
      expect.objectContaining({ rel: 'modulepreload', href: './assets/night-lobby-2.js' }),
    ]);
  });

  it("fetch a linked encounter's own file, named for the page's script to take, and nothing else for it", () => {
    // In a build each encounter has a file of its own; the hint fetches that file, not the module.
    const ink = join(ROOT, 'stories/hotel/night-lobby.ink');
    storyFiles.set(ink, 'assets/night-lobby-9.json');
    try {
      const script = build(BUNDLE).emitted[0]?.source ?? '';
      const added: unknown[] = [];
      const fetched: string[] = [];
      const fakeWindow: Record<string, unknown> = {};
      new Function('window', 'fetch', 'location', 'document', 'URLSearchParams', 'URL', script)(
        fakeWindow,
        (url: string) => {
          fetched.push(url);
          return Promise.resolve({ ok: true, text: () => Promise.resolve('file') });
        },
        { search: '?encounter=hotel.night_lobby&start' },
        {
          createElement: () => ({}),
          head: { appendChild: (l: unknown) => added.push(l) },
          baseURI: 'https://lms.example/game/',
        },
        URLSearchParams,
        URL,
      );
      expect(added, 'no module preload: the page reads the file without it').toEqual([]);
      // The file first: the first choice waits for it, not for config.json.
      expect(fetched).toEqual(['./assets/night-lobby-9.json', CONFIG_URL]);
      const early = fakeWindow[EARLY_ENCOUNTER_FILE] as EarlyEncounterFile;
      expect(early.key).toBe('hotel.night_lobby');
      expect(early.href).toBe('https://lms.example/game/assets/night-lobby-9.json');
      return expect(early.text).resolves.toBe('file');
    } finally {
      storyFiles.delete(ink);
    }
  });

  it('leave other pages (the phone voting page) alone', () => {
    expect(transform(BUNDLE, join(ROOT, 'vote.html'))).toBe(HTML);
  });
});

describe('requestConfig', () => {
  it('takes the request the page started, once, and otherwise asks itself', async () => {
    const asked: string[] = [];
    const base = ((url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('{}'));
    }) as typeof fetch;
    const early = Promise.resolve(new Response('{"early":true}'));
    (globalThis as Record<string, unknown>)[EARLY_CONFIG] = early;
    expect(requestConfig(base)).toBe(early);
    expect(asked).toEqual([]);
    expect((globalThis as Record<string, unknown>)[EARLY_CONFIG]).toBeUndefined();
    await requestConfig(base);
    expect(asked).toEqual([CONFIG_URL]);
  });
});
