// The stage's share of `npm run bench` (issue #15, "the game is light"), measured in the built game
// in headless Chromium with software rendering (--disable-gpu: SwiftShader WebGL, raster canvas), as on
// a guard-station PC without a GPU:
//   - idle: main-thread work per second with a scene on screen and nothing moving (CDP Performance
//     metrics, TaskDuration delta), per renderer, beside the picker page;
//   - fade: frame intervals (requestAnimationFrame timestamps) from the stage's first frame after a
//     choice that starts an animation until it sleeps again, per renderer; p95 against the display
//     interval measured on the same page while the stage sleeps;
//   - heap: used JS heap (after a forced GC) with the first encounter on screen, and again after 20
//     encounters opened and played back to back in the same page; also without compiled code (a
//     heap snapshot's "code" nodes), which grows as V8 optimises hot functions, not with what the
//     game keeps; and, beside it, the strings the page keeps outside the JS heap (V8 "external"
//     strings: fetched story files, module sources), which the used heap does not count.
// Reports figures; never fails a build. Speed targets stay out of the test suites.

import type { Browser, CDPSession, Page } from 'playwright-core';
import { takeHeapSnapshot } from './heap-snapshot.ts';

/** Where the run has got to, on stderr (the report itself goes to stdout). */
export const progress = (what: string) => void process.stderr.write(`bench: ${what}\n`);

export const IDLE_TARGET_MS_PER_S = 50;
export const FADE_P95_TARGET = 1.1;
export const HEAP_GROWTH_TARGET_MB = 2;

const ENCOUNTER = 'hotel.night_lobby';
const IDLE_SECONDS = 4;
const HEAP_ENCOUNTERS = 20;
/** The page counts as done preparing once it has made no request for this long (capped). */
const QUIET_MS = 1500;
const QUIET_CAP_MS = 20_000;
/** A heap snapshot's name for the characters of an external string (a native node). */
const EXTERNAL_STRING_DATA = 'system / ExternalStringData';

export type RendererName = 'canvas' | 'webgl';

export interface FadeFigures {
  /** Median requestAnimationFrame interval while the stage sleeps (the display's frame interval). */
  intervalMs: number;
  p95Ms: number;
  frames: number;
}

/**
 * Used JS heap after a forced GC, and the part of it that is compiled code (bytecode, JIT, feedback);
 * and the bytes of strings whose characters live outside that heap (external strings).
 */
export interface HeapFigure {
  used: number;
  code: number;
  external: number;
}

export interface StageFigures {
  pickerIdle: number;
  idle: Record<RendererName, number>;
  fade: Record<RendererName, FadeFigures>;
  heap: { one: HeapFigure; many: HeapFigure; encounters: number };
}

// Page-side helpers, as source text (so that no bundler wraps them in helpers the page lacks).
const RECORDER = `(() => {
  const rec = { on: false, frames: [], idle: [], idleOn: false };
  window.__stageRec = rec;
  const loop = (t) => {
    if (rec.on) rec.frames.push(t);
    if (rec.idleOn) rec.idle.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const watch = () => {
    const host = document.getElementById('scene-host');
    if (!host) return void setTimeout(watch, 50);
    new MutationObserver(() => {
      const d = host.dataset;
      if (rec.armed && d.stageSleeping === 'false') { rec.armed = false; rec.on = true; }
      if (rec.on && d.stageSleeping === 'true') rec.on = false;
    }).observe(host, { attributes: true, attributeFilter: ['data-stage-sleeping'] });
  };
  watch();
})();`;

// Conditions waited on, as functions with no named inner functions (so tsx adds no helpers the page
// lacks); strings would be evaluated with eval in the page, which its Content Security Policy forbids.
const settled = () => {
  const d = document.querySelector<HTMLElement>('#scene-host')?.dataset;
  return !!d && Number(d['stageFigures'] ?? 0) > 0 && d['stageSleeping'] === 'true';
};

const FRAMES = `new Promise((resolve) => {
  let left = 3;
  const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
})`;

const recorderIdle = () =>
  !(window as unknown as { __stageRec: Recorder }).__stageRec.on &&
  document.querySelector<HTMLElement>('#scene-host')?.dataset['stageSleeping'] === 'true';

