// Instructor tools are for trainers: a learner's menu and picker do not offer them; Settings or a
// `?instructor` link turns them on for the device, and the choice survives a reload.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { gameUrl, shot, useBrowser, watchErrors } from './play.ts';

const browser = useBrowser();

const instructorButton = (p: Page) => p.getByRole('button', { name: 'Instructor tools' });
const presentLinks = (p: Page) => p.getByRole('link', { name: /^Present to a class:/ });

async function openPicker(p: Page, query = ''): Promise<void> {
  await p.goto(`${gameUrl()}?renderer=canvas${query}`);
  await p.waitForSelector('.encounter-card');
}

describe('instructor tools', () => {
  it('are not offered to a learner, and Settings turns them on and off', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const errors = watchErrors(p);
    await openPicker(p);
    expect(await instructorButton(p).count()).toBe(0);
    expect(await presentLinks(p).count()).toBe(0);
    expect(await p.locator('.encounter-card').count()).toBeGreaterThan(5);

    await p.getByRole('button', { name: 'Settings' }).click();
    const box = p.getByRole('checkbox', { name: 'Show the instructor tools' });
    expect(await box.isChecked()).toBe(false);
    // The help text is tied to the box, so a screen reader reads it with the label.
    const help = await box.getAttribute('aria-describedby');
    expect(await p.textContent(`#${help}`)).toContain('Present to a class');
    expect(await axe(p, 'settings with the trainers section')).toEqual([]);
    await box.check();
    await shot(p, 'settings-trainers', { fullPage: true });
    await p.getByRole('button', { name: 'Done' }).click();
    await p.waitForSelector('.encounter-card');
    expect(await instructorButton(p).count()).toBe(1);
    expect(await presentLinks(p).count()).toBe(await p.locator('.encounter-card').count());
    await instructorButton(p).click();
    await p.waitForSelector('#instructor-heading');

    // Kept on this device.
    await openPicker(p);
    expect(await instructorButton(p).count()).toBe(1);

    // And off again.
    await p.getByRole('button', { name: 'Settings' }).click();
    await p.getByRole('checkbox', { name: 'Show the instructor tools' }).uncheck();
    await p.getByRole('button', { name: 'Done' }).click();
    await p.waitForSelector('.encounter-card');
    expect(await instructorButton(p).count()).toBe(0);
    expect(await presentLinks(p).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('are turned on by a trainer’s ?instructor link, for later visits too', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await openPicker(p, '&instructor');
    expect(await instructorButton(p).count()).toBe(1);
    expect(await presentLinks(p).count()).toBeGreaterThan(5);
    await shot(p, 'picker-instructor');
    await openPicker(p);
    expect(await instructorButton(p).count()).toBe(1);
    await context.close();
  }, 120_000);
});
