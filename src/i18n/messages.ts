// The interface's words at run time. Each strings module registers its namespace's English messages
// with `localized`, and gets back an object that always holds the active language's messages: when
// another language loads, every registered object is filled in place, so code that keeps
// `const S = PICKER_STRINGS` still reads the new words. Messages are compiled ahead of time
// (scripts/i18n/i18n-compile.ts); English is in the first download, other languages load on demand.

import { DEFAULT_LOCALE, type Locale } from '../core/locale.ts';

type Namespaces = Record<string, object>;

/** Other languages, each one chunk with all of its namespaces. */
const LOADERS: Record<Exclude<Locale, 'en-US'>, () => Promise<Namespaces>> = {
  'es-US': () => import('./generated/es-US/index.ts').then((m) => m.default as Namespaces),
};

interface Entry {
  live: Record<string, unknown>;
  en: Record<string, unknown>;
}
const registry = new Map<string, Entry>();
let active: { locale: Locale; messages: Namespaces | null } = { locale: DEFAULT_LOCALE, messages: null };

function fillFrom(live: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const current = live[key];
    if (value && typeof value === 'object' && current && typeof current === 'object')
      fillFrom(current as Record<string, unknown>, value as Record<string, unknown>);
    else live[key] = value;
  }
}

function copy<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
}

/** Registers a namespace's English messages; returns the live object for the active language. */
export function localized<T extends object>(namespace: string, en: T): T {
  const live = copy(en) as Record<string, unknown>;
  registry.set(namespace, { live, en: en as Record<string, unknown> });
  const other = active.messages?.[namespace];
  if (other) fillFrom(live, other as Record<string, unknown>);
  return live as T;
}

/** The language the interface speaks now. */
export function activeLocale(): Locale {
  return active.locale;
}

/** Switches every registered namespace (and any registered later) to `locale`. */
export async function useLocale(locale: Locale): Promise<void> {
  const messages = locale === 'en-US' ? null : await LOADERS[locale]();
  active = { locale, messages };
  for (const [namespace, entry] of registry) {
    fillFrom(entry.live, entry.en);
    const other = messages?.[namespace];
    if (other) fillFrom(entry.live, other as Record<string, unknown>);
  }
}
