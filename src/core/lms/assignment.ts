// Assignments: a set of encounters an instructor gives a group, with a mode and a pass mark.
// The same value opens the set from a link (`?assignment=<code>`), from a file, and is baked into
// LMS packages, so the picker, the LMS bridge and the instructor tools agree on what was assigned.

import { COUNT_LIMITS, FILE_LIMITS, TEXT_LIMITS, sizeReason } from '../limits.ts';
import { DATA_SOURCES, fileProblem } from '../reasons.ts';
import { MODES, type Mode } from '../encounter/log.ts';
import { DataError, Reader } from '../validate.ts';

export const ASSIGNMENT_FORMAT = 'second-look-assignment';
export const ASSIGNMENT_VERSION = 1;
/** The query parameter of an assignment link: `?assignment=<code>`. */
export const ASSIGNMENT_PARAM = 'assignment';

export interface Assignment {
  format: typeof ASSIGNMENT_FORMAT;
  version: number;
  /** Shown to learners, e.g. "Night shift refresher — March". */
  title: string;
  /** Encounter ids, in the order learners should play them. */
  encounters: string[];
  mode: Mode;
  /** Percent (0–100) an attempt needs to pass. */
  passMark: number;
}

/**
 * Validates an assignment; every problem names the field. `known`, when given, is the list of
 * encounter ids in this library, so an assignment for a missing encounter is refused, not half-run.
 */
export function readAssignment(source: string, value: unknown, known?: readonly string[]): Assignment {
  const r = new Reader(source);
  const o = r.object(value, '') ?? {};
  r.onlyKeys(o, ['format', 'version', 'title', 'encounters', 'mode', 'passMark'], '');
  if (o['format'] !== ASSIGNMENT_FORMAT) r.fail('format', 'notAssignment', { format: ASSIGNMENT_FORMAT });
  const version = r.number(o, 'version', '', { integer: true });
  if (version !== ASSIGNMENT_VERSION && r.problems.length === 0)
    r.fail('version', 'badVersion', { expected: String(ASSIGNMENT_VERSION), got: String(version) });
  const encounters = r.texts(o, 'encounters', '', {
    min: 1,
    max: TEXT_LIMITS.id,
    count: COUNT_LIMITS.assignmentEncounters,
  });
  const seen = new Set<string>();
  encounters.forEach((id, i) => {
    if (seen.has(id)) r.fail(`encounters[${i}]`, 'listedTwice', { id });
    seen.add(id);
    if (known && !known.includes(id)) r.fail(`encounters[${i}]`, 'notInLibrary', { id });
  });
  const assignment: Assignment = {
    format: ASSIGNMENT_FORMAT,
    version,
    title: r.text(o, 'title', '', { max: TEXT_LIMITS.title }),
    encounters,
    mode: r.oneOf(o, 'mode', MODES, ''),
    passMark: r.number(o, 'passMark', '', { min: 0, max: 100 }),
  };
  r.done();
  return assignment;
}

/** The assignment as URL-safe text for a link (`?assignment=…`). */
export function encodeAssignment(a: Assignment): string {
  const bytes = new TextEncoder().encode(JSON.stringify(a));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a link's assignment code; a damaged code is a DataError, like a damaged file. */
export function decodeAssignment(code: string, known?: readonly string[]): Assignment {
  const tooBig = sizeReason(code.length, FILE_LIMITS.assignmentLink);
  if (tooBig) throw new DataError(DATA_SOURCES.assignmentLink, [{ path: null, ...tooBig }]);
  let value: unknown;
  try {
    const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    value = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    throw new DataError(DATA_SOURCES.assignmentLink, [fileProblem('damagedLink')]);
  }
  return readAssignment(DATA_SOURCES.assignmentLink, value, known);
}

/** Whether an attempt's percent passes the assignment's mark. */
export function passes(a: Pick<Assignment, 'passMark'>, percent: number): boolean {
  return percent >= a.passMark;
}

/**
 * A short stable id for an assignment's content (FNV-1a over its canonical JSON), so attempts made
 * under the same assignment group together in programme results however the set was opened.
 */
export function assignmentId(a: Assignment): string {
  const canonical = JSON.stringify([a.title, a.encounters, a.mode, a.passMark]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `a-${hash.toString(16).padStart(8, '0')}`;
}

/** An assignment file's text (what "Download assignment file" saves). */
export function assignmentFileText(a: Assignment): string {
  return `${JSON.stringify(a, null, 2)}\n`;
}

/** Reads an assignment file; a file that is not JSON or not an assignment is a DataError naming it. */
export function readAssignmentFile(name: string, text: string, known?: readonly string[]): Assignment {
  const tooBig = sizeReason(text.length, FILE_LIMITS.assignmentFile);
  if (tooBig) throw new DataError(name, [{ path: null, ...tooBig }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DataError(name, [fileProblem('notJsonFile')]);
  }
  const format =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['format'] : undefined;
  if (format !== ASSIGNMENT_FORMAT)
    throw new DataError(name, [
      fileProblem(format === 'second-look-history' ? 'historyNotAssignment' : 'notAssignmentFile'),
    ]);
  return readAssignment(name, value, known);
}
