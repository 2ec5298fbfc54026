// Offline use in the page (loaded after the first choice is on screen, see offline-start.ts): registers
// the service worker unless the page is an LMS launch, a classroom-relay page or the dev server; keeps
// the status line up to date (offline, what waits for the network, a new version ready); and reloads
// only when the learner presses "Reload".

import { LMS_META } from '../core/lms/lms-launch.ts';
import {
  REACHABILITY,
  RELOAD_FALLBACKS,
  SW_FILE,
  TAKEOVER_WAIT_MS,
  SW_MESSAGES,
  UPDATE_STATES,
  isOnline,
  nextProbeDelay,
  readSwMessage,
  registrationBlocker,
  reloadFallback,
  statusMessages,
  type Blocker,
  type Reachability,
  type StatusFacts,
  type SwMessage,
} from '../core/offline.ts';
import { RELAY_META } from '../core/classroom/relay-protocol.ts';
import { offlineStatusView } from '../ui/offline-status.ts';

export interface OfflineOptions {
  /** An LRS is configured and statements are sent from this page. */
  xapi: boolean;
  /** Presenter mode with phone voting through the classroom relay. */
  relay: boolean;
}

/** How often an open page asks the server whether there is a new version. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;
/** A probe that has had no answer by then counts as failed (a dropped Wi-Fi can hang a request). */
const PROBE_TIMEOUT_MS = 8000;

export interface OfflineHandle {
  /** Why the worker was not registered, or null when it was. */
  blocker: Blocker | null;
  registration: Promise<ServiceWorkerRegistration | null>;
}

const marked = (name: string): boolean => document.querySelector(`meta[name="${name}"]`) !== null;

/** What the page's offline pieces below share: the status line's facts, the worker, the Reload request. */
interface OfflinePage {
  facts: StatusFacts;
  registration: ServiceWorkerRegistration | null;
  /** The learner pressed "Reload" and the page waits for the new worker to take over. */
  reloadAsked: boolean;
  render: () => void;
}

function setFacts(page: OfflinePage, patch: Partial<StatusFacts>): void {
  Object.assign(page.facts, patch);
  page.render();
}

/** Whether the game's server answers. HEAD is never answered by the worker (it answers GETs). */
const askServer = (): Promise<boolean> =>
  fetch(new URL('./', document.baseURI), {
    method: 'HEAD',
    cache: 'no-store',
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
  }).then(
    () => true,
    () => false,
  );

/** The "Reload" button: hands over to the waiting worker, or reloads the page when there is none. */
function reload(page: OfflinePage): void {
  const waiting = page.registration?.waiting;
  if (!waiting) return window.location.reload();
  // The new worker takes over; the page reloads when it does (controllerchange in listenToWorker).
  page.reloadAsked = true;
  const message: SwMessage = { type: SW_MESSAGES.skipWaiting };
  waiting.postMessage(message);
  window.setTimeout(() => void notTakenOver(page), TAKEOVER_WAIT_MS);
}

// Some browsers hold the waiting worker back for minutes (headless Chromium: about five, then it
// takes over by itself). The learner pressed Reload: reload now, from the server, or say why not;
// never later by surprise.
async function notTakenOver(page: OfflinePage): Promise<void> {
  if (!page.reloadAsked) return;
  const answered = await askServer();
  if (!page.reloadAsked) return;
  if (reloadFallback(answered) === RELOAD_FALLBACKS.fresh && page.registration) {
    page.reloadAsked = false;
    await page.registration.unregister().catch(() => false);
    window.location.reload();
  } else {
    page.reloadAsked = false;
    setFacts(page, { update: UPDATE_STATES.blocked });
  }
}

/**
 * Online or not: the browser's flag, corrected by what requests to the game's own server do. A page
 * the worker serves after the server is gone still has navigator.onLine === true. Returns what to
 * call with the result of a request (`heard`) and the probe that asks the server again.
 */
