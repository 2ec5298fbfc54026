// Offline use in a real browser: after one visit online, the game loads and plays an encounter it never
// opened, with its scene art, while the server is gone and the browser is offline; and a new deploy
// shows "A new version is ready — Reload" without reloading by itself in the middle of an encounter.
//
// The game is served here by a small static server over a copy of the built game, so the test can stop
// it (offline) or swap in a new build (update).

import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iconPng } from '../../scripts/build/icons.ts';
import { writeServiceWorker } from '../../scripts/build/vite-plugin-offline.ts';
import { axe } from './axe.ts';
import {
  ON_OFFER,
  pressFirst,
  SEL,
  shot,
  startEncounter,
  transcriptLines,
  useBrowser,
  waitForMoreLines,
  watchErrors,
} from './play.ts';
import { OUT_DIR, SHOTS } from './server.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

interface StaticServer {
  url: string;
  /** Serve another folder from now on. */
  serve(dir: string): void;
  close(): Promise<void>;
  /** Listens again on the same address after close (the server comes back). */
  reopen(): Promise<void>;
}

interface ServerOptions {
  /**
   * Answer /index.html with a redirect to / ("pretty URLs", as several static hosts do), and
   * /old-index.html too (an address the worker does not answer itself, for the test of healing).
   */
  redirectIndex?: boolean;
  /** Extra headers on every file (a Content-Security-Policy). */
  headers?: Record<string, string>;
}

async function staticServer(dir: string, opts: ServerOptions = {}): Promise<StaticServer> {
  let root = dir;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (opts.redirectIndex && /\/(old-)?index\.html$/.test(url.pathname)) {
      res.writeHead(301, { location: url.pathname.replace(/(old-)?index\.html$/, '') + url.search }).end();
      return;
    }
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...opts.headers,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (d) => {
      root = d;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    reopen: () =>
      new Promise<void>((resolve) => {
        server.listen(port, '127.0.0.1', resolve);
      }),
  };
}

/** A minimal organisation configuration (the README's example) with the given name and a logo beside the game. */
function orgConfig(name: string): string {
  return JSON.stringify({
    version: 2,
    region: 'UK',
    reviewed: true,
    organisation: { name, jurisdiction: 'England and Wales', logo: 'logo.png' },
    contacts: {
      emergencyNumber: '999',
      hotlines: [{ name: 'the Modern Slavery & Exploitation Helpline', phone: '08000 121 700', text: '' }],
      internalEscalation: ['the duty manager'],
    },
  });
}

const browser = useBrowser();
let scratch: string;
const servers: StaticServer[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'second-look-offline-'));
});

afterAll(async () => {
  for (const s of servers) await s.close().catch(() => undefined);
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the built game (the browser tests' shared build) in its own folder. */
function copyOfBuild(name: string): string {
  const dir = join(scratch, name);
  cpSync(OUT_DIR, dir, { recursive: true });
  return dir;
}

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 60_000,
  });
}

