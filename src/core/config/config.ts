// Organisation configuration: who the organisation is, its reporting contacts and escalation steps,
// its policy wording and which encounters it offers. Stories read these through
// ink variables (stories/_shared/contacts.ink); no number is ever typed into a story.

import { TEXT_LIMITS } from '../limits.ts';
import { readPrivacy, type PrivacyConfig } from './privacy.ts';
import { readXapi, type XapiConfig } from './xapi-config.ts';
export { XAPI_LOCAL_HOSTS, xapiEndpointProblem, type XapiConfig } from './xapi-config.ts';
import { DataError, Reader } from '../validate.ts';
import {
  NAMED_CONTACT_DEFAULTS,
  NAMED_CONTACT_KEYS,
  namedContactsFile,
  readNamedContacts,
  type ChildProtection,
  type LabourStandards,
} from './named-contacts.ts';
export type { ChildProtection, LabourStandards } from './named-contacts.ts';

/** The version this build writes. Version 1 files (a single `contacts.hotline`) still load: see `readConfig`. */
export const CONFIG_VERSION = 2;
/** Every file version this build reads. */
const CONFIG_VERSIONS = [1, 2] as const;

/** Logo images embedded as data: URLs: these types, at most this many bytes once decoded. */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export const LOGO_MAX_BYTES = 200 * 1024;
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

export interface AppConfig {
  version: number;
  /** Region code the contacts are for, e.g. "US". */
  region: string;
  /** False until someone at the organisation has checked every contact. Shown as a notice. */
  reviewed: boolean;
  organisation: {
    name: string;
    /** Where the law that applies is made, e.g. "England and Wales"; empty in a migrated version 1 file. */
    jurisdiction: string;
    /** An image URL or path, or a data: URL (PNG, JPEG or SVG); empty when there is none. */
    logo: string;
  };
  /** Training rules; optional in the file. */
  training: { refresherDays: number };
  contacts: {
    emergencyNumber: string;
    /** The first of `hotlines`: the one stories and the debrief name. */
    hotline: Hotline;
    /** One or more hotlines, in the order the organisation listed them. */
    hotlines: Hotline[];
    /** Ordered internal steps, first one first, e.g. "Security control room". */
    internalEscalation: string[];
    /** The child-protection contact for the police-and-child-protection rung. */
    childProtection: ChildProtection;
    /** For a worker owed pay who is free and not coerced: a labor-rights referral. */
    labourStandards: LabourStandards;
  };
  /** The organisation's own words, shown on the briefing screen and in the debrief; empty when none. */
  policy: { briefing: string; debrief: string };
  /** Which encounters the picker offers. */
  encounters: { enabled: typeof ALL_ENCOUNTERS | string[] };
  /** Optional: an xAPI LRS that receives the learner's statements outside an LMS. */
  xapi?: XapiConfig;
  /** Optional: shared-device mode (src/core/config/privacy.ts). */
  privacy?: PrivacyConfig;
}

export interface ReadOptions {
  /** The encounter ids in this build's library; when given, unknown ids in `encounters.enabled` are refused. */
  encounterIds?: readonly string[];
}

