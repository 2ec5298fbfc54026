// How the game asks for the organisation's config.json: shared by the page's early start
// (src/app/early.ts) and the build plugin that writes the inline script starting it
// (scripts/build/vite-plugin-preload.ts), which may not import the app.

export const CONFIG_URL = './config.json';
/** config.json is revalidated on every start, so a changed file applies at once. */
export const CONFIG_REQUEST = { cache: 'no-cache' } as const satisfies RequestInit;

/**
 * Where the built page's inline script (scripts/build/vite-plugin-preload.ts) leaves the config.json
 * request it started while the page was still loading.
 */
export const EARLY_CONFIG = '__secondLookConfig';

/**
 * Where the built page's early script leaves the request it started for a linked encounter's file:
 * `{ key, href, text }` (EarlyEncounterFile, src/app/early.ts). The page's script (src/main.ts) takes
 * it, once, instead of fetching the file again.
 */
export const EARLY_ENCOUNTER_FILE = '__secondLookEncounterFile';
