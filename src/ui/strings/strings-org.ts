// Words for the organization set-up form, loaded with that screen. The messages live in
// src/i18n/messages/<locale>/org.json (see docs/i18n.md). The contacts an organization enters are its
// own data, never translated.

import en from '../../i18n/generated/en-US/org.ts';
import { localized } from '../../i18n/messages.ts';

export const ORG_STRINGS = localized('org', en);
