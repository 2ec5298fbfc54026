// Offline use in the page (loaded after the first choice is on screen, see offline-start.ts): registers
// the service worker unless the page is an LMS launch, a classroom-relay page or the dev server; keeps
// the status line up to date (offline, what waits for the network, a new version ready); and reloads
// only when the learner presses "Reload".

import { LMS_META } from '../core/lms-launch.ts';
import {
  SW_FILE,
  SW_MESSAGES,
  UPDATE_STATES,
  registrationBlocker,
  statusMessages,
  type Blocker,
  type StatusFacts,
  type SwMessage,
} from '../core/offline.ts';
import { RELAY_META } from '../core/relay-protocol.ts';
import { offlineStatusView } from '../ui/offline-status.ts';

export interface OfflineOptions {
  /** An LRS is configured and statements are sent from this page. */
  xapi: boolean;
  /** Presenter mode with phone voting through the classroom relay. */
  relay: boolean;
}

/** How often an open page asks the server whether there is a new version. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

export interface OfflineHandle {
  /** Why the worker was not registered, or null when it was. */
  blocker: Blocker | null;
  registration: Promise<ServiceWorkerRegistration | null>;
}

const marked = (name: string): boolean => document.querySelector(`meta[name="${name}"]`) !== null;

export function startOffline(root: HTMLElement, opts: OfflineOptions): OfflineHandle {
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
    if (waiting) {
      // The new worker takes over; the page reloads when it does (controllerchange below).
      reloadAsked = true;
      const message: SwMessage = { type: SW_MESSAGES.skipWaiting };
      waiting.postMessage(message);
    } else {
      window.location.reload();
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
  window.addEventListener('online', () => {
    set({ online: true });
    void registration?.update().catch(() => undefined);
  });
  window.addEventListener('offline', () => set({ online: false }));
  render();

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
