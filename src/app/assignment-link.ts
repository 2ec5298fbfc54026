// Opening an assignment link (`?assignment=<code>`): the assignment is entered (and kept across
// reloads by the programme store) and the code is taken out of the address, so a reload after the
// learner leaves the assignment does not put them back in it. A damaged code is a notice; nothing
// saved changes.

import { entryId, type EncounterEntry } from '../core/encounter/analysis.ts';
import { ASSIGNMENT_PARAM, decodeAssignment } from '../core/lms/assignment.ts';
import { DataError } from '../core/validate.ts';
import type { ProgrammeStore } from '../state/programme.ts';
import type { AppStore } from '../state/store.ts';
import { STRINGS } from '../ui/strings/strings.ts';

export async function openAssignmentLink(
  store: AppStore,
  programme: ProgrammeStore,
  encounters: readonly EncounterEntry[],
): Promise<void> {
  const url = new URL(window.location.href);
  const code = url.searchParams.get(ASSIGNMENT_PARAM);
  if (code === null) return;
  try {
    const a = decodeAssignment(code, encounters.map(entryId));
    programme.getState().enterAssignment(a);
    store.getState().notify(STRINGS.assignment.opened({ title: a.title }));
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    // The words for a refused code load only when one is refused.
    const { dataErrorText } = await import('../ui/strings/strings-validation.ts');
    store.getState().notify(STRINGS.assignment.notOpened({ reason: dataErrorText(e) }));
  }
  url.searchParams.delete(ASSIGNMENT_PARAM);
  window.history.replaceState(window.history.state, '', url.toString());
}
