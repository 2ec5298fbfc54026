// Words for the settings screen. The messages live in
// src/i18n/messages/<locale>/settings.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/settings.ts';
import { localized } from '../../i18n/messages.ts';

export const SETTINGS_STRINGS = localized('settings', en);
