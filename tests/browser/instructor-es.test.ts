// Issue #13: no English on the instructor's screens in Spanish, past their first screen. The
// programme summary (learners' exports imported, one refused), the presenter console and the
// projector through a class session (vote, discussion, report, class debrief with the scores
// revealed), and the phone vote page after joining a class (joined, a question, a vote, the end):
// each shows no English but names and configured contacts (tests/browser/screen-text.ts), and
// passes axe. The first screens of these tools are in screens-es.test.ts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_PATH } from '../../src/core/classroom/relay-protocol.ts';
import esGeneral from '../../src/i18n/generated/es-US/general.ts';
import esPresenter from '../../src/i18n/generated/es-US/presenter.ts';
import esReport from '../../src/i18n/generated/es-US/report.ts';
import esVote from '../../src/i18n/generated/es-US/vote.ts';
import { startRelay, type Relay } from '../../server/relay-server.ts';
import { Client } from '../unit/relay-helpers.ts';
import { axe } from './axe.ts';
import { gameUrl, settled, shot, useBrowser, watchErrors } from './play.ts';
import { allowedOnScreen, englishIn } from './screen-text.ts';
import { OUT_DIR } from './server.ts';

const browser = useBrowser();
const ALLOWED = allowedOnScreen('es-US');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'programme');
const TOKEN = 'browser-test-token-es-0123456789';
const SAFETY_ES = (
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'stories', 'catalog', 'es-US', 'dimensions.json'),
      'utf8',
    ),
  ) as Record<string, { name: string }>
)['safety']!.name;

/** Collects what reads as English and what axe finds on each screen checked. */
function checker() {
  const english: string[] = [];
  const violations: string[] = [];
  return {
    english,
    violations,
    check: async (p: Page, screen: string): Promise<void> => {
      await settled(p);
      english.push(...(await englishIn(p, screen, ALLOWED)));
      violations.push(...(await axe(p, `${screen} (es)`)));
    },
  };
}

/**
 * A programme fixture as an English-speaking learner's export would be: the fixtures' made-up sign
 * ids replaced by the library's own, their descriptions left in English (the records' words).
 */
const REAL_IDS: Record<string, string> = {
  'ind.ia': 'hotel.companion_holds_id_money_keys',
  'ind.ib': 'hotel.cash_prepaid_multiple_rooms',
  'ind.ic': 'hotel.guest_injured_deprived',
  'ind.id': 'retail.watcher_outside',
};
const fixture = (name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(
    readFileSync(join(FIXTURES, name), 'utf8').replace(
      /"ind\.i[a-d]"/g,
      (id) => `"${REAL_IDS[id.slice(1, -1)]}"`,
    ),
  ),
});

