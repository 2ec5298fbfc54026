// The `languages` section of an organisation configuration: the words of the configuration (names,
// policy text) in another language the game speaks. Only words: phone numbers and yes/no facts are
// the same in every language and stay in `contacts`. Every field is optional; what is not given
// shows in the English of the main sections.

import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locale.ts';
import type { Reader } from '../validate.ts';
import type { Contacts, Organisation, Policy } from './sections.ts';

export interface HotlineWords {
  name?: string;
  text?: string;
  languages?: string;
  hours?: string;
}

export interface LanguageWords {
  organisation?: { name?: string; jurisdiction?: string };
  contacts?: {
    hotlines?: HotlineWords[];
    internalEscalation?: string[];
    childProtection?: { name?: string };
    labourStandards?: { name?: string };
  };
  policy?: { briefing?: string; debrief?: string };
}

export type Languages = Partial<Record<Locale, LanguageWords>>;

/** Keys that are numbers or facts, refused with a reason rather than as merely unknown. */
const NOT_WORDS = ['phone', 'emergencyNumber', 'isPolice', 'consentBased', 'logo'];

interface Limits {
  name: number;
  step: number;
  policy: number;
  attribute: number;
  text: number;
}

/** Reads an object of optional text fields; returns only the fields given. */
function words<K extends string>(
  r: Reader,
  value: unknown,
  at: string,
  keys: readonly K[],
  max: (key: K) => number,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  if (value === undefined) return out;
  const o = r.object(value, at);
  if (!o) return out;
  for (const key of Object.keys(o)) {
    if (NOT_WORDS.includes(key)) r.fail(`${at}.${key}`, 'sameEverywhere');
    else if (!(keys as readonly string[]).includes(key))
      r.fail(`${at}.${key}`, 'notFieldHere', { options: keys.join(', ') });
  }
  for (const key of keys) {
    const v = o[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') r.fail(`${at}.${key}`, 'textOnly');
    else {
      const text = r.checked(v.trim(), `${at}.${key}`, max(key));
      if (text) out[key] = text;
    }
  }
  return out;
}

function list<T>(
  r: Reader,
  value: unknown,
  at: string,
  most: number,
  item: (v: unknown, at: string) => T,
): T[] | undefined {
  if (value === undefined) return undefined;
  const items = r.array(value, at);
  if (items.length > most) r.fail(at, 'tooManyForContacts', { count: items.length, max: most });
  return items.map((v, i) => item(v, `${at}[${i}]`));
}

function readOne(
  r: Reader,
  value: unknown,
  at: string,
  limits: Limits,
  counts: { hotlines: number; steps: number },
): LanguageWords {
  const out: LanguageWords = {};
  const o = r.object(value, at);
  if (!o) return out;
  r.onlyKeys(o, ['organisation', 'contacts', 'policy'], at);
  const org = words(
    r,
    o['organisation'],
    `${at}.organisation`,
    ['name', 'jurisdiction'] as const,
    () => limits.name,
  );
  if (Object.keys(org).length) out.organisation = org;
  const policy = words(r, o['policy'], `${at}.policy`, ['briefing', 'debrief'] as const, () => limits.policy);
  if (Object.keys(policy).length) out.policy = policy;
  if (o['contacts'] !== undefined) {
    const cat = `${at}.contacts`;
    const c = r.object(o['contacts'], cat) ?? {};
    for (const key of Object.keys(c))
      if (NOT_WORDS.includes(key)) r.fail(`${cat}.${key}`, 'sameEverywhere');
      else if (!['hotlines', 'internalEscalation', 'childProtection', 'labourStandards'].includes(key))
        r.fail(`${cat}.${key}`, 'notFieldHere', {
          options: 'hotlines, internalEscalation, childProtection, labourStandards',
        });
    const contacts: NonNullable<LanguageWords['contacts']> = {};
    const hotlines = list(r, c['hotlines'], `${cat}.hotlines`, counts.hotlines, (v, a) =>
      words(r, v, a, ['name', 'text', 'languages', 'hours'] as const, (k) =>
        k === 'name' ? limits.name : k === 'text' ? limits.text : limits.attribute,
      ),
    );
    if (hotlines) contacts.hotlines = hotlines;
    const steps = list(r, c['internalEscalation'], `${cat}.internalEscalation`, counts.steps, (v, a) => {
      if (v === '' || v === undefined) return '';
      if (typeof v !== 'string') {
        r.fail(a, 'textOnly');
        return '';
      }
      return r.checked(v.trim(), a, limits.step);
    });
    if (steps) contacts.internalEscalation = steps;
    for (const key of ['childProtection', 'labourStandards'] as const) {
      const named = words(r, c[key], `${cat}.${key}`, ['name'] as const, () => limits.name);
      if (named.name) contacts[key] = named;
    }
    if (Object.keys(contacts).length) out.contacts = contacts;
  }
  return out;
}

/** `languages`: words per locale the game speaks (not the default, whose words are the sections themselves). */
export function readLanguages(
  r: Reader,
  value: unknown,
  limits: Limits,
  counts: { hotlines: number; steps: number },
): Languages | undefined {
  if (value === undefined) return undefined;
  const o = r.object(value, 'languages');
  if (!o) return undefined;
  const out: Languages = {};
  for (const [locale, v] of Object.entries(o)) {
    const at = `languages.${locale}`;
    if (locale === DEFAULT_LOCALE) r.fail(at, 'defaultLocaleHere', { locale: DEFAULT_LOCALE });
    else if (!(LOCALES as readonly string[]).includes(locale))
      r.fail(at, 'notLocale', { options: LOCALES.filter((l) => l !== DEFAULT_LOCALE).join(', ') });
    else out[locale as Locale] = readOne(r, v, at, limits, counts);
  }
  return out;
}

interface Worded {
  organisation: Organisation;
  contacts: Contacts;
  policy: Policy;
  languages?: Languages;
}

/** The organisation, contacts and policy as `locale` shows them: its words where given, English elsewhere. */
export function wordsIn<C extends Worded>(
  config: C,
  locale: string,
): Pick<C, 'organisation' | 'contacts' | 'policy'> {
  const w = config.languages?.[locale as Locale];
  if (!w) return { organisation: config.organisation, contacts: config.contacts, policy: config.policy };
  const wc = w.contacts ?? {};
  const hotlines = config.contacts.hotlines.map((h, i) => ({ ...h, ...(wc.hotlines?.[i] ?? {}) }));
  const contacts: Contacts = {
    ...config.contacts,
    hotlines,
    hotline: hotlines[0] ?? config.contacts.hotline,
    internalEscalation: config.contacts.internalEscalation.map((s, i) => wc.internalEscalation?.[i] || s),
    childProtection: { ...config.contacts.childProtection, ...(wc.childProtection ?? {}) },
    labourStandards: { ...config.contacts.labourStandards, ...(wc.labourStandards ?? {}) },
  };
  return {
    organisation: { ...config.organisation, ...(w.organisation ?? {}) },
    contacts,
    policy: { ...config.policy, ...(w.policy ?? {}) },
  };
}

/** The configuration as `locale` shows it (see wordsIn). */
export function configIn<C extends Worded>(config: C, locale: string): C {
  return { ...config, ...wordsIn(config, locale) };
}

const SOURCE = Symbol('configuration in its own words');

/** The configuration a live view shows (itself when it is not one): what is saved and edited. */
export function sourceOf<C extends object>(config: C): C {
  return ((config as Record<symbol, unknown>)[SOURCE] as C | undefined) ?? config;
}

/**
 * A view of the configuration that reads `current()` at each read of its words, so whatever holds it
 * follows a language switch. Everything else is the configuration itself.
 */
export function liveConfig<C extends Worded>(config: C, current: () => string): C {
  const view = { ...config };
  Object.defineProperty(view, SOURCE, { enumerable: false, value: sourceOf(config) });
  for (const key of ['organisation', 'contacts', 'policy'] as const)
    Object.defineProperty(view, key, { enumerable: true, get: () => wordsIn(config, current())[key] });
  return view;
}
