// Words for the offline status line and the update notice (loaded with src/app/offline.ts, after the
// first choice is on screen). The messages live in src/i18n/messages/<locale>/offline.json; `status`
// is keyed by the status message ids of src/core/offline.ts (see docs/i18n.md).

import type { StatusMessage } from '../../core/offline.ts';
import en from '../../i18n/generated/en-US/offline.ts';
import { localized } from '../../i18n/messages.ts';

// The catalog has a line for every status message the core can raise.
en.status satisfies Record<StatusMessage, string>;

export const OFFLINE_STRINGS = localized('offline', en);
