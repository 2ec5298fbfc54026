// Organisation configuration: reporting contacts and escalation steps. Stories read these through
// ink variables (stories/_shared/contacts.ink); no number is ever typed into a story.

import { DataError, Reader } from './validate.ts';

export const CONFIG_VERSION = 1;

export interface Hotline {
  name: string;
  phone: string;
  /** How to text the hotline, e.g. "Text 233733", or empty when there is none. */
  text: string;
}

export interface AppConfig {
  version: number;
  /** Region code the contacts are for, e.g. "US". */
  region: string;
  /** False until someone at the organisation has checked every contact. Shown as a notice. */
  reviewed: boolean;
  organisation: { name: string };
  /** Training rules; optional in the file. */
  training: { refresherDays: number };
  contacts: {
    emergencyNumber: string;
    hotline: Hotline;
    /** Ordered internal steps, first one first, e.g. "Security control room". */
    internalEscalation: string[];
  };
  /** Optional: an xAPI LRS that receives the learner's statements outside an LMS. */
  xapi?: XapiConfig;
}

export interface XapiConfig {
  /** The LRS's xAPI endpoint, e.g. "https://lrs.example.org/xapi/". */
  endpoint: string;
  /** The Authorization header value, e.g. "Basic dXNlcjpwYXNz". */
  auth: string;
}

const PHONE = /^[0-9+][0-9 ()\-.]{1,24}$/;

/** Validates a configuration file; every problem names the field. */
export function readConfig(source: string, data: unknown): AppConfig {
  const r = new Reader(source);
  const o = r.object(data, '') ?? {};
  r.onlyKeys(o, ['version', 'region', 'reviewed', 'organisation', 'contacts', 'training', 'xapi'], '');
  const version = r.number(o, 'version', '', { integer: true });
  if (version !== CONFIG_VERSION && r.problems.length === 0)
    r.fail('version', `must be ${CONFIG_VERSION} (got ${version})`);
  const org = r.object(o['organisation'], 'organisation') ?? {};
  r.onlyKeys(org, ['name'], 'organisation');
  const contacts = r.object(o['contacts'], 'contacts') ?? {};
  r.onlyKeys(contacts, ['emergencyNumber', 'hotline', 'internalEscalation'], 'contacts');
  const emergencyNumber = r.text(contacts, 'emergencyNumber', 'contacts');
  if (emergencyNumber && !PHONE.test(emergencyNumber))
    r.fail('contacts.emergencyNumber', `must be a phone number (got "${emergencyNumber}")`);
  const h = r.object(contacts['hotline'], 'contacts.hotline') ?? {};
  r.onlyKeys(h, ['name', 'phone', 'text'], 'contacts.hotline');
  const phone = r.text(h, 'phone', 'contacts.hotline');
  if (phone && !PHONE.test(phone))
    r.fail('contacts.hotline.phone', `must be a phone number (got "${phone}")`);
  let refresherDays = 90;
  if (o['training'] !== undefined) {
    const t = r.object(o['training'], 'training') ?? {};
    r.onlyKeys(t, ['refresherDays'], 'training');
    refresherDays = r.number(t, 'refresherDays', 'training', { min: 1, max: 730, integer: true });
  }
  const config: AppConfig = {
    version,
    region: r.text(o, 'region', ''),
    reviewed: r.boolean(o, 'reviewed', ''),
    organisation: { name: r.text(org, 'name', 'organisation') },
    training: { refresherDays },
    contacts: {
      emergencyNumber,
      hotline: {
        name: r.text(h, 'name', 'contacts.hotline'),
        phone,
        text: r.text(h, 'text', 'contacts.hotline', { optional: true }),
      },
      internalEscalation: r.texts(contacts, 'internalEscalation', 'contacts', { min: 1 }),
    },
  };
  if (o['xapi'] !== undefined) {
    const x = r.object(o['xapi'], 'xapi') ?? {};
    r.onlyKeys(x, ['endpoint', 'auth'], 'xapi');
    const endpoint = r.text(x, 'endpoint', 'xapi');
    if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint))
      r.fail('xapi.endpoint', `must be an http(s) address (got "${endpoint}")`);
    config.xapi = { endpoint, auth: r.text(x, 'auth', 'xapi') };
  }
  r.done();
  return config;
}

/** Reads a configuration file's text; JSON syntax errors are reported like field errors. */
export function parseConfigText(source: string, text: string): AppConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DataError(source, [`is not valid JSON (${(e as Error).message})`]);
  }
  return readConfig(source, data);
}

/** The ink variables every story can read (declared in stories/_shared/contacts.ink). */
export const STORY_VARIABLES = {
  emergencyNumber: 'emergency_number',
  hotlineName: 'hotline_name',
  hotlinePhone: 'hotline_phone',
  hotlineText: 'hotline_text',
  escalationFirst: 'escalation_first',
  orgName: 'org_name',
  reportAction: 'report_action',
  variant: 'variant',
} as const;

/** The replay variant (1…variants) an attempt plays, fixed by its seed. */
export function variantOf(seed: number, variants: number): number {
  return (Math.abs(Math.trunc(seed)) % Math.max(1, variants)) + 1;
}

export function storyVariables(config: AppConfig): Record<string, string> {
  return {
    [STORY_VARIABLES.emergencyNumber]: config.contacts.emergencyNumber,
    [STORY_VARIABLES.hotlineName]: config.contacts.hotline.name,
    [STORY_VARIABLES.hotlinePhone]: config.contacts.hotline.phone,
    [STORY_VARIABLES.hotlineText]: config.contacts.hotline.text,
    [STORY_VARIABLES.escalationFirst]: config.contacts.internalEscalation[0] ?? '',
    [STORY_VARIABLES.orgName]: config.organisation.name,
  };
}