const PHONE = /^[0-9+][0-9 ()\-.]{1,24}$/;
const DATA_URL = /^data:([a-z0-9.+/-]+);base64,([A-Za-z0-9+/]*={0,2})$/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Why a logo value is not usable, or null when it is. */
export function logoProblem(logo: string): string | null {
  if (logo.startsWith('data:')) {
    const m = DATA_URL.exec(logo);
    if (!m) return 'must be a base64 data: URL of an image (data:image/png;base64,…)';
    const type = (m[1] ?? '').toLowerCase();
    if (!(LOGO_TYPES as readonly string[]).includes(type))
      return `must be a PNG, JPEG or SVG image (got ${type})`;
    const b64 = m[2] ?? '';
    const bytes = Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
    if (bytes === 0) return 'is an empty image';
    if (bytes > LOGO_MAX_BYTES)
      return `is too large (${Math.ceil(bytes / 1024)} KB; at most ${LOGO_MAX_BYTES / 1024} KB)`;
    return null;
  }
  if (/\s/.test(logo)) return 'must be a URL or path without spaces';
  if (logo.startsWith('//')) return 'must not start with // (an address on another site); write https://…';
  if (logo.length > TEXT_LIMITS.text) return `is too long (at most ${TEXT_LIMITS.text} characters)`;
  if (URL_SCHEME.test(logo) && !/^https?:\/\//i.test(logo))
    return 'must be an https:// or http:// URL, a path next to index.html, or a data: URL';
  return null;
}

/** The optional hotline attributes, with the text limit for the two that are text. */
const HOTLINE_ATTRIBUTES = ['isPolice', 'languages', 'hours', 'consentBased'] as const;
export const ATTRIBUTE_TEXT_MAX = 120;

function readHotline(r: Reader, value: unknown, at: string): Hotline {
  const h = r.object(value, at) ?? {};
  r.onlyKeys(h, ['name', 'phone', 'text', ...HOTLINE_ATTRIBUTES], at);
  const phone = r.text(h, 'phone', at);
  if (phone && !PHONE.test(phone)) r.fail(`${at}.phone`, `must be a phone number (got "${phone}")`);
  const name = r.text(h, 'name', at, { max: LIMITS.name });
  const hotline: Hotline = {
    name,
    phone,
    text: r.text(h, 'text', at, { optional: true, max: TEXT_LIMITS.hotlineText }),
  };
  for (const key of ['isPolice', 'consentBased'] as const) {
    if (h[key] === undefined) continue;
    if (typeof h[key] === 'boolean') hotline[key] = h[key];
    else r.fail(`${at}.${key}`, 'must be true or false (leave it out when not known)');
  }
  for (const key of ['languages', 'hours'] as const) {
    const v = h[key];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') r.fail(`${at}.${key}`, 'must be text (leave it out when not known)');
    else {
      hotline[key] = r.checked(v.trim(), `${at}.${key}`, ATTRIBUTE_TEXT_MAX);
    }
  }
  return hotline;
}

export const DEFAULT_LABOUR_STANDARDS: LabourStandards = NAMED_CONTACT_DEFAULTS.labourStandards;

function checkContact(r: Reader, phone: string, at: string): void {
  if (phone && !PHONE.test(phone)) r.fail(`${at}.phone`, `must be a phone number (got "${phone}")`);
}

/** The sections a configuration file may have. */
const SECTIONS = [
  'version',
  'region',
  'reviewed',
  'organisation',
  'contacts',
  'training',
  'policy',
  'encounters',
  'xapi',
  'privacy',
];

/**
 * Validates a configuration file; every problem names the field. Version 1 files (one
 * `contacts.hotline` object) are read as they are and come back as the current version, so nothing an
 * organisation already wrote stops working; version 2 files list `contacts.hotlines`.
 */
export function readConfig(source: string, data: unknown, opts: ReadOptions = {}): AppConfig {
  const r = new Reader(source);
  const o = r.object(data, '') ?? {};
  r.onlyKeys(o, SECTIONS, '');
  const version = r.number(o, 'version', '', { integer: true });
  if (!(CONFIG_VERSIONS as readonly number[]).includes(version) && r.problems.length === 0)
    r.fail('version', `must be ${CONFIG_VERSIONS.join(' or ')} (got ${version})`);
  const v1 = version === 1;

  const org = r.object(o['organisation'], 'organisation') ?? {};
  r.onlyKeys(org, ['name', 'jurisdiction', 'logo'], 'organisation');
  const name = r.text(org, 'name', 'organisation', { max: LIMITS.name });
  // Version 1 had no jurisdiction; from version 2 an organisation must say where it is.
  const jurisdiction = r.text(org, 'jurisdiction', 'organisation', {
    optional: v1,
    max: LIMITS.jurisdiction,
  });
  let logo = '';
  if (org['logo'] !== undefined && org['logo'] !== '') {
    if (typeof org['logo'] !== 'string')
      r.fail('organisation.logo', 'must be text (a URL, path or data: URL)');
    else {
      logo = org['logo'];
      const problem = logoProblem(logo);
      if (problem) r.fail('organisation.logo', problem);
    }
  }

  const contacts = r.object(o['contacts'], 'contacts') ?? {};
  r.onlyKeys(
    contacts,
    ['emergencyNumber', 'hotline', 'hotlines', 'internalEscalation', ...NAMED_CONTACT_KEYS],
    'contacts',
  );
  if (v1 && contacts['hotlines'] !== undefined)
    r.fail('contacts.hotlines', 'is a version 2 field: set "version" to 2 and remove contacts.hotline');
  // An AppConfig written out as it is carries `hotline` as a copy of the first of `hotlines`; that
  // reads back. Any other `hotline` in a version 2 file is a version 1 habit.
  const copy = contacts['hotline'];
  if (
    !v1 &&
    copy !== undefined &&
    JSON.stringify(copy) !== JSON.stringify((contacts['hotlines'] as unknown[] | undefined)?.[0])
  )
    r.fail('contacts.hotline', 'was replaced in version 2 by contacts.hotlines, a list of hotlines');
  const emergencyNumber = r.text(contacts, 'emergencyNumber', 'contacts');
  if (emergencyNumber && !PHONE.test(emergencyNumber))
    r.fail('contacts.emergencyNumber', `must be a phone number (got "${emergencyNumber}")`);
  let hotlines: Hotline[];
  if (v1) {
    hotlines = [readHotline(r, contacts['hotline'], 'contacts.hotline')];
  } else {
    const list = r.array(contacts['hotlines'], 'contacts.hotlines');
    hotlines = list.map((item, i) => readHotline(r, item, `contacts.hotlines[${i}]`));
    if (Array.isArray(contacts['hotlines']) && list.length === 0)
      r.fail('contacts.hotlines', 'needs at least 1');
    if (list.length > LIMITS.hotlines)
      r.fail('contacts.hotlines', `has ${list.length}; at most ${LIMITS.hotlines}`);
  }
  const internalEscalation = r.texts(contacts, 'internalEscalation', 'contacts', {
    min: 1,
    max: LIMITS.step,
  });
  if (internalEscalation.length > LIMITS.escalationSteps)
    r.fail(
      'contacts.internalEscalation',
      `has ${internalEscalation.length} steps; at most ${LIMITS.escalationSteps}`,
    );

  const named = readNamedContacts(r, contacts, (phone, at) => checkContact(r, phone, at), LIMITS.name);

  let refresherDays = 90;
  if (o['training'] !== undefined) {
    const t = r.object(o['training'], 'training') ?? {};
    r.onlyKeys(t, ['refresherDays'], 'training');
    refresherDays = r.number(t, 'refresherDays', 'training', { min: 1, max: 730, integer: true });
  }

  const policy = { briefing: '', debrief: '' };
  if (o['policy'] !== undefined) {
    const p = r.object(o['policy'], 'policy') ?? {};
    r.onlyKeys(p, ['briefing', 'debrief'], 'policy');
    for (const key of ['briefing', 'debrief'] as const) {
      const value = p[key];
      if (typeof value === 'string') policy[key] = r.checked(value.trim(), `policy.${key}`, LIMITS.policy);
      else if (value !== undefined) r.fail(`policy.${key}`, 'must be text');
    }
  }

  let enabled: AppConfig['encounters']['enabled'] = ALL_ENCOUNTERS;
  if (o['encounters'] !== undefined) {
    const e = r.object(o['encounters'], 'encounters') ?? {};
    r.onlyKeys(e, ['enabled'], 'encounters');
    if (e['enabled'] !== ALL_ENCOUNTERS) {
      if (!Array.isArray(e['enabled'])) {
        r.fail('encounters.enabled', `must be "${ALL_ENCOUNTERS}" or a list of encounter ids`);
      } else {
        enabled = r.texts(e, 'enabled', 'encounters', { min: 1 });
        const known = opts.encounterIds;
        enabled.forEach((id, i) => {
          if (known && !known.includes(id))
            r.fail(`encounters.enabled[${i}]`, `is not a known encounter ("${id}")`);
          if (enabled.indexOf(id) !== i) r.fail(`encounters.enabled[${i}]`, `repeats "${id}"`);
        });
      }
    }
  }

  const first = hotlines[0] ?? { name: '', phone: '', text: '' };
  const config: AppConfig = {
    version: CONFIG_VERSION,
    region: r.text(o, 'region', '', { max: TEXT_LIMITS.region }),
    reviewed: r.boolean(o, 'reviewed', ''),
    organisation: { name, jurisdiction, logo },
    training: { refresherDays },
    contacts: { emergencyNumber, hotline: first, hotlines, internalEscalation, ...named },
    policy,
    encounters: { enabled },
  };
  Object.assign(config, readXapi(r, o['xapi']), readPrivacy(r, o['privacy']));
  r.done();
  return config;
}

/** The file version a parsed configuration declares (1 for a file written before hotlines became a list). */
export function declaredVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const v = (data as Record<string, unknown>)['version'];
  return typeof v === 'number' ? v : null;
}