describe('offline use', () => {
  it('plays an encounter it never opened, with its scene art, after the server is gone', async () => {
    const dir = copyOfBuild('offline');
    const server = await staticServer(dir);
    servers.push(server);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // The organisation serves its own config.json next to the game.
    writeFileSync(join(dir, 'config.json'), orgConfig('Harbour Hotels'));
    writeFileSync(join(dir, 'logo.png'), iconPng(64));
    // One visit online, then the worker has every file.
    await page.goto(`${server.url}?renderer=canvas`);
    expect(await page.textContent('.topbar .org-name')).toBe('Harbour Hotels');
    await controlled(page);
    // The first install says nothing on screen (it would move the scene under the learner's pointer).
    expect(await page.textContent('.net-status')).toBe('');
    const manifest = await page.evaluate(async () => {
      const res = await fetch('./manifest.webmanifest');
      return (await res.json()) as { display: string; icons: { src: string }[] };
    });
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.length).toBeGreaterThan(0);

    // A changed config.json applies at the next load while online: it is asked of the network first.
    writeFileSync(join(dir, 'config.json'), orgConfig('Harbour Hotels Group'));
    await page.reload();
    expect(await page.textContent('.topbar .org-name')).toBe('Harbour Hotels Group');
    // The top bar is drawn after the load event, so its logo may still be on its way: the worker keeps
    // the copy once the answer arrives, and only then does the server go.
    await page.waitForFunction(
      () => (document.querySelector<HTMLImageElement>('.org-logo')?.naturalWidth ?? 0) > 0,
    );

    // The server goes away. The browser is not told (navigator.onLine stays true, as on a hotel Wi-Fi
    // whose uplink is gone): the page must find out from its own failed requests.
    await server.close();
    const svg: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.svg') && r.ok()) svg.push(r.url());
    });
    await page.goto(`${server.url}?renderer=canvas&encounter=transit.airport_gate`);
    // The organisation's configuration is the copy kept from the last load, not the built-in default.
    expect(await page.textContent('.topbar .org-name')).toBe('Harbour Hotels Group');
    // Its logo too, kept when it was last loaded.
    await page.waitForFunction(
      () => (document.querySelector<HTMLImageElement>('.org-logo')?.naturalWidth ?? 0) > 0,
    );
    await startEncounter(page);
    await page.waitForSelector('#scene-host canvas', { timeout: 30_000 });
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('#scene-host')?.dataset['stageFigures'] ?? 0) > 0,
    );
    expect(svg.length).toBeGreaterThan(0);
    // The status line says so, politely.
    const status = page.locator('.net-status');
    // navigator.onLine stays true in a page the worker serves; the failed request to the server tells.
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('You are offline');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // Play on: a choice, and the transcript grows.
    const before = (await transcriptLines(page)).length;
    await page.keyboard.press('1');
    await waitForMoreLines(page, before, SEL.look);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'offline-encounter');
    await status.screenshot({ path: join(SHOTS, 'offline-notice.png') });
    expect(await axe(page, 'offline encounter')).toEqual([]);

    // The server comes back: the page notices by itself and the line clears, mid-encounter.
    await server.reopen();
    await expect.poll(() => status.textContent(), { timeout: 40_000 }).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps working on a host that redirects /index.html to /: visits online, offline, and a healed old copy', async () => {
    const dir = copyOfBuild('redirecting');
    const server = await staticServer(dir, { redirectIndex: true });
    servers.push(server);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const gamePage = async (url: string) => {
      const res = await page.goto(url);
      expect(res?.ok()).toBe(true);
      await page.waitForSelector('.topbar', { timeout: 60_000 });
    };

    await gamePage(`${server.url}?renderer=canvas`);
    await controlled(page);
    // The precache asked for index.html and was redirected; what it kept must still open as a page.
    await gamePage(`${server.url}?renderer=canvas`);
    await gamePage(`${server.url}index.html?renderer=canvas`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A copy an older worker kept redirected is healed when it is served.
    const healed = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('second-look-precache-'));
      if (!name) return 'no precache';
      const redirected = await fetch('./old-index.html', { cache: 'no-store' });
      if (!redirected.redirected) return 'the server did not redirect';
      await (await caches.open(name)).put(new URL('./index.html', location.href).href, redirected);
      return 'kept';
    });
    expect(healed).toBe('kept');
    await gamePage(`${server.url}?renderer=canvas&encounter=hotel.night_lobby`);

    // Offline: the kept page opens and an encounter starts.
    await server.close();
    await context.setOffline(true);
    await gamePage(`${server.url}?renderer=canvas&encounter=hotel.night_lobby`);
    await startEncounter(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows "A new version is ready — Reload" for a new deploy and reloads only when asked', async () => {
    const dirA = copyOfBuild('build-a');
    const server = await staticServer(dirA);
    servers.push(server);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}?renderer=canvas&encounter=hotel.night_lobby`);
    await controlled(page);
    await startEncounter(page);
    await pressFirst(page);
    const lines = await transcriptLines(page);
    await page.evaluate(() => {
      (window as unknown as { __samePage: boolean }).__samePage = true;
    });
    // A second tab of the game: it must never reload by itself.
    const other = await context.newPage();
    await other.goto(`${server.url}?renderer=canvas`);
    await other.waitForSelector('.topbar');
    await other.evaluate(() => {
      (window as unknown as { __samePage: boolean }).__samePage = true;
    });

    // Build B: the same game with a changed page, and a service worker listing it.
    const dirB = copyOfBuild('build-b');
    const html = readFileSync(join(dirB, 'index.html'), 'utf8');
    writeFileSync(
      join(dirB, 'index.html'),
      html.replace('<head>', '<head><meta name="second-look-test-build" content="B">'),
    );
    const versionB = (await writeServiceWorker(dirB)).version;
    expect(readFileSync(join(dirB, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(dirA, 'sw.js'), 'utf8'));
    server.serve(dirB);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const reload = page.getByRole('button', { name: 'Reload' });
    await reload.waitFor({ timeout: 150_000 });
    const notice = page.locator('.net-status');
    expect(await notice.textContent()).toContain('A new version of Second Look is ready.');
    expect(await notice.getAttribute('role')).toBe('status');
    // Still the same page, in the middle of the encounter: nothing reloaded by itself.
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(await transcriptLines(page)).toEqual(lines);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'offline-update-page');
    await notice.screenshot({ path: join(SHOTS, 'offline-update-notice.png') });
    expect(await axe(page, 'update notice')).toEqual([]);

    // In the other tab, which is not in an encounter, the learner presses Reload: that tab is on build
    // B at once (a browser that holds the new worker back for minutes is not waited for) …
    const otherReload = other.getByRole('button', { name: 'Reload' });
    await otherReload.waitFor({ timeout: 60_000 });
    const clicked = Date.now();
    await Promise.all([other.waitForEvent('load', { timeout: 60_000 }), otherReload.click()]);
    await other.waitForSelector('meta[name="second-look-test-build"]', {
      state: 'attached',
      timeout: 60_000,
    });
    expect(Date.now() - clicked).toBeLessThan(45_000);
    await other.waitForSelector('.topbar');
    // … and the tab in the middle of an encounter was not reloaded.
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(await page.$('meta[name="second-look-test-build"]')).toBeNull();
    expect(await transcriptLines(page)).toEqual(lines);

    // Its learner chooses to reload too: build B's page, back at the same line.
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), reload.click()]);
    await page.waitForSelector('meta[name="second-look-test-build"]', { state: 'attached', timeout: 60_000 });
    await page.waitForSelector(ON_OFFER);
    expect(await transcriptLines(page)).toEqual(lines);
    await controlled(page);
    const cacheNames = await page.evaluate(() => window.caches.keys());
    expect(cacheNames).toContain(`second-look-precache-${versionB}`);
    await context.close();
  }, 300_000);
});