const idleFramesTaken = () => (window as unknown as { __stageRec: Recorder }).__stageRec.idle.length > 40;

const canvasAsleep = () =>
  document.querySelector('#scene-host canvas') !== null &&
  document.querySelector<HTMLElement>('#scene-host')?.dataset['stageSleeping'] === 'true';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? NaN;

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

/** Main-thread task time per second of wall time over `seconds`, in ms/s. */
async function busyMsPerSecond(page: Page, seconds: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const t0 = await metric(cdp, 'TaskDuration');
  const w0 = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const t1 = await metric(cdp, 'TaskDuration');
  const wall = (performance.now() - w0) / 1000;
  await cdp.detach();
  return ((t1 - t0) * 1000) / wall;
}

async function openScene(
  browser: Browser,
  url: string,
  renderer: RendererName,
  record: boolean,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // The frame recorder runs a requestAnimationFrame loop of its own: not while measuring idle work.
  if (record) await page.addInitScript(RECORDER);
  let lastRequest = Date.now();
  context.on('request', () => (lastRequest = Date.now()));
  await page.goto(`${url}?encounter=${ENCOUNTER}&start&renderer=${renderer}`);
  await page.waitForSelector('button.choice', { timeout: 30_000 });
  await page.waitForFunction(settled, null, { timeout: 30_000 });
  // After the first choice the page goes on preparing in the background (every mood of everyone in
  // the scene drawn to bitmaps, the story engine, the sound, the offline copy): wait until it has
  // asked for nothing for a while, so the scene is measured at rest. (A fixed 1.5 s used to be
  // enough; with the opening shown before the engine, the scene settles sooner and the preparation
  // ran on into the measurement.)
  const started = Date.now();
  while (Date.now() - lastRequest < QUIET_MS && Date.now() - started < QUIET_CAP_MS)
    await new Promise((r) => setTimeout(r, 100));
  await page.waitForFunction(settled, null, { timeout: 30_000 });
  return page;
}

async function idleScene(browser: Browser, url: string, renderer: RendererName): Promise<number> {
  const page = await openScene(browser, url, renderer, false);
  const ms = await busyMsPerSecond(page, IDLE_SECONDS);
  await page.context().close();
  return ms;
}

async function idlePicker(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('h2#picker-heading');
  await page.waitForTimeout(1000);
  const ms = await busyMsPerSecond(page, IDLE_SECONDS);
  await context.close();
  return ms;
}

interface Recorder {
  on: boolean;
  armed: boolean;
  frames: number[];
  idle: number[];
  idleOn: boolean;
}

/** Takes the first choice until `fades` of them have started an animation; pools their frame intervals. */
async function fadeFrames(browser: Browser, url: string, renderer: RendererName): Promise<FadeFigures> {
  const page = await openScene(browser, url, renderer, true);
  await page.evaluate(`window.__stageRec.idleOn = true`);
  await page.waitForFunction(idleFramesTaken);
  const idle = (await page.evaluate(`window.__stageRec.idle`)) as number[];
  await page.evaluate(`window.__stageRec.idleOn = false`);
  const intervalMs = median(idle.slice(1).map((t, i) => t - idle[i]!));
  const intervals: number[] = [];
  const tweens = () =>
    page.$eval('#scene-host', (el) => Number((el as HTMLElement).dataset['stageTweens'] ?? 0));
  for (let i = 0, fades = 0; i < 12 && fades < 3; i++) {
    if (!(await page.$('button.choice'))) break;
    const before = await tweens();
    await page.evaluate(`Object.assign(window.__stageRec, { armed: true, on: false, frames: [] })`);
    const lines = await page.$$eval('.transcript .line', (l) => l.length);
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('.transcript .line').length > n, lines);
    // The stage wakes in the next animation frame after a change, if the change shows on it.
    await page.evaluate(FRAMES);
    await page.waitForFunction(recorderIdle, null, { timeout: 30_000 });
    if ((await tweens()) === before) continue;
    fades++;
    const rec = (await page.evaluate(`window.__stageRec`)) as Recorder;
    intervals.push(...rec.frames.slice(1).map((t, k) => t - rec.frames[k]!));
  }
  await page.context().close();
  return { intervalMs, p95Ms: p95(intervals), frames: intervals.length };
}