/**
 * The configuration as a current-version file (what an admin puts next to index.html). Sections this
 * module does not know are kept as they are; optional sections at their defaults are left out.
 */
export function toConfigFile(config: AppConfig): Record<string, unknown> {
  const { organisation, contacts, policy, encounters, ...rest } = config;
  const file: Record<string, unknown> = {
    ...rest,
    version: CONFIG_VERSION,
    organisation: {
      name: organisation.name,
      ...(organisation.jurisdiction ? { jurisdiction: organisation.jurisdiction } : {}),
      ...(organisation.logo ? { logo: organisation.logo } : {}),
    },
    contacts: {
      emergencyNumber: contacts.emergencyNumber,
      hotlines: contacts.hotlines.map((h) => ({
        name: h.name,
        phone: h.phone,
        text: h.text,
        ...Object.fromEntries(HOTLINE_ATTRIBUTES.filter((k) => h[k] !== undefined).map((k) => [k, h[k]])),
      })),
      internalEscalation: [...contacts.internalEscalation],
      // Left out at its default, like every optional section.
      ...namedContactsFile(contacts),
    },
  };
  const p: Record<string, string> = {};
  if (policy.briefing) p['briefing'] = policy.briefing;
  if (policy.debrief) p['debrief'] = policy.debrief;
  if (Object.keys(p).length > 0) file['policy'] = p;
  if (encounters.enabled !== ALL_ENCOUNTERS) file['encounters'] = { enabled: [...encounters.enabled] };
  return file;
}

