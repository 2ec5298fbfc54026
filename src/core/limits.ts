// Every size, count and length limit on data that comes from outside the build: imported files,
// assignment links, stored records, the organisation's configuration and learner names. One place,
// so a refusal's wording and the tests agree with what is enforced.

import { reason, reasonEnglish, type Reason } from './reasons.ts';

/** File and text sizes, in characters of text (a file's bytes are checked against the same numbers). */
export const FILE_LIMITS = {
  /** A history export: thousands of attempts fit well inside this. */
  historyFile: 5_000_000,
  /** An assignment file: a title and a list of encounter ids. */
  assignmentFile: 100_000,
  /** An assignment link's code (`?assignment=`); hosts refuse far shorter URLs anyway. */
  assignmentLink: 8_000,
  /** The organisation's config.json, including a logo embedded as a data: URL. */
  configFile: 1_000_000,
  /** How many files the instructor tools read at once for a programme summary. */
  programmeFiles: 500,
  /** One stored attempt in IndexedDB, as JSON; a larger one is treated as damaged and set aside. */
  storedAttempt: 100_000,
} as const;

/** Counts of records. */
export const COUNT_LIMITS = {
  /** Any list without a tighter limit of its own. */
  list: 1_000,
  /** Attempts in one history export file. */
  attemptsPerFile: 10_000,
  /** Dimensions, missed signs, critical mistakes and noticed signs in one attempt. */
  listPerAttempt: 200,
  /** Encounters in one assignment. */
  assignmentEncounters: 100,
} as const;

/** Lengths of text fields, in characters. */
export const TEXT_LIMITS = {
  /** Any text field without a tighter limit of its own. */
  text: 2_000,
  /** Ids: attempt, encounter, assignment and sign ids. */
  id: 100,
  /** An attempt's or an assignment's title. */
  title: 120,
  /** A sign's description or a dimension's name in a record. */
  description: 500,
  /** A learner's name (typed, stored, imported or given by an LMS). */
  learner: 200,
  /** A date in a record. */
  date: 40,
  /** config.json's region code. */
  region: 20,
  /** A hotline's text-message instructions. */
  hotlineText: 120,
  /** The Authorization header value for an LRS. */
  xapiAuth: 1_000,
} as const;

/**
 * Characters refused in text the app shows as its own: bidirectional controls (which can reverse
 * what a reader sees, e.g. turning "exe.txt" into something else) and other invisible controls.
 * Tab, line feed and carriage return are allowed.
 */
export const HIDDEN_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Why a text cannot be shown as the app's own, or null when it can. */
export function textReason(value: string, max: number): Reason | null {
  const hidden = HIDDEN_CONTROLS.exec(value);
  if (hidden) {
    const char = (hidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return reason('controlChar', { char });
  }
  if (value.length > max) return reason('tooLong', { length: value.length, max });
  return null;
}

/** textReason in English, for logs and tools. */
export function textProblem(value: string, max: number): string | null {
  const r = textReason(value, max);
  return r && reasonEnglish(r);
}

/** Every hidden control character, for removing them all at once. */
const ALL_HIDDEN_CONTROLS = new RegExp(HIDDEN_CONTROLS.source, 'gu');

/**
 * A learner's name as the app keeps and shows it, whoever supplied it (typed, saved, an LMS): hidden
 * controls removed, spaces trimmed, at most TEXT_LIMITS.learner characters. Never throws.
 */
export function cleanLearnerName(name: string): string {
  return name.replace(ALL_HIDDEN_CONTROLS, '').trim().slice(0, TEXT_LIMITS.learner).trim();
}

/** The longest file name a message shows; longer ones are cut with an ellipsis in the middle. */
export const FILE_NAME_SHOWN = 80;

/**
 * A chosen file's name as notices show it: hidden controls removed (a right-to-left override can
 * make "report\u202Efdp.exe" read as "reportexe.pdf") and a long name shortened in the middle.
 */
export function cleanFileName(name: string): string {
  const plain = name.replace(ALL_HIDDEN_CONTROLS, '');
  if (plain.length <= FILE_NAME_SHOWN) return plain;
  const tail = Math.floor((FILE_NAME_SHOWN - 1) / 2);
  return `${plain.slice(0, FILE_NAME_SHOWN - 1 - tail)}…${plain.slice(plain.length - tail)}`;
}

/** Why a file of this many characters or bytes is refused, or null when its size is fine. */
export function sizeReason(size: number, max: number): Reason | null {
  return size <= max ? null : reason('tooLarge', { size, max });
}

/** sizeReason in English: "is too large (52.4 MB; at most 5.0 MB)". */
export function sizeProblem(size: number, max: number): string | null {
  const r = sizeReason(size, max);
  return r && reasonEnglish(r);
}
