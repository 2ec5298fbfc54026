// The Organisation set-up form's model, kept free of the DOM: form values read from any configuration
// file (valid, broken or version 1), the file the form writes, and which field a schema problem is about.

import { ALL_ENCOUNTERS, CONFIG_VERSION, type Hotline } from './config.ts';

/** A yes/no fact about a hotline as the form holds it: empty means not known (left out of the file). */
export type Tristate = '' | 'yes' | 'no';

/** A hotline as the form edits it: every part as text, the yes/no facts as a choice. */
export interface HotlineValues {
  name: string;
  phone: string;
  text: string;
  isPolice: Tristate;
  languages: string;
  hours: string;
  consentBased: Tristate;
}

export interface OrgFormValues {
  region: string;
  reviewed: boolean;
  name: string;
  jurisdiction: string;
  logo: string;
  emergencyNumber: string;
  hotlines: HotlineValues[];
  /** The child-protection contact (name said mid-sentence; phone optional). */
  childProtectionName: string;
  childProtectionPhone: string;
  /** The labour-standards contact (name said mid-sentence; phone optional). */
  labourStandardsName: string;
  labourStandardsPhone: string;
  /** Escalation steps, one per line. */
  escalation: string;
  briefing: string;
  debrief: string;
  allEncounters: boolean;
  enabled: string[];
  /** As typed; empty means the default. */
  refresherDays: string;
  /** Shared-device mode for every device that uses this set-up (the `privacy` section). */
  sharedDevice: boolean;
  /** Sections the form does not edit (e.g. an LMS section), written back as they were. */
  extra: Record<string, unknown>;
}

/** The fields of the form that a problem can be about. Hotline fields are `hotlineField(i, part)`. */
export const ORG_FIELDS = {
  region: 'region',
  reviewed: 'reviewed',
  name: 'name',
  jurisdiction: 'jurisdiction',
  logo: 'logo',
  emergencyNumber: 'emergency',
  hotlines: 'hotlines',
  escalation: 'escalation',
  childProtectionName: 'child-protection-name',
  childProtectionPhone: 'child-protection-phone',
  labourStandardsName: 'labour-standards-name',
  labourStandardsPhone: 'labour-standards-phone',
  briefing: 'briefing',
  debrief: 'debrief',
  encounters: 'encounters',
  refresherDays: 'refresher',
  sharedDevice: 'shared-device',
} as const;
export type HotlinePart = keyof HotlineValues;
export type OrgField = (typeof ORG_FIELDS)[keyof typeof ORG_FIELDS] | `hotline-${number}-${HotlinePart}`;

export function hotlineField(index: number, part: HotlinePart): OrgField {
  return `hotline-${index}-${part}`;
}

const EDITED = [
  'version',
  'region',
  'reviewed',
  'organisation',
  'contacts',
  'policy',
  'encounters',
  'training',
  'privacy',
];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const tristate = (v: unknown): Tristate => (v === true ? 'yes' : v === false ? 'no' : '');

export function emptyHotline(): HotlineValues {
  return { name: '', phone: '', text: '', isPolice: '', languages: '', hours: '', consentBased: '' };
}

function hotlineOf(v: unknown): HotlineValues {
  const h = obj(v);
  return {
    name: str(h['name']),
    phone: str(h['phone']),
    text: str(h['text']),
    isPolice: tristate(h['isPolice']),
    languages: str(h['languages']),
    hours: str(h['hours']),
    consentBased: tristate(h['consentBased']),
  };
}

/** The hotline as the file holds it: facts not known are left out. */
function hotlineFile(h: HotlineValues): Partial<Hotline> {
  const out: Partial<Hotline> = { name: h.name.trim(), phone: h.phone.trim(), text: h.text.trim() };
  if (h.isPolice) out.isPolice = h.isPolice === 'yes';
  if (h.languages.trim()) out.languages = h.languages.trim();
  if (h.hours.trim()) out.hours = h.hours.trim();
  if (h.consentBased) out.consentBased = h.consentBased === 'yes';
  return out;
}

/** Form values from a configuration file, taking whatever is usable from a broken one. */
export function formValuesFrom(data: unknown): OrgFormValues {
  const o = obj(data);
  const org = obj(o['organisation']);
  const contacts = obj(o['contacts']);
  const policy = obj(o['policy']);
  const enabled = obj(o['encounters'])['enabled'];
  const training = obj(o['training']);
  let hotlines = Array.isArray(contacts['hotlines'])
    ? (contacts['hotlines'] as unknown[]).map(hotlineOf)
    : contacts['hotline'] !== undefined
      ? [hotlineOf(contacts['hotline'])]
      : [];
  if (hotlines.length === 0) hotlines = [emptyHotline()];
  const escalation = contacts['internalEscalation'];
  const child = obj(contacts['childProtection']);
  const labour = obj(contacts['labourStandards']);
  return {
    region: str(o['region']),
    reviewed: o['reviewed'] === true,
    name: str(org['name']),
    jurisdiction: str(org['jurisdiction']),
    logo: str(org['logo']),
    emergencyNumber: str(contacts['emergencyNumber']),
    hotlines,
    escalation: Array.isArray(escalation) ? escalation.map(str).join('\n') : str(escalation),
    childProtectionName: str(child['name']),
    childProtectionPhone: str(child['phone']),
    labourStandardsName: str(labour['name']),
    labourStandardsPhone: str(labour['phone']),
    briefing: str(policy['briefing']),
    debrief: str(policy['debrief']),
    allEncounters: !Array.isArray(enabled),
    enabled: Array.isArray(enabled) ? enabled.map(str) : [],
    refresherDays: training['refresherDays'] === undefined ? '' : str(training['refresherDays']),
    sharedDevice: obj(o['privacy'])['sharedDevice'] === true,
    extra: Object.fromEntries(Object.entries(o).filter(([k]) => !EDITED.includes(k))),
  };
}

