// The languages the game speaks, and how one is picked: a `?lang=` link first, then the learner's
// choice on this device, then the browser's languages, then US English.

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
