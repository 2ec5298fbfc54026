// Offline use: the rules the service worker and the page share, kept pure so they are tested in Node.
// The build lists its files (precacheFiles), the worker decides how to answer each request
// (routeRequest), and the page decides whether to register the worker at all (registrationBlocker)
// and what the status line says (statusMessages).

/** The worker's file, next to index.html; its scope is the game's folder. */
export const SW_FILE = 'sw.js';
/** The web app manifest, next to index.html. */
export const WEB_MANIFEST_FILE = 'manifest.webmanifest';
/** The organisation's configuration: always asked of the network first, the cached copy when offline. */
export const CONFIG_FILE = 'config.json';
/** The global the build writes the precache list into, at the top of sw.js. */
export const PRECACHE_GLOBAL = '__SECOND_LOOK_PRECACHE__';
/** Cache names: one precache per build version; one for config.json and files served beside the game (a logo). */
import { PRECACHE_PREFIX, RUNTIME_CACHE } from './storage-keys.ts';
export { PRECACHE_PREFIX, RUNTIME_CACHE };
/** How many precaches (this version and the ones before) the worker keeps, so an older open tab still finds its files. */
const KEEP_VERSIONS = 2;

/**
 * Messages between the page and the worker: the page asks a waiting worker to take over; the worker
 * tells its pages when a request to the game's server failed or got an answer (a page the worker
 * serves keeps `navigator.onLine === true` after the server is gone, so the page cannot trust it).
 */
export const SW_MESSAGES = {
  skipWaiting: 'second-look/skip-waiting',
  networkFailed: 'second-look/network-failed',
  networkAnswered: 'second-look/network-answered',
} as const;
export type SwMessage = { type: (typeof SW_MESSAGES)[keyof typeof SW_MESSAGES] };

/** What the page last learned from a request to the game's own server. */
export const REACHABILITY = {
  /** Nothing asked yet: the browser's flag decides. */
  unknown: 'unknown',
  /** A request got an answer (any HTTP status: the server is there). */
  answered: 'answered',
  /** A request failed at the network level. */
  failed: 'failed',
} as const;
export type Reachability = (typeof REACHABILITY)[keyof typeof REACHABILITY];

/**
 * Whether the page is online: the browser's flag is believed when it says offline (it is never wrong
 * that way round); when it says online, the last request to the game's server decides.
 */
export function isOnline(browserOnline: boolean, server: Reachability): boolean {
  return browserOnline && server !== REACHABILITY.failed;
}

/**
 * How long the page waits before asking the server again: often while offline, so coming back is
 * seen within seconds; not at all while online (the worker reports failed requests as they happen).
 */
export const PROBE_WHILE_OFFLINE_MS = 10_000;
export function nextProbeDelay(online: boolean): number | null {
  return online ? null : PROBE_WHILE_OFFLINE_MS;
}

/** Reads a message from the worker; null for anything else (another script's message). */
export function readSwMessage(data: unknown): SwMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const type = (data as { type?: unknown }).type;
  return Object.values(SW_MESSAGES).some((t) => t === type) ? (data as SwMessage) : null;
}

export interface PrecacheManifest {
  /** Changes whenever any precached file changes; names the cache. */
  version: string;
  /** Paths relative to the game's folder ('' is never listed; index.html is). */
  files: string[];
}

/** Built files that are not needed offline or must never come from the precache. */
const EXCLUDED: readonly RegExp[] = [
  /^vote\.html$/, // the phone voting page needs the classroom relay anyway
  /^assets\/vote[-.]/, // and its own script and style
  /\.map$/,
  new RegExp(`^${SW_FILE.replace('.', '\\.')}$`),
  new RegExp(`^${CONFIG_FILE.replace('.', '\\.')}$`), // network first, see routeRequest
  /^lms\.json$/, // only in LMS packages, where no worker is registered
  /(^|\/)\./, // dot files
];

