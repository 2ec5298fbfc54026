// What the browser tests do again and again: one Chromium per test file, the built game's address,
// collecting page errors, taking the first option on offer until the story moves on, and screenshots
// in test-results/screenshots/ (open them to look at each screen).

import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ReportAction } from '../../src/core/vocabulary.ts';
import { launch, SHOTS } from './server.ts';

/** The selectors the play loops wait on. */
export const SEL = {
  choice: '.choices button.choice',
  look: '.observe button.look',
  line: '.transcript .line',
  reportForm: '.report-form',
  debriefHeading: '#debrief-heading',
} as const;

/** A choice or a look is on offer: the encounter is waiting for the learner. */
export const ON_OFFER = `${SEL.choice}, ${SEL.look}`;

/** The address of the game built once for all browser test files (tests/browser/global-setup.ts). */
export function gameUrl(): string {
  return inject('baseUrl');
}

/** The address that opens the game straight at an encounter's content note, drawn on a canvas. */
export function encounterUrl(encounterId: string, base = gameUrl()): string {
  return `${base}?renderer=canvas&encounter=${encounterId}`;
}

/**
 * Launches Chromium before the file's tests and closes it after them. Call at the top of a test file;
 * the returned function gives the running browser.
 */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet (use it inside a test)');
    return browser;
  };
}

/**
 * Collects the page's uncaught errors (and, with `console`, its console errors) into `into`, each
 * prefixed with `label` when given, so a test can end with `expect(errors).toEqual([])`.
 */
export function watchErrors(
  page: Page,
  opts: { console?: boolean; label?: string; into?: string[] } = {},
): string[] {
  const errors = opts.into ?? [];
  const prefix = opts.label ? `${opts.label}: ` : '';
  if (opts.console)
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(prefix + m.text());
    });
  page.on('pageerror', (e) => errors.push(prefix + e.message));
  return errors;
}

/** Presses Start on the open encounter's content note and waits for the first choice. */
export async function startEncounter(
  page: Page,
  mode: 'Practice' | 'Assessment' = 'Practice',
): Promise<void> {
  await page.getByRole('button', { name: `Start the encounter: ${mode}` }).click();
  await page.waitForSelector(SEL.choice);
}

async function linesShown(target: Page | Frame): Promise<number> {
  return target.$$eval(SEL.line, (l) => l.length);
}

/** The transcript as shown, line by line (to compare before and after a reload or relaunch). */
export async function transcriptLines(target: Page | Frame): Promise<(string | null)[]> {
  return target.$$eval(SEL.line, (l) => l.map((x) => x.textContent));
}

/** Waits until more transcript lines than `before` are shown, or one of `orShown` appears. */
export async function waitForMoreLines(target: Page | Frame, before: number, orShown: string): Promise<void> {
  await target.waitForFunction(
    ([n, line, done]) => document.querySelectorAll(line).length > n || !!document.querySelector(done),
    [before, SEL.line, orShown] as const,
  );
}

/** By keyboard: takes the first choice (key 1), or clicks the first look, and waits for the story to move on. */
export async function pressFirst(page: Page): Promise<void> {
  const before = await linesShown(page);
  if (await page.$(SEL.choice)) await page.keyboard.press('1');
  else await page.click(SEL.look);
  await waitForMoreLines(page, before, SEL.reportForm);
}

/** By mouse, in a page or a frame: clicks the first choice (or look) and waits for the story to move on. */
export async function takeFirst(target: Page | Frame): Promise<void> {
  const before = await linesShown(target);
  const choice = await target.$(SEL.choice);
  await (choice ?? (await target.$(SEL.look)))!.click();
  await waitForMoreLines(target, before, `${SEL.reportForm}, ${SEL.debriefHeading}`);
}

/** Takes the first option on offer (with `step`) until the report form shows, at most `max` times. */
export async function playToReport<T extends Page | Frame>(
  target: T,
  step: (t: T) => Promise<void>,
  max = 40,
): Promise<void> {
  for (let i = 0; i < max && !(await target.$(SEL.reportForm)); i++) await step(target);
}

/**
 * Waits until the page has stopped moving: fonts loaded, no CSS animation or transition running, and
 * two frames drawn since (so a layout change from the last action is on screen). A condition, not a
 * sleep: it holds as soon as the page is still, however loaded the machine is.
 */
export async function settled(target: Page | Frame): Promise<void> {
  await target.waitForFunction(
    () =>
      document.fonts.status === 'loaded' && document.getAnimations().every((a) => a.playState !== 'running'),
  );
  await target.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Saves a screenshot as test-results/screenshots/<name>.png (`settle`: wait until the page is still first). */
export async function shot(
  page: Page,
  name: string,
  opts: { fullPage?: boolean; settle?: boolean } = {},
): Promise<void> {
  if (opts.settle) await settled(page);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), ...(opts.fullPage ? { fullPage: true } : {}) });
}

