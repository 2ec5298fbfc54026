// The words of LMS records (xAPI verb displays, activity names and descriptions) and of LMS packages,
// from src/i18n/messages/<locale>/lms.json. A record carries every shipped language at once (xAPI
// language maps), so both languages are read here; this module is only loaded with the LMS or xAPI
// code, never in the first download.

import type { Locale } from '../../core/locale.ts';
import type { LmsWordbook, LmsWords } from '../../core/lms/xapi.ts';
import en, { type LmsMessages } from '../../i18n/generated/en-US/lms.ts';
import es from '../../i18n/generated/es-US/lms.ts';
import { localized } from '../../i18n/messages.ts';
import type { LmsNoticeTexts } from '../../state/lms-notices.ts';
import { failureNotice } from './strings-notices.ts';
import { problemsText } from './strings-validation.ts';

// Registered like every namespace, so the catalogs are checked; records read LMS_WORDBOOK below,
// the bridge's notices the live messages in the active language.
const LMS_STRINGS = localized('lms', en);
/** The notices' messages in the active language, read at each use (a language switch refills them). */
const N = () => LMS_STRINGS.notices;

const wordsOf = (m: LmsMessages): LmsWords => ({
  verbs: m.verbs,
  course: m.course,
  encounters: m.encounters,
  decision: m.decision,
  report: m.report,
  reportAction: m.reportAction,
});

/** The words in every shipped language, for language maps. */
export const LMS_WORDBOOK: LmsWordbook = {
  'en-US': wordsOf(en),
  'es-US': wordsOf(es),
} satisfies Record<Locale, LmsWords>;

/** The LMS bridge's notices (src/state/lms-notices.ts), read at the moment each is raised. */
export const LMS_NOTICE_TEXTS: LmsNoticeTexts = {
  noRuntime: (standard) => N().noRuntime({ standard }),
  damaged: (error, copyKey) =>
    N().damaged({
      reason: error ? problemsText(error.reasons) : N().damagedUnknown,
      kept: copyKey ? 'yes' : 'no',
      copyKey: copyKey ?? '',
    }),
  changed: () => N().changed,
  refused: () => N().refused,
  launchFailed: (f) => failureNotice(N().launchFailed, f),
  badPackage: (f) => failureNotice(N().badPackage, f),
};
