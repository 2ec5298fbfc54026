// Readers for the sections of an organisation configuration file (src/core/config/config.ts puts
// them together). Each reads one section, reports every problem against its field through the
// shared Reader, and returns what it could read.

import { TEXT_LIMITS } from '../limits.ts';
import type { Reader } from '../validate.ts';
import { logoReason } from './logo.ts';
import { NAMED_CONTACT_KEYS, readNamedContacts, type NamedContacts } from './named-contacts.ts';

/** Limits that keep a hand-edited file readable on screen. */
export const LIMITS = {
  name: 80,
  jurisdiction: 80,
  hotlines: 5,
  escalationSteps: 8,
  step: 120,
  policy: 1500,
} as const;
/** `encounters.enabled` value that turns every encounter in the library on. */
export const ALL_ENCOUNTERS = 'all';

export interface Hotline {
  name: string;
  phone: string;
  /** How to text the hotline, e.g. "Text 233733", or empty when there is none. */
  text: string;
  /**
   * What stories may say about the hotline, each only when the organisation has set it (unset means
   * unknown, and a story says nothing either way): whether it is a police line, the languages it can
   * help in (said mid-sentence, e.g. "more than 200 languages, through interpreters"), its hours
   * ("24 hours a day, every day of the year") and whether it acts on an adult's report only with
   * their consent (outside immediate danger and minors).
   */
  isPolice?: boolean;
  languages?: string;
  hours?: string;
  consentBased?: boolean;
}

export interface Organisation {
  name: string;
  /** Where the law that applies is made, e.g. "England and Wales"; empty in a migrated version 1 file. */
  jurisdiction: string;
  /** An image URL or path, or a data: URL (PNG, JPEG or SVG); empty when there is none. */
  logo: string;
}

export interface Contacts extends NamedContacts {
  emergencyNumber: string;
  /** The first of `hotlines`: the one stories and the debrief name. */
  hotline: Hotline;
  /** One or more hotlines, in the order the organisation listed them. */
  hotlines: Hotline[];
  /** Ordered internal steps, first one first, e.g. "Security control room". */
  internalEscalation: string[];
}

/** The organisation's own words, shown on the briefing screen and in the debrief; empty when none. */
export interface Policy {
  briefing: string;
  debrief: string;
}

/** Which encounters the picker offers: all of them, or the ones listed. */
export type EnabledEncounters = typeof ALL_ENCOUNTERS | string[];

const PHONE = /^[0-9+][0-9 ()\-.]{1,24}$/;

/** Reports a phone number that is set but is not one. */
function checkPhone(r: Reader, phone: string, at: string): void {
  if (phone && !PHONE.test(phone)) r.fail(at, 'notPhone', { got: phone });
}

/** The optional hotline attributes, with the text limit for the two that are text. */
export const HOTLINE_ATTRIBUTES = ['isPolice', 'languages', 'hours', 'consentBased'] as const;
export const ATTRIBUTE_TEXT_MAX = 120;

