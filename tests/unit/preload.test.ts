import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import { preloadPlugin } from '../../scripts/build/vite-plugin-preload.ts';
import { storyFiles } from '../../scripts/build/vite-plugin-ink.ts';
import { EARLY_ENCOUNTER_FILE } from '../../src/core/config/config-request.ts';
import type { EarlyEncounterFile } from '../../src/app/early.ts';
import { CONFIG_URL, EARLY_CONFIG, requestConfig } from '../../src/app/early.ts';

const HTML =
  '<html><head><title>Second Look</title><link rel="stylesheet" href="./assets/main.css"></head><body></body></html>';

interface Emitted {
  fileName: string;
  source: string;
}

/** The page the plugin writes, and the files it emits afterwards (the boot hint). */
function build(filename = join(ROOT, 'index.html')): { html: string; emitted: Emitted[] } {
  const plugin = preloadPlugin();
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, ctx: { bundle: Record<string, unknown>; filename: string }) => string;
  };
  const html = hook.handler(HTML, { bundle: {}, filename });
  const emitted: Emitted[] = [];
  const generate = plugin.generateBundle as { handler: (this: unknown) => void };
  if (filename.endsWith('index.html')) generate.handler.call({ emitFile: (f: Emitted) => emitted.push(f) });
  return { html, emitted };
}

/** The built encounters' files, as the ink plugin records them: the night lobby and its Spanish version. */
const FILES: [string, string][] = [
  [join(ROOT, 'stories/hotel/night-lobby.ink'), 'assets/night-lobby-1.json'],
  // (A header-only fixture for stories/es-US/…)
  [join(ROOT, 'tests/fixtures/preload/stories/es-US/hotel/night-lobby.ink'), 'assets/night-lobby-2.json'],
];

/** Runs the emitted hint for a page at `search`: what it fetched, what it left for the page's script. */
function runHint(script: string, search: string) {
  const fetched: string[] = [];
  const added: unknown[] = [];
  const fakeWindow: Record<string, unknown> = {};
  new Function('window', 'fetch', 'location', 'document', 'URLSearchParams', 'URL', script)(
    fakeWindow,
    (url: string) => {
      fetched.push(url);
      return Promise.resolve({ ok: true, text: () => Promise.resolve(`text of ${url}`) });
    },
    { search },
    {
      createElement: () => ({}),
      head: { appendChild: (l: unknown) => added.push(l) },
      baseURI: 'https://lms.example/game/',
    },
    URLSearchParams,
    URL,
  );
  return {
    fetched,
    added,
    fakeWindow,
    early: fakeWindow[EARLY_ENCOUNTER_FILE] as EarlyEncounterFile | undefined,
  };
}

describe('the first-screen hints in index.html', () => {
  beforeAll(() => {
    for (const [ink, file] of FILES) storyFiles.set(ink, file);
  });
  afterAll(() => {
    for (const [ink] of FILES) storyFiles.delete(ink);
  });

  it('start config.json at once and preload a linked encounter, from the end of the body', () => {
    const { html, emitted } = build();
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
    expect(script).toContain(`"hotel.night_lobby":"./assets/night-lobby-1.json"`);
    // The script itself runs: a page that is not a link into an encounter gets config.json only.
    const picker = runHint(script, '');
    expect(picker.fetched).toEqual([CONFIG_URL]);
    expect(picker.fakeWindow[EARLY_CONFIG]).toBeInstanceOf(Promise);
    expect(picker.early).toBeUndefined();
  });

  it("fetch a linked encounter's own file, named for the page's script to take, and nothing else for it", async () => {
    const script = build().emitted[0]?.source ?? '';
    const { fetched, added, early } = runHint(script, '?encounter=hotel.night_lobby&start');
    expect(added, 'no module preload: the page reads the file without it').toEqual([]);
    // The file first: the first choice waits for it, not for config.json.
    expect(fetched).toEqual(['./assets/night-lobby-1.json', CONFIG_URL]);
    expect(early?.key).toBe('hotel.night_lobby');
    expect(early?.href).toBe('https://lms.example/game/assets/night-lobby-1.json');
    await expect(early?.text).resolves.toBe('text of ./assets/night-lobby-1.json');

    // A link in Spanish fetches the translated file instead, and only that one.
    const es = runHint(script, '?encounter=hotel.night_lobby&lang=es');
    expect(es.fetched).toEqual(['./assets/night-lobby-2.json', CONFIG_URL]);
    expect(es.early?.key).toBe('hotel.night_lobby@es-US');
  });

  it('leave other pages (the phone voting page) alone', () => {
    expect(build(join(ROOT, 'vote.html')).html).toBe(HTML);
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
