// One walk of an encounter in real Chromium, driven by a row of data: its content note, a path to the
// report (with forks where the replay variant, picked at random by the game, changes what is on offer),
// the report, and what the debrief must say. Every screen is checked with axe-core and nothing may be
// logged as an error. tests/browser/walks.test.ts holds the table of walks.
// Screenshots go to test-results/screenshots/<shots>-<nn>-<what>.png.

import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ReportAction } from '../../src/core/vocabulary.ts';
import { axe } from './axe.ts';
import {
  fileReport,
  fileReportByKeyboard,
  ON_OFFER,
  SEL,
  shot,
  startEncounter,
  tabTo,
  takeStep,
  encounterUrl,
  watchErrors,
  type Input,
} from './play.ts';

/** One line of a fork: taken when `when` (a piece of a choice's text) is on offer. */
export interface Branch {
  /** Names the branch in the screenshot taken at the fork. */
  label: string;
  /** The text that shows this branch is on offer; also the first step taken. */
  when: string;
  /** The steps after `when`. */
  then?: readonly string[];
  /** The report action on this branch, when it differs from the walk's. */
  action?: ReportAction;
  /** Indicators ticked on this branch besides the walk's `seen`. */
  alsoSeen?: readonly string[];
  /** Words the transcript must show on this branch. */
  transcript?: readonly string[];
  /** Words the debrief must show on this branch. */
  debrief?: readonly string[];
}

/**
 * A step of a path: a piece of the text of the choice or look to take; `{ optional }`, taken only when
 * a choice with that text is on offer; or a fork, which takes the first branch on offer (with
 * `exactlyOne`, fails unless exactly one branch is on offer).
 */
export type PathStep = string | { optional: string } | { fork: readonly Branch[]; exactlyOne?: boolean };

export interface EncounterWalk {
  id: string;
  /** The screenshot name prefix. */
  shots: string;
  /**
   * Keyboard alone (start by Tab and Enter, number keys and Tab for the steps, the report typed), or
   * by mouse (start, steps and report form by clicking, checking and filling).
   */
  input: Input;
  /** Words the content note must show besides the right to step out. */
  note?: readonly string[];
  path: readonly PathStep[];
  /** Indicators shown on this path; ticked on the report. */
  seen: readonly string[];
  /** The report's who, when and where. */
  who: string;
  when: string;
  where: string;
  action: ReportAction;
  /** Words the transcript must show at the report. */
  transcript?: readonly string[];
  /** Words the debrief must show. */
  debrief: readonly string[];
  /** The report is the exact rung: the debrief has no "what your policy expected" (default true). */
  exactRung?: boolean;
}

/** The phases every walk passes through. */
const PHASES = ['act', 'briefing', 'observe', 'talk'];

async function onOffer(page: Page, text: string): Promise<number> {
  return page.locator(ON_OFFER).filter({ hasText: text }).count();
}

/** Picks the branch of `fork` the game offers. */
async function pickBranch(page: Page, step: Extract<PathStep, { fork: unknown }>): Promise<Branch> {
  await page.waitForSelector(ON_OFFER, { state: 'visible' });
  const counts = await Promise.all(step.fork.map((b) => onOffer(page, b.when)));
  if (step.exactlyOne) expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
  const index = counts.findIndex((n) => n > 0);
  if (index < 0)
    throw new Error(`no branch on offer among ${step.fork.map((b) => `"${b.when}"`).join(', ')}`);
  return step.fork[index]!;
}

/** Plays `walk` from its content note to the debrief and checks every screen on the way. */
export async function playWalk(browser: Browser, walk: EncounterWalk): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page, { console: true });
  const violations: string[] = [];
  let count = 0;
  const snap = async (what: string, fullPage = false): Promise<void> => {
    await shot(page, `${walk.shots}-${String(++count).padStart(2, '0')}-${what}`, { settle: true, fullPage });
    violations.push(...(await axe(page, `${walk.id} ${what}`)));
  };

  await page.goto(encounterUrl(walk.id));
  await page.waitForSelector('#note-heading');
  const note = (await page.textContent('main')) ?? '';
  expect(note).toContain('You can step out at any time');
  for (const words of walk.note ?? []) expect(note).toContain(words);
  await snap('content-note');
  if (walk.input === 'keyboard') {
    await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter: Practice' });
    await page.keyboard.press('Enter');
    await page.waitForSelector(SEL.choice);
  } else await startEncounter(page);
  await snap('briefing');

  // The path: a screenshot (and axe) the first time hotspots are on offer, the first time each phase
  // is current, and at every fork.
  const phases = new Set<string>(['briefing']);
  let sawHotspots = false;
  const taken: Branch[] = [];
  const take = async (text: string): Promise<void> => {
    const phase = (await page.textContent('.phases li.current'))?.trim().toLowerCase() ?? 'unknown';
    if (!sawHotspots && (await page.$$(SEL.look)).length > 0) {
      sawHotspots = true;
      await snap('observe-hotspots');
    } else if (!phases.has(phase)) await snap(phase);
    phases.add(phase);
    await takeStep(page, text, walk.input);
  };
  for (const step of walk.path) {
    if (typeof step === 'string') await take(step);
    else if ('optional' in step) {
      await page.waitForSelector(ON_OFFER, { state: 'visible' });
      if ((await page.locator(SEL.choice).filter({ hasText: step.optional }).count()) > 0)
        await take(step.optional);
    } else {
      const branch = await pickBranch(page, step);
      taken.push(branch);
      await snap(branch.label);
      for (const text of [branch.when, ...(branch.then ?? [])]) await take(text);
    }
  }
  expect(sawHotspots).toBe(true);
  expect([...phases].sort()).toEqual(PHASES);
  const said = (await page.textContent('.transcript')) ?? '';
  for (const words of [...(walk.transcript ?? []), ...taken.flatMap((b) => b.transcript ?? [])])
    expect(said).toContain(words);

  const action = [...taken].reverse().find((b) => b.action)?.action ?? walk.action;
  const observed = [...walk.seen, ...taken.flatMap((b) => b.alsoSeen ?? [])];
  if (walk.input === 'keyboard') {
    await snap('report');
    await fileReportByKeyboard(page, { observed, who: walk.who, when: walk.when, where: walk.where, action });
  } else {
    await page.waitForSelector(SEL.reportForm);
    for (const id of observed) await page.check(`input[name="observed"][value="${id}"]`);
    await page.fill('#report-who', walk.who);
    await page.fill('#report-when', walk.when);
    await page.fill('#report-where', walk.where);
    await page.check(`#action-${action}`);
    await snap('report');
    expect(await page.getByRole('button', { name: 'File the report' }).count()).toBe(1);
    await fileReport(page, action);
  }

  await snap('debrief', true);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain('No critical errors');
  if (walk.exactRung ?? true) expect(text).not.toContain('What your policy expected');
  for (const words of [...walk.debrief, ...taken.flatMap((b) => b.debrief ?? [])])
    expect(text).toContain(words);
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
}
