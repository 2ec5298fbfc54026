// Words for the instructor tools (assignment composer, program results), loaded with that screen.
// The messages live in src/i18n/messages/<locale>/programme.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/programme.ts';
import { localized } from '../../i18n/messages.ts';

export const PROGRAMME_STRINGS = localized('programme', en);