/** The built files to precache, from every file in the build folder (paths with '/' separators). */
export function precacheFiles(paths: readonly string[]): string[] {
  return paths
    .map((p) => p.replace(/\\/g, '/').replace(/^\.?\//, ''))
    .filter((p) => p !== '' && !EXCLUDED.some((re) => re.test(p)))
    .sort();
}

/**
 * Vite puts a content hash in every name under assets/, so such a file never changes: a new version
 * can copy it from the previous version's cache instead of downloading it again.
 */
export function isImmutable(path: string): boolean {
  return /^assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path);
}

/** The cache name for a version, and which of the existing caches to delete once it is active. */
export function precacheName(version: string): string {
  return `${PRECACHE_PREFIX}${version}`;
}

/**
 * Caches to delete when `current` activates: precaches other than the current one and the
 * KEEP_VERSIONS - 1 most recent others (`existing` in creation order, as caches.keys() returns them).
 */
export function staleCaches(existing: readonly string[], current: string): string[] {
  const ours = existing.filter((n) => n.startsWith(PRECACHE_PREFIX) && n !== current);
  return ours.slice(0, Math.max(0, ours.length - (KEEP_VERSIONS - 1)));
}

export const ROUTES = {
  /** Not ours to answer: the browser goes to the network as if there were no worker. */
  network: 'network',
  /** The game's page for a navigation (any query string): the precached index.html. */
  shell: 'shell',
  /** A precached file: from this version's cache, the network if missing. */
  precache: 'precache',
  /** config.json: network first; the kept copy when the network fails. */
  config: 'config',
  /**
   * An image beside the game (an organisation's logo.png): network first, a kept copy when the
   * network fails (see RUNTIME_KEEP).
   */
  beside: 'beside',
  /**
   * Another file in the game's folder: an older version's chunk from its precache (a tab still open on
   * it); else the network, and nothing is kept.
   */
  other: 'other',
} as const;
export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/**
 * The runtime cache (config.json and images beside the game) is bounded: only these files, one copy
 * each whatever the query string, at most RUNTIME_MAX_ENTRIES of them and none larger than
 * RUNTIME_MAX_BYTES, and never a response marked `Cache-Control: no-store`.
 */
const RUNTIME_KEEP = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;
export const RUNTIME_MAX_ENTRIES = 8;
export const RUNTIME_MAX_BYTES = 2 * 1024 * 1024;

export interface RequestFacts {
  url: string;
  method: string;
  /** Request.mode: 'navigate' for page loads. */
  mode: string;
  /** The worker's scope, e.g. https://example.org/training/ */
  scope: string;
}

/** How the worker answers a request. */
export function routeRequest(req: RequestFacts, precached: ReadonlySet<string>): Route {
  if (req.method !== 'GET') return ROUTES.network;
  let url: URL;
  let scope: URL;
  try {
    url = new URL(req.url);
    scope = new URL(req.scope);
  } catch {
    return ROUTES.network;
  }
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return ROUTES.network;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(scope.pathname.length));
  } catch {
    return ROUTES.network;
  }
  if (path === CONFIG_FILE) return ROUTES.config;
  if (req.mode === 'navigate') return path === '' || path === 'index.html' ? ROUTES.shell : ROUTES.network;
  if (precached.has(path)) return ROUTES.precache;
  // Built files live in assets/; an image there that is not in this version's list is an older
  // version's, never one to keep at run time.
  if (!path.startsWith('assets/') && RUNTIME_KEEP.test(path)) return ROUTES.beside;
  return ROUTES.other;
}

