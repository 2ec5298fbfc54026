// The Content Security Policy (src/core/csp.ts) in a real browser: the built game served WITH the
// header (vite preview, as `npm start` serves it; the classroom relay for the vote page) and the meta,
// played to a debrief, then settings, progress, presenter mode with vote bars, and the phone vote
// page, with not one `securitypolicyviolation`.

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../server/relay-server.ts';
import {
  encounterUrl,
  fileReport,
  gameUrl,
  playToReport,
  pressFirst,
  shot,
  startEncounter,
  useBrowser,
} from './play.ts';
import { OUT_DIR } from './server.ts';

const browser = useBrowser();
let relay: Relay;

beforeAll(async () => {
  relay = await startRelay({ port: 0, host: '127.0.0.1', hostToken: 'csp-test-token', staticDir: OUT_DIR });
});
afterAll(async () => {
  await relay?.close();
});

/** Every CSP report in the context's pages: the event, and the console's "Refused to …" lines. */
async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const reports: string[] = [];
  await context.exposeBinding('__cspReport', ({ page }, text: string) => {
    reports.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspReport: (t: string) => void }).__cspReport;
      void report(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  const watch = (page: Page) =>
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) reports.push(`${page.url()}: ${m.text()}`);
    });
  context.on('page', watch);
  return reports;
}

describe('Content Security Policy', () => {
  it('is sent as a header and a meta, and the whole game runs under it without one violation', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const reports = await watchPolicy(context);
    const page = await context.newPage();

    const res = await page.goto(encounterUrl('hotel.night_lobby'));
    const header = res?.headers()['content-security-policy'] ?? '';
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "frame-ancestors 'self'",
    ])
      expect(header).toContain(directive);
    expect(header).not.toContain('unsafe');
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(meta).toContain("script-src 'self';");
    expect(await page.$$eval('script:not([src])', (s) => s.length)).toBe(0);

    // An encounter with its scene art, to the debrief.
    await startEncounter(page);
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('#scene-host')?.dataset['stageFigures'] ?? 0) > 0,
      undefined,
      { timeout: 60_000 },
    );
    await playToReport(page, pressFirst);
    await fileReport(page, 'supervisor');
    await shot(page, 'csp-debrief');

    // Settings and progress.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Reduce motion' }).waitFor();
    await page.goto(gameUrl());
    await page.getByRole('button', { name: 'Progress' }).click();
    await page.waitForSelector('.progress-table');

    // Presenter mode, with a vote shown as bars (sized through CSSOM, not a style attribute).
    await page.goto(`${gameUrl()}?renderer=canvas&instructor`);
    await page.getByRole('link', { name: 'Present to a class: Night shift: the lobby' }).click();
    await page.getByRole('button', { name: 'Start with the class' }).click();
    await page.waitForSelector('.projector');
    await page.getByRole('button', { name: 'Show the console here' }).click();
    const panel = page.locator('.console-panel');
    await panel.getByRole('button', { name: 'One more hand for option 1' }).click();
    await panel.getByRole('button', { name: 'Take the majority' }).click();
    await page.waitForSelector('.bar-fill');
    const widths = await page.$$eval('.bar-fill', (els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBeGreaterThan(0);
    await shot(page, 'csp-presenter');

    // The phone vote page, from the classroom relay, which sends the header too.
    const phone = await context.newPage();
    const voteRes = await phone.goto(`http://127.0.0.1:${relay.port}/vote.html`);
    expect(voteRes?.headers()['content-security-policy']).toContain("script-src 'self'");
    await phone.getByRole('button', { name: 'Join' }).waitFor();
    const relayGame = await phone.goto(`http://127.0.0.1:${relay.port}/`);
    expect(relayGame?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    await phone.waitForSelector('.topbar');

    expect(reports).toEqual([]);
    await context.close();
  });
});
