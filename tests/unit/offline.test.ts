// Offline use: which built files are precached, how the service worker answers each request, when the
// page registers it, what the status line says, and the build's sw.js, manifest list and icon.

import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BLOCKERS,
  PRECACHE_GLOBAL,
  PROBE_WHILE_OFFLINE_MS,
  REACHABILITY,
  ROUTES,
  SW_MESSAGES,
  STATUS_MESSAGES,
  UPDATE_STATES,
  RELOAD_FALLBACKS,
  RUNTIME_MAX_BYTES,
  RUNTIME_MAX_ENTRIES,
  isImmutable,
  isOnline,
  mayKeep,
  nextProbeDelay,
  precacheFiles,
  precacheName,
  readPrecacheManifest,
  readSwMessage,
  registrationBlocker,
  reloadFallback,
  routeRequest,
  runtimeKey,
  runtimeOverflow,
  staleCaches,
  statusMessages,
  withoutRedirect,
  type PageFacts,
  type ResponseFacts,
} from '../../src/core/offline.ts';
import { iconPng } from '../../scripts/build/icons.ts';
import { precacheManifest, writeServiceWorker } from '../../scripts/build/vite-plugin-offline.ts';

describe('precacheFiles', () => {
  it('keeps the game and leaves out the vote page, source maps, the worker and the runtime files', () => {
    const files = precacheFiles([
      'index.html',
      'vote.html',
      'sw.js',
      'config.json',
      'lms.json',
      'manifest.webmanifest',
      'assets/main-AbCdEf12.js',
      'assets/main-AbCdEf12.js.map',
      'assets/vote-Zz9_x8aa.js',
      'assets/vote-QQ11ww22.css',
      'assets/vote-page-Zz9_x8aa.js',
      'assets/airport_gate-CJCnWbE0.svg',
      'assets\\lobby_night-Xy12Ab34.ogg',
      '.DS_Store',
    ]);
    expect(files).toEqual([
      'assets/airport_gate-CJCnWbE0.svg',
      'assets/lobby_night-Xy12Ab34.ogg',
      'assets/main-AbCdEf12.js',
      'index.html',
      'manifest.webmanifest',
    ]);
  });

  it('treats only hashed files under assets/ as never changing', () => {
    expect(isImmutable('assets/phaser-BMu7fR6s.js')).toBe(true);
    expect(isImmutable('assets/icon-192-0a1b2c3d4e.png')).toBe(true);
    expect(isImmutable('index.html')).toBe(false);
    expect(isImmutable('manifest.webmanifest')).toBe(false);
    expect(isImmutable('assets/logo.png')).toBe(false);
  });
});

describe('staleCaches', () => {
  it('keeps the current version and the one before it, and never touches other caches', () => {
    const names = [
      'second-look-config',
      precacheName('v1'),
      precacheName('v2'),
      'someone-elses-cache',
      precacheName('v3'),
      precacheName('v4'),
    ];
    expect(staleCaches(names, precacheName('v4'))).toEqual([precacheName('v1'), precacheName('v2')]);
    expect(staleCaches([precacheName('v1'), precacheName('v2')], precacheName('v2'))).toEqual([]);
  });
});

describe('routeRequest', () => {
  const scope = 'https://training.example.org/second-look/';
  const precached = new Set(['index.html', 'assets/main-AbCdEf12.js']);
  const route = (url: string, mode = 'cors', method = 'GET') =>
    routeRequest({ url, method, mode, scope }, precached);

  it('answers the game page for any navigation to the game, whatever the query', () => {
    expect(route(`${scope}?encounter=transit.airport_gate&start`, 'navigate')).toBe(ROUTES.shell);
    expect(route(`${scope}index.html?present=x`, 'navigate')).toBe(ROUTES.shell);
    expect(route(`${scope}vote.html`, 'navigate')).toBe(ROUTES.network);
  });

  it('serves precached files from the cache, config.json network first, other files of ours from any cache', () => {
    expect(route(`${scope}assets/main-AbCdEf12.js`)).toBe(ROUTES.precache);
    expect(route(`${scope}assets/main-AbCdEf12.js?v=1`)).toBe(ROUTES.precache);
    expect(route(`${scope}config.json`)).toBe(ROUTES.config);
    expect(route(`${scope}config.json?t=1`)).toBe(ROUTES.config);
    expect(route(`${scope}assets/old-chunk-Qq11Ww22.js`)).toBe(ROUTES.other);
  });

  it('keeps copies only of config.json and images beside the game, never of other files', () => {
    expect(route(`${scope}logo.png`)).toBe(ROUTES.beside);
    expect(route(`${scope}org/Logo.SVG?v=3`)).toBe(ROUTES.beside);
    expect(route(`${scope}assets/old-art-Qq11Ww22.png`)).toBe(ROUTES.other);
    expect(route(`${scope}notes.txt`)).toBe(ROUTES.other);
    expect(route(`${scope}data/export.json?user=1`)).toBe(ROUTES.other);
    expect(route(`${scope}vote.html`)).toBe(ROUTES.other);
    expect(route(`${scope}%E0%A4%A.png`)).toBe(ROUTES.network);
  });

  it('leaves alone what is not a GET inside its scope', () => {
    expect(route(`${scope}config.json`, 'cors', 'POST')).toBe(ROUTES.network);
    expect(route('https://lrs.example.org/xapi/statements')).toBe(ROUTES.network);
    expect(route('https://training.example.org/other-app/index.html', 'navigate')).toBe(ROUTES.network);
    expect(route('not a url')).toBe(ROUTES.network);
  });
});

