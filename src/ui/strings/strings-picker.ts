// Words for the encounter picker, loaded with it rather than with the game's first download. The
// messages live in src/i18n/messages/<locale>/picker.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/picker.ts';
import { localized } from '../../i18n/messages.ts';

export const PICKER_STRINGS = localized('picker', en);
