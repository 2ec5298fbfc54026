// The words of the store's own notices (src/state/notices.ts).

import type { NoticeTexts } from '../../state/notices.ts';
import type { ProgrammeProblem } from '../../state/programme.ts';

export const NOTICE_TEXTS: NoticeTexts = {
  storageDamaged: (copyKey) =>
    `Your saved settings could not be read and were reset to the defaults. A copy of the damaged save was kept in this browser under "${copyKey}".`,
  storageVersion: (saved, current, copyKey) =>
    saved > current
      ? `Saved data from a newer version of Second Look (version ${saved}; this one is version ${current}) could not be used here, so it was reset. A copy was kept in this browser under "${copyKey}", and the newer version can still use it.`
      : `Saved data from an older version was reset. A copy was kept in this browser under "${copyKey}".`,
  lastDebriefDamaged: () =>
    'Your last debrief could not be read (the saved copy is damaged), so it is no longer offered. Your attempt history is not affected.',
  setAsideDamaged: (count) =>
    `${count} set-aside unfinished attempt(s) could not be read (the saved copy is damaged) and were dropped.`,
  attemptNotSaved: (reason) => `This attempt could not be saved to your history (${reason}).`,
  unknownEncounter: (id) => `The encounter "${id}" is not in this library.`,
  encounterNotLoaded: (reason) => `The encounter could not be loaded: ${reason}`,
  storyStopped: (reason) =>
    `That choice could not be played: the encounter stopped with an error (${reason}). Your progress up to here is kept; you can choose again or leave the encounter.`,
  replayChanged: () => 'The encounter has changed since that attempt, so it starts from the beginning.',
  sessionChanged: () =>
    'The encounter you were playing has been updated since you left, so your place in it could not be restored. Your unfinished attempt was set aside (it is included when you export your history). Start it again from the beginning.',
  sessionNotRestored: (reason) => `Your place in the encounter could not be restored (${reason}).`,
  historyDamaged: (count) =>
    `${count} saved attempt(s) could not be read and were left out of your progress. They were moved aside on this device (not deleted), and your other attempts are unchanged.`,
  historyUnreadable: (reason) => `Your attempt history could not be read (${reason}).`,
  importRefused: (reason) => `The file was not imported: ${reason}. Nothing already saved was changed.`,
  imported: (count, file) => `Imported ${count} attempt(s) from ${file}.`,
};

/** The words of a problem with the saved name and assignment (src/state/programme.ts). */
export function programmeProblemText(p: ProgrammeProblem): string {
  switch (p.id) {
    case 'assignmentUnusable':
      return `Your saved assignment could not be used (${p.reason ?? 'it is damaged'}). Open the assignment link or file again.`;
    case 'notSaved':
      return 'Your name and assignment could not be saved in this browser.';
  }
}
