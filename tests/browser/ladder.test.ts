// The response ladder in the debrief, in real Chromium: an adult's encounter (the waiting room)
// played along a good path (the same in both variants) and reported three ways. Reporting the control room, as the act phase
// did, is right; calling the emergency number about an adult in no danger shows what policy
// expected and the voice & choice rationale, with that dimension drawn below zero; a poor path shows
// its negative scores below zero too. Screenshots: test-results/screenshots/ladder-<what>.png.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  encounterUrl,
  fileReport,
  ON_OFFER,
  SEL,
  shot,
  startEncounter,
  useBrowser,
  waitForMoreLines,
  watchErrors,
} from './play.ts';
import type { ReportAction } from '../../src/core/vocabulary.ts';

const ID = 'hospital.waiting_room';
// A path that plays the same in both replay variants: she never gets a private minute, and the
// control room is what the act phase and the report both call for.
const BEST = [
  "OK. I'll watch, and write it down.",
  'Look at the triage window',
  'Look at the pair on the far seats',
  'Answer her, and add',
  'About forty minutes',
  'Stand where he can see you',
  'Write down the times',
];

const browser = useBrowser();

async function take(page: Page, text: string): Promise<void> {
  const before = await page.$$eval(SEL.line, (l) => l.length);
  const button = page.locator(ON_OFFER).filter({ hasText: text });
  expect(await button.count(), `one choice containing "${text}"`).toBe(1);
  await button.click();
  await waitForMoreLines(page, before, `${SEL.reportForm}, ${SEL.debriefHeading}`);
}

/** Plays `steps` (or the first option each time, when null) and files the report with `action`. */
async function playAndReport(
  steps: string[] | null,
  action: ReportAction,
  full: boolean,
): Promise<{ page: Page; errors: unknown[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page, { console: true });
  await page.goto(encounterUrl(ID));
  await page.waitForSelector('#note-heading');
  await startEncounter(page);
  if (steps) for (const s of steps) await take(page, s);
  else
    for (let i = 0; i < 40 && !(await page.$(SEL.reportForm)); i++) {
      const before = await page.$$eval(SEL.line, (l) => l.length);
      await page.locator(ON_OFFER).first().click();
      await waitForMoreLines(page, before, `${SEL.reportForm}, ${SEL.debriefHeading}`);
    }
  await page.waitForSelector(SEL.reportForm);
  if (full) {
    for (const box of await page.$$('input[name="observed"]')) {
      const value = await box.getAttribute('value');
      if (value?.startsWith('hospital.')) await box.check();
    }
    await page.fill('#report-who', 'A young woman, bandaged hand; a man in a green coat');
    await page.fill('#report-when', 'Saturday night, 22:50 onwards');
    await page.fill('#report-where', 'ED waiting room and corridor');
  }
  await fileReport(page, action);
  return { page, errors };
}

const dimensionRow = (page: Page, name: string) =>
  page.locator('.score-table tbody tr').filter({ has: page.locator('th span', { hasText: name }) });

describe('the response ladder in the debrief', () => {
  it('reporting the control room the act phase rewarded is right: no policy note, no critical error', async () => {
    const { page, errors } = await playAndReport(BEST, 'supervisor', true);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('No critical errors');
    expect(text).toContain('Tell the security control room');
    expect(text).not.toContain('What your policy expected');
    // Each dimension says what the path allowed and the most in the encounter.
    expect(await page.locator('.score-table thead').textContent()).toContain(
      'Could have earned on your path',
    );
    expect(text).toMatch(/On the path you took, you could have earned \d+ points/);
    await shot(page, 'ladder-best', { settle: true, fullPage: true });
    expect(await axe(page, 'ladder best debrief')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('calling the emergency number about an adult in no danger shows what policy expected, and the voice & choice rationale', async () => {
    const { page, errors } = await playAndReport(BEST, 'emergency', true);
    const section = page.locator('.debrief-section.report');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('What your policy expected, and why');
    expect(text).toContain('Tell the security control room');
    expect(text).toContain('overrides that choice');
    expect(await section.locator('.ladder-table tr.mine').textContent()).toContain(
      'Police or the emergency number about an adult',
    );
    const choice = dimensionRow(page, 'Voice & choice');
    // +1 from the act phase, −2 for the over-escalation: below zero, and drawn left of the zero line.
    expect(await choice.locator('td').first().textContent()).toContain('−1');
    expect(await choice.locator('.bar-negative').count()).toBe(1);
    await shot(page, 'ladder-middling', { settle: true, fullPage: true });
    expect(await axe(page, 'ladder over-escalation debrief')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a poor path draws its negative scores below zero', async () => {
    const { page, errors } = await playAndReport(null, 'none', false);
    const negatives = await page.locator('.score-table tr.negative').count();
    expect(negatives).toBeGreaterThan(0);
    expect(await page.locator('.score-table .bar-negative').count()).toBe(negatives);
    await shot(page, 'ladder-poor', { settle: true, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
