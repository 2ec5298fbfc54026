// Is this build running from an LMS package? Packages carry lms.json next to index.html. Only then is
// the LMS code (src/lms/, with its compression and xAPI libraries) fetched, so the plain game's first
// download stays small.

import { uuidV4 } from './uuid.ts';
import { LMS_FILE, LMS_FORMAT, LMS_META } from '../core/lms/lms-launch.ts';
import { entryId, type EncounterEntry } from '../core/encounter/analysis.ts';
import type { Assignment } from '../core/lms/assignment.ts';
import type { XapiConfig } from '../core/config/config.ts';
import type { AppStore } from '../state/store.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';
import { decideLocale, fixedLocale, LOCALES, type Locale } from '../core/locale.ts';
import type { PerLocale } from '../core/lms/xapi.ts';
import { activeLocale } from '../i18n/messages.ts';
import { pageLanguageSources } from './page-locale.ts';
import { STRINGS } from '../ui/strings/strings.ts';

/** lms.json's content when present and meant for us; null for the plain game. */
export async function detectLms(): Promise<unknown> {
  if (!document.querySelector(`meta[name="${LMS_META}"]`)) return null;
  try {
    const res = await fetch(`./${LMS_FILE}`, { cache: 'no-store' });
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null;
    const value: unknown = await res.json();
    return typeof value === 'object' &&
      value !== null &&
      (value as { format?: unknown }).format === LMS_FORMAT
      ? value
      : null;
  } catch {
    return null;
  }
}

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
 * Inside an LMS package: the bridge records into the LMS. Before the learner's place is restored,
 * the page's language is decided again with the package's and the LMS's say (decideLocale): the
 * language a one-language package fixes, a `?lang=` link, the LMS's learner preference, this device's
 * choice, the browser's. `switchTo` applies it (not remembered on the device) and redraws.
 */
export async function startLms(
  store: AppStore,
  raw: unknown,
  encounters: readonly EncounterEntry[],
  onAssignment: (assignment: Assignment) => void,
  switchTo: (locale: Locale) => Promise<void>,
): Promise<void> {
  const [{ startLms: start }, { LMS_WORDBOOK, LMS_NOTICE_TEXTS }] = await Promise.all([
    import('../lms/bridge.ts'),
    import('../ui/strings/strings-lms.ts'),
  ]);
  const titles = titlesOf(encounters);
  await start(store, raw, window, {
    texts: LMS_NOTICE_TEXTS,
    uuid: () => uuidV4(),
    known: encounters.map(entryId),
    language: { words: LMS_WORDBOOK, language: activeLocale, encounterTitles: (id) => titles[id] ?? {} },
    onAssignment,
    onLanguage: async (launch, preference) => {
      const locale = decideLocale({
        ...pageLanguageSources(window),
        fixed: fixedLocale(launch.languages),
        lms: preference,
      });
      if (locale !== activeLocale()) await switchTo(locale);
    },
  });
}

/** Where this browser's anonymous xAPI learner id is kept. */
const XAPI_LEARNER_KEY = STORAGE_KEYS.xapiLearner;

/** Outside an LMS, with an LRS configured: sends the learner's statements there (loaded lazily). */
export async function startXapi(
  store: AppStore,
  config: XapiConfig,
  encounters: readonly EncounterEntry[],
  /** Where the learner's id is kept: sessionStorage on a shared device. */
  storage: Storage = window.localStorage,
): Promise<void> {
  const [{ startXapiSender }, { LMS_WORDBOOK }] = await Promise.all([
    import('../lms/xapi-sender.ts'),
    import('../ui/strings/strings-lms.ts'),
  ]);
  let id = storage.getItem(XAPI_LEARNER_KEY);
  if (!id) {
    id = uuidV4();
    storage.setItem(XAPI_LEARNER_KEY, id);
  }
  startXapiSender(store, config, {
    fetch: (url, init) => window.fetch(url, init),
    actor: { objectType: 'Agent', account: { homePage: window.location.origin, name: id } },
    activityBase: new URL('.', window.location.href).href,
    uuid: () => uuidV4(),
    titles: titlesOf(encounters),
    words: LMS_WORDBOOK,
    language: activeLocale,
    notSent: () => STRINGS.xapiNotSent,
  });
}
