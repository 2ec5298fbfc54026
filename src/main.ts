// The page's script: starts what the first screen needs at once (src/app/early.ts), then loads the
// rest of the game (src/app/boot.ts) while those requests run, instead of after.

import './ui/page-styles.ts';
import { encounterIndex } from 'virtual:second-look/encounters';
import { earlyFetcher, requestConfig } from './app/early.ts';
import { pageLocale } from './app/page-locale.ts';
import type { EarlyEncounter } from './app/encounter-list.ts';
import { DEFAULT_LOCALE } from './core/locale.ts';
import { EARLY_ENCOUNTER_FILE } from './core/config/config-request.ts';
import {
  encounterFileKey,
  readEncounterFile,
  takeEarlyEncounterFile,
} from './core/encounter/encounter-file.ts';

const root = document.getElementById('app');
if (root) {
  const config = requestConfig(window.fetch.bind(window));
  const params = new URLSearchParams(window.location.search);
  const direct = params.get('encounter');
  // A link that starts an encounter shows its opening (built ahead) first and asks for the story
  // engine once that is on screen; any other first screen fetches the engine now, for later.
  if (!direct || !params.has('start')) void import('./story/runner.ts').catch(() => undefined);
  // The linked encounter, in the language the page will speak (src/app/language.ts asks the same),
  // asked for now and handed to the boot, which takes it instead of asking again.
  let encounter: EarlyEncounter | undefined;
  if (direct) {
    const locale = pageLocale(window);
    const entry = encounterIndex.find((e) => e.id === direct);
    const translated = entry?.translations?.[locale];
    const storyLocale = translated ? locale : DEFAULT_LOCALE;
    // The file the boot hint is fetching already, read here without the encounter's module (one
    // request less before the first choice), or else the module's load.
    const early = entry
      ? takeEarlyEncounterFile(
          globalThis as Record<string, unknown>,
          EARLY_ENCOUNTER_FILE,
          encounterFileKey(direct, storyLocale),
        )
      : null;
    const compiled = early
      ? early.text.then((text) => readEncounterFile(text, early.href))
      : (translated ?? entry?.load)?.();
    compiled?.catch(() => undefined);
    if (compiled) encounter = { id: direct, locale: storyLocale, compiled };
  }
  // Unless the link goes straight into an encounter, the first screen is the picker.
  if (!direct || !params.has('start')) void import('./ui/learner/picker.ts').catch(() => undefined);
  import('./app/boot.ts').then(
    ({ boot }) => boot(root, { fetcher: earlyFetcher(config, window.fetch.bind(window)), encounter }),
    (e: unknown) => {
      // Without the rest of the game there is nothing to run; say so in words.
      root.replaceChildren();
      const main = document.createElement('main');
      const heading = document.createElement('h1');
      heading.textContent = 'Second Look could not start';
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = `The game's files could not be loaded (${(e as Error).message}). Check the connection and reload the page.`;
      main.append(heading, alert);
      root.append(main);
    },
  );
}
