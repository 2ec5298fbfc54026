// The whole classroom in real Chromium: the relay (`npm run classroom`'s server) serves the game; the
// projector, opened from it, connects to the relay by itself and shows the join code and address; two
// phones join with that code and vote; the instructor's console sees the phone votes, and the majority
// the phones make is the choice the class takes.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../server/relay-server.ts';
import { OUT_DIR } from './server.ts';
import { shot, useBrowser, watchErrors } from './play.ts';

const browser = useBrowser();
let relay: Relay;

beforeAll(async () => {
  // The browser tests' global setup has built the game into OUT_DIR.
  relay = await startRelay({ port: 0, host: '127.0.0.1', staticDir: OUT_DIR });
});

afterAll(async () => {
  await relay?.close();
});

/** Waits until the console is at a class vote, passing any discussion prompts on the way. */
async function toVote(p: Page): Promise<void> {
  for (;;) {
    const stage = await p.waitForFunction(() => {
      const text = document.querySelector('#console-stage')?.textContent ?? '';
      if (text.startsWith('Discussion')) return 'discussion';
      if (text.startsWith('Class vote')) return 'vote';
      return false;
    });
    if ((await stage.jsonValue()) === 'vote') return;
    await p.locator('.console-panel').getByRole('button', { name: 'Continue the story' }).click();
  }
}

describe('classroom with phone voting', () => {
  it('shows the join code on the projector, takes phone votes and follows their majority', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const errors = watchErrors(p);
    await p.goto(`${relay.localUrl}?renderer=canvas&present=hotel.night_lobby`);
    await p.getByRole('button', { name: 'Start with the class' }).click();
    await p.getByRole('button', { name: 'Show the console here' }).click();
    await toVote(p);

    // The projector tells the class how to vote from their phones.
    const joinLine = await p.waitForSelector('.proj-join');
    const joinText = (await joinLine.textContent()) ?? '';
    const code = (await p.textContent('.proj-code'))?.trim();
    expect(code, joinText).toBeTruthy();
    expect(joinText).toContain(`${relay.localUrl}vote.html and enter the code ${code}`);

    const options = await p.$$eval('.proj-option-list li', (l) => l.map((x) => x.textContent ?? ''));
    expect(options.length).toBeGreaterThan(1);
    const last = options[options.length - 1]?.replace(/^\d+/, '') ?? '';

    // Two phones join with the code and both vote for the last option.
    const phones = await Promise.all([browser().newPage(), browser().newPage()]);
    for (const phone of phones) {
      await phone.setViewportSize({ width: 360, height: 740 });
      await phone.goto(`${relay.localUrl}vote.html?code=${code}`);
      await phone.getByRole('button', { name: last }).click();
      await phone.waitForSelector('.vote-joined');
    }
    await p.waitForFunction(() =>
      document.querySelector('.console-panel')?.textContent?.includes('2 phones have voted'),
    );
    await p.waitForFunction(() => document.querySelector('.proj-count')?.textContent === '2 votes so far');

    await shot(p, 'classroom-projector-phone-votes');
    // The phones' majority is the class's choice.
    const lines = await p.$$eval('.proj-lines p', (l) => l.map((x) => x.textContent ?? ''));
    await p.locator('.console-panel').getByRole('button', { name: 'Take the majority' }).click();
    await p.waitForFunction(
      (before) => (document.querySelector('.proj-lines')?.textContent ?? '') !== before.join(''),
      lines,
    );
    // The vote shown after the decision: every vote on the option the phones chose.
    const lastVote = (await p.textContent('.proj-last-vote')) ?? '';
    expect(lastVote).toContain(last.trim().slice(0, 30));
    expect(await p.textContent('.proj-taken')).toMatch(/majority/i);
    expect(errors).toEqual([]);
    await Promise.all(phones.map((phone) => phone.close()));
    await context.close();
  });
});
