// Starts offline use (service worker, status line) once the browser is idle after the first screen or
// the first choice is up, so none of it is downloaded or run before then. Kept tiny: it is in the
// first download.

import type { OfflineOptions } from './offline.ts';

export function startOfflineWhenIdle(root: HTMLElement, opts: OfflineOptions): void {
  const run = () =>
    void import('./offline.ts').then((m) => m.startOffline(root, opts)).catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 4000 });
  else window.setTimeout(run, 2000);
}
