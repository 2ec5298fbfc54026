// The service worker (built into dist/sw.js by scripts/build/vite-plugin-offline.ts, with the precache list
// written at its top). It precaches every file the build made, answers from that cache so the game
// plays offline, fetches config.json network-first, and waits for the learner before a new version
// takes over: the page shows "A new version is ready — Reload" and sends SW_MESSAGES.skipWaiting.

import {
  PRECACHE_GLOBAL,
  PRECACHE_PREFIX,
  RUNTIME_CACHE,
  ROUTES,
  SW_FILE,
  SW_MESSAGES,
  isImmutable,
  mayKeep,
  type SwMessage,
  precacheName,
  readPrecacheManifest,
  routeRequest,
  runtimeKey,
  runtimeOverflow,
  staleCaches,
  withoutRedirect,
} from '../core/offline.ts';

// The worker's own event types (the DOM library the project type-checks with does not have them).
interface LifecycleEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface SwFetchEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SwMessageEvent extends LifecycleEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(): Promise<readonly { postMessage(message: unknown): void }[]>;
  };
  addEventListener(type: 'install' | 'activate', fn: (e: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: SwFetchEvent) => void): void;
  addEventListener(type: 'message', fn: (e: SwMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope & Record<string, unknown>;
const manifest = readPrecacheManifest(worker[PRECACHE_GLOBAL]);
const cacheName = precacheName(manifest.version);
const precached = new Set(manifest.files);
const scope = worker.registration.scope;
const urlOf = (path: string): string => new URL(path, scope).href;
const SHELL = 'index.html';

/** An unchanged hashed file from an older version's cache, so an update downloads only what changed. */
async function fromOlderCache(path: string): Promise<Response | undefined> {
  if (!isImmutable(path)) return undefined;
  for (const name of await caches.keys()) {
    if (!name.startsWith(PRECACHE_PREFIX) || name === cacheName) continue;
    const hit = await (await caches.open(name)).match(urlOf(path));
    if (hit) return hit;
  }
  return undefined;
}

async function precache(): Promise<void> {
  const cache = await caches.open(cacheName);
  const missing: string[] = [];
  for (const path of manifest.files) {
    // A redirected copy (kept by an older worker on a host that redirects /index.html to /) is fetched again.
    const hit = await cache.match(urlOf(path));
    if (!hit || hit.redirected) missing.push(path);
  }
  // Two at a time: a phone on hotel Wi-Fi should not open dozens of connections at once, and the
  // download should leave room for the encounter being played.
  const queue = [...missing];
  const next = async (): Promise<void> => {
    const path = queue.shift();
    if (path === undefined) return;
    const old = await fromOlderCache(path);
    if (old) await cache.put(urlOf(path), old);
    else {
      // Low priority: the page's own requests (the encounter being played) go first.
      const res = await fetch(new Request(urlOf(path), { cache: 'reload', priority: 'low' }));
      if (!res.ok) throw new Error(`${SW_FILE}: ${path} answered ${res.status}`);
      await cache.put(urlOf(path), await withoutRedirect(res));
    }
    return next();
  };
  await Promise.all([next(), next()]);
}

worker.addEventListener('install', (e) => e.waitUntil(precache()));

worker.addEventListener('activate', (e) =>
  e.waitUntil(
    (async () => {
      for (const name of staleCaches(await caches.keys(), cacheName)) await caches.delete(name);
      // Copies an older worker kept that this one would not (any file, keyed with its query string).
      const runtime = await caches.open(RUNTIME_CACHE);
      for (const kept of await runtime.keys()) {
        const route = routeRequest({ url: kept.url, method: 'GET', mode: 'cors', scope }, precached);
        const ours = route === ROUTES.config || route === ROUTES.beside;
        if (!ours || runtimeKey(kept.url) !== kept.url) await runtime.delete(kept);
      }
      await worker.clients.claim();
    })(),
  ),
);

worker.addEventListener('message', (e) => {
  const data = e.data as { type?: unknown } | null;
  if (data?.type === SW_MESSAGES.skipWaiting) void worker.skipWaiting();
});

// The pages cannot tell from navigator.onLine that the server is gone (it stays true for a page this
// worker serves), so the worker tells them what its requests to the server did: every failure, and the
// first answer after one.
let lastNetwork: SwMessage['type'] | null = null;
function tellPages(type: SwMessage['type']): void {
  if (type === lastNetwork && type === SW_MESSAGES.networkAnswered) return;
  lastNetwork = type;
  const message: SwMessage = { type };
  void worker.clients.matchAll().then((pages) => {
    for (const page of pages) page.postMessage(message);
  });
}

/** A request to the server, reported to the pages. */
async function fromNetwork(request: Request): Promise<Response> {
  try {
    const res = await fetch(request);
    tellPages(SW_MESSAGES.networkAnswered);
    return res;
  } catch (e) {
    tellPages(SW_MESSAGES.networkFailed);
    throw e;
  }
}

async function cacheFirst(request: Request, key: string): Promise<Response> {
  const hit = await (await caches.open(cacheName)).match(key);
  return hit ?? fromNetwork(request);
}

/**
 * The game's page. A copy cached redirected (by an older worker, on a host that redirects
 * /index.html to /) would fail every page load, online or offline, so it is re-made and kept healed.
 */
async function shell(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(urlOf(SHELL));
  if (!hit) return fromNetwork(request);
  if (!hit.redirected) return hit;
  const healed = await withoutRedirect(hit);
  await cache.put(urlOf(SHELL), healed.clone());
  return healed;
}

/** config.json or an image beside the game: the network first, a kept copy (see mayKeep) when it fails. */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(RUNTIME_CACHE);
  const key = runtimeKey(request.url);
  try {
    const res = await fromNetwork(request);
    const keep = mayKeep({
      ok: res.ok,
      type: res.type,
      cacheControl: res.headers.get('cache-control'),
      contentLength: res.headers.get('content-length'),
    });
    if (keep) {
      await cache.put(key, await withoutRedirect(res.clone()));
      for (const old of runtimeOverflow((await cache.keys()).map((r) => r.url))) await cache.delete(old);
    } else if (res.status === 404 || res.ok) {
      // Missing (404), or the server asks that it not be kept (no-store): forget any copy.
      await cache.delete(key);
    }
    return res;
  } catch (e) {
    const hit = await cache.match(key);
    if (hit) return hit;
    throw e;
  }
}

/** An older version's file (a tab still open on it) from its precache; else the network, keeping nothing. */
async function olderOrNetwork(request: Request): Promise<Response> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PRECACHE_PREFIX)) continue;
    const hit = await (await caches.open(name)).match(request, { ignoreVary: true, ignoreSearch: true });
    if (hit) return hit;
  }
  return fromNetwork(request);
}

worker.addEventListener('fetch', (e) => {
  const { request } = e;
  const route = routeRequest(
    { url: request.url, method: request.method, mode: request.mode, scope },
    precached,
  );
  switch (route) {
    case ROUTES.network:
      return;
    case ROUTES.shell:
      return e.respondWith(shell(request));
    case ROUTES.precache:
      return e.respondWith(cacheFirst(request, runtimeKey(request.url)));
    case ROUTES.config:
    case ROUTES.beside:
      return e.respondWith(networkFirst(request));
    case ROUTES.other:
      return e.respondWith(olderOrNetwork(request));
  }
});
