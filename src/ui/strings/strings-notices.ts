// The words of the store's own notices (src/state/notices.ts). The messages live in
// src/i18n/messages/<locale>/notices.json (see docs/i18n.md); this adapts them to the store's
// positional `NoticeTexts`, reading the live catalog at the moment a notice is raised.

import en from '../../i18n/generated/en-US/notices.ts';
import { localized } from '../../i18n/messages.ts';
import type { Failure } from '../../state/failure.ts';
import type { Notice, NoticeTexts } from '../../state/notices.ts';
import type { ProgrammeProblem } from '../../state/programme.ts';
// This module loads with the first notice (src/state/notices.ts), so the words for a refused file or
// value come with it.
import { dataErrorText } from './strings-validation.ts';
import type { DataError } from '../../core/validate.ts';

/** Words for a refused file or value (programmeProblemText's callers pass dataErrorText). */
type DataErrorWords = (e: DataError) => string;

const NOTICE_STRINGS = localized('notices', en);
const N = NOTICE_STRINGS;

/**
 * What went wrong and what to do, in the active language: a refusal worded from its reasons, any
 * other failure from its kind. The error's own text is never part of it (it is the notice's details).
 */
export function failureText(f: Failure): string {
  if (f.kind === 'data' && f.data) return N.failure.data({ reason: dataErrorText(f.data) });
  const words = N.failure[f.kind];
  return typeof words === 'string' ? words : N.failure.unexpected;
}

/** A notice in `sentence`'s words (given the failure's cause), with the error's own text as details. */
export function failureNotice(sentence: (args: { cause: string }) => string, f: Failure): Notice {
  const text = sentence({ cause: failureText(f) });
  return f.detail ? { text, detail: f.detail } : { text };
}

export const NOTICE_TEXTS: NoticeTexts = {
  storageDamaged: (copyKey) => N.storageDamaged({ copyKey }),
  storageVersion: (saved, current, copyKey) =>
    N.storageVersion({ newer: saved > current ? 'yes' : 'no', saved, current, copyKey }),
  lastDebriefDamaged: () => N.lastDebriefDamaged,
  setAsideDamaged: (count) => N.setAsideDamaged({ count }),
  attemptNotSaved: (f) => failureNotice(N.attemptNotSaved, f),
  unknownEncounter: (id) => N.unknownEncounter({ id }),
  encounterNotLoaded: (f) => failureNotice(N.encounterNotLoaded, f),
  storyStopped: (f) => failureNotice(N.storyStopped, f),
  replayChanged: () => N.replayChanged,
  sessionChanged: () => N.sessionChanged,
  sessionNotRestored: (f) => failureNotice(N.sessionNotRestored, f),
  historyDamaged: (count) => N.historyDamaged({ count }),
  historyUnreadable: (f) => failureNotice(N.historyUnreadable, f),
  importRefused: async (error) => N.importRefused({ reason: dataErrorText(error) }),
  imported: (count, file) => N.imported({ count, file }),
};

/**
 * The words of a problem with the saved name and assignment (src/state/programme.ts); `dataErrorText`
 * words why a saved assignment is unusable.
 */
export function programmeProblemText(p: ProgrammeProblem, wordError: DataErrorWords): string {
  switch (p.id) {
    case 'assignmentUnusable':
      return p.reason == null
        ? N.programme.assignmentDamaged
        : N.programme.assignmentUnusable({ reason: wordError(p.reason) });
    case 'notSaved':
      return N.programme.notSaved;
  }
}