/** The key a kept copy is stored under: the address without its query string or fragment. */
export function runtimeKey(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

export interface ResponseFacts {
  ok: boolean;
  /** Response.type: 'basic' for a same-origin answer. */
  type: string;
  /** The Cache-Control header, or null. */
  cacheControl: string | null;
  /** The Content-Length header, or null. */
  contentLength: string | null;
}

/** Whether a network answer may be kept in the runtime cache. */
export function mayKeep(res: ResponseFacts): boolean {
  if (!res.ok || res.type !== 'basic') return false;
  if (res.cacheControl && /(^|[\s,])no-store($|[\s,;=])/i.test(res.cacheControl)) return false;
  const length = res.contentLength === null ? NaN : Number(res.contentLength);
  return !(length > RUNTIME_MAX_BYTES);
}

/** Which kept entries to delete so that at most RUNTIME_MAX_ENTRIES remain (`keys` oldest first). */
export function runtimeOverflow(keys: readonly string[]): string[] {
  return keys.slice(0, Math.max(0, keys.length - RUNTIME_MAX_ENTRIES));
}

/**
 * A response the worker may keep as a page: a host that redirects /index.html to / answers the
 * precache's request with a redirected response, which a browser refuses for a page load
 * (ERR_FAILED). Such a response is re-made without the redirect flag; any other is returned as is.
 */
export async function withoutRedirect(res: Response): Promise<Response> {
  if (!res.redirected) return res;
  return new Response(await res.blob(), {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}

/** Why the page must not register the worker, or null when it may. */
export const BLOCKERS = {
  unsupported: 'unsupported',
  insecure: 'insecure',
  dev: 'dev',
  lms: 'lms',
  relay: 'relay',
} as const;
export type Blocker = (typeof BLOCKERS)[keyof typeof BLOCKERS];

export interface PageFacts {
  hasServiceWorker: boolean;
  secureContext: boolean;
  dev: boolean;
  /** The page carries the LMS package marker (LMS_META). */
  lmsMarked: boolean;
  /** The page was served by the classroom relay (RELAY_META). */
  relayMarked: boolean;
}

export function registrationBlocker(p: PageFacts): Blocker | null {
  if (p.lmsMarked) return BLOCKERS.lms;
  if (p.relayMarked) return BLOCKERS.relay;
  if (p.dev) return BLOCKERS.dev;
  if (!p.hasServiceWorker) return BLOCKERS.unsupported;
  if (!p.secureContext) return BLOCKERS.insecure;
  return null;
}

// The first install is not announced on screen: it finishes in the middle of the first encounter, and a
// line appearing there would move the scene and the choices under the learner's pointer.
export const UPDATE_STATES = {
  none: 'none',
  /** A new version is installed and waits for the learner to reload. */
  ready: 'ready',
  /**
   * The learner pressed Reload but the new version did not take over and the server could not be
   * reached to start afresh: every tab of the game has to close first.
   */
  blocked: 'blocked',
} as const;
export type UpdateState = (typeof UPDATE_STATES)[keyof typeof UPDATE_STATES];

export interface StatusFacts {
  online: boolean;
  update: UpdateState;
  /** An LRS is configured, so statements are sent over the network. */
  xapi: boolean;
  /** Phone voting through the classroom relay is in use. */
  relay: boolean;
}

export const STATUS_MESSAGES = {
  offline: 'offline',
  xapiPaused: 'xapi-paused',
  relayUnavailable: 'relay-unavailable',
  updateReady: 'update-ready',
  updateBlocked: 'update-blocked',
} as const;
export type StatusMessage = (typeof STATUS_MESSAGES)[keyof typeof STATUS_MESSAGES];

/** What the status line says, in order; empty when there is nothing to say. */
export function statusMessages(f: StatusFacts): StatusMessage[] {
  const out: StatusMessage[] = [];
  if (!f.online) {
    out.push(STATUS_MESSAGES.offline);
    if (f.xapi) out.push(STATUS_MESSAGES.xapiPaused);
    if (f.relay) out.push(STATUS_MESSAGES.relayUnavailable);
  }
  if (f.update === UPDATE_STATES.ready) out.push(STATUS_MESSAGES.updateReady);
  if (f.update === UPDATE_STATES.blocked) out.push(STATUS_MESSAGES.updateBlocked);
  return out;
}

/**
 * After the learner presses Reload, how long the page waits for the new version to take over before
 * it starts afresh instead (see reloadFallback). Taking over is normally instant; some browsers hold a
 * waiting worker back for minutes (headless Chromium: about five) when the request comes from a page.
 */
export const TAKEOVER_WAIT_MS = 3000;

export const RELOAD_FALLBACKS = {
  /** Unregister the worker and reload: the page comes from the server, the new version registers again. */
  fresh: 'fresh',
  /** Say so, and do not reload later by surprise: every tab of the game must close first. */
  closeTabs: 'close-tabs',
} as const;
export type ReloadFallback = (typeof RELOAD_FALLBACKS)[keyof typeof RELOAD_FALLBACKS];

/**
 * What the page does when the new version has not taken over TAKEOVER_WAIT_MS after Reload: start
 * afresh from the server only when the server answers (an unregistered worker and no network would
 * leave no page at all).
 */
export function reloadFallback(serverAnswered: boolean): ReloadFallback {
  return serverAnswered ? RELOAD_FALLBACKS.fresh : RELOAD_FALLBACKS.closeTabs;
}

/** Reads the precache list the build wrote into sw.js; a clear error when it is missing or malformed. */
export function readPrecacheManifest(value: unknown): PrecacheManifest {
  const where = `${SW_FILE}: ${PRECACHE_GLOBAL}`;
  if (typeof value !== 'object' || value === null) throw new Error(`${where}: missing precache list`);
  const { version, files } = value as Record<string, unknown>;
  if (typeof version !== 'string' || version === '') throw new Error(`${where}.version: must be a string`);
  if (!Array.isArray(files) || !files.every((f): f is string => typeof f === 'string'))
    throw new Error(`${where}.files: must be a list of paths`);
  return { version, files };
}