/** Whether the picker offers an encounter under this configuration. */
export function isEncounterEnabled(config: AppConfig, id: string): boolean {
  const enabled = config.encounters.enabled;
  return enabled === ALL_ENCOUNTERS || enabled.includes(id);
}

/** Reads a configuration file's text; JSON syntax errors are reported like field errors. */
export function parseConfigText(source: string, text: string, opts: ReadOptions = {}): AppConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DataError(source, [`is not valid JSON (${(e as Error).message})`]);
  }
  return readConfig(source, data, opts);
}

/** The ink variables every story can read (declared in stories/_shared/contacts.ink). */
export const STORY_VARIABLES = {
  emergencyNumber: 'emergency_number',
  hotlineName: 'hotline_name',
  hotlinePhone: 'hotline_phone',
  hotlineText: 'hotline_text',
  escalationFirst: 'escalation_first',
  orgName: 'org_name',
  orgJurisdiction: 'org_jurisdiction',
  escalationNext: 'escalation_next',
  reportAction: 'report_action',
  variant: 'variant',
  childProtectionName: 'child_protection_name',
  labourStandardsName: 'labour_standards_name',
  /** Facts about the first hotline, true only when the organisation has said so (see Hotline). */
  hotlineIsPolice: 'hotline_is_police',
  hotlineNotPolice: 'hotline_not_police',
  hotlineConsentBased: 'hotline_consent_based',
  /** Text, empty when not known: "more than 200 languages, through interpreters"; "24 hours a day". */
  hotlineLanguages: 'hotline_languages',
  hotlineHours: 'hotline_hours',
} as const;

/** The replay variant (1…variants) an attempt plays, fixed by its seed. */
export function variantOf(seed: number, variants: number): number {
  return (Math.abs(Math.trunc(seed)) % Math.max(1, variants)) + 1;
}

/** Story variables from the configuration; yes/no facts are 1 or 0, so ink can test them (`{hotline_not_police: …}`). */
export function storyVariables(config: AppConfig): Record<string, string | number> {
  const h = config.contacts.hotline;
  return {
    [STORY_VARIABLES.childProtectionName]: config.contacts.childProtection.name,
    [STORY_VARIABLES.labourStandardsName]: config.contacts.labourStandards.name,
    [STORY_VARIABLES.hotlineIsPolice]: h.isPolice === true ? 1 : 0,
    [STORY_VARIABLES.hotlineNotPolice]: h.isPolice === false ? 1 : 0,
    [STORY_VARIABLES.hotlineConsentBased]: h.consentBased === true ? 1 : 0,
    [STORY_VARIABLES.hotlineLanguages]: h.languages ?? '',
    [STORY_VARIABLES.hotlineHours]: h.hours ?? '',
    [STORY_VARIABLES.emergencyNumber]: config.contacts.emergencyNumber,
    [STORY_VARIABLES.hotlineName]: config.contacts.hotline.name,
    [STORY_VARIABLES.hotlinePhone]: config.contacts.hotline.phone,
    [STORY_VARIABLES.hotlineText]: config.contacts.hotline.text,
    [STORY_VARIABLES.escalationFirst]: config.contacts.internalEscalation[0] ?? '',
    [STORY_VARIABLES.orgName]: config.organisation.name,
    [STORY_VARIABLES.orgJurisdiction]: config.organisation.jurisdiction || 'your area',
    [STORY_VARIABLES.escalationNext]:
      config.contacts.internalEscalation[1] ?? config.contacts.internalEscalation[0] ?? '',
  };
}
