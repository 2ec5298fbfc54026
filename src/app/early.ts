// The requests the first screen needs, which the built page's boot hint starts before the game's code
// runs (scripts/build/vite-plugin-preload.ts): the organisation's config.json, and for a link straight
// into an encounter, that encounter's file. The page's script takes them here, once, and the code that
// later asks for them gets their results (config.json through `earlyFetcher`). Without the hint (in
// `npm run dev`) config.json is asked for here, and the encounter through its module.
// Kept tiny: everything it imports is on the path to the first screen.

import {
  CONFIG_REQUEST,
  CONFIG_URL,
  EARLY_CONFIG,
  EARLY_ENCOUNTER_FILE,
} from '../core/config/config-request.ts';

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

/** The request the boot hint started for a linked encounter's file (EARLY_ENCOUNTER_FILE). */
export interface EarlyEncounterFile {
  /** encounterFileKey (src/core/encounter/encounter-file.ts) of the encounter and language it is for. */
  key: string;
  /** The file's absolute URL. */
  href: string;
  text: Promise<string>;
}

/**
 * The hint's request for an encounter's file if it is for `key`, else null. Taken once: the slot is
 * emptied either way, so a file the page will not use is not kept.
 */
export function takeEarlyEncounterFile(key: string): EarlyEncounterFile | null {
  const slot = globalThis as Record<string, unknown>;
  const early = slot[EARLY_ENCOUNTER_FILE] as Partial<EarlyEncounterFile> | undefined;
  if (early === undefined) return null;
  delete slot[EARLY_ENCOUNTER_FILE];
  if (early?.key !== key || typeof early.href !== 'string' || !(early.text instanceof Promise)) return null;
  return early as EarlyEncounterFile;
}
