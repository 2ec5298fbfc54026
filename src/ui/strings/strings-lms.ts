// The words of LMS records (xAPI verb displays, activity names and descriptions) and of LMS packages,
// from src/i18n/messages/<locale>/lms.json. A record carries every shipped language at once (xAPI
// language maps), so both languages are read here; this module is only loaded with the LMS or xAPI
// code, never in the first download.

import type { Locale } from '../../core/locale.ts';
import type { LmsWordbook, LmsWords } from '../../core/lms/xapi.ts';
import en, { type LmsMessages } from '../../i18n/generated/en-US/lms.ts';
import es from '../../i18n/generated/es-US/lms.ts';
import { localized } from '../../i18n/messages.ts';

// Registered like every namespace, so the catalogs are checked; records read LMS_WORDBOOK below.
localized('lms', en);

const wordsOf = (m: LmsMessages): LmsWords => ({
  verbs: m.verbs,
  course: m.course,
  encounters: m.encounters,
  decision: m.decision,
  report: m.report,
});

/** The words in every shipped language, for language maps. */
export const LMS_WORDBOOK: LmsWordbook = {
  'en-US': wordsOf(en),
  'es-US': wordsOf(es),
} satisfies Record<Locale, LmsWords>;
