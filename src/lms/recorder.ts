// What a standard's session (scorm.ts, cmi5.ts) offers the LMS bridge (bridge.ts). In its own
// module so that the standards and the bridge, which loads them, do not import each other.

import type { Locale } from '../core/locale.ts';
import type { LmsHeld, LmsInteraction, LmsReport } from '../core/lms/lms.ts';
import type { LmsWordbook, PerLocale } from '../core/lms/xapi.ts';
import type { DecisionLog } from '../core/encounter/log.ts';

/** What a standard's session offers the bridge. */
export interface Recorder {
  /** Opens the session in the LMS's record, once the language is decided (cmi5: initialized). */
  begin?(): void;
  learnerName: string;
  suspendData: string;
  /** How many interactions the LMS already holds. */
  interactionCount: number;
  /** The status, score and objectives the LMS held at launch; no report is written below them. */
  held?: LmsHeld;
  writeSuspend(data: string): void;
  writeInteraction(n: number, i: LmsInteraction): void;
  writeReport(r: LmsReport): void;
  /** Saves; `final` ends the session (suspended unless complete). */
  commit(final?: { sessionMs: number; complete: boolean }): void;
  errors: string[];
  /** A pass mark the LMS sets at launch (cmi5's masteryScore), overriding the package's. */
  passMark?: number;
  /**
   * The learner's language preference as the LMS gives it, unread ('' when it gives none): SCORM 1.2
   * `cmi.student_preference.language`, SCORM 2004 `cmi.learner_preference.language`, cmi5 the
   * `languagePreference` of the `cmi5LearnerPreferences` agent profile (a list).
   */
  languagePreference?: string;
}

/** What records say in every shipped language, and the language in use (the app provides them). */
export interface RecordLanguage {
  words: LmsWordbook;
  language: () => Locale;
  /** An encounter's title per language, by id. */
  encounterTitles: (encounterId: string) => PerLocale;
  /**
   * Each choice of a log, in order, with the option's text in every language where it is known
   * (src/app/option-texts.ts): the xAPI descriptions' language maps. Without it, the played text only.
   */
  optionTexts?: (encounterId: string, log: DecisionLog) => PerLocale[];
}
