// Reading an organisation's configuration that has a mistake in it (audit M3). A file with one bad
// optional field (a space in the logo path, a typo in the policy section) must not lose the
// organisation's contacts: the bad field is reported by name and left out, and the rest is used.
// Only a problem in the contacts themselves (or what says whose they are) makes the file unusable.

import { readConfig, type AppConfig, type ReadOptions } from './config.ts';
import { FILE_LIMITS, sizeReason } from '../limits.ts';
import { fileProblem, problemEnglish, type DataProblem } from '../reasons.ts';
import { DataError } from '../validate.ts';

export interface SalvagedConfig {
  config: AppConfig;
  /** The problems whose fields were left out, in English ("organisation.logo: must be …"). */
  dropped: string[];
  /** The same problems as field paths and reason codes, for the interface to word. */
  droppedReasons: DataProblem[];
}

/** What to do about a bad field: leave out this path, or set `reviewed` to false. */
type Remedy = { drop: (string | number)[] } | { unreviewed: true };

/** How a bad field is repaired, when it can be; null for a field the contacts depend on. */
function remedy(data: unknown, problem: DataProblem): Remedy | null {
  const field = problem.path ?? '';
  const path = parsePath(field);
  if (path.length === 0) return null;
  // A field this build does not know carries nothing the game uses.
  if (problem.code === 'unknownField') {
    const target = unknownKey(data, field);
    return target ? { drop: target } : null;
  }
  const [top, second, third, fourth] = path;
  if (top === 'reviewed') return { unreviewed: true };
  // Optional sections: without them the defaults apply (all encounters, no policy text, no LRS).
  if (top === 'training' || top === 'xapi') return { drop: [top] };
  if (top === 'encounters')
    return typeof third === 'number' && path.length === 3 ? { drop: path } : { drop: [top] };
  if (top === 'policy') return { drop: path.slice(0, 2) };
  // Words in another language: without a locale's words its learners see the English ones.
  if (top === 'languages') return { drop: path.slice(0, 2) };
  if (top === 'organisation' && second === 'logo') return { drop: path };
  if (top !== 'contacts') return null;
  // The first hotline is the one stories name, and the first escalation step the one they send the
  // officer to: those must be right. Later ones, optional details and the child-protection contact
  // (which has a neutral default) can be left out.
  if (second === 'childProtection') return { drop: ['contacts', 'childProtection'] };
  // A version 2 file that still carries an old `contacts.hotline` beside its list.
  if (second === 'hotline' && path.length === 2 && problem.code === 'hotlineReplaced')
    return { drop: ['contacts', 'hotline'] };
  if (second === 'hotlines' && typeof third === 'number') {
    if (third > 0) return { drop: ['contacts', 'hotlines', third] };
    if (typeof fourth === 'string' && OPTIONAL_HOTLINE_FIELDS.includes(fourth))
      return { drop: path.slice(0, 4) };
  }
  if (second === 'internalEscalation' && typeof third === 'number' && third > 0)
    return { drop: path.slice(0, 3) };
  return null;
}

/**
 * The path of an unknown key as it is in the data. The key itself may hold "." or "[" (it is whatever
 * the file says), but its parent path is made of known keys, so the split is found by trying each.
 */
function unknownKey(data: unknown, field: string): (string | number)[] | null {
  for (let i = 0; i <= field.length; i++) {
    if (i > 0 && field[i] !== '.') continue;
    const parent = parsePath(field.slice(0, i));
    const key = i === 0 ? field : field.slice(i + 1);
    let node: unknown = data;
    for (const k of parent)
      node =
        typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[k] : undefined;
    if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, key))
      return [...parent, key];
  }
  return null;
}

const OPTIONAL_HOTLINE_FIELDS: readonly string[] = ['text', 'isPolice', 'languages', 'hours', 'consentBased'];

/** "contacts.hotlines[1].phone" → ['contacts', 'hotlines', 1, 'phone']. */
export function parsePath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

/** Marks a path for removal in a copy of the data; array items are removed after all marks are set. */
const GONE = Symbol('gone');

function mark(data: unknown, path: (string | number)[]): void {
  let node: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path.at(-1);
  if (typeof node !== 'object' || node === null || last === undefined) return;
  if (Array.isArray(node) && typeof last === 'number') node[last] = GONE;
  else delete (node as Record<string | number, unknown>)[last];
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((x) => x !== GONE).map(sweep);
  if (typeof node === 'object' && node !== null)
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, sweep(v)]));
  return node;
}

/** A plain copy of JSON data, so the caller's value is never changed. */
function copy(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data ?? null)) as unknown;
}

/** How many times bad fields are left out and the file read again (a dropped item can empty its list). */
const ROUNDS = 3;

/**
 * Reads a configuration, leaving out bad fields that the organisation's contacts do not depend on.
 * Throws a DataError (naming every bad field) when the contacts, the organisation's name or its region
 * are wrong, or the value is not a configuration at all.
 */
export function salvageConfig(source: string, data: unknown, opts: ReadOptions = {}): SalvagedConfig {
  const dropped: DataProblem[] = [];
  let current = data;
  let forcedUnreviewed = false;
  for (let round = 0; ; round++) {
    try {
      const config = readConfig(source, current, opts);
      return {
        config: forcedUnreviewed ? { ...config, reviewed: false } : config,
        dropped: dropped.map(problemEnglish),
        droppedReasons: dropped,
      };
    } catch (e) {
      if (!(e instanceof DataError) || round >= ROUNDS) throw e;
      const fixes = e.reasons.map((problem) => remedy(current, problem));
      if (fixes.some((f) => f === null)) {
        const fatal = e.reasons.filter((_, i) => fixes[i] === null);
        throw new DataError(source, [...fatal, ...dropped, ...e.reasons.filter((_, i) => fixes[i] !== null)]);
      }
      current = copy(current);
      for (const fix of fixes) {
        if (fix && 'drop' in fix) mark(current, fix.drop);
        else if (fix && typeof current === 'object' && current !== null) {
          (current as Record<string, unknown>)['reviewed'] = false;
          forcedUnreviewed = true;
        }
      }
      current = sweep(current);
      dropped.push(...e.reasons);
    }
  }
}

/** Reads a configuration file's text as salvageConfig does; JSON syntax errors are a DataError too. */
export function salvageConfigText(source: string, text: string, opts: ReadOptions = {}): SalvagedConfig {
  const tooBig = sizeReason(text.length, FILE_LIMITS.configFile);
  if (tooBig) throw new DataError(source, [{ path: null, ...tooBig }]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DataError(source, [fileProblem('notJson', { detail: (e as Error).message })]);
  }
  return salvageConfig(source, data, opts);
}
