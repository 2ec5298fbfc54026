// Organisation configuration: who the organisation is, its reporting contacts and escalation steps,
// its policy wording and which encounters it offers. Stories read these through
// ink variables (stories/_shared/contacts.ink); no number is ever typed into a story.

import { TEXT_LIMITS } from '../limits.ts';
import { LIMITS } from './sections.ts';
import { readPrivacy, type PrivacyConfig } from './privacy.ts';
import { readXapi, type XapiConfig } from './xapi-config.ts';
export { XAPI_LOCAL_HOSTS, xapiEndpointProblem, type XapiConfig } from './xapi-config.ts';
import { DataError, Reader } from '../validate.ts';
import { fileProblem } from '../reasons.ts';
import {
  NAMED_CONTACT_DEFAULTS,
  namedContactsFile,
  type LabourStandards,
  type NamedContactKey,
} from './named-contacts.ts';
import { STORY_FALLBACKS } from './story-words.ts';
import { DEFAULT_LOCALE, matchLocale } from '../locale.ts';
export type { ChildProtection, LabourStandards } from './named-contacts.ts';
import { readLanguages, sourceOf, wordsIn, type Languages } from './languages.ts';
export { configIn, liveConfig, sourceOf, wordsIn, type Languages, type LanguageWords } from './languages.ts';
import {
  ALL_ENCOUNTERS,
  ATTRIBUTE_TEXT_MAX,
  HOTLINE_ATTRIBUTES,
  readContacts,
  readEnabled,
  readOrganisation,
  readPolicy,
  readRefresherDays,
  type Contacts,
  type EnabledEncounters,
  type Organisation,
  type Policy,
} from './sections.ts';
export { ALL_ENCOUNTERS, ATTRIBUTE_TEXT_MAX, LIMITS, type Hotline } from './sections.ts';
export { LOGO_MAX_BYTES, LOGO_TYPES, logoProblem } from './logo.ts';

/** The version this build writes. Version 1 files (a single `contacts.hotline`) still load: see `readConfig`. */
export const CONFIG_VERSION = 2;
/** Every file version this build reads. */
const CONFIG_VERSIONS = [1, 2] as const;

export interface AppConfig {
  version: number;
  /** Region code the contacts are for, e.g. "US". */
  region: string;
  /** False until someone at the organisation has checked every contact. Shown as a notice. */
  reviewed: boolean;
  organisation: Organisation;
  /** Training rules; optional in the file. */
  training: { refresherDays: number };
  contacts: Contacts;
  policy: Policy;
  /** Which encounters the picker offers. */
  encounters: { enabled: EnabledEncounters };
  /** Optional: an xAPI LRS that receives the learner's statements outside an LMS. */
  xapi?: XapiConfig;
  /** Optional: shared-device mode (src/core/config/privacy.ts). */
  privacy?: PrivacyConfig;
  /** Optional: the words above in other languages (src/core/config/languages.ts). */
  languages?: Languages;
}

export interface ReadOptions {
  /** The encounter ids in this build's library; when given, unknown ids in `encounters.enabled` are refused. */
  encounterIds?: readonly string[];
}

export const DEFAULT_LABOUR_STANDARDS: LabourStandards = NAMED_CONTACT_DEFAULTS.labourStandards;

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
  'languages',
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
    r.fail('version', 'badVersion', { expected: CONFIG_VERSIONS.join(' or '), got: String(version) });
  const v1 = version === 1;
  // Read in this order so that problems are listed in the order they always were.
  const organisation = readOrganisation(r, o['organisation'], v1);
  const contacts = readContacts(r, o['contacts'], v1);
  const refresherDays = readRefresherDays(r, o['training']);
  const policy = readPolicy(r, o['policy']);
  const enabled = readEnabled(r, o['encounters'], opts.encounterIds);
  const config: AppConfig = {
    version: CONFIG_VERSION,
    region: r.text(o, 'region', '', { max: TEXT_LIMITS.region }),
    reviewed: r.boolean(o, 'reviewed', ''),
    organisation,
    training: { refresherDays },
    contacts,
    policy,
    encounters: { enabled },
  };
  const languages = readLanguages(
    r,
    o['languages'],
    { ...LIMITS, attribute: ATTRIBUTE_TEXT_MAX, text: TEXT_LIMITS.hotlineText },
    { hotlines: contacts.hotlines.length, steps: contacts.internalEscalation.length },
  );
  if (languages) config.languages = languages;
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
  // A live view (liveConfig) is saved in the configuration's own words, not the language on screen.
  const { organisation, contacts, policy, encounters, ...rest } = sourceOf(config);
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
    throw new DataError(source, [fileProblem('notJson', { detail: (e as Error).message })]);
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

/**
 * Story variables from the configuration, in the words of the story's language `locale` (the
 * configuration's `languages` section where it has them); yes/no facts are 1 or 0, so ink can test
 * them (`{hotline_not_police: …}`). What the configuration leaves out, or leaves at the English
 * default, is said in the story's language (STORY_FALLBACKS).
 */
export function storyVariables(
  config: AppConfig,
  locale: string = DEFAULT_LOCALE,
): Record<string, string | number> {
  const { organisation, contacts } = wordsIn(sourceOf(config), locale);
  const fallback = STORY_FALLBACKS[matchLocale(locale) ?? DEFAULT_LOCALE];
  const named = (key: NamedContactKey): string => {
    const name = contacts[key].name;
    return name === '' || name === NAMED_CONTACT_DEFAULTS[key].name ? fallback[key] : name;
  };
  const h = contacts.hotline;
  return {
    [STORY_VARIABLES.childProtectionName]: named('childProtection'),
    [STORY_VARIABLES.labourStandardsName]: named('labourStandards'),
    [STORY_VARIABLES.hotlineIsPolice]: h.isPolice === true ? 1 : 0,
    [STORY_VARIABLES.hotlineNotPolice]: h.isPolice === false ? 1 : 0,
    [STORY_VARIABLES.hotlineConsentBased]: h.consentBased === true ? 1 : 0,
    [STORY_VARIABLES.hotlineLanguages]: h.languages ?? '',
    [STORY_VARIABLES.hotlineHours]: h.hours ?? '',
    [STORY_VARIABLES.emergencyNumber]: contacts.emergencyNumber,
    [STORY_VARIABLES.hotlineName]: h.name,
    [STORY_VARIABLES.hotlinePhone]: h.phone,
    [STORY_VARIABLES.hotlineText]: h.text,
    [STORY_VARIABLES.escalationFirst]: contacts.internalEscalation[0] ?? '',
    [STORY_VARIABLES.orgName]: organisation.name,
    [STORY_VARIABLES.orgJurisdiction]: organisation.jurisdiction || fallback.jurisdiction,
    [STORY_VARIABLES.escalationNext]: contacts.internalEscalation[1] ?? contacts.internalEscalation[0] ?? '',
  };
}
