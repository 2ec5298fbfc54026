// `npm run bench`: bundle sizes and time to the first interactive choice, measured in one run beside a
// minimal page that shows the same story with plain inkjs and buttons, sent by the same server.
// Reports; never fails a build.
// Targets (issue #15): first choice within 1.2× the plain page; JS before the first choice ≤ 60 kB gzip;
// the stage idle, fading people in smoothly and not growing the heap (scripts/bench/bench-stage.ts); the
// Phaser chunk as small as the stage allows.
// Story checking (issue #3, #15): the whole library checked by `npm run check:stories` (no cache) in
// under 10 s; the explorer's ink Continue() rate at least half of raw inkjs Continue() playing the
// same stories in the same run, on the library and on The Intercept (scripts/bench/bench-stories.ts).
// `npm run bench -- --stories` measures only the story checking; `-- --game` only the game in the browser.

import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAndServe, launch, ROOT } from '../build/serve-built.ts';
import { buildEncounter, loadLibrary, encounterFiles } from '../check/library.ts';
import { measureStage, progress, stageLines } from './bench-stage.ts';
import { checkStories } from './bench-stories.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const OUT = join(ROOT, 'bench-results');
const DIST = join(OUT, 'dist');
/** The plain page's folder inside the built game. */
const PLAIN_DIR = 'plain-inkjs';

const STORIES_ONLY = process.argv.includes('--stories');
const GAME_ONLY = process.argv.includes('--game');
const FIRST_CHOICE_RATIO = 1.2;
const FIRST_JS_KB = 60;
/** The Phaser chunk (gzip) before the stage was trimmed, for comparison. */
const PHASER_BEFORE_KB = 364;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** `promise`, or an error naming `what` after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/**
 * A page with nothing but inkjs and buttons, showing the same story, written beside the built game so
 * the same server sends both pages (the same compression, headers and connections): served by a
 * server of its own, without compression, the plain page was measured against the game's server as
 * much as against the game (docs/performance.md, "Fourth round"). Its script is a file of its own,
 * as the game's Content Security Policy asks.
 */
function writePlainPage(dir: string, storyJson: string): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'node_modules', 'inkjs', 'dist', 'ink.js'), join(dir, 'ink.js'));
  writeFileSync(join(dir, 'story.json'), storyJson);
  writeFileSync(
    join(dir, 'plain.js'),
    `fetch('story.json').then(r => r.text()).then(json => {
  const story = new inkjs.Story(json);
  const out = document.getElementById('out');
  while (story.canContinue) { const p = document.createElement('p'); p.textContent = story.Continue(); out.append(p); }
  story.currentChoices.forEach(c => { const b = document.createElement('button'); b.className = 'choice'; b.textContent = c.text; out.append(b); });
});
`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title></head><body><main id="out"></main>
<script src="ink.js"></script>
<script src="plain.js"></script></body></html>`,
  );
}

async function main(): Promise<void> {
  const storyLines = GAME_ONLY ? [] : checkStories();
  if (STORIES_ONLY) {
    console.log(storyLines.join('\n'));
    return;
  }
  await measureGame(storyLines);
}

async function measureGame(storyLines: string[]): Promise<void> {
  const file = encounterFiles()[0];
  if (!file) throw new Error('no encounters to measure');
  const built = buildEncounter(file, loadLibrary());
  if (!built.compiled) throw new Error('the first encounter does not build');

  // --- bundle and first choice ---------------------------------------------------------------
  progress('building the game');
  const { server, url } = await buildAndServe(DIST);
  writePlainPage(join(DIST, PLAIN_DIR), built.compiled.story);
  const plainUrl = `${url}${PLAIN_DIR}/index.html`;
  const browser = await launch();
  const assets = join(DIST, 'assets');
  const allJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const total = allJs.reduce((s, f) => s + statSync(join(assets, f)).size, 0);
  const totalGz = allJs.reduce((s, f) => s + gz(join(assets, f)), 0);

  const ours: number[] = [];
  const plainTimes: number[] = [];
  let beforeChoice: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    progress(`first choice, run ${i + 1} of ${RUNS}`);
    for (const which of ['ours', 'plain'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Stamp the moment the first choice button enters the DOM, from inside the page, and wait for
      // that stamp without polling the page: Playwright's waitForSelector ran its selector engine
      // inside the page being measured, 5–7 ms of main-thread work on the game's larger, busier DOM.
      await page.addInitScript(() => {
        const w = window as unknown as { __firstChoice?: Promise<number> };
        w.__firstChoice = new Promise((resolve) =>
          new MutationObserver((_m, observer) => {
            if (!document.querySelector('button.choice')) return;
            resolve(performance.now());
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true }),
        );
      });
      const target =
        which === 'ours' ? `${url}?encounter=${built.compiled.meta.id}&start&renderer=canvas` : plainUrl;
      await page.goto(target, { waitUntil: 'commit' });
      const { t, scripts } = await withTimeout(
        page.evaluate(async () => {
          const first = await (window as unknown as { __firstChoice: Promise<number> }).__firstChoice;
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          return {
            t: first,
            scripts: entries
              .filter((e) => e.name.endsWith('.js') && e.startTime <= first)
              .map((e) => new URL(e.name).pathname.split('/').pop() ?? e.name),
          };
        }),
        30_000,
        `no choice on ${target}`,
      );
      (which === 'ours' ? ours : plainTimes).push(t);
      if (which === 'ours' && i === 0) beforeChoice = scripts;
      await context.close();
    }
  }
  // --- the stage: idle work, frames while people fade in, heap after many encounters ----------
  const stage = await measureStage(browser, url);
  await browser.close();
  await server.close();
  const phaserChunk = allJs.find((f) => f.startsWith('stage-'));
  const phaserGz = phaserChunk ? gz(join(assets, phaserChunk)) : NaN;

  const before = beforeChoice.filter((f) => allJs.includes(f));
  const beforeGz = before.reduce((s, f) => s + gz(join(assets, f)), 0);
  const ratio = median(ours) / median(plainTimes);
  const lines = [
    `Second Look benchmark (${RUNS} runs, medians)`,
    '',
    `JS before the first choice : ${before.length} files, ${kb(beforeGz)} gzip   (target ≤ ${FIRST_JS_KB} kB) ${beforeGz <= FIRST_JS_KB * 1024 ? 'OK' : 'OVER'}`,
    `  ${before.join(', ')}`,
    `Total JS                   : ${kb(total)} raw, ${kb(totalGz)} gzip (Phaser and howler load lazily)`,
    `First choice, Second Look  : ${median(ours).toFixed(0)} ms`,
    `First choice, plain inkjs  : ${median(plainTimes).toFixed(0)} ms`,
    `Ratio                      : ${ratio.toFixed(2)}×   (target ≤ ${FIRST_CHOICE_RATIO}×) ${ratio <= FIRST_CHOICE_RATIO ? 'OK' : 'OVER'}`,
    `Phaser chunk (the stage)   : ${phaserChunk ?? 'missing'}, ${kb(phaserGz)} gzip (was ${PHASER_BEFORE_KB} kB: as small as the stage allows)`,
    ...stageLines(stage, 'canvas'),
    ...(storyLines.length ? ['', ...storyLines] : []),
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(OUT, 'bench.txt'), `${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
