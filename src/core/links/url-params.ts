// The game's URL parameters, read in one place: `?encounter=<id>` (with `start`) opens an encounter,
// `?present=<id>` the projector, `?console=<channel>` the instructor console, `?instructor` turns the
// instructor tools on, `?assignment=<code>` opens an assignment. Anything that is not well formed is
// left out with a problem that names the parameter; reading never throws.

import { ASSIGNMENT_PARAM } from '../lms/assignment.ts';
import { FILE_LIMITS, TEXT_LIMITS, textProblem } from '../limits.ts';
import { INSTRUCTOR_PARAM, PRESENTER_PARAMS } from '../classroom/presenter-params.ts';

const LAUNCH_PARAMS = {
  encounter: 'encounter',
  start: 'start',
  ...PRESENTER_PARAMS,
  instructor: INSTRUCTOR_PARAM,
  assignment: ASSIGNMENT_PARAM,
} as const;

/** An encounter id as the library writes them: "hotel.night_lobby". */
const ENCOUNTER_ID = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
/** A console channel name: letters, digits, "-" and "_". */
const CHANNEL = /^[A-Za-z0-9_-]{1,64}$/;

export interface LaunchParams {
  /** An encounter id from the library, or null. */
  encounter: string | null;
  start: boolean;
  /** The encounter to project; may be unknown (the projector says so), but is well-formed text. */
  present: string | null;
  console: string | null;
  instructor: boolean;
  /** The assignment code, not yet decoded (see decodeAssignment). */
  assignment: string | null;
  /** "encounter: …" for each parameter left out. */
  problems: string[];
}

/**
 * Reads a query string (with or without its "?"). `known` are the library's encounter ids; an
 * `encounter` not among them is left out.
 */
export function readLaunchParams(search: string, known: readonly string[]): LaunchParams {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const get = (name: string, check: (v: string) => string | null): string | null => {
    const value = params.get(name);
    if (value === null) return null;
    const problem = check(value);
    if (problem === null) return value;
    problems.push(`${name}: ${problem}`);
    return null;
  };
  const id = (v: string) =>
    textProblem(v, TEXT_LIMITS.id) ?? (ENCOUNTER_ID.test(v) ? null : 'is not an encounter id');
  return {
    encounter: get(
      LAUNCH_PARAMS.encounter,
      (v) => id(v) ?? (known.includes(v) ? null : 'is not in this library'),
    ),
    start: params.has(LAUNCH_PARAMS.start),
    present: get(LAUNCH_PARAMS.present, id),
    console: get(LAUNCH_PARAMS.console, (v) => (CHANNEL.test(v) ? null : 'is not a console channel name')),
    instructor: params.has(LAUNCH_PARAMS.instructor),
    assignment: get(LAUNCH_PARAMS.assignment, (v) => textProblem(v, FILE_LIMITS.assignmentLink)),
    problems,
  };
}
