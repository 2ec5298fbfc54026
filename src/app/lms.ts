// Starts the LMS bridge inside an LMS package (src/app/lms-detect.ts tells whether this is one), or the
// xAPI sender when an LRS is configured. Loaded only then: the plain game's first download does not
// carry it, and the LMS code itself (src/lms/, with its compression and xAPI libraries) loads later still.

import { uuidV4 } from './uuid.ts';
import { entryId, type EncounterEntry } from '../core/encounter/analysis.ts';
import type { Assignment } from '../core/lms/assignment.ts';
import {
  configIn,
  sourceOf,
  storyVariables,
  type AppConfig,
  type XapiConfig,
} from '../core/config/config.ts';
import type { AppStore } from '../state/store.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';
import { decideLocale, fixedLocale, lmsLaunchSources, LOCALES, type Locale } from '../core/locale.ts';
import type { PerLocale } from '../core/lms/xapi.ts';
import { activeLocale } from '../i18n/messages.ts';
import { pageLanguageSources } from './page-locale.ts';
import { optionTexts, type OptionTexts } from './option-texts.ts';
import { STRINGS } from '../ui/strings/strings.ts';

/** An encounter's title in every language it is translated into (English for the rest). */
function titlesOf(encounters: readonly EncounterEntry[]): Record<string, PerLocale> {
  return Object.fromEntries(
    encounters.map((e) => [
      entryId(e),
      Object.fromEntries(LOCALES.map((l) => [l, (e.translations?.[l] ?? e).meta.title])),
    ]),
  );
}

/**
 * The options' texts in every language for the records (src/app/option-texts.ts), each encounter's
 * versions loaded when it is picked, long before its first decision is recorded.
 */
function recordTexts(store: AppStore, encounters: readonly EncounterEntry[], config: AppConfig): OptionTexts {
  const texts = optionTexts(
    encounters,
    (locale) => storyVariables(configIn(sourceOf(config), locale)),
    async () => {
      const { StoryRunner } = await import('../story/runner.ts');
      return (compiled, variables) => new StoryRunner(compiled.story, { variables });
    },
  );
  const prepare = (id: string | null) => {
    if (id) void texts.prepare(id).catch(() => undefined);
  };
  prepare(store.getState().selected);
  store.subscribe((s, prev) => {
    if (s.selected !== prev.selected) prepare(s.selected);
  });
  return texts;
}

/**
 * Inside an LMS package: the bridge records into the LMS. Before the learner's place is restored,
 * the page's language is decided again with the package's and the LMS's say (decideLocale): the
 * language a one-language package fixes, a `?lang=` link, the learner's own choice on this device, the
 * LMS's learner preference, the browser's. `switchTo` applies it (not remembered on the device) and
 * redraws.
 */
export async function startLms(
  store: AppStore,
  raw: unknown,
  encounters: readonly EncounterEntry[],
  config: AppConfig,
  onAssignment: (assignment: Assignment) => void,
  switchTo: (locale: Locale) => Promise<void>,
  /** The device is in shared-device mode: a language remembered on it is not this learner's. */
  sharedDevice = false,
): Promise<void> {
  const [{ startLms: start }, { LMS_WORDBOOK, LMS_NOTICE_TEXTS }] = await Promise.all([
    import('../lms/bridge.ts'),
    import('../ui/strings/strings-lms.ts'),
  ]);
  const titles = titlesOf(encounters);
  const options = recordTexts(store, encounters, config);
  await start(store, raw, window, {
    uuid: () => uuidV4(),
    known: encounters.map(entryId),
    language: {
      words: LMS_WORDBOOK,
      language: activeLocale,
      encounterTitles: (id) => titles[id] ?? {},
      optionTexts: (encounterId, log) => options.textsOf(encounterId, log),
    },
    texts: LMS_NOTICE_TEXTS,
    onAssignment,
    onLanguage: async (launch, preference) => {
      const locale = decideLocale(
        lmsLaunchSources(pageLanguageSources(window), {
          fixed: fixedLocale(launch.languages),
          lms: preference,
          sharedDevice,
        }),
      );
      if (locale !== activeLocale()) await switchTo(locale);
    },
  });
}

/** Where this browser's anonymous xAPI learner id is kept. */
const XAPI_LEARNER_KEY = STORAGE_KEYS.xapiLearner;

/** Outside an LMS, with an LRS configured: sends the learner's statements there (loaded lazily). */
export async function startXapi(
  store: AppStore,
  /** The configuration, with its `xapi` section (nothing is sent without one). */
  config: AppConfig,
  encounters: readonly EncounterEntry[],
  /** Where the learner's id is kept: sessionStorage on a shared device. */
  storage: Storage = window.localStorage,
): Promise<void> {
  const lrs: XapiConfig | undefined = config.xapi;
  if (!lrs) return;
  const [{ startXapiSender }, { LMS_WORDBOOK }] = await Promise.all([
    import('../lms/xapi-sender.ts'),
    import('../ui/strings/strings-lms.ts'),
  ]);
  let id = storage.getItem(XAPI_LEARNER_KEY);
  if (!id) {
    id = uuidV4();
    storage.setItem(XAPI_LEARNER_KEY, id);
  }
  const options = recordTexts(store, encounters, config);
  startXapiSender(store, lrs, {
    fetch: (url, init) => window.fetch(url, init),
    actor: { objectType: 'Agent', account: { homePage: window.location.origin, name: id } },
    activityBase: new URL('.', window.location.href).href,
    uuid: () => uuidV4(),
    titles: titlesOf(encounters),
    words: LMS_WORDBOOK,
    language: activeLocale,
    optionTexts: (encounterId, log) => options.textsOf(encounterId, log),
    notSent: () => STRINGS.xapiNotSent,
  });
}