/** Files the report with `action` ticked and waits for the debrief. */
export async function fileReport(target: Page | Frame, action: ReportAction): Promise<void> {
  await target.check(`input[name="action"][value="${action}"]`);
  await target.click(`${SEL.reportForm} button[type="submit"]`);
  await target.waitForSelector(SEL.debriefHeading);
}

/** How a walk takes its steps: clicking, or by keyboard alone (number keys for choices, Tab and Enter for looks). */
export type Input = 'mouse' | 'keyboard';

/**
 * Takes the one choice or look whose text contains `text` (failing unless exactly one matches), by
 * mouse or keyboard, and waits for the story to move on.
 */
export async function takeStep(page: Page, text: string, by: Input = 'mouse'): Promise<void> {
  await page.waitForSelector(ON_OFFER, { state: 'visible' });
  const before = await linesShown(page);
  const matches = page.locator(ON_OFFER).filter({ hasText: text });
  const count = await matches.count();
  if (count !== 1) throw new Error(`expected one choice containing "${text}", found ${count}`);
  if (by === 'mouse') await matches.click();
  else {
    const index = await page.$$eval(
      SEL.choice,
      (buttons, wanted) => buttons.findIndex((b) => (b.textContent ?? '').includes(wanted)),
      text,
    );
    if (index >= 0) await page.keyboard.press(String(index + 1));
    else {
      await tabTo(page, `the look button "${text}"`, { selector: 'button.look', text });
      await page.keyboard.press('Enter');
    }
  }
  await waitForMoreLines(page, before, `${SEL.reportForm}, ${SEL.debriefHeading}`);
}

/**
 * Walks an encounter from its briefing through `steps` (a piece of the text of each choice or look,
 * in order), calling `onScreen` with the name of each new screen: "observe-hotspots" the first time
 * hotspots are on offer, and each phase the first time it is current. Returns the phases seen and
 * whether the scene offered hotspots.
 */
export async function walkSteps(
  page: Page,
  steps: readonly string[],
  onScreen: (what: string) => Promise<void>,
  by: Input = 'mouse',
): Promise<{ phases: Set<string>; sawHotspots: boolean }> {
  const phases = new Set<string>(['briefing']);
  let sawHotspots = false;
  for (const step of steps) {
    const phase = (await page.textContent('.phases li.current'))?.trim().toLowerCase() ?? 'unknown';
    const looks = await page.$$(SEL.look);
    if (looks.length > 0 && !sawHotspots) {
      sawHotspots = true;
      await onScreen('observe-hotspots');
    } else if (!phases.has(phase)) {
      await onScreen(phase);
    }
    phases.add(phase);
    await takeStep(page, step, by);
  }
  return { phases, sawHotspots };
}

// ---- by keyboard alone -----------------------------------------------------------------------------

/** What the Tab key is looking for: an element matching `selector`, and optionally its text or label. */
export interface FocusTarget {
  selector: string;
  /** The element's text contains this. */
  text?: string;
  /** The element's text, trimmed, is exactly this. */
  exactText?: string;
  /** The element's first label starts with this. */
  label?: string;
}

/** Presses Tab until the focused element is `target`; fails after `max` presses, naming `what`. */
export async function tabTo(page: Page, what: string, target: FocusTarget, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((t) => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el || !el.matches(t.selector)) return false;
      const text = el.textContent ?? '';
      if (t.text !== undefined && !text.includes(t.text)) return false;
      if (t.exactText !== undefined && text.trim() !== t.exactText) return false;
      if (t.label !== undefined && !(el.labels?.[0]?.textContent ?? '').startsWith(t.label)) return false;
      return true;
    }, target);
    if (hit) return;
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

/** By keyboard: takes the one choice or look whose text contains `text` (see takeStep). */
export async function chooseByKey(page: Page, text: string): Promise<void> {
  await takeStep(page, text, 'keyboard');
}

export interface KeyboardReport {
  /** Checklist items to tick, by id. */
  observed: readonly string[];
  who: string;
  when: string;
  where: string;
  action: ReportAction;
}

/** By keyboard: ticks the checklist, types who, when and where, picks the action and files the report. */
export async function fileReportByKeyboard(page: Page, report: KeyboardReport): Promise<void> {
  await page.waitForSelector(SEL.reportForm);
  for (const id of report.observed) {
    await tabTo(page, `the checkbox ${id}`, { selector: `input[type="checkbox"][value="${id}"]` });
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'the who field', { selector: '#report-who' });
  await page.keyboard.type(report.who);
  await tabTo(page, 'the when field', { selector: '#report-when' });
  await page.keyboard.type(report.when);
  await tabTo(page, 'the where field', { selector: '#report-where' });
  await page.keyboard.type(report.where);
  await tabTo(page, 'the action radio group', { selector: 'input[name="action"]' });
  const want = `action-${report.action}`;
  // Arrow keys move (and select) within the radio group.
  for (let i = 0; i < 8; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, want)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  if (!(await page.isChecked(`#${want}`))) throw new Error(`could not select ${want} by keyboard`);
  await tabTo(page, 'the file button', { selector: '[type="submit"]' });
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.debriefHeading);
}
