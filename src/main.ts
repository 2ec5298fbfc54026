// The page's script: takes the requests the boot hint started for the first screen (config.json, a
// linked encounter's file: src/app/early.ts, scripts/build/vite-plugin-preload.ts) or starts them,
// and boots the game. The game's first code is one chunk with this file, not a chunk loaded from
// it: a dynamic import was one more request and one more task before the first choice
// (docs/performance.md, "Fourth round"). A boot that fails says so on screen (src/app/boot.ts).

import './ui/page-styles.ts';
import { boot } from './app/boot.ts';
import { encounterIndex } from 'virtual:second-look/encounters';
import { earlyFetcher, requestConfig, takeEarlyEncounterFile } from './app/early.ts';
import { pageLocale } from './app/page-locale.ts';
import type { EarlyEncounter } from './app/encounter-list.ts';
import { DEFAULT_LOCALE } from './core/locale.ts';
import { encounterFileKey, readEncounterFile } from './core/encounter/encounter-file.ts';

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
    const early = entry ? takeEarlyEncounterFile(encounterFileKey(direct, storyLocale)) : null;
    const compiled = early
      ? early.text.then((text) => readEncounterFile(text, early.href))
      : (translated ?? entry?.load)?.();
    compiled?.catch(() => undefined);
    if (compiled) encounter = { id: direct, locale: storyLocale, compiled };
  }
  // Unless the link goes straight into an encounter, the first screen is the picker.
  if (!direct || !params.has('start')) void import('./ui/learner/picker.ts').catch(() => undefined);
  void boot(root, { fetcher: earlyFetcher(config, window.fetch.bind(window)), encounter });
}
