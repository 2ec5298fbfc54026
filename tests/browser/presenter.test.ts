// Presenter mode in real Chromium: a projector page and an instructor console page in one browser
// context, synchronised over BroadcastChannel. The console tallies hands, takes the majority,
// overrides it at another decision, passes a discussion prompt, files the report with the class
// and reveals the scores; the test checks what the projector shows at each step, runs axe on both
// pages and takes screenshots (test-results/screenshots/presenter-*.png).

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gameUrl, useBrowser, watchErrors, shot } from './play.ts';
import { axe } from './axe.ts';

const url = gameUrl();
const browser = useBrowser();

/** What the console is waiting for now. */
async function consoleStage(c: Page): Promise<'discussion' | 'vote' | 'report' | 'debrief'> {
  const handle = await c.waitForFunction(() => {
    const text = document.querySelector('#console-stage')?.textContent ?? '';
    if (document.querySelector('.console .report-form')) return 'report';
    if (text.startsWith('Discussion')) return 'discussion';
    if (text.startsWith('Class vote')) return 'vote';
    if (text.startsWith('The class debrief')) return 'debrief';
    return false;
  });
  return (await handle.jsonValue()) as 'discussion' | 'vote' | 'report' | 'debrief';
}

/** Text of the options the projector shows, in order. */
const projectorOptions = (p: Page) =>
  p.$$eval('.proj-option-list li', (l) => l.map((x) => x.textContent ?? ''));
const consoleOptions = (c: Page) =>
  c.$$eval('.vote-row .vote-text', (l) => l.map((x) => x.textContent ?? ''));

/** Passes discussion prompts, checking the projector shows each one and hides the options. */
async function passDiscussions(p: Page, c: Page, seen: string[]): Promise<void> {
  while ((await consoleStage(c)) === 'discussion') {
    const question = (await c.textContent('.console-question')) ?? '';
    await p.waitForFunction((q) => document.querySelector('.proj-question')?.textContent === q, question);
    expect(await p.isVisible('.proj-options')).toBe(false);
    if (seen.length === 0) await shot(p, 'presenter-projector-discussion');
    seen.push(question);
    await c.getByRole('button', { name: 'Continue the story' }).click();
    await p.waitForFunction(
      (q) =>
        document.querySelector<HTMLElement>('.proj-discuss')?.hidden === true ||
        document.querySelector('.proj-question')?.textContent !== q,
      question,
    );
  }
}

