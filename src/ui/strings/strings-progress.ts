// Words for the progress screen. The messages live in
// src/i18n/messages/<locale>/progress.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/progress.ts';
import { localized } from '../../i18n/messages.ts';

export const PROGRESS_STRINGS = localized('progress', en);
