// Words for the phone voting page (vote.html), served by the classroom relay. The messages live in
// src/i18n/messages/<locale>/vote.json (see docs/i18n.md); the page follows the class's language.

import en from '../../i18n/generated/en-US/vote.ts';
import { localized } from '../../i18n/messages.ts';

export const VOTE_STRINGS = localized('vote', en);
