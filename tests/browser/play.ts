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

// ---- by keyboard alone -----------------------------------------------------------------------------

/**
 * Presses Tab until the focused element satisfies `test` (the source of a function body's expression
 * over `el`); fails after `max` presses, naming `what`.
 */
export async function tabTo(page: Page, what: string, test: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((src) => {
      const el = document.activeElement as HTMLElement | null;
      return el ? Boolean(new Function('el', `return (${src})`)(el)) : false;
    }, test);
    if (hit) return;
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

/**
 * By keyboard: takes the one choice whose text contains `text` with its number key, or reaches the
 * look with Tab and presses Enter, then waits for the story to move on.
 */
export async function chooseByKey(page: Page, text: string): Promise<void> {
  await page.waitForSelector(ON_OFFER, { state: 'visible' });
  const matches = await page.$$eval(
    SEL.choice,
    (buttons, wanted) => buttons.flatMap((b, i) => ((b.textContent ?? '').includes(wanted) ? [i] : [])),
    text,
  );
  if (matches.length > 1) throw new Error(`more than one choice contains "${text}"`);
  const before = await linesShown(page);
  if (matches.length === 1) {
    await page.keyboard.press(String(matches[0]! + 1));
  } else {
    const json = JSON.stringify(text);
    await tabTo(page, `the look "${text}"`, `el.matches('button.look') && el.textContent.includes(${json})`);
    await page.keyboard.press('Enter');
  }
  await waitForMoreLines(page, before, `${SEL.reportForm}, ${SEL.debriefHeading}`);
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
    await tabTo(page, `the checkbox ${id}`, `el.type === 'checkbox' && el.value === ${JSON.stringify(id)}`);
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'the who field', `el.id === 'report-who'`);
  await page.keyboard.type(report.who);
  await tabTo(page, 'the when field', `el.id === 'report-when'`);
  await page.keyboard.type(report.when);
  await tabTo(page, 'the where field', `el.id === 'report-where'`);
  await page.keyboard.type(report.where);
  await tabTo(page, 'the action radio group', `el.name === 'action'`);
  const want = `action-${report.action}`;
  // Arrow keys move (and select) within the radio group.
  for (let i = 0; i < 8; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, want)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  if (!(await page.isChecked(`#${want}`))) throw new Error(`could not select ${want} by keyboard`);
  await tabTo(page, 'the file button', `el.type === 'submit'`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(SEL.debriefHeading);
}