/** The configuration file (current version) the form's values describe; not yet validated. */
export function fileFromForm(v: OrgFormValues): Obj {
  const file: Obj = {
    version: CONFIG_VERSION,
    region: v.region.trim(),
    reviewed: v.reviewed,
    organisation: {
      name: v.name.trim(),
      jurisdiction: v.jurisdiction.trim(),
      ...(v.logo.trim() ? { logo: v.logo.trim() } : {}),
    },
    contacts: {
      emergencyNumber: v.emergencyNumber.trim(),
      hotlines: v.hotlines.map(hotlineFile),
      internalEscalation: v.escalation
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
      // Left out when both parts are empty: the reader then uses its default wording.
      ...(v.childProtectionName.trim() || v.childProtectionPhone.trim()
        ? {
            childProtection: {
              name: v.childProtectionName.trim(),
              phone: v.childProtectionPhone.trim(),
            },
          }
        : {}),
      ...(v.labourStandardsName.trim() || v.labourStandardsPhone.trim()
        ? {
            labourStandards: {
              name: v.labourStandardsName.trim(),
              phone: v.labourStandardsPhone.trim(),
            },
          }
        : {}),
    },
    ...v.extra,
  };
  const policy: Obj = {};
  if (v.briefing.trim()) policy['briefing'] = v.briefing.trim();
  if (v.debrief.trim()) policy['debrief'] = v.debrief.trim();
  if (Object.keys(policy).length > 0) file['policy'] = policy;
  file['encounters'] = { enabled: v.allEncounters ? ALL_ENCOUNTERS : [...v.enabled] };
  const days = v.refresherDays.trim();
  // A number when it reads as one; otherwise the text as typed, which the schema refuses by name.
  file['privacy'] = { sharedDevice: v.sharedDevice };
  if (days) file['training'] = { refresherDays: /^-?\d+(\.\d+)?$/.test(days) ? Number(days) : days };
  return file;
}

export interface FieldProblem {
  /** The field path in the file, e.g. "contacts.hotlines[1].phone". */
  path: string;
  /** The whole problem as the schema states it ("path: message"). */
  text: string;
  /** The form field it belongs to; null for sections the form does not edit. */
  field: OrgField | null;
}

/** Which form field a schema problem ("path: message") is about. */
export function fieldProblem(problem: string): FieldProblem {
  const cut = problem.indexOf(': ');
  const path = cut >= 0 ? problem.slice(0, cut) : problem;
  return { path, text: problem, field: fieldOfPath(path) };
}

export function fieldOfPath(path: string): OrgField | null {
  const hotline =
    /^contacts\.hotlines\[(\d+)\](?:\.(name|phone|text|isPolice|languages|hours|consentBased))?/.exec(path);
  if (hotline)
    return hotline[2] ? hotlineField(Number(hotline[1]), hotline[2] as HotlinePart) : ORG_FIELDS.hotlines;
  const exact: Record<string, OrgField> = {
    region: ORG_FIELDS.region,
    reviewed: ORG_FIELDS.reviewed,
    organisation: ORG_FIELDS.name,
    'organisation.name': ORG_FIELDS.name,
    'organisation.jurisdiction': ORG_FIELDS.jurisdiction,
    'organisation.logo': ORG_FIELDS.logo,
    contacts: ORG_FIELDS.emergencyNumber,
    'contacts.emergencyNumber': ORG_FIELDS.emergencyNumber,
    'contacts.hotlines': ORG_FIELDS.hotlines,
    'contacts.childProtection': ORG_FIELDS.childProtectionName,
    'contacts.childProtection.name': ORG_FIELDS.childProtectionName,
    'contacts.childProtection.phone': ORG_FIELDS.childProtectionPhone,
    'contacts.labourStandards': ORG_FIELDS.labourStandardsName,
    'contacts.labourStandards.name': ORG_FIELDS.labourStandardsName,
    'contacts.labourStandards.phone': ORG_FIELDS.labourStandardsPhone,
    'policy.briefing': ORG_FIELDS.briefing,
    'policy.debrief': ORG_FIELDS.debrief,
    policy: ORG_FIELDS.briefing,
  };
  if (exact[path]) return exact[path];
  if (path.startsWith('contacts.internalEscalation')) return ORG_FIELDS.escalation;
  if (path.startsWith('encounters')) return ORG_FIELDS.encounters;
  if (path.startsWith('training')) return ORG_FIELDS.refresherDays;
  if (path.startsWith('privacy')) return ORG_FIELDS.sharedDevice;
  return null;
}
