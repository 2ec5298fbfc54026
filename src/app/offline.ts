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

export function startOffline(root: HTMLElement, opts: OfflineOptions): OfflineHandle {
  let server: Reachability = REACHABILITY.unknown;
  const facts: StatusFacts = {
    online: navigator.onLine,
    update: UPDATE_STATES.none,
    xapi: opts.xapi,
    relay: opts.relay,
  };
  let registration: ServiceWorkerRegistration | null = null;
  let reloadAsked = false;

  const reload = () => {
    const waiting = registration?.waiting;
    if (!waiting) return window.location.reload();
    // The new worker takes over; the page reloads when it does (controllerchange below).
    reloadAsked = true;
    const message: SwMessage = { type: SW_MESSAGES.skipWaiting };
    waiting.postMessage(message);
    window.setTimeout(() => void notTakenOver(), TAKEOVER_WAIT_MS);
  };
  // Some browsers hold the waiting worker back for minutes (headless Chromium: about five, then it
  // takes over by itself). The learner pressed Reload: reload now, from the server, or say why not;
  // never later by surprise.
  const notTakenOver = async () => {
    if (!reloadAsked) return;
    const answered = await askServer();
    if (!reloadAsked) return;
    if (reloadFallback(answered) === RELOAD_FALLBACKS.fresh && registration) {
      reloadAsked = false;
      await registration.unregister().catch(() => false);
      window.location.reload();
    } else {
      reloadAsked = false;
      set({ update: UPDATE_STATES.blocked });
    }
  };
  const view = offlineStatusView(reload);
  const anchor = root.querySelector('.notices');
  if (anchor) anchor.before(view.el);
  else root.prepend(view.el);
  const render = () => view.show(statusMessages(facts));
  const set = (patch: Partial<StatusFacts>) => {
    Object.assign(facts, patch);
    render();
  };

  // Online or not: the browser's flag, corrected by what requests to the game's own server do. A page
  // the worker serves after the server is gone still has navigator.onLine === true.
  let probeTimer: number | undefined;
  let probing = false;
  const heard = (result: Reachability) => {
    server = result;
    const online = isOnline(navigator.onLine, server);
    if (online !== facts.online) {
      set({ online });
      if (online) void registration?.update().catch(() => undefined);
    }
    window.clearTimeout(probeTimer);
    const delay = nextProbeDelay(online);
    if (delay !== null) probeTimer = window.setTimeout(probe, delay);
  };
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
  render();
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
  sw.addEventListener('message', (e: MessageEvent) => {
    const message = readSwMessage(e.data);
    if (message?.type === SW_MESSAGES.networkFailed) heard(REACHABILITY.failed);
    else if (message?.type === SW_MESSAGES.networkAnswered) heard(REACHABILITY.answered);
  });
  sw.addEventListener('controllerchange', () => {
    // Only the page whose learner pressed "Reload" reloads; another open tab keeps its place (its
    // files stay in the previous version's cache) and keeps offering the reload.
    if (reloadAsked) window.location.reload();
  });

  const watch = (reg: ServiceWorkerRegistration) => {
    const waitFor = (w: ServiceWorker) =>
      w.addEventListener('statechange', () => {
        // A new version while an older one runs; the first install needs no words.
        if (w.state === 'installed' && (sw.controller || hadController)) set({ update: UPDATE_STATES.ready });
      });
    if (reg.waiting && sw.controller) set({ update: UPDATE_STATES.ready });
    if (reg.installing) waitFor(reg.installing);
    reg.addEventListener('updatefound', () => {
      if (reg.installing) waitFor(reg.installing);
    });
    window.setInterval(() => void reg.update().catch(() => undefined), UPDATE_CHECK_MS);
  };

  const promise = sw
    .register(`./${SW_FILE}`, { scope: './', updateViaCache: 'none' })
    .then((reg) => {
      registration = reg;
      watch(reg);
      return reg;
    })
    .catch(() => null);
  return { blocker: null, registration: promise };
}
