// What a story says where the configuration leaves something out, in each language a story is
// written in. These words go into the story's own sentences (through the ink variables of
// stories/_shared/contacts.ink), so they follow the story's language, not the interface's: a Spanish
// story never says "your area". English is the named contacts' defaults (named-contacts.ts).

import type { Locale } from '../locale.ts';
import { NAMED_CONTACT_DEFAULTS, type NamedContactKey } from './named-contacts.ts';

/** The fallbacks of one story language. */
export type StoryFallbacks = Record<NamedContactKey, string> & {
  /** Where the organisation works, when the configuration (version 1) does not say. */
  jurisdiction: string;
};

/** Each story language's fallbacks; a new language must give its own (the type-checker asks). */
export const STORY_FALLBACKS: Readonly<Record<Locale, StoryFallbacks>> = {
  'en-US': {
    jurisdiction: 'your area',
    childProtection: NAMED_CONTACT_DEFAULTS.childProtection.name,
    labourStandards: NAMED_CONTACT_DEFAULTS.labourStandards.name,
  },
  'es-US': {
    jurisdiction: 'su zona',
    childProtection: 'los servicios de protección de menores',
    labourStandards: 'la oficina de normas laborales',
  },
};