describe('the runtime cache', () => {
  const ok: ResponseFacts = { ok: true, type: 'basic', cacheControl: null, contentLength: '1200' };

  it('keys a copy by address without its query string, so ?t=1, ?t=2 … are one entry', () => {
    expect(runtimeKey('https://x.org/game/config.json?t=1')).toBe('https://x.org/game/config.json');
    expect(runtimeKey('https://x.org/game/logo.png?v=2#top')).toBe('https://x.org/game/logo.png');
  });

  it('keeps a same-origin answer unless the server says no-store, it failed, or it is too large', () => {
    expect(mayKeep(ok)).toBe(true);
    expect(mayKeep({ ...ok, cacheControl: 'no-cache, max-age=0' })).toBe(true);
    expect(mayKeep({ ...ok, cacheControl: 'no-store' })).toBe(false);
    expect(mayKeep({ ...ok, cacheControl: 'private, No-Store' })).toBe(false);
    expect(mayKeep({ ...ok, ok: false })).toBe(false);
    expect(mayKeep({ ...ok, type: 'opaque' })).toBe(false);
    expect(mayKeep({ ...ok, contentLength: String(RUNTIME_MAX_BYTES + 1) })).toBe(false);
    expect(mayKeep({ ...ok, contentLength: null })).toBe(true);
  });

  it('keeps at most RUNTIME_MAX_ENTRIES copies, dropping the oldest', () => {
    const keys = Array.from({ length: RUNTIME_MAX_ENTRIES + 2 }, (_, i) => `k${i}`);
    expect(runtimeOverflow(keys)).toEqual(['k0', 'k1']);
    expect(runtimeOverflow(keys.slice(0, 3))).toEqual([]);
  });
});

describe('reloadFallback', () => {
  it('starts afresh from the server only when it answers; otherwise asks to close the tabs', () => {
    expect(reloadFallback(true)).toBe(RELOAD_FALLBACKS.fresh);
    expect(reloadFallback(false)).toBe(RELOAD_FALLBACKS.closeTabs);
  });

  it('says so when the update could not start', () => {
    expect(
      statusMessages({ online: true, update: UPDATE_STATES.blocked, xapi: false, relay: false }),
    ).toEqual([STATUS_MESSAGES.updateBlocked]);
  });
});

describe('withoutRedirect', () => {
  it('re-makes a redirected response (a host sending /index.html to /) with the same body and headers', async () => {
    const res = await fetch('data:text/html,<p>game</p>');
    Object.defineProperty(res, 'redirected', { value: true });
    const kept = await withoutRedirect(res);
    expect(kept.redirected).toBe(false);
    expect(kept.status).toBe(200);
    expect(kept.headers.get('content-type')).toBe('text/html');
    expect(await kept.text()).toBe('<p>game</p>');
  });

  it('returns any other response as it is', async () => {
    const res = new Response('x');
    expect(await withoutRedirect(res)).toBe(res);
  });
});

describe('registrationBlocker', () => {
  const ok: PageFacts = {
    hasServiceWorker: true,
    secureContext: true,
    dev: false,
    lmsMarked: false,
    relayMarked: false,
  };
  it('registers on a plain secure page', () => {
    expect(registrationBlocker(ok)).toBeNull();
  });
  it('never registers in an LMS launch, on a classroom-relay page or on the dev server', () => {
    expect(registrationBlocker({ ...ok, lmsMarked: true })).toBe(BLOCKERS.lms);
    expect(registrationBlocker({ ...ok, relayMarked: true })).toBe(BLOCKERS.relay);
    expect(registrationBlocker({ ...ok, dev: true })).toBe(BLOCKERS.dev);
  });
  it('says why it cannot: no service workers, or not HTTPS', () => {
    expect(registrationBlocker({ ...ok, hasServiceWorker: false })).toBe(BLOCKERS.unsupported);
    expect(registrationBlocker({ ...ok, secureContext: false })).toBe(BLOCKERS.insecure);
  });
});

describe('isOnline', () => {
  it('believes the browser when it says offline, whatever the server did', () => {
    for (const r of Object.values(REACHABILITY)) expect(isOnline(false, r)).toBe(false);
  });
  it('lets a failed request to the game server override a browser that still says online', () => {
    expect(isOnline(true, REACHABILITY.failed)).toBe(false);
    expect(isOnline(true, REACHABILITY.answered)).toBe(true);
    expect(isOnline(true, REACHABILITY.unknown)).toBe(true);
  });
});

