// Assignments and programme results in real Chromium: an instructor composes an assignment; a learner
// opens its link in a fresh browser, sees only that set in order with its fixed mode, plays one
// encounter and sees pass or fail against the mark; the assignment survives a reload; the learner
// exports JSON and CSV; the instructor imports that export with a malformed file and a fixture into the
// summary. axe-core runs on every new screen; screenshots go to test-results/screenshots/programme-*.png.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readAssignmentFile } from '../../src/core/lms/assignment.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { readHistoryExport } from '../../src/core/progress/history-read.ts';
import { ATTEMPT_CSV_COLUMNS } from '../../src/core/progress/programme.ts';
import CSV_EN from '../../src/i18n/generated/en-US/csv.ts';
import {
  ON_OFFER,
  gameUrl,
  useBrowser,
  watchErrors,
  pressFirst,
  playToReport,
  shot,
  fileReport,
} from './play.ts';
import { axe } from './axe.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'programme');
const LOBBY = 'hotel.night_lobby';
const STORE = 'store.directed_shoplifting';

const url = gameUrl();
const browser = useBrowser();

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Plays the open encounter by taking the first option each time, then files a hotline report. */
async function playThrough(page: Page): Promise<void> {
  await page.waitForSelector(ON_OFFER);
  await playToReport(page, pressFirst, 60);
  await fileReport(page, 'hotline');
}