function watchReachability(page: OfflinePage): { heard: (r: Reachability) => void; probe: () => void } {
  let server: Reachability = REACHABILITY.unknown;
  let probeTimer: number | undefined;
  let probing = false;
  const heard = (result: Reachability) => {
    server = result;
    const online = isOnline(navigator.onLine, server);
    if (online !== page.facts.online) {
      setFacts(page, { online });
      if (online) void page.registration?.update().catch(() => undefined);
    }
    window.clearTimeout(probeTimer);
    const delay = nextProbeDelay(online);
    if (delay !== null) probeTimer = window.setTimeout(probe, delay);
  };
  const probe = () => {
    // Only a page served over http(s) has a server to ask.
    if (probing || !/^https?:$/.test(window.location.protocol)) return;
    probing = true;
    void askServer()
      .then((answered) => heard(answered ? REACHABILITY.answered : REACHABILITY.failed))
      .finally(() => {
        probing = false;
      });
  };
  window.addEventListener('online', probe);
  window.addEventListener('offline', () => heard(REACHABILITY.failed));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') probe();
  });
  return { heard, probe };
}

/** What the worker tells the page: requests it failed or got answered, and its taking over. */
function listenToWorker(
  page: OfflinePage,
  sw: ServiceWorkerContainer,
  heard: (r: Reachability) => void,
): void {
  sw.addEventListener('message', (e: MessageEvent) => {
    const message = readSwMessage(e.data);
    if (message?.type === SW_MESSAGES.networkFailed) heard(REACHABILITY.failed);
    else if (message?.type === SW_MESSAGES.networkAnswered) heard(REACHABILITY.answered);
  });
  sw.addEventListener('controllerchange', () => {
    // Only the page whose learner pressed "Reload" reloads; another open tab keeps its place (its
    // files stay in the previous version's cache) and keeps offering the reload.
    if (page.reloadAsked) window.location.reload();
  });
}

/** Offers "Reload" when a new version is installed while an older one runs; checks for one now and then. */
function watchUpdates(
  page: OfflinePage,
  sw: ServiceWorkerContainer,
  hadController: boolean,
  reg: ServiceWorkerRegistration,
): void {
  const waitFor = (w: ServiceWorker) =>
    w.addEventListener('statechange', () => {
      // A new version while an older one runs; the first install needs no words.
      if (w.state === 'installed' && (sw.controller || hadController))
        setFacts(page, { update: UPDATE_STATES.ready });
    });
  if (reg.waiting && sw.controller) setFacts(page, { update: UPDATE_STATES.ready });
  if (reg.installing) waitFor(reg.installing);
  reg.addEventListener('updatefound', () => {
    if (reg.installing) waitFor(reg.installing);
  });
  window.setInterval(() => void reg.update().catch(() => undefined), UPDATE_CHECK_MS);
}

export function startOffline(root: HTMLElement, opts: OfflineOptions): OfflineHandle {
  const page: OfflinePage = {
    facts: { online: navigator.onLine, update: UPDATE_STATES.none, xapi: opts.xapi, relay: opts.relay },
    registration: null,
    reloadAsked: false,
    render: () => undefined,
  };
  const view = offlineStatusView(() => reload(page));
  const anchor = root.querySelector('.notices');
  if (anchor) anchor.before(view.el);
  else root.prepend(view.el);
  page.render = () => view.show(statusMessages(page.facts));

  const { heard, probe } = watchReachability(page);
  page.render();
  probe();

  const blocker = registrationBlocker({
    hasServiceWorker: 'serviceWorker' in navigator,
    secureContext: window.isSecureContext,
    // Only the dev server has hot reload; it serves no sw.js. (import.meta.env.DEV is also true in a
    // production build made under a test runner, so it is not used here.)
    dev: import.meta.hot !== undefined,
    lmsMarked: marked(LMS_META),
    relayMarked: marked(RELAY_META),
  });
  if (blocker) return { blocker, registration: Promise.resolve(null) };

  const sw = navigator.serviceWorker;
  const hadController = sw.controller !== null;
  listenToWorker(page, sw, heard);
  const promise = sw
    .register(`./${SW_FILE}`, { scope: './', updateViaCache: 'none' })
    .then((reg) => {
      page.registration = reg;
      watchUpdates(page, sw, hadController, reg);
      return reg;
    })
    .catch(() => null);
  return { blocker: null, registration: promise };
}
