// Organisation set-up in a real browser: an administrator fills the form by keyboard, sees a field
// error named next to the field, fixes it, downloads config.json (which validates), uses the set-up on
// this device, reloads, and the learner sees the organisation's name and logo, its policy text on the
// briefing and in the debrief, only the enabled encounters, and every hotline in the step-out dialog.

import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/core/config/config.ts';
import {
  gameUrl,
  useBrowser,
  watchErrors,
  startEncounter,
  pressFirst,
  playToReport,
  shot,
  settled,
  fileReport,
} from './play.ts';
import { axe } from './axe.ts';

const url = gameUrl();
const browser = useBrowser();

/** A real 2×2 PNG (a blue square), built here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = [0, 29, 79, 145, 29, 79, 145]; // filter byte, then two RGB pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([...row, ...row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = tinyPng();
const ORG = 'Harbour Hotels';
const BRIEFING = 'Harbour policy: observe and keep people safe; never confront anyone.';
const DEBRIEF = 'Harbour next step: write it in the incident book before the end of the shift.';

/** Presses Tab until the focused element has this id; fails after `max` presses. */
async function tabToId(page: Page, id: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
  }
  throw new Error(`could not reach #${id} with the Tab key`);
}

/** Replaces the focused field's text by typing. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

describe('organisation set-up', () => {
  it('is filled by keyboard, validated live, downloaded, used on this device and shown to learners', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];
    await page.goto(url);
    await page.waitForSelector('#picker-heading');

    // Settings → Organisation set-up, by keyboard.
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#settings-heading');
    await tabToId(page, 'org-setup-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#org-heading');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('org-heading');

    // Start from the UK preset.
    await tabToId(page, 'org-start');
    await page.selectOption('#org-start', 'uk');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('.org-status')?.textContent?.includes('United Kingdom'),
    );
    expect(await page.inputValue('#org-emergency')).toBe('999');
    expect(await page.inputValue('#org-jurisdiction')).toBe('England and Wales');

    // Name and jurisdiction.
    await page.focus('#org-heading');
    await tabToId(page, 'org-name');
    await retype(page, ORG);
    await page.keyboard.press('Tab');
    await retype(page, 'Scotland');

    // A wrong emergency number: the error is named next to the field and in the summary.
    await tabToId(page, 'org-emergency');
    await retype(page, 'nine nine nine');
    const fieldError = await page.textContent('#org-emergency-error');
    expect(fieldError).toContain('contacts.emergencyNumber: must be a phone number');
    expect(await page.getAttribute('#org-emergency', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#org-emergency', 'aria-describedby')).toContain('org-emergency-error');
    expect(await page.textContent('#org-summary')).toContain('1 problem to fix');
    await page.locator('#org-emergency-error').scrollIntoViewIfNeeded();
    await shot(page, 'org-setup-error');
    violations.push(...(await axe(page, 'org-setup with an error')));
    // Downloading is refused while there is a problem; focus goes to the summary.
    await page.click('#org-download');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('org-summary');
    // Fix it.
    await page.focus('#org-emergency');
    await retype(page, '999');
    expect(await page.textContent('#org-emergency-error')).toBe('');
    expect(await page.getAttribute('#org-emergency', 'aria-invalid')).toBeNull();
    expect(await page.textContent('#org-summary')).toContain('No problems');
    expect(await page.textContent('.org-status')).toBe('');

    // A logo of the wrong type is refused with the field named; a PNG is taken.
    await page.setInputFiles('#org-logo-file', {
      name: 'logo.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('GIF89a'),
    });
    await page.waitForFunction(() =>
      document.querySelector('#org-logo-error')?.textContent?.includes('organisation.logo: logo.gif'),
    );
    await page.setInputFiles('#org-logo-file', { name: 'harbour.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForSelector('.logo-preview');
    expect(await page.textContent('#org-logo-error')).toBe('');

    // Policy text.
    await page.focus('#org-logo-file');
    await tabToId(page, 'org-briefing');
    await retype(page, BRIEFING);
    await page.keyboard.press('Tab');
    await retype(page, DEBRIEF);

    // Only one encounter: arrow keys move within the radio group, Space ticks a box.
    await tabToId(page, 'org-encounters-all');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#org-enc-hotel-night_lobby');
    expect(await page.textContent('#org-encounters-error')).toContain('encounters.enabled: needs at least 1');
    await tabToId(page, 'org-enc-hotel-night_lobby');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#org-enc-hotel-night_lobby')).toBe(true);
    expect(await page.textContent('#org-summary')).toContain('No problems');
    violations.push(...(await axe(page, 'org-setup filled in')));
    await shot(page, 'org-setup-filled', { fullPage: true });

    // Download config.json: the file validates and holds what was typed.
    await page.focus('#org-summary');
    await tabToId(page, 'org-download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('config.json');
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const config = readConfig('config.json', file, { encounterIds: ['hotel.night_lobby'] });
    expect(config.version).toBe(2);
    expect(config.organisation.name).toBe(ORG);
    expect(config.organisation.jurisdiction).toBe('Scotland');
    expect(config.organisation.logo).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(config.contacts.emergencyNumber).toBe('999');
    expect(config.contacts.hotlines.map((h) => h.phone)).toEqual(['08000 121 700', '0800 555 111', '101']);
    expect(config.policy).toEqual({ briefing: BRIEFING, debrief: DEBRIEF });
    expect(config.encounters.enabled).toEqual(['hotel.night_lobby']);

    // Use it on this device and reload.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('org-use-here');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('.org-status')?.textContent?.includes('Saved on this device'),
    );
    await page.reload();
    await page.waitForSelector('#picker-heading');

    // The top bar carries the logo (alt text: the name); the picker offers only the enabled encounter.
    const logo = page.locator('.topbar img.org-logo');
    expect(await logo.getAttribute('alt')).toBe(ORG);
    expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(2);
    expect(await page.locator('.encounter-card').count()).toBe(1);
    expect(await page.textContent('.encounter-card')).toContain('Night shift: the lobby');
    violations.push(...(await axe(page, 'picker with organisation')));
    await shot(page, 'org-picker');

    // The briefing shows the organisation's policy.
    await page.getByRole('button', { name: 'Open: Night shift: the lobby' }).click();
    await page.waitForSelector('.policy-briefing');
    expect(await page.textContent('.policy-briefing')).toContain(BRIEFING);
    expect(await page.textContent('.policy-briefing')).toContain(`${ORG}: what our policy says`);
    violations.push(...(await axe(page, 'content note with policy')));
    await shot(page, 'org-content-note', { fullPage: true });

    // The step-out dialog lists every hotline.
    await startEncounter(page);
    await page.getByRole('button', { name: 'Step out' }).click();
    await page.waitForSelector('dialog.step-out-dialog[open]');
    const lines = await page.$$eval('dialog.step-out-dialog li', (l) => l.map((x) => x.textContent ?? ''));
    expect(lines).toHaveLength(4);
    expect(lines.join('\n')).toContain('Crimestoppers (anonymous): 0800 555 111');
    expect(lines.join('\n')).toContain('the police non-emergency number: 101');
    await page.getByRole('button', { name: 'Go back to the encounter' }).click();

    // The debrief's "what to do next" shows the organisation's debrief policy.
    await playToReport(page, pressFirst);
    await fileReport(page, 'hotline');
    expect(await page.textContent('.debrief-section.recommended')).toContain(DEBRIEF);
    await page.locator('.policy-debrief').scrollIntoViewIfNeeded();
    await shot(page, 'org-debrief');

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a broken set-up saved on this device, keeps it, and offers it in the form', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const broken = JSON.stringify({ version: 2, region: 'UK', reviewed: 'yes' });
    await page.evaluate((v) => window.localStorage.setItem('second-look.org-config.v1', v), broken);
    await page.reload();
    await page.waitForSelector('#picker-heading');
    const notices = await page.textContent('.notices');
    expect(notices).toContain('saved on this device has problems');
    expect(notices).toContain('reviewed: must be true or false');
    expect(await page.locator('.encounter-card').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.localStorage.getItem('second-look.org-config.v1'))).toBe(broken);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.click('#org-setup-open');
    await page.selectOption('#org-start', 'device');
    await page.getByRole('button', { name: 'Start from this' }).click();
    expect(await page.textContent('.org-in-use')).toContain('the built-in default');
    expect(await page.inputValue('#org-region')).toBe('UK');
    expect(await page.textContent('#org-name-error')).toContain('organisation.name: must be non-empty text');
    expect(await page.isChecked('#org-reviewed')).toBe(false);
    // The form fits a 360 px phone screen, and every button is at least 24 px.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForFunction(() => window.innerWidth === 360);
    await settled(page);
    const wide = await page.$$eval('body *', (els) =>
      els
        .filter((e) => e.getBoundingClientRect().right > 361)
        .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`)
        .slice(0, 5),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const small = await page.$$eval('button, input, select', (els) =>
      els
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return r.width > 0 && (r.width < 24 || r.height < 24);
        })
        .map((b) => b.id || b.outerHTML.slice(0, 60)),
    );
    expect(small).toEqual([]);
    await shot(page, 'org-setup-phone');
    await page.close();
  });

  it('uses a version 1 config.json served next to the game, and the form brings it up to version 2', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const v1 = {
      version: 1,
      region: 'UK',
      reviewed: true,
      organisation: { name: 'Old Pier Hotels' },
      contacts: {
        emergencyNumber: '999',
        hotline: { name: 'the old helpline', phone: '0800 000 111', text: '' },
        internalEscalation: ['the duty manager'],
      },
    };
    await page.route('**/config.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(v1) }),
    );
    await page.goto(url);
    await page.waitForSelector('#picker-heading');
    expect(await page.textContent('.topbar .org-name')).toBe('Old Pier Hotels');
    expect(await page.textContent('.notices')).toBe('');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.click('#org-setup-open');
    await page.waitForSelector('#org-heading');
    const inUse = await page.textContent('.org-in-use');
    expect(inUse).toContain('config.json, next to the game');
    expect(inUse).toContain('config.json is a version 1 file. It still works');
    expect(await page.inputValue('#org-hotline-0-phone')).toBe('0800 000 111');
    expect(await page.textContent('#org-jurisdiction-error')).toContain(
      'organisation.jurisdiction: must be non-empty text',
    );
    await page.fill('#org-jurisdiction', 'Wales');
    expect(await page.textContent('#org-summary')).toContain('No problems');
    await shot(page, 'org-setup-v1');
    await page.close();
  });
});