describe('assignments and programme results', () => {
  it('composes an assignment, plays it from its link, exports results and summarises them', async () => {
    const errors: string[] = [];
    // The instructor.
    const instructor = await browser().newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    watchErrors(instructor, { into: errors });
    await instructor.goto(`${url}?renderer=canvas&instructor`);
    await instructor.getByRole('button', { name: 'Instructor tools' }).click();
    await instructor.waitForSelector('#instructor-heading');
    // Creating with nothing filled in says what is missing.
    await instructor.getByRole('button', { name: 'Create the link and file' }).click();
    expect(await instructor.textContent('.assign-status')).toContain('title');
    expect(await instructor.textContent('.assign-status')).toContain('encounters: needs at least 1');
    await instructor.fill('#assign-title', 'Night shift refresher');
    await instructor.check(`#assign-${CSS_ID(LOBBY)}`);
    await instructor.check(`#assign-${CSS_ID(STORE)}`);
    // Put the store encounter first.
    await instructor
      .getByRole('button', { name: /^Move up: / })
      .last()
      .click();
    expect(await instructor.$$eval('.assign-order .order-title', (l) => l.map((x) => x.textContent))).toEqual(
      ['Day shift: razors to order', 'Night shift: the lobby'],
    );
    await instructor.fill('#assign-mark', '60');
    await instructor.getByRole('button', { name: 'Create the link and file' }).click();
    const link = await instructor.inputValue('#assign-link');
    expect(link).toContain('?assignment=');
    const file = await downloadText(instructor, () =>
      instructor.getByRole('button', { name: 'Download assignment file' }).click(),
    );
    const assignment = readAssignmentFile(file.name, file.text);
    expect(assignment).toMatchObject({
      title: 'Night shift refresher',
      encounters: [STORE, LOBBY],
      mode: 'assessment',
      passMark: 60,
    });
    expect(await axe(instructor)).toEqual([]);
    await shot(instructor, 'programme-composer', { fullPage: true });

    // The learner, in a fresh browser, opens the link: only that set, in order, with the mark.
    const context = await browser().newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const learner = await context.newPage();
    watchErrors(learner, { into: errors });
    await learner.goto(link.replace('?', '?renderer=canvas&'));
    await learner.waitForSelector('.assignment-picker');
    expect(await learner.textContent('#picker-heading')).toBe('Assignment: Night shift refresher');
    expect(await learner.textContent('.assignment-facts')).toBe('Mode: Assessment. Pass mark: 60%.');
    expect(
      await learner.$$eval('.assignment-list > li', (l) => l.map((x) => x.getAttribute('data-encounter'))),
    ).toEqual([STORE, LOBBY]);
    expect(await learner.$$eval('.assignment-list .status', (l) => l.map((x) => x.textContent))).toEqual([
      'Not started',
      'Not started',
    ]);
    expect(learner.url()).not.toContain('assignment=');
    await learner.fill('#assignment-learner', 'Sam Rivera');
    await learner.press('#assignment-learner', 'Tab');
    expect(await axe(learner)).toEqual([]);
    await shot(learner, 'programme-assignment-picker', { fullPage: true });

    // The mode is fixed: only the assessment start is offered.
    await learner.getByRole('button', { name: 'Open: Night shift: the lobby' }).click();
    await learner.waitForSelector('#note-heading');
    expect(await learner.$$eval('.modes button', (b) => b.map((x) => x.textContent))).toEqual([
      'Start the encounter: Assessment',
    ]);
    expect(await learner.textContent('.modes legend')).toBe('Mode set by your assignment: Assessment');
    await learner.getByRole('button', { name: 'Start the encounter: Assessment' }).click();
    await playThrough(learner);
    const total = Number((await learner.textContent('.debrief .total'))?.match(/Overall (\d+)%/)?.[1]);
    expect(Number.isFinite(total)).toBe(true);
    const verdict = await learner.textContent('.assignment-result');
    expect(verdict).toContain(total >= 60 ? 'passed with' : 'not yet passed');
    expect(verdict).toContain('pass mark 60%');
    expect(await axe(learner)).toEqual([]);
    await shot(learner, 'programme-debrief', { fullPage: true });

    // A reload keeps the assignment, and the encounter's status follows the result.
    await learner.reload();
    await learner.getByRole('button', { name: 'Scenarios' }).click();
    await learner.waitForSelector('.assignment-picker');
    await learner.waitForFunction(
      () => document.querySelectorAll('.assignment-list .status')[1]?.textContent !== 'Not started',
    );
    expect(await learner.$$eval('.assignment-list .status', (l) => l.map((x) => x.textContent))).toEqual([
      'Not started',
      total >= 60 ? 'Passed' : 'Not yet passed',
    ]);

    // Exports carry the learner and the programme fields.
    await learner.getByRole('button', { name: 'Progress' }).click();
    await learner.waitForSelector('.progress-table');
    expect(await learner.inputValue('#learner-name')).toBe('Sam Rivera');
    expect(await learner.inputValue('#cert-name')).toBe('Sam Rivera');
    const json = await downloadText(learner, () =>
      learner.getByRole('button', { name: 'Export my history' }).click(),
    );
    const exported = readHistoryExport(json.name, json.text);
    expect(exported.learner).toBe('Sam Rivera');
    expect(exported.attempts).toHaveLength(1);
    const attempt = exported.attempts[0];
    expect(attempt?.assignment).toMatchObject({
      title: 'Night shift refresher',
      passMark: 60,
      encounters: [STORE, LOBBY],
    });
    expect(attempt?.passed).toBe(total >= 60);
    expect(attempt?.percent).toBe(total);
    expect(Array.isArray(attempt?.noticed)).toBe(true);
    const csv = await downloadText(learner, () =>
      learner.getByRole('button', { name: 'Export my results (CSV)' }).click(),
    );
    const rows = parseCsv(csv.text);
    // The header is in the interface's language (English here), one word per column id, in order.
    expect(rows[0]).toEqual(ATTEMPT_CSV_COLUMNS.map((c) => CSV_EN.attempts[c]));
    expect(rows.slice(1).every((r) => r[0] === 'Sam Rivera' && r[3] === LOBBY)).toBe(true);
    // One total row, one per dimension, one per indicator noticed or missed.
    expect(rows.length - 1).toBe(
      1 +
        (attempt?.dimensions.length ?? 0) +
        (attempt?.noticed?.length ?? 0) +
        (attempt?.missed.length ?? 0) +
        (attempt?.critical.length ?? 0),
    );
    expect(await axe(learner)).toEqual([]);
    await shot(learner, 'programme-progress', { fullPage: true });
    // The name is one value: changing it on the certificate changes it for exports too.
    await learner.fill('#cert-name', 'S. Rivera');
    await learner.press('#cert-name', 'Tab');
    expect(await learner.inputValue('#learner-name')).toBe('S. Rivera');
    await learner.fill('#cert-name', 'Sam Rivera');
    await learner.press('#cert-name', 'Tab');

    // The instructor imports the learner's export, a malformed file and a fixture learner.
    await instructor.setInputFiles('#programme-import', [
      { name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(json.text) },
      fixture('broken.json'),
      fixture('alice.json'),
    ]);
    await instructor.waitForSelector('.programme-learners');
    expect(await instructor.textContent('.import-messages')).toContain('2 files imported.');
    expect(await instructor.textContent('.refused')).toBe(
      'broken.json was not imported: is not a JSON file.',
    );
    expect(await instructor.textContent('.overview')).toBe('2 learners, 3 attempts.');
    const cells = (selector: string) =>
      instructor.$$eval(`${selector} tbody tr`, (trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent)),
      );
    expect(await cells('.programme-learners')).toEqual([
      ['Alice Ng', 'alice.json', '2', '2'],
      ['Sam Rivera', 'sam.json', '1', '1'],
    ]);
    // Two assignments: Alice's fixture one and the one just composed.
    const completion = await instructor.$$eval('.programme-completion', (ts) =>
      ts.map((t) => ({
        caption: t.querySelector('caption')?.textContent,
        rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
      })),
    );
    expect(completion).toContainEqual({
      caption: 'Completion: Night shift refresher (pass mark 60%)',
      rows: [
        [
          'Sam Rivera',
          'Not started',
          total >= 60 ? 'Passed' : 'Not yet passed',
          `${total >= 60 ? 1 : 0} / 2`,
        ],
      ],
    });
    // Safety: Alice 8/10 and 2/10, Sam's own score from his export, averaged over the three attempts.
    const samSafety = attempt?.dimensions.find((d) => d.id === 'safety');
    const samPct =
      samSafety && samSafety.max > 0 ? Math.max(0, (100 * samSafety.score) / samSafety.max) : null;
    const expected = samPct === null ? (80 + 20) / 2 : (80 + 20 + samPct) / 3;
    const dims = await cells('.programme-dimensions');
    expect(dims.find((r) => r[0] === 'Safety')?.[2]).toBe(`${Math.round(expected * 10) / 10}%`);
    // Store row: Alice's a2 only (50%), 2 missed of 3 shown.
    expect((await cells('.programme-settings')).find((r) => r[0] === 'Store')).toEqual([
      'Store',
      '1',
      '50%',
      '3',
      '2',
      '66.7%',
    ]);
    const summaryCsv = await downloadText(instructor, () =>
      instructor.getByRole('button', { name: 'Download the summary (CSV)' }).click(),
    );
    expect(
      parseCsv(summaryCsv.text).find((r) => r[0] === 'setting' && r[3] === 'store' && r[5] === 'missed')?.[6],
    ).toBe('2');
    expect(await axe(instructor)).toEqual([]);
    await instructor.click('.programme-summary details summary');
    await shot(instructor, 'programme-summary', { fullPage: true });

    expect(errors).toEqual([]);
    await context.close();
    await instructor.close();
  });

  it('refuses a damaged link or file with a reason and keeps what was saved', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}?renderer=canvas&assignment=not-a-real-code`);
    await page.waitForFunction(() => document.querySelector('.notices')?.textContent?.includes('not opened'));
    expect(await page.textContent('.notices')).toContain('assignment link: is damaged or incomplete');
    expect(await page.$('.assignment-picker')).toBeNull();
    // A foreign file on the picker is refused with its name; a good one opens assignment mode.
    await page.setInputFiles('#assignment-import', join(FIXTURES, 'alice.json'));
    await page.waitForFunction(() => document.querySelector('.notices')?.textContent?.includes('alice.json'));
    expect(await page.textContent('.notices')).toContain(
      'alice.json: is a history export, not an assignment',
    );
    expect(await axe(page)).toEqual([]);
    await shot(page, 'programme-picker-open-file', { fullPage: true });
    const file = {
      format: 'second-look-assignment',
      version: 1,
      title: 'Hotel basics',
      encounters: [LOBBY],
      mode: 'practice',
      passMark: 50,
    };
    await page.setInputFiles('#assignment-import', {
      name: 'hotel-basics.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.waitForSelector('.assignment-picker');
    expect(await page.textContent('#picker-heading')).toBe('Assignment: Hotel basics');
    // A damaged link now leaves the open assignment as it was.
    await page.goto(`${url}?renderer=canvas&assignment=%%%`);
    await page.waitForSelector('.assignment-picker');
    expect(await page.textContent('.notices')).toContain('was not opened');
    expect(await page.textContent('#picker-heading')).toBe('Assignment: Hotel basics');
    // A direct link to an encounter outside the assignment does not start it.
    await page.goto(`${url}?renderer=canvas&encounter=store.busy_saturday&start`);
    await page.waitForSelector('.assignment-picker');
    expect(await page.$('.choices')).toBeNull();
    await page.goto(`${url}?renderer=canvas`);
    await page.waitForSelector('.assignment-picker');
    // Leaving returns to the full picker, also after a reload.
    await page.getByRole('button', { name: 'Leave this assignment' }).click();
    await page.waitForSelector('#assignment-import');
    await page.reload();
    await page.waitForSelector('#assignment-import');
    expect(await page.$('.assignment-picker')).toBeNull();
    await context.close();
  });
});

function fixture(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: readFileSync(join(FIXTURES, name)) };
}

function CSS_ID(id: string): string {
  return id.replace(/\./g, '\\.');
}
