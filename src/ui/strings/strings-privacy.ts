// Words for shared-device mode and for clearing the learner's data on this device. The messages live in
// src/i18n/messages/<locale>/privacy.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/privacy.ts';
import { localized } from '../../i18n/messages.ts';

export const PRIVACY_STRINGS = localized('privacy', en);

export type PrivacyDialog = keyof typeof PRIVACY_STRINGS.dialogs;
