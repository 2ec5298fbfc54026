// What loading the organisation configuration tells the reader (src/app/config.ts): which copy was
// used instead of a broken one, and which fields were left out, as codes with their DataErrors. The
// interface words them from its catalog; the English here is for logs and tests.

import { DataError, type DataProblem } from '../validate.ts';

/** A configuration problem: what was used instead, and why. */
export type ConfigProblem =
  | { code: 'deviceBroken'; error: DataError }
  | { code: 'leftOut'; source: string; problems: readonly DataProblem[] }
  | { code: 'lastGoodUsed'; error: DataError }
  | { code: 'presetUsed'; region: string; error: DataError }
  | { code: 'builtInUsed'; error: DataError };

/** Information that is not a problem: a served file of an older version still works. */
export type ConfigNote = { code: 'oldVersion'; version: number; current: number };

const BROKEN = 'The organization’s configuration has problems, so';

/** A problem in English, with its DataError's message. */
export function configProblemEnglish(p: ConfigProblem): string {
  switch (p.code) {
    case 'deviceBroken':
      return `The organization set-up saved on this device has problems, so it is not used; it is kept unchanged so you can fix it in Settings → Organization set-up. ${p.error.message}`;
    case 'leftOut':
      return `${p.source} has mistakes in fields that were left out; everything else, including the contacts, is used. ${new DataError(p.source, p.problems).message}`;
    case 'lastGoodUsed':
      return `${BROKEN} the last working copy of it on this device is used instead. ${p.error.message}`;
    case 'presetUsed':
      return `${BROKEN} the built-in contacts for region ${p.region} are used instead, not the organization’s own. ${p.error.message}`;
    case 'builtInUsed':
      return `${BROKEN} the built-in contacts are used instead. ${p.error.message}`;
  }
}

export function configNoteEnglish(n: ConfigNote): string {
  return `config.json is a version ${n.version} file. It still works; to bring it up to version ${n.current}, open Settings → Organization set-up and download a new config.json.`;
}
