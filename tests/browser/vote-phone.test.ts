// The phone voting page (vote.html) in real Chromium at phone width, against the real classroom relay
// serving the build from the global setup. The page goes through a small TCP proxy so the test can cut
// its connection like a Wi-Fi drop. Each screen is checked with axe-core and photographed.

import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_PATH } from '../../src/core/classroom/relay-protocol.ts';
import { startRelay, type Relay } from '../../server/relay-server.ts';
import { Client } from '../unit/relay-helpers.ts';
import { OUT_DIR } from './server.ts';
import { shot, useBrowser, watchErrors } from './play.ts';
import { axe } from './axe.ts';

const TOKEN = 'browser-test-token-0123456789';
const PHONE_HOST = 'classroom.test';

// Phones reach the relay over plain http on the LAN: not a secure context. A made-up host name that
// resolves to 127.0.0.1 gives the page the same conditions (127.0.0.1 itself counts as secure).
const browser = useBrowser([`--host-resolver-rules=MAP ${PHONE_HOST} 127.0.0.1`]);
let relay: Relay;
let proxy: Server;
let proxyPort = 0;
const piped = new Set<Socket>();

beforeAll(async () => {
  relay = await startRelay({ port: 0, host: '127.0.0.1', hostToken: TOKEN, staticDir: OUT_DIR });
  proxy = createServer((down) => {
    const up = connect(relay.port, '127.0.0.1');
    for (const s of [down, up]) {
      piped.add(s);
      s.on('close', () => piped.delete(s));
      s.on('error', () => {});
    }
    down.pipe(up).pipe(down);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const address = proxy.address();
  proxyPort = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  for (const s of piped) s.destroy();
  await new Promise<void>((ok) => (proxy ? proxy.close(() => ok()) : ok()));
  await relay?.close();
});

const status = (page: Page): Promise<string> => page.locator('[role="status"]').innerText();

describe('phone voting page', () => {
  it('joins with a typed code, votes, survives a dropped connection and sees the session end', async () => {
    const ws = `ws://127.0.0.1:${relay.port}${RELAY_PATH}`;
    const con = new Client(ws);
    await con.opened;
    con.send({ type: 'host', token: TOKEN });
    const { code } = await con.next('hosted');

    const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`http://${PHONE_HOST}:${proxyPort}/vote.html`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const violations: string[] = [];

    // A wrong code: a clear message, focus back in the field.
    const field = page.getByLabel('Join code (on the projector)');
    await field.fill(code === 'ABCD' ? 'ABCE' : 'ABCD');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForSelector('.vote-error');
    expect(await page.innerText('.vote-error')).toMatch(/wrong or has expired/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('join-code');
    violations.push(...(await axe(page, 'vote-join-error')));
    await shot(page, 'vote-join-error', { fullPage: true });

    // The right code, typed in lower case with a space.
    await field.fill(`${code.slice(0, 2).toLowerCase()} ${code.slice(2).toLowerCase()}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.vote-joined');
    await con.next('tally', (t) => t.voters === 1);

    con.send({
      type: 'open',
      question: {
        key: 'hotel.night_lobby#2',
        prompt: 'A guest answers every question put to the young woman with him. What do you do?',
        options: [
          { index: 0, text: 'Keep a calm distance, note what you see and tell your supervisor.' },
          { index: 1, text: 'Ask the young woman to come with you, away from him.' },
          { index: 2, text: 'Ask him for both their identity documents.' },
        ],
      },
    });
    const second = page.getByRole('button', { name: /Ask the young woman/ });
    await second.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vote-question');
    const first = page.getByRole('button', { name: /Keep a calm distance/ });
    await first.click();
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.startsWith('Vote'),
    );
    expect(await status(page)).toBe(
      'Vote received: Keep a calm distance, note what you see and tell your supervisor.',
    );
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    expect((await con.next('tally', (t) => t.tally[0] === 1)).voters).toBe(1);
    // Targets are big enough on a phone.
    const box = await first.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThan(300);
    violations.push(...(await axe(page, 'vote-question')));
    await shot(page, 'vote-question-360', { fullPage: true });

    // The Wi-Fi drops: the page says so, comes back by itself, and its vote is still the one counted.
    for (const s of piped) s.destroy();
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.includes('Trying again'),
    );
    expect(await first.isDisabled()).toBe(true);
    await shot(page, 'vote-reconnecting', { fullPage: true });
    await page.waitForFunction(
      () => document.querySelector('[role="status"]')?.textContent === 'Connected again.',
      {
        timeout: 10_000,
      },
    );
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    expect(await first.isDisabled()).toBe(false);
    // Changing the vote after the reconnect replaces it: still one vote in all.
    await second.click();
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.startsWith('Vote changed'),
    );
    const tally = await con.latest('tally', (t) => t.tally[1] === 1);
    expect(tally.tally).toEqual({ 0: 0, 1: 1, 2: 0 });
    expect(tally.voters).toBe(1);

    // The learner reloads the page: it hands back the voter id the relay issued, so it is the same
    // voter with the same vote, and voting again replaces that vote: still one vote in all.
    const storedVoter = (): Promise<unknown> =>
      page.evaluate(() => JSON.parse(localStorage.getItem('second-look.vote.voter') ?? 'null')?.voter);
    const voterBefore = await storedVoter();
    expect(voterBefore).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await page.reload();
    await page.getByRole('button', { name: /Ask the young woman/ }).waitFor();
    await page.waitForFunction(() =>
      document.querySelector('button.vote-option[aria-pressed="true"]')?.textContent?.startsWith('Ask the'),
    );
    expect(await con.latest('tally', (t) => t.voters === 1 && t.tally[1] === 1)).toMatchObject({
      tally: { 0: 0, 1: 1, 2: 0 },
    });
    await page.getByRole('button', { name: /Keep a calm distance/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.startsWith('Vote changed'),
    );
    expect((await con.latest('tally', (t) => t.tally[0] === 1)).tally).toEqual({ 0: 1, 1: 0, 2: 0 });
    expect((await con.last('tally')).voters).toBe(1);
    expect(await storedVoter()).toBe(voterBefore);
    // Never more votes than phones joined, in any tally the console saw.
    for (const t of con.of('tally')) {
      expect(Object.values(t.tally).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(t.voters);
    }

    // A second phone opens the join link: the code comes from the URL, no typing.
    const other = await browser().newPage({ viewport: { width: 360, height: 740 } });
    watchErrors(other, { into: errors });
    await other.goto(`http://${PHONE_HOST}:${proxyPort}/vote.html?code=${code}`);
    await other.getByRole('button', { name: /Ask him for both/ }).click();
    await other.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.startsWith('Vote'),
    );
    expect(await con.latest('tally', (t) => t.tally[2] === 1)).toMatchObject({
      tally: { 0: 1, 1: 0, 2: 1 },
      voters: 2,
    });

    // The instructor ends the session.
    con.send({ type: 'end' });
    await page.waitForSelector('.vote-ended');
    expect(await page.innerText('.vote-ended')).toBe(
      'The class session has ended. Thank you for taking part.',
    );
    // The session is over: the phone forgets its voter id.
    expect(await page.evaluate(() => localStorage.getItem('second-look.vote.voter'))).toBeNull();
    violations.push(...(await axe(page, 'vote-ended')));

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // The phone page loads none of the game's engine.
    expect(requests.filter((u) => /phaser|inkjs|ink-full|runner/i.test(u))).toEqual([]);
    await page.close();
    await other.close();
    con.close();
  });
});
