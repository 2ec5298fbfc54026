// The learner's safety nets in a real browser: reload in the middle of an encounter resumes at the same
// line; the debrief prints cleanly; the game fits a 360 px phone screen.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './server.ts';
import {
  ON_OFFER,
  encounterUrl,
  useBrowser,
  watchErrors,
  startEncounter,
  transcriptLines,
  pressFirst,
  playToReport,
  shot,
  settled,
  fileReport,
  waitForMoreLines,
  SEL,
} from './play.ts';

const browser = useBrowser();

async function startHotel(page: Page): Promise<void> {
  await page.goto(encounterUrl('hotel.night_lobby'));
  await startEncounter(page);
}

/** Paper sizes in PDF points (1/72 in) and the printable width in CSS pixels inside 15 mm margins. */
const PAPERS = [
  { format: 'A4', points: [595.28, 841.89], printableWidthMm: 210 - 30 },
  { format: 'Letter', points: [612, 792], printableWidthMm: 215.9 - 30 },
] as const;
type Paper = (typeof PAPERS)[number];

const MM_TO_CSS_PX = 96 / 25.4;

function sameSize(size: readonly number[], paper: Paper): boolean {
  return Math.abs((size[0] ?? 0) - paper.points[0]) < 1 && Math.abs((size[1] ?? 0) - paper.points[1]) < 1;
}

/** Page count and media boxes of a PDF Chromium printed (its page objects are plain text). */
function pdfPages(pdf: Buffer): { count: number; sizes: number[][] } {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)[\s\S]*?\/MediaBox\s*\[([^\]]+)\]/g) ?? [];
  const sizes = pages.map((p) => {
    const box = /\/MediaBox\s*\[([^\]]+)\]/.exec(p)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    return [(box[2] ?? 0) - (box[0] ?? 0), (box[3] ?? 0) - (box[1] ?? 0)];
  });
  return { count: pages.length, sizes };
}

/** Elements wider than the paper's printable width, laid out for print at that width. */
async function overflowAt(page: Page, paper: Paper): Promise<string[]> {
  const viewport = page.viewportSize();
  await page.setViewportSize({
    width: Math.floor(paper.printableWidthMm * MM_TO_CSS_PX),
    height: viewport?.height ?? 800,
  });
  await page.emulateMedia({ media: 'print' });
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > limit + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  if (viewport) await page.setViewportSize(viewport);
  return wide;
}

describe('the learner', () => {
  it('reloads in the middle of an encounter and resumes at the same line', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await startHotel(page);
    for (let i = 0; i < 4; i++) await pressFirst(page);
    const lines = await transcriptLines(page);
    const choices = await page.$$eval('.choices button, .observe button', (b) => b.map((x) => x.textContent));
    await page.reload();
    await page.waitForSelector(ON_OFFER);
    expect(await transcriptLines(page)).toEqual(lines);
    expect(await page.$$eval('.choices button, .observe button', (b) => b.map((x) => x.textContent))).toEqual(
      choices,
    );
    // And play on from there.
    await pressFirst(page);
    expect(await page.$$eval('.transcript .line', (l) => l.length)).toBeGreaterThan(lines.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the debrief without the game chrome', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await startHotel(page);
    await playToReport(page, pressFirst);
    await fileReport(page, 'hotline');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('.topbar', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.$eval('.actions-row', (el) => getComputedStyle(el).display)).toBe('none');
    await shot(page, 'print-debrief', { fullPage: true });
    for (const paper of PAPERS) {
      // Laid out at the paper's printable width, nothing sticks out sideways…
      expect(await overflowAt(page, paper)).toEqual([]);
      // …and the PDF the browser makes is that paper size.
      const pdf = await page.pdf({ format: paper.format, path: join(SHOTS, `debrief-${paper.format}.pdf`) });
      expect(pdfPages(pdf).sizes.every((s) => sameSize(s, paper))).toBe(true);
      expect(pdfPages(pdf).count).toBeGreaterThan(0);
    }

    // The attempt is in the history (IndexedDB) and shows on the progress page, also after a reload.
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await page.getByRole('button', { name: 'Progress' }).click();
    await page.waitForSelector('.progress-table');
    expect(await page.textContent('.progress-table')).toContain('Hotel');
    await shot(page, 'progress', { fullPage: true });
    // The certificate carries the learner's name and the encounters completed, alone on the printed page.
    await page.fill('#cert-name', 'Alex Example');
    await page.evaluate(() => document.documentElement.classList.add('printing-certificate'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.progress-table').first().isVisible()).toBe(false);
    expect(await page.locator('.certificate').isVisible()).toBe(true);
    expect(await page.textContent('.certificate')).toContain('Alex Example');
    expect(await page.textContent('.certificate')).toContain('Night shift: the lobby');
    await shot(page, 'print-certificate', { fullPage: true });
    for (const paper of PAPERS) {
      expect(await overflowAt(page, paper)).toEqual([]);
      const pdf = await page.pdf({
        format: paper.format,
        path: join(SHOTS, `certificate-${paper.format}.pdf`),
      });
      // The certificate is one whole page on both A4 and Letter.
      expect(pdfPages(pdf)).toEqual({ count: 1, sizes: [expect.anything()] });
      expect(sameSize(pdfPages(pdf).sizes[0] ?? [0, 0], paper)).toBe(true);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.documentElement.classList.remove('printing-certificate'));
    // A malformed import file is refused with the reason; the saved attempt stays.
    await page.setInputFiles('#history-import', {
      name: 'not-history.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await page.waitForFunction(() =>
      document.querySelector('.notices')?.textContent?.includes('not imported'),
    );
    expect(await page.textContent('.notices')).toContain('is not a Second Look history export');
    expect(await page.textContent('.progress-table')).toContain('Hotel');
    await page.close();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const page = await browser().newPage({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await startHotel(page);
    const before = (await transcriptLines(page)).length;
    await page.tap('.choices button.choice');
    await waitForMoreLines(page, before, SEL.reportForm);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(page, 'phone-360');
    const small = await page.$$eval(
      'button',
      (bs) =>
        bs.filter((b) => {
          const r = b.getBoundingClientRect();
          return r.width > 0 && (r.width < 24 || r.height < 24);
        }).length,
    );
    expect(small).toBe(0);
    await page.close();
  });

  it('is usable at 200% zoom (a 1280 px screen zoomed to 640 CSS pixels)', async () => {
    const page = await browser().newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await startHotel(page);
    const before = (await transcriptLines(page)).length;
    await page.keyboard.press('1');
    await waitForMoreLines(page, before, SEL.reportForm);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    const choice = page.locator('.choices button.choice, .observe button.look').first();
    await choice.scrollIntoViewIfNeeded();
    expect(await choice.isVisible()).toBe(true);
    await shot(page, 'zoom-200');
    await page.close();
  });
});
