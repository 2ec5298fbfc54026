// What the first screen needs, started the moment the page's script runs, while the rest of the
// game is still downloading: the organisation's config.json, the story adapter, and for a link
// straight into an encounter, that encounter. The code that later asks for them gets these same
// requests' results (import() is shared by module; the config request through `earlyFetcher`).
// Kept tiny: everything it imports is on the path to the first screen.

import { CONFIG_REQUEST, CONFIG_URL, EARLY_CONFIG } from '../core/config/config-request.ts';

export { CONFIG_REQUEST, CONFIG_URL, EARLY_CONFIG } from '../core/config/config-request.ts';

/**
 * A fetch that answers the first request for config.json with `started` (a request made earlier
 * with the same options), and every other request with `base`.
 */
export function earlyFetcher(started: Promise<Response> | null, base: typeof fetch): typeof fetch {
  let pending = started;
  return (input, init) => {
    if (pending && input === CONFIG_URL) {
      const answer = pending;
      pending = null;
      return answer;
    }
    return base(input, init);
  };
}

/**
 * The config.json request: the one the page started, if it did, else a new one. A failure is left
 * for the code that reads it to handle.
 */
export function requestConfig(base: typeof fetch): Promise<Response> | null {
  const started = (globalThis as Record<string, unknown>)[EARLY_CONFIG];
  if (started instanceof Promise) {
    delete (globalThis as Record<string, unknown>)[EARLY_CONFIG];
    return started as Promise<Response>;
  }
  try {
    const started = base(CONFIG_URL, CONFIG_REQUEST);
    started.catch(() => undefined);
    return started;
  } catch {
    return null;
  }
}
