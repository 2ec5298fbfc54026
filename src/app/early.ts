// What the first screen needs, started the moment the page's script runs, while the rest of the
// game is still downloading: the organisation's config.json, the story adapter, and for a link
// straight into an encounter, that encounter. The code that later asks for them gets these same
// requests' results (import() is shared by module; the config request through `earlyFetcher`).
// Kept tiny: everything it imports is on the path to the first screen.

export const CONFIG_URL = './config.json';
/** config.json is revalidated on every start, so a changed file applies at once. */
export const CONFIG_REQUEST: RequestInit = { cache: 'no-cache' };

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

/** Starts the config.json request; a failure is left for the code that reads it to handle. */
export function requestConfig(base: typeof fetch): Promise<Response> | null {
  try {
    const started = base(CONFIG_URL, CONFIG_REQUEST);
    started.catch(() => undefined);
    return started;
  } catch {
    return null;
  }
}