describe('presenter mode', () => {
  it('projector and console: tally, majority, override, discussion, report, reveal', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const p = await context.newPage();
    const errors = watchErrors(p, { label: 'projector' });
    const violations: string[] = [];

    // From the picker (a trainer's link shows the instructor tools): "Present to a class" for the night lobby.
    await p.goto(`${url}?renderer=canvas&instructor`);
    await p.getByRole('link', { name: 'Present to a class: Night shift: the lobby' }).click();
    await p.waitForSelector('#proj-start-heading');
    violations.push(...(await axe(p, 'projector start')));
    await shot(p, 'presenter-projector-start');

    await p.getByRole('button', { name: 'Start with the class' }).click();
    await p.waitForSelector('.projector');

    // The console in a second window.
    const [c] = await Promise.all([
      context.waitForEvent('page'),
      p.getByRole('button', { name: 'Open the instructor console' }).click(),
    ]);
    watchErrors(c!, { label: 'console', into: errors });
    await c!.setViewportSize({ width: 720, height: 900 });
    await c!.waitForSelector('#console-heading');
    const con = c!;
    const discussed: string[] = [];

    // Decision 1: hands by + button and by the number field; the majority is taken.
    await passDiscussions(p, con, discussed);
    expect(await consoleStage(con)).toBe('vote');
    const options1 = await projectorOptions(p);
    expect(options1.length).toBeGreaterThan(1);
    expect((await consoleOptions(con)).map((t) => t.replace(/^\d+\.\s*/, ''))).toEqual(
      options1.map((t) => t.replace(/^\d+/, '')),
    );
    expect(await p.$('.proj-total')).toBeNull();
    // One hand from the single-screen fallback (the console as a panel on the projector), by keyboard;
    // the console window follows.
    await p.bringToFront();
    await p.getByRole('button', { name: 'Show the console here' }).click();
    expect(await p.isVisible('.console-panel')).toBe(true);
    await p.locator('.console-panel').getByRole('button', { name: 'One more hand for option 1' }).focus();
    await p.keyboard.press('Enter');
    await con.waitForFunction(() => document.querySelector<HTMLInputElement>('#hands-0')?.value === '1');
    violations.push(...(await axe(p, 'projector with the console panel')));
    await shot(p, 'presenter-projector-panel');
    await p.getByRole('button', { name: 'Hide the console' }).click();
    expect(await p.isVisible('.console-panel')).toBe(false);
    // Back to the console window (a background page's input events can be held back).
    await con.bringToFront();
    await con.getByRole('button', { name: 'One more hand for option 1' }).click();
    await con.getByLabel('Hands for option 2').fill('5');
    await con.getByLabel('Hands for option 2').press('Tab');
    await p.waitForFunction(() => document.querySelector('.proj-count')?.textContent === '7 votes so far');
    expect(await con.textContent('.console-verdict')).toContain('Majority: option 2');
    violations.push(...(await axe(con, 'console vote')));
    violations.push(...(await axe(p, 'projector vote')));
    await shot(p, 'presenter-projector-vote');
    await shot(con, 'presenter-console-vote', { fullPage: true });
    // A bad number is refused on the console, with the reason, and sends nothing.
    await con.getByLabel('Hands for option 1').fill('-3');
    await con.getByLabel('Hands for option 1').press('Tab');
    expect(await con.textContent('#hands-error-0')).toContain('whole number');
    await con.getByRole('button', { name: 'Take the majority' }).click();
    await p.waitForSelector('.proj-last-vote:not([hidden])');
    const lastVote = (await p.textContent('.proj-last-vote')) ?? '';
    expect(lastVote).toContain('5 votes (71%)');
    expect(lastVote).toContain('2 votes (29%)');
    expect(lastVote).toContain('Taken: the class majority.');
    // Decision 2: the class votes for option 1; the instructor explores option 2 instead.
    await passDiscussions(p, con, discussed);
    expect(await consoleStage(con)).toBe('vote');
    const options2 = await projectorOptions(p);
    await con.getByLabel('Hands for option 1').fill('4');
    await con.getByLabel('Hands for option 1').press('Tab');
    await p.waitForFunction(() => document.querySelector('.proj-count')?.textContent === '4 votes so far');
    await con.getByRole('button', { name: 'Take option 2 instead' }).click();
    await p.waitForFunction(() =>
      document.querySelector('.proj-last-vote .proj-taken')?.textContent?.includes('another branch'),
    );
    expect(await p.textContent('.proj-last-vote .proj-taken')).toContain(options2[0]!.replace(/^\d+/, ''));

    // On to the report: the instructor takes option 1 each time, and passes every discussion prompt.
    for (let i = 0; i < 40; i++) {
      await passDiscussions(p, con, discussed);
      const stage = await consoleStage(con);
      if (stage === 'report') break;
      const key = await con.getAttribute('.vote-rows', 'data-key');
      await con.getByRole('button', { name: 'Take option 1 instead' }).click();
      await con.waitForFunction(
        (k) =>
          document.querySelector('.console .report-form') !== null ||
          document.querySelector('#console-stage')?.textContent?.startsWith('Discussion') ||
          document.querySelector('.vote-rows')?.getAttribute('data-key') !== k,
        key,
      );
    }
    expect(discussed.length).toBeGreaterThan(0);
    expect(discussed.some((q) => q.includes('Who does the talking'))).toBe(true);

    // The report, filled in on the console with the class; the projector says so.
    expect(await consoleStage(con)).toBe('report');
    await p.waitForSelector('.proj-report:not([hidden])');
    await con.fill('#report-who', 'A man and a young woman at the desk');
    await con.fill('#report-when', '01:40');
    await con.fill('#report-where', 'Front desk');
    await con.check('input[name="action"][value="hotline"]');
    violations.push(...(await axe(con, 'console report')));
    await shot(con, 'presenter-console-report', { fullPage: true });
    await con.getByRole('button', { name: 'File the report' }).click();

    // The class debrief: path with votes, what was missed, no scores until revealed.
    await p.waitForSelector('#proj-debrief-heading');
    const debrief = (await p.textContent('.proj-debrief')) ?? '';
    expect(debrief).toContain('The path the class took');
    expect(debrief).toContain('What the class missed');
    expect(debrief).toContain('Scores are hidden until your instructor reveals them.');
    expect(debrief).toContain('another branch to explore');
    // The path shows the options taken: the majority at decision 1, the override at decision 2.
    const pathSteps = await p.$$eval('.proj-path-step .taken-text', (l) => l.map((x) => x.textContent ?? ''));
    expect(pathSteps[0]).toBe(options1[1]!.replace(/^\d+/, ''));
    expect(pathSteps[1]).toBe(options2[1]!.replace(/^\d+/, ''));
    expect(await p.$('.proj-total')).toBeNull();
    expect(await p.$$eval('.proj-path .points', (l) => l.length)).toBe(0);
    violations.push(...(await axe(p, 'projector debrief (hidden scores)')));
    await con.getByRole('button', { name: 'Reveal the scores' }).click();
    await p.waitForSelector('.proj-total');
    expect(await p.textContent('.proj-total')).toMatch(/Overall \d+% \(-?\d+ of \d+ points\)/);
    expect(await p.$$eval('.proj-path .points', (l) => l.length)).toBeGreaterThan(0);
    expect(await con.getByRole('button', { name: 'Scores revealed' }).isDisabled()).toBe(true);
    violations.push(...(await axe(p, 'projector debrief (revealed)')));
    violations.push(...(await axe(con, 'console debrief')));
    await shot(p, 'presenter-projector-debrief', { fullPage: true });

    // Ending the session.
    await con.getByRole('button', { name: 'End the session' }).click();
    await p.waitForFunction(() => document.body.textContent?.includes('The session has ended.'));

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 420_000);
});
