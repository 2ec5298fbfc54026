// Contacts that are only a name said mid-sentence and an optional phone number: the child-protection
// contact (the police-and-child-protection rung) and the labour-standards contact (a worker owed pay
// who is free and not coerced: a labor-rights referral, not a trafficking report). Both are optional
// in the configuration file; without one, stories and the debrief use the default wording here.

import type { Reader } from '../validate.ts';

export interface NamedContact {
  /** Said mid-sentence: "child protective services (CPS) in your state". */
  name: string;
  /** Empty when the service is local and the organisation has not set a number. */
  phone: string;
}
/** Who a concern about a minor goes to besides police, e.g. the local child protection service. */
export type ChildProtection = NamedContact;
/** Where a worker is pointed for unpaid wages that are not forced labour, e.g. a wage-and-hour office. */
export type LabourStandards = NamedContact;

/** Each named contact's key under `contacts` in the file, and its default when the file has none. */
export const NAMED_CONTACT_DEFAULTS = {
  childProtection: { name: 'child protection services', phone: '' },
  labourStandards: { name: 'the labor standards office', phone: '' },
} as const satisfies Record<string, NamedContact>;
export type NamedContactKey = keyof typeof NAMED_CONTACT_DEFAULTS;
export const NAMED_CONTACT_KEYS = Object.keys(NAMED_CONTACT_DEFAULTS) as NamedContactKey[];
export type NamedContacts = Record<NamedContactKey, NamedContact>;

/** Checks a name and phone that were read at `at` (length, phone format); supplied by the config reader. */
export type ContactCheck = (phone: string, at: string) => void;

/** Every named contact from the file's `contacts` object, each at its default when absent. */
export function readNamedContacts(
  r: Reader,
  contacts: Record<string, unknown>,
  check: ContactCheck,
  nameMax: number,
): NamedContacts {
  const out = {} as NamedContacts;
  for (const key of NAMED_CONTACT_KEYS) {
    const value = contacts[key];
    const at = `contacts.${key}`;
    if (value === undefined) {
      out[key] = { ...NAMED_CONTACT_DEFAULTS[key] };
      continue;
    }
    const c = r.object(value, at) ?? {};
    r.onlyKeys(c, ['name', 'phone'], at);
    const name = r.text(c, 'name', at, { max: nameMax });
    const phone = r.text(c, 'phone', at, { optional: true });
    check(phone, at);
    out[key] = { name, phone };
  }
  return out;
}

/** The named contacts as the file holds them: each left out at its default, like every optional section. */
export function namedContactsFile(contacts: NamedContacts): Partial<NamedContacts> {
  const out: Partial<NamedContacts> = {};
  for (const key of NAMED_CONTACT_KEYS)
    if (JSON.stringify(contacts[key]) !== JSON.stringify(NAMED_CONTACT_DEFAULTS[key]))
      out[key] = { ...contacts[key] };
  return out;
}