/**
 * From a heap snapshot: bytes of compiled code in the page's heap, V8's nodes of type "code" (bytecode,
 * optimised machine code, feedback vectors), which grow as functions get hot and are compiled again
 * with more optimisation, whatever the page keeps, and which V8 flushes under memory pressure; and
 * bytes of external string data. Chromium hands large strings to V8 as external strings, whose
 * characters are outside the used heap: a story file read with `Response.text()` is one, and so is
 * every script's source. Kept stories showed there, not in the used heap (docs/performance.md).
 */
async function snapshotBytes(cdp: CDPSession): Promise<{ code: number; external: number }> {
  const snap = await takeHeapSnapshot(cdp);
  const fields = snap.snapshot.meta.node_fields;
  const codeType = snap.snapshot.meta.node_types[0].indexOf('code');
  const nativeType = snap.snapshot.meta.node_types[0].indexOf('native');
  const externalName = snap.strings.indexOf(EXTERNAL_STRING_DATA);
  const size = fields.indexOf('self_size');
  const name = fields.indexOf('name');
  let code = 0;
  let external = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    if (snap.nodes[i] === codeType) code += snap.nodes[i + size]!;
    else if (snap.nodes[i] === nativeType && snap.nodes[i + name] === externalName)
      external += snap.nodes[i + size]!;
  }
  return { code, external };
}

/**
 * Focuses the button that `css` selects, or else the button whose text or accessible label is `label`;
 * false while there is none. Evaluated in the page: plain DOM calls, no Playwright selector engine.
 */
const focusButton = ([css, label]: [string | null, string]): boolean => {
  const button =
    (css ? document.querySelector<HTMLElement>(css) : null) ??
    [...document.querySelectorAll<HTMLElement>('button')].find(
      (b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label,
    );
  button?.focus();
  return !!button && document.activeElement === button;
};

const pickerShown = () => document.querySelector('h2#picker-heading') !== null;
const choiceShown = () => document.querySelector('.choices button.choice') !== null;
const choicesOnScreen = () => document.querySelectorAll('.choices button.choice').length;
const transcriptLines = () => document.querySelectorAll('.transcript .line').length;
const moreLinesThan = (n: number) => document.querySelectorAll('.transcript .line').length > n;

/**
 * The heap bench's driver: the page's own DOM read with plain `page.evaluate` calls (polled from
 * here), buttons focused and pressed with the keyboard. Playwright's locators, `getByRole` and
 * `waitForFunction` run its injected script (selector engines, accessible names, polling) in the page's
 * own isolate, and V8 compiled it further with every encounter: 0.2–0.3 MB of the growth measured was
 * Playwright's code, not the game's (docs/performance.md, "Heap").
 */
function lightDriver(page: Page) {
  async function until<A>(condition: (arg: A) => boolean, arg: A): Promise<void> {
    const holds = () => page.evaluate(condition as (arg: unknown) => boolean, arg as unknown);
    for (const end = Date.now() + 30_000; !(await holds());) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${condition.toString()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    until,
    /** Presses a button as a keyboard user does: focus it, then Enter. */
    async press(css: string | null, label = ''): Promise<void> {
      await until(focusButton, [css, label]);
      await page.keyboard.press('Enter');
    },
  };
}

/** Opens and plays encounters one after another in one page: heap with one, and after `count`. */
async function heapAfterEncounters(
  browser: Browser,
  url: string,
  count: number,
): Promise<StageFigures['heap']> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heapMb = async (): Promise<HeapFigure> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const used = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
    const { code, external } = await snapshotBytes(cdp);
    return { used, code: code / 1024 / 1024, external: external / 1024 / 1024 };
  };
  const { until, press } = lightDriver(page);
  await page.goto(`${url}?renderer=canvas`);
  // No element handles either (waitForSelector, page.$): DevTools keeps every handle's node alive, and
  // with it the whole detached screen it was part of: a heap snapshot after 20 encounters held 570 old
  // picker cards that the game itself had let go.
  await until(pickerShown, null);
  const opens = await page.evaluate(() =>
    [...document.querySelectorAll('button[aria-label^="Open: "]')].map(
      (b) => b.getAttribute('aria-label') ?? '',
    ),
  );
  let one: HeapFigure = { used: NaN, code: NaN, external: NaN };
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      await press(null, 'Step out');
      await press(null, 'Leave the encounter');
      await until(pickerShown, null);
    }
    await press(`button[aria-label="${opens[i % opens.length]!}"]`);
    await press(null, 'Start the encounter: Practice');
    await until(choiceShown, null);
    for (let k = 0; k < 3 && (await page.evaluate(choicesOnScreen)) > 0; k++) {
      const lines = await page.evaluate(transcriptLines);
      await page.keyboard.press('1');
      await until(moreLinesThan, lines);
    }
    await until(canvasAsleep, null);
    if (i === 0) one = await heapMb();
  }
  const many = await heapMb();
  await context.close();
  return { one, many, encounters: count };
}