describe('the instructor screens in Spanish, past their first screen', () => {
  it('programme summary: imported exports, a refused file, every table', async () => {
    const context = await browser().newContext({ locale: 'es-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page, { console: true });
    const { english, violations, check } = checker();
    await page.goto(`${gameUrl()}?renderer=canvas&instructor`);
    await page.getByRole('button', { name: esGeneral.nav.instructor, exact: true }).click();
    await page.waitForSelector('#instructor-heading');
    await page.setInputFiles('#programme-import', [
      fixture('alice.json'),
      fixture('bob.json'),
      fixture('broken.json'),
    ]);
    await page.waitForSelector('.programme-learners');
    await page.waitForSelector('.refused');
    // The names of dimensions and signs come with the catalogs, which load on demand.
    await page.waitForFunction(
      (name) => document.querySelector('.programme-dimensions')?.textContent?.includes(name),
      SAFETY_ES,
    );
    // Every part of the summary open, so its words are on screen.
    for (const summary of await page.$$('.programme-summary details:not([open]) > summary'))
      await summary.click();
    await check(page, 'programme summary');
    await shot(page, 'instructor-es-programme', { fullPage: true });
    expect(english).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('presenter console and projector: vote, discussion, report, class debrief', async () => {
    const context = await browser().newContext({ locale: 'es-US', viewport: { width: 1280, height: 720 } });
    const p = await context.newPage();
    const errors = watchErrors(p, { console: true, label: 'projector' });
    const { english, violations, check } = checker();
    await p.goto(`${gameUrl()}?renderer=canvas&instructor`);
    await p.waitForSelector('#picker-heading');
    await p.locator('a.button-link').first().click();
    await p.getByRole('button', { name: esPresenter.start }).click();
    await p.waitForSelector('.projector');
    const [c] = await Promise.all([
      context.waitForEvent('page'),
      p.getByRole('button', { name: esPresenter.openConsole }).click(),
    ]);
    const con = c!;
    watchErrors(con, { console: true, label: 'console', into: errors });
    await con.setViewportSize({ width: 720, height: 900 });
    await con.waitForSelector('#console-heading');

    const C = esPresenter.console;
    const stage = async (): Promise<string> => {
      const handle = await con.waitForFunction(
        (words) => {
          const text = document.querySelector('#console-stage')?.textContent ?? '';
          if (document.querySelector('.console .report-form')) return 'report';
          for (const [name, heading] of Object.entries(words)) if (text.startsWith(heading)) return name;
          return false;
        },
        { discussion: C.discussion, vote: C.vote, debrief: C.debrief },
      );
      return (await handle.jsonValue()) as string;
    };
    // Through the session, taking option 1 at every vote: each kind of stage checked once, on both.
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const now = await stage();
      if (now === 'report') break;
      if (!seen.has(now)) {
        seen.add(now);
        await check(con, `console ${now}`);
        await check(p, `projector ${now}`);
      }
      const before = await con.textContent('#console-stage');
      const key = await con.evaluate(
        () => document.querySelector('.vote-rows')?.getAttribute('data-key') ?? null,
      );
      if (now === 'discussion') await con.getByRole('button', { name: C.continue }).click();
      else {
        await con.getByLabel(C.hands({ n: 1 })).fill('3');
        await con.getByLabel(C.hands({ n: 1 })).press('Tab');
        await con.getByRole('button', { name: C.takeMajority }).click();
      }
      await con.waitForFunction(
        ([b, k]) =>
          document.querySelector('.console .report-form') !== null ||
          document.querySelector('#console-stage')?.textContent !== b ||
          (document.querySelector('.vote-rows')?.getAttribute('data-key') ?? null) !== k,
        [before, key] as const,
      );
    }
    expect([...seen].sort()).toEqual(['discussion', 'vote']);
    await p.waitForSelector('.proj-report:not([hidden])');
    await check(con, 'console report');
    await check(p, 'projector report');
    await con.fill('#report-who', 'Un hombre y una joven en la recepción');
    await con.fill('#report-when', '01:40');
    await con.fill('#report-where', 'Recepción');
    await con.check('input[name="action"][value="hotline"]');
    await con.getByRole('button', { name: esReport.submit }).click();
    await p.waitForSelector('#proj-debrief-heading');
    await con.getByRole('button', { name: C.reveal }).click();
    await p.waitForSelector('.proj-total');
    await check(con, 'console debrief');
    await check(p, 'projector debrief');
    await shot(con, 'instructor-es-console', { fullPage: true });
    await shot(p, 'instructor-es-projector-debrief', { fullPage: true });
    expect(english).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 420_000);

  describe('phone vote page after joining', () => {
    let relay: Relay;
    beforeAll(async () => {
      relay = await startRelay({ port: 0, host: '127.0.0.1', hostToken: TOKEN, staticDir: OUT_DIR });
    });
    afterAll(async () => {
      await relay?.close();
    });

    it('joined, a question, a vote and the end of the session', async () => {
      const con = new Client(`ws://127.0.0.1:${relay.port}${RELAY_PATH}`);
      await con.opened;
      con.send({ type: 'host', token: TOKEN });
      const { code } = await con.next('hosted');
      const context = await browser().newContext({ locale: 'es-US', viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const errors = watchErrors(page, { console: true, label: 'phone' });
      const { english, violations, check } = checker();
      await page.goto(`http://127.0.0.1:${relay.port}/vote.html?code=${code}`);
      await page.waitForSelector('.vote-joined');
      await con.next('tally', (t) => t.voters === 1);
      await check(page, 'phone joined');

      con.send({
        type: 'open',
        question: {
          key: 'hotel.night_lobby#2',
          prompt:
            'Un huésped contesta cada pregunta que se le hace a la joven que viene con él. ¿Qué hace usted?',
          options: [
            {
              index: 0,
              text: 'Mantener una distancia tranquila, anotar lo que ve y avisar a su supervisor.',
            },
            { index: 1, text: 'Pedirle a la joven que lo acompañe, lejos de él.' },
          ],
          lang: 'es-US',
        },
      });
      const first = page.getByRole('button', { name: /Mantener una distancia/ });
      await first.waitFor();
      await check(page, 'phone question');
      await first.click();
      await page.waitForFunction(() => document.querySelector('button.vote-option[aria-pressed="true"]'));
      await con.next('tally', (t) => t.tally[0] === 1);
      await check(page, 'phone voted');
      await shot(page, 'instructor-es-phone-voted', { fullPage: true });

      con.send({ type: 'end' });
      await page.waitForSelector('.vote-ended');
      expect(await page.innerText('.vote-ended')).toBe(esVote.ended);
      await check(page, 'phone ended');
      expect(english).toEqual([]);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      con.close();
      await context.close();
    });
  });
});
