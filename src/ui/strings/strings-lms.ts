// The words of LMS records (xAPI verb displays, activity names and descriptions) and of LMS packages,
// from src/i18n/messages/<locale>/lms.json. A record carries every shipped language at once (xAPI
// language maps), so both languages are read here; this module is only loaded with the LMS or xAPI
// code, never in the first download.

import type { Locale } from '../../core/locale.ts';
import type { LmsWordbook, LmsWords } from '../../core/lms/xapi.ts';
import en, { type LmsMessages } from '../../i18n/generated/en-US/lms.ts';
import es from '../../i18n/generated/es-US/lms.ts';
import { localized } from '../../i18n/messages.ts';
import { DataError } from '../../core/validate.ts';
import { dataErrorText, problemsText } from './strings-validation.ts';

/** The active language's LMS words: the learner's notices. Records read LMS_WORDBOOK below. */
const L = localized('lms', en);

/** Why something failed, for a notice: a refusal worded in the active language, else the error's own text. */
function failure(e: unknown, withSource: boolean): string {
  if (e instanceof DataError) return withSource ? dataErrorText(e) : problemsText(e.reasons);
  return e instanceof Error ? e.message : String(e);
}

/**
 * The LMS bridge's and the xAPI sender's notices to the learner in the active language (the shape of
 * LmsNoticeTexts in src/lms/recorder.ts, handed down by src/app/lms.ts).
 */
export const LMS_NOTICE_TEXTS = {
  noRuntime: (standard: string) => L.notices.noRuntime({ standard }),
  damaged: (error: unknown, kept: boolean, key: string) =>
    L.notices.damaged({ reason: failure(error, false), kept: kept ? 'yes' : 'no', key }),
  changed: () => L.notices.changed,
  refused: (list: string) => L.notices.refused({ list }),
  launchFile: (error: unknown) => failure(error, true),
  launchFailed: (error: unknown) => L.notices.launchFailed({ reason: failure(error, true) }),
  lrsFailed: (error: unknown) => L.notices.lrsFailed({ reason: failure(error, true) }),
};

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