describe('nextProbeDelay', () => {
  it('asks the server again only while offline, so coming back is seen', () => {
    expect(nextProbeDelay(false)).toBe(PROBE_WHILE_OFFLINE_MS);
    expect(nextProbeDelay(true)).toBeNull();
  });
});

describe('readSwMessage', () => {
  it("reads the worker's messages and ignores anything else", () => {
    expect(readSwMessage({ type: SW_MESSAGES.networkFailed })).toEqual({ type: SW_MESSAGES.networkFailed });
    expect(readSwMessage({ type: SW_MESSAGES.networkAnswered })?.type).toBe(SW_MESSAGES.networkAnswered);
    for (const other of [null, 'x', 3, {}, { type: 'other' }, { type: 1 }])
      expect(readSwMessage(other)).toBeNull();
  });
});

describe('statusMessages', () => {
  const base = { online: true, update: UPDATE_STATES.none, xapi: false, relay: false } as const;
  it('says nothing while online with nothing new', () => {
    expect(statusMessages(base)).toEqual([]);
  });
  it('says the game is offline, and what waits for the network', () => {
    expect(statusMessages({ ...base, online: false })).toEqual([STATUS_MESSAGES.offline]);
    expect(statusMessages({ ...base, online: false, xapi: true, relay: true })).toEqual([
      STATUS_MESSAGES.offline,
      STATUS_MESSAGES.xapiPaused,
      STATUS_MESSAGES.relayUnavailable,
    ]);
    // Online again, the network features need no words.
    expect(statusMessages({ ...base, xapi: true, relay: true })).toEqual([]);
  });
  it('offers the new version, offline or not', () => {
    expect(statusMessages({ ...base, update: UPDATE_STATES.ready })).toEqual([STATUS_MESSAGES.updateReady]);
    expect(statusMessages({ ...base, online: false, update: UPDATE_STATES.ready })).toEqual([
      STATUS_MESSAGES.offline,
      STATUS_MESSAGES.updateReady,
    ]);
  });
});

describe('readPrecacheManifest', () => {
  it('reads a good list and names the field of a bad one', () => {
    expect(readPrecacheManifest({ version: 'abc', files: ['index.html'] })).toEqual({
      version: 'abc',
      files: ['index.html'],
    });
    expect(() => readPrecacheManifest(undefined)).toThrow(`sw.js: ${PRECACHE_GLOBAL}: missing precache list`);
    expect(() => readPrecacheManifest({ version: '', files: [] })).toThrow(`${PRECACHE_GLOBAL}.version`);
    expect(() => readPrecacheManifest({ version: 'a', files: [1] })).toThrow(`${PRECACHE_GLOBAL}.files`);
  });
});

describe('the build side', () => {
  const dir = mkdtempSync(join(tmpdir(), 'second-look-sw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>A</title>');
  writeFileSync(join(dir, 'vote.html'), '<!doctype html><title>vote</title>');
  writeFileSync(join(dir, 'assets', 'main-AbCdEf12.js'), 'console.log(1)');

  it('lists the files and changes the version when any listed file changes', () => {
    const first = precacheManifest(dir);
    expect(first.files).toEqual(['assets/main-AbCdEf12.js', 'index.html']);
    writeFileSync(join(dir, 'vote.html'), '<!doctype html><title>vote 2</title>');
    expect(precacheManifest(dir).version).toBe(first.version);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>B</title>');
    expect(precacheManifest(dir).version).not.toBe(first.version);
  });

  it('writes sw.js as one classic script that starts with the precache list', async () => {
    const manifest = await writeServiceWorker(dir);
    const code = readFileSync(join(dir, 'sw.js'), 'utf8');
    const prefix = `self.${PRECACHE_GLOBAL}=`;
    expect(code.startsWith(prefix)).toBe(true);
    const firstLine = code.slice(prefix.length, code.indexOf('\n')).replace(/;$/, '');
    expect(JSON.parse(firstLine)).toEqual(manifest);
    // A classic worker script: no import or export statements (vm.Script throws on them).
    expect(() => new Script(code, { filename: 'sw.js' })).not.toThrow();
    expect(code).not.toMatch(/\bimport\s*\(/);
  }, 30_000);
});

describe('the app icon', () => {
  /** The RGB of one pixel of a PNG that iconPng wrote (8-bit RGB, filter 0 on every row). */
  function pixel(png: Buffer, x: number, y: number): number[] {
    const size = png.readUInt32BE(16);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const at = y * (size * 3 + 1) + 1 + x * 3;
    return [raw[at] ?? -1, raw[at + 1] ?? -1, raw[at + 2] ?? -1];
  }

  it('is a square PNG of the asked size: blue ground, white eye, dark pupil', () => {
    const png = iconPng(192);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([192, 192]);
    expect(pixel(png, 2, 2)).toEqual([0x1d, 0x4f, 0x91]);
    expect(pixel(png, 96 - 40, 96)).toEqual([0xff, 0xff, 0xff]);
    expect(pixel(png, 96 - 3, 96 + 3)).toEqual([0x0d, 0x23, 0x40]);
  });
});