export async function measureStage(browser: Browser, url: string): Promise<StageFigures> {
  const renderers: RendererName[] = ['canvas', 'webgl'];
  const idle = {} as Record<RendererName, number>;
  const fade = {} as Record<RendererName, FadeFigures>;
  progress('idle picker');
  const pickerIdle = await idlePicker(browser, url);
  for (const r of renderers) {
    progress(`idle scene, ${r}`);
    idle[r] = await idleScene(browser, url, r);
  }
  for (const r of renderers) {
    progress(`fade frames, ${r}`);
    fade[r] = await fadeFrames(browser, url, r);
  }
  progress(`heap over ${HEAP_ENCOUNTERS} encounters`);
  const heap = await heapAfterEncounters(browser, url, HEAP_ENCOUNTERS);
  return { pickerIdle, idle, fade, heap };
}

const ok = (pass: boolean, over = 'OVER') => (pass ? 'OK' : over);

/** The report lines: every figure beside its target. */
export function stageLines(f: StageFigures, defaultRenderer: RendererName): string[] {
  const lines = [`Idle, picker               : ${f.pickerIdle.toFixed(1)} ms of main-thread work per second`];
  for (const r of ['canvas', 'webgl'] as const) {
    const mark = r === defaultRenderer ? ' (default)' : '';
    lines.push(
      `Idle scene, ${r.padEnd(6)}${mark.padEnd(10)}: ${f.idle[r].toFixed(1)} ms/s   (target ≤ ${IDLE_TARGET_MS_PER_S}) ${ok(f.idle[r] <= IDLE_TARGET_MS_PER_S)}`,
    );
  }
  for (const r of ['canvas', 'webgl'] as const) {
    const mark = r === defaultRenderer ? ' (default)' : '';
    const { p95Ms, intervalMs, frames } = f.fade[r];
    const ratio = p95Ms / intervalMs;
    lines.push(
      `Fade, ${r.padEnd(6)}${mark.padEnd(10)}      : frame p95 ${p95Ms.toFixed(1)} ms over ${frames} frames = ${ratio.toFixed(2)}× the ${intervalMs.toFixed(1)} ms display interval ${
        // The target is the game's: its renderer. The other is measured to show why it is not the
        // default (under software WebGL every frame is rasterised in the GPU process).
        r === defaultRenderer
          ? `(target ≤ ${FADE_P95_TARGET}×) ${ok(ratio <= FADE_P95_TARGET)}`
          : `(for comparison: the game uses it only on ?renderer=${r})`
      }`,
    );
  }
  const { one, many, encounters } = f.heap;
  const growth = many.used - one.used;
  const codeGrowth = many.code - one.code;
  const dataGrowth = growth - codeGrowth;
  lines.push(
    `Heap, ${encounters} encounters        : ${many.used.toFixed(1)} MB vs ${one.used.toFixed(1)} MB after one, +${growth.toFixed(2)} MB (target ≤ +${HEAP_GROWTH_TARGET_MB} MB) ${ok(growth <= HEAP_GROWTH_TARGET_MB)}`,
    `  …without compiled code   : +${dataGrowth.toFixed(2)} MB of objects (compiled code +${codeGrowth.toFixed(2)} MB, V8 warming up) ${ok(dataGrowth <= HEAP_GROWTH_TARGET_MB)}`,
    `  …strings outside the heap: +${(many.external - one.external).toFixed(2)} MB external (${many.external.toFixed(2)} MB in all: module sources, the open story's file; not in the used heap)`,
  );
  return lines;
}
