// The languages the game speaks, and how one is picked: the language a one-language LMS package
// fixes, a `?lang=` link, the learner's own choice on this device, the LMS's learner preference, the
// browser's languages, then US English (decideLocale).

export const LOCALES = ['en-US', 'es-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';

/** Each language's name in that language, as a learner looks for it ("Español", not "Spanish"). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { 'en-US': 'English', 'es-US': 'Español' };

/** The link parameter that picks the language: `?lang=es`. */
export const LANG_PARAM = 'lang';

/** The supported locale a language tag asks for: exact ("es-US"), or by language ("es", "es-MX"). */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const wanted = tag.trim().toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(wanted)) return null;
  const exact = LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ?? null;
}

/** The first of `candidates` (most wanted first) that the game speaks, or US English. */
export function negotiateLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const c of candidates) {
    const m = matchLocale(c);
    if (m) return m;
  }
  return DEFAULT_LOCALE;
}

/** Three-letter codes (ISO 639-2) some LMSs store for a learner's language, as the two-letter ones. */
const THREE_LETTER: Readonly<Record<string, string>> = { eng: 'en', spa: 'es' };

/**
 * A learner's language preference as an LMS stores it, as language tags, most wanted first: "es_MX"
 * → "es-MX", "spa" → "es"; a cmi5 list ("fr-FR,es-MX") in its order. What is not a language tag the
 * game speaks ("Spanish", "fr-FR") is left out.
 */
export function lmsLanguageTags(raw: string | null | undefined): string[] {
  const out: string[] = [];
  for (const part of (raw ?? '').split(',')) {
    const tag = part.trim().replace(/_/g, '-');
    const [first = '', ...rest] = tag.split('-');
    const normal = [THREE_LETTER[first.toLowerCase()] ?? first, ...rest].join('-');
    if (matchLocale(normal)) out.push(normal);
  }
  return out;
}

/** Everything that can say which language a page speaks; any may be missing. */
export interface LanguageSources {
  /** The language an LMS package is built for, when it has exactly one (`--lang es-US`). */
  fixed?: string | null;
  /** The page's `?lang=` link. */
  linked?: string | null;
  /** The choice the learner made on this device (remembered; a language the LMS decided is not). */
  remembered?: string | null;
  /** The learner's language preference the LMS gives (SCORM `…preference.language`, cmi5 profile's list). */
  lms?: string | null;
  /** The browser's languages, most wanted first. */
  browser?: readonly string[];
}

/**
 * The language a page speaks, strongest first: the one a one-language package fixes, a `?lang=` link,
 * the choice the learner made on this device, the LMS's learner preference, the browser's languages,
 * US English. The learner's own choice outranks the LMS's profile, which is a default set once (and
 * often by someone else); the LMS outranks the browser, which only guesses. A source asking for a
 * language the game does not speak is passed over.
 */
export function decideLocale(s: LanguageSources): Locale {
  return negotiateLocale([s.fixed, s.linked, s.remembered, ...lmsLanguageTags(s.lms), ...(s.browser ?? [])]);
}

/**
 * The sources of an LMS launch's language: the page's, the package's fixed language and the LMS's
 * preference. On a device in shared-device mode a language remembered there was chosen by whoever
 * used it before, so it is left out and this learner's LMS preference counts instead.
 */
export function lmsLaunchSources(
  page: LanguageSources,
  launch: { fixed: string | null; lms: string | null | undefined; sharedDevice: boolean },
): LanguageSources {
  const sources: LanguageSources = { ...page, fixed: launch.fixed, lms: launch.lms ?? null };
  if (launch.sharedDevice) delete sources.remembered;
  return sources;
}

/** The one language a package fixes: its only language, or null when it offers more than one. */
export function fixedLocale(languages: readonly Locale[] | undefined): Locale | null {
  return languages?.length === 1 ? (languages[0] ?? null) : null;
}
