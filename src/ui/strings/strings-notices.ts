// The words of the store's own notices (src/state/notices.ts). The messages live in
// src/i18n/messages/<locale>/notices.json (see docs/i18n.md); this adapts them to the store's
// positional `NoticeTexts`, reading the live catalog at the moment a notice is raised.

import en from '../../i18n/generated/en-US/notices.ts';
import { localized } from '../../i18n/messages.ts';
import type { NoticeTexts } from '../../state/notices.ts';
import type { ProgrammeProblem } from '../../state/programme.ts';
import type { DataError } from '../../core/validate.ts';

/** Words a refused file or value (src/ui/strings/strings-validation.ts, loaded when first needed). */
type DataErrorWords = (e: DataError) => string;

const NOTICE_STRINGS = localized('notices', en);
const N = NOTICE_STRINGS;

export const NOTICE_TEXTS: NoticeTexts = {
  storageDamaged: (copyKey) => N.storageDamaged({ copyKey }),
  storageVersion: (saved, current, copyKey) =>
    N.storageVersion({ newer: saved > current ? 'yes' : 'no', saved, current, copyKey }),
  lastDebriefDamaged: () => N.lastDebriefDamaged,
  setAsideDamaged: (count) => N.setAsideDamaged({ count }),
  attemptNotSaved: (reason) => N.attemptNotSaved({ reason }),
  unknownEncounter: (id) => N.unknownEncounter({ id }),
  encounterNotLoaded: (reason) => N.encounterNotLoaded({ reason }),
  storyStopped: (reason) => N.storyStopped({ reason }),
  replayChanged: () => N.replayChanged,
  sessionChanged: () => N.sessionChanged,
  sessionNotRestored: (reason) => N.sessionNotRestored({ reason }),
  historyDamaged: (count) => N.historyDamaged({ count }),
  historyUnreadable: (reason) => N.historyUnreadable({ reason }),
  importRefused: async (error) => {
    const { dataErrorText } = await import('./strings-validation.ts');
    return N.importRefused({ reason: dataErrorText(error) });
  },
  imported: (count, file) => N.imported({ count, file }),
};

/**
 * The words of a problem with the saved name and assignment (src/state/programme.ts); `dataErrorText`
 * words why a saved assignment is unusable.
 */
export function programmeProblemText(p: ProgrammeProblem, dataErrorText: DataErrorWords): string {
  switch (p.id) {
    case 'assignmentUnusable':
      return p.reason == null
        ? N.programme.assignmentDamaged
        : N.programme.assignmentUnusable({ reason: dataErrorText(p.reason) });
    case 'notSaved':
      return N.programme.notSaved;
  }
}
