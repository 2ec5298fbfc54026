// The set-up form's fieldsets for the contacts that are a name and an optional phone number (child
// protection; labour standards). Each preset fills in a general name only, so each fieldset carries
// a review note.

import { ORG_FIELDS, type OrgField, type OrgFormValues } from '../../core/config/org-form.ts';
import { ORG_STRINGS as T } from '../strings/strings-org.ts';

type TextKey =
  'childProtectionName' | 'childProtectionPhone' | 'labourStandardsName' | 'labourStandardsPhone';

export interface NamedContactFieldset {
  /** The fieldset's class. */
  cls: string;
  legend: string;
  hint: string;
  name: { field: OrgField; label: string; key: TextKey };
  phone: { field: OrgField; label: string; key: TextKey };
}

export const NAMED_CONTACT_FIELDSETS: readonly NamedContactFieldset[] = [
  {
    cls: 'child-protection',
    legend: T.childProtection,
    hint: T.childProtectionHint,
    name: { field: ORG_FIELDS.childProtectionName, label: T.childProtectionName, key: 'childProtectionName' },
    phone: {
      field: ORG_FIELDS.childProtectionPhone,
      label: T.childProtectionPhone,
      key: 'childProtectionPhone',
    },
  },
  {
    cls: 'labour-standards',
    legend: T.labourStandards,
    hint: T.labourStandardsHint,
    name: { field: ORG_FIELDS.labourStandardsName, label: T.labourStandardsName, key: 'labourStandardsName' },
    phone: {
      field: ORG_FIELDS.labourStandardsPhone,
      label: T.labourStandardsPhone,
      key: 'labourStandardsPhone',
    },
  },
];

/** Reads and writes one of the fieldset's text values in the form's model. */
export function bind(values: OrgFormValues, key: TextKey): [string, (v: string) => void] {
  return [values[key], (v: string) => (values[key] = v)];
}
