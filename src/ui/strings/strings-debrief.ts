// Words for the debrief (and the class debrief in presenter mode), loaded with it rather than with the
// game's first download. The messages live in src/i18n/messages/<locale>/debrief.json (docs/i18n.md).

import en from '../../i18n/generated/en-US/debrief.ts';
import { localized } from '../../i18n/messages.ts';

export const DEBRIEF_STRINGS = localized('debrief', en);