function readHotline(r: Reader, value: unknown, at: string): Hotline {
  const h = r.object(value, at) ?? {};
  r.onlyKeys(h, ['name', 'phone', 'text', ...HOTLINE_ATTRIBUTES], at);
  const phone = r.text(h, 'phone', at);
  checkPhone(r, phone, `${at}.phone`);
  const name = r.text(h, 'name', at, { max: LIMITS.name });
  const hotline: Hotline = {
    name,
    phone,
    text: r.text(h, 'text', at, { optional: true, max: TEXT_LIMITS.hotlineText }),
  };
  for (const key of ['isPolice', 'consentBased'] as const) {
    if (h[key] === undefined) continue;
    if (typeof h[key] === 'boolean') hotline[key] = h[key];
    else r.fail(`${at}.${key}`, 'booleanOrOmit');
  }
  for (const key of ['languages', 'hours'] as const) {
    const v = h[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') r.fail(`${at}.${key}`, 'textOrOmit');
    else {
      hotline[key] = r.checked(v.trim(), `${at}.${key}`, ATTRIBUTE_TEXT_MAX);
    }
  }
  return hotline;
}

/** `organisation`: its name, jurisdiction (required from version 2) and optional logo. */
export function readOrganisation(r: Reader, value: unknown, v1: boolean): Organisation {
  const org = r.object(value, 'organisation') ?? {};
  r.onlyKeys(org, ['name', 'jurisdiction', 'logo'], 'organisation');
  const name = r.text(org, 'name', 'organisation', { max: LIMITS.name });
  // Version 1 had no jurisdiction; from version 2 an organisation must say where it is.
  const jurisdiction = r.text(org, 'jurisdiction', 'organisation', {
    optional: v1,
    max: LIMITS.jurisdiction,
  });
  let logo = '';
  if (org['logo'] !== undefined && org['logo'] !== '') {
    if (typeof org['logo'] !== 'string') r.fail('organisation.logo', 'logoNotText');
    else {
      logo = org['logo'];
      const problem = logoReason(logo);
      if (problem) r.failWith('organisation.logo', problem);
    }
  }
  return { name, jurisdiction, logo };
}

/** The hotlines: one `hotline` in a version 1 file, a list of `hotlines` from version 2. */
function readHotlines(r: Reader, contacts: Record<string, unknown>, v1: boolean): Hotline[] {
  if (v1) return [readHotline(r, contacts['hotline'], 'contacts.hotline')];
  const list = r.array(contacts['hotlines'], 'contacts.hotlines');
  const hotlines = list.map((item, i) => readHotline(r, item, `contacts.hotlines[${i}]`));
  if (Array.isArray(contacts['hotlines']) && list.length === 0)
    r.fail('contacts.hotlines', 'needsAtLeast', { min: 1 });
  if (list.length > LIMITS.hotlines)
    r.fail('contacts.hotlines', 'tooManyHotlines', { count: list.length, max: LIMITS.hotlines });
  return hotlines;
}

/** `contacts`: the emergency number, hotlines, internal escalation steps and named contacts. */
export function readContacts(r: Reader, value: unknown, v1: boolean): Contacts {
  const contacts = r.object(value, 'contacts') ?? {};
  r.onlyKeys(
    contacts,
    ['emergencyNumber', 'hotline', 'hotlines', 'internalEscalation', ...NAMED_CONTACT_KEYS],
    'contacts',
  );
  if (v1 && contacts['hotlines'] !== undefined) r.fail('contacts.hotlines', 'hotlinesNeedV2');
  // An AppConfig written out as it is carries `hotline` as a copy of the first of `hotlines`; that
  // reads back. Any other `hotline` in a version 2 file is a version 1 habit.
  const copy = contacts['hotline'];
  if (
    !v1 &&
    copy !== undefined &&
    JSON.stringify(copy) !== JSON.stringify((contacts['hotlines'] as unknown[] | undefined)?.[0])
  )
    r.fail('contacts.hotline', 'hotlineReplaced');
  const emergencyNumber = r.text(contacts, 'emergencyNumber', 'contacts');
  checkPhone(r, emergencyNumber, 'contacts.emergencyNumber');
  const hotlines = readHotlines(r, contacts, v1);
  const internalEscalation = r.texts(contacts, 'internalEscalation', 'contacts', {
    min: 1,
    max: LIMITS.step,
  });
  if (internalEscalation.length > LIMITS.escalationSteps)
    r.fail('contacts.internalEscalation', 'tooManySteps', {
      count: internalEscalation.length,
      max: LIMITS.escalationSteps,
    });
  const named = readNamedContacts(
    r,
    contacts,
    (phone, at) => checkPhone(r, phone, `${at}.phone`),
    LIMITS.name,
  );
  const first = hotlines[0] ?? { name: '', phone: '', text: '' };
  return { emergencyNumber, hotline: first, hotlines, internalEscalation, ...named };
}

/** `training.refresherDays`, 90 when the section is left out. */
export function readRefresherDays(r: Reader, value: unknown): number {
  if (value === undefined) return 90;
  const t = r.object(value, 'training') ?? {};
  r.onlyKeys(t, ['refresherDays'], 'training');
  return r.number(t, 'refresherDays', 'training', { min: 1, max: 730, integer: true });
}

/** `policy`: the organisation's briefing and debrief wording, trimmed; empty when left out. */
export function readPolicy(r: Reader, value: unknown): Policy {
  const policy = { briefing: '', debrief: '' };
  if (value === undefined) return policy;
  const p = r.object(value, 'policy') ?? {};
  r.onlyKeys(p, ['briefing', 'debrief'], 'policy');
  for (const key of ['briefing', 'debrief'] as const) {
    const text = p[key];
    if (typeof text === 'string') policy[key] = r.checked(text.trim(), `policy.${key}`, LIMITS.policy);
    else if (text !== undefined) r.fail(`policy.${key}`, 'textOnly');
  }
  return policy;
}

/** `encounters.enabled`: "all", or a list of distinct ids (known ones, when `known` is given). */
export function readEnabled(
  r: Reader,
  value: unknown,
  known: readonly string[] | undefined,
): EnabledEncounters {
  if (value === undefined) return ALL_ENCOUNTERS;
  const e = r.object(value, 'encounters') ?? {};
  r.onlyKeys(e, ['enabled'], 'encounters');
  if (e['enabled'] === ALL_ENCOUNTERS) return ALL_ENCOUNTERS;
  if (!Array.isArray(e['enabled'])) {
    r.fail('encounters.enabled', 'notEncounterList', { all: ALL_ENCOUNTERS });
    return ALL_ENCOUNTERS;
  }
  const enabled = r.texts(e, 'enabled', 'encounters', { min: 1 });
  enabled.forEach((id, i) => {
    if (known && !known.includes(id)) r.fail(`encounters.enabled[${i}]`, 'unknownEncounter', { id });
    if (enabled.indexOf(id) !== i) r.fail(`encounters.enabled[${i}]`, 'repeated', { id });
  });
  return enabled;
}
