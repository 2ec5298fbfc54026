// Suspend data: where the learner is in the assignment, small enough for SCORM 1.2's 4,096 characters.
// Not ink's state (far too big): resume restarts the encounter with its seed and re-takes the choices.
// Every standard's bridge (SCORM 1.2, SCORM 2004, cmi5) writes and reads it through this module.

import type { LmsStandard } from './lms-launch.ts';
import { MODES, type DecisionLog, type IncidentReport, type Mode } from '../encounter/log.ts';
import { DataError, Reader } from '../validate.ts';
import { fileProblem, reason } from '../reasons.ts';
import * as lzModule from 'lz-string';
import { decompressBounded, TooLargeError } from '../lz-bounded.ts';
import type { ReportAction } from '../vocabulary.ts';

/** What one finished encounter contributes: the fields of its attempt record the report needs. */
export interface EncounterResult {
  encounterId: string;
  percent: number;
  dimensions: { id: string; name: string; score: number; max: number }[];
}

/**
 * The format of the packed record. 1 is the first; a later format adds an entry to SUSPEND_UPGRADES
 * that turns the packed list of the format before it into its own, so every older record still reads.
 *
 * Format 2 (for libraries past about eighteen encounters): each dimension's id and name are written
 * once, in a table, and every finished encounter is one flat list — its id, its percent, which table
 * entries it scored (a bit mask, or a list of table indexes when its order is not the table's) and
 * then a score and maximum per entry. Format 1 repeated every dimension's id and name in every result.
 */
export const SUSPEND_VERSION = 2;
/**
 * Turns a packed record of format n (the key) into format n + 1. A record of a format with no way up
 * (or a newer one) is refused like damaged data, and nothing is written over it.
 */
const SUSPEND_UPGRADES: Readonly<Record<number, (packed: unknown[]) => unknown[]>> = {
  1: (packed) => {
    const [v, current, results, ...rest] = packed;
    if (!Array.isArray(results)) return [v, current, [], results, ...rest];
    // A result that is not format 1's [id, percent, [[id, name, score, max]…]] becomes null, which
    // the reader refuses by its index, as it would have before.
    const read = results.map((x: unknown) =>
      Array.isArray(x) &&
      typeof x[0] === 'string' &&
      typeof x[1] === 'number' &&
      Array.isArray(x[2]) &&
      (x[2] as unknown[]).every(
        (d) =>
          Array.isArray(d) &&
          typeof d[0] === 'string' &&
          typeof d[1] === 'string' &&
          typeof d[2] === 'number' &&
          typeof d[3] === 'number',
      )
        ? {
            encounterId: x[0],
            percent: x[1],
            dimensions: (x[2] as [string, string, number, number][]).map(([id, name, score, max]) => ({
              id,
              name,
              score,
              max,
            })),
          }
        : null,
    );
    const table = dimensionTable(read.filter((r) => r !== null));
    return [v, current, table.list, read.map((r) => (r ? packResult(r, table) : null)), ...rest];
  },
};
/** SCORM 1.2's limit on cmi.suspend_data; the strictest of the three standards. */
export const SUSPEND_LIMIT = 4096;
/**
 * The longest suspend data read back, per standard: what the standard lets an LMS hold (SCORM 1.2:
 * 4,096 characters; SCORM 2004 4th edition: 64,000; cmi5's activity state has no limit, so the 2004
 * one). The game itself writes at most SUSPEND_LIMIT; anything longer is refused before decompressing.
 */
export const SUSPEND_READ_LIMITS: Readonly<Record<LmsStandard, number>> = {
  scorm12: 4096,
  scorm2004: 64000,
  cmi5: 64000,
};
/** Decompressing stops, and the record is refused, past this many characters (about 1 MB). */
export const SUSPEND_DECOMPRESSED_LIMIT = 1_000_000;
/** In `choices`, this marks where the incident report was submitted. */
export const REPORT_STEP = -1;
/** Free text in a saved report is cut to this length so the record stays within the limit. */
export const REPORT_TEXT_LIMIT = 160;

export interface SuspendState {
  /** Index in the assignment's encounters of the one being played (or next to play). */
  current: number;
  /** The encounter in progress, if any. */
  session?: {
    seed: number;
    mode: Mode;
    /** Choice indices taken in order; REPORT_STEP where the report was submitted. */
    choices: number[];
    report?: IncidentReport;
  };
  /** Results of the finished encounters. */
  results: EncounterResult[];
  /** How many interactions have been written to the LMS so far (so a resume appends, not rewrites). */
  interactions: number;
}

/** A dimension as the table of format 2 holds it, once for the whole record. */
type PackedDimension = [id: string, name: string];
/**
 * A finished encounter in format 2: its id, its percent, the table entries it scored (a bit mask when
 * they follow the table's order, else a list of table indexes) and a score and maximum for each.
 */
type PackedResult = [encounterId: string, percent: number, dims: number | number[], ...pairs: number[]];

type Packed = [
  v: number,
  current: number,
  dimensions: PackedDimension[],
  results: PackedResult[],
  interactions: number,
  session?: [
    seed: number,
    mode: number,
    choices: number[],
    report?: [string[], string, string, string, number, string],
  ],
];

/** A bit mask stays exact up to this many table entries; past it a result lists its indexes. */
const MASK_BITS = 30;

interface DimensionTable {
  list: PackedDimension[];
  index: Map<string, number>;
}

/** Every dimension (id and name) the results score, in the order they first appear. */
function dimensionTable(results: readonly EncounterResult[]): DimensionTable {
  const list: PackedDimension[] = [];
  const index = new Map<string, number>();
  for (const r of results)
    for (const d of r.dimensions) {
      const key = JSON.stringify([d.id, d.name]);
      if (!index.has(key)) {
        index.set(key, list.length);
        list.push([d.id, d.name]);
      }
    }
  return { list, index };
}

function packResult(r: EncounterResult, table: DimensionTable): PackedResult {
  const at = r.dimensions.map((d) => table.index.get(JSON.stringify([d.id, d.name])) ?? 0);
  const inTableOrder = at.every((n, i) => n < MASK_BITS && (i === 0 || n > at[i - 1]!));
  const dims = inTableOrder ? at.reduce((mask, n) => mask | (1 << n), 0) : at;
  return [r.encounterId, r.percent, dims, ...r.dimensions.flatMap((d) => [d.score, d.max])];
}

/** The table indexes a packed result scored, in its order, or null when they are not well formed. */
function unpackIndexes(dims: unknown, tableSize: number): number[] | null {
  if (typeof dims === 'number') {
    if (!Number.isInteger(dims) || dims < 0 || dims >= 2 ** Math.min(tableSize, MASK_BITS)) return null;
    const out: number[] = [];
    for (let n = 0; n < MASK_BITS; n++) if (dims & (1 << n)) out.push(n);
    return out;
  }
  if (!Array.isArray(dims)) return null;
  return dims.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < tableSize)
    ? (dims as number[])
    : null;
}

const cut = (s: string) => s.slice(0, REPORT_TEXT_LIMIT);

export interface Codec {
  compress(s: string): string;
  /** null (or a throw) for data it cannot read; throws TooLargeError past `maxOutput` characters. */
  decompress(s: string, maxOutput: number): string | null;
}

// lz-string is CommonJS: under Node's ESM its functions sit on `default`, under Vite on the namespace.
const lz = ((lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule) as typeof lzModule;

/**
 * lz-string with its URI-safe alphabet: plain ASCII that any LMS stores unchanged. Decompression is
 * the bounded port in lz-bounded.ts (lz-string's own has no output limit).
 */
export const LZ_CODEC: Codec = {
  compress: (s) => lz.compressToEncodedURIComponent(s),
  decompress: (s, maxOutput) => decompressBounded(s, maxOutput),
};

/** The steps that replay an attempt: choice indices, REPORT_STEP where the report was submitted. */
export function stepsOf(log: DecisionLog): number[] {
  return log.flatMap((e) => (e.kind === 'choice' ? [e.index] : e.kind === 'report' ? [REPORT_STEP] : []));
}

export function encodeSuspend(state: SuspendState, codec: Codec = LZ_CODEC): string {
  const s = state.session;
  const r = s?.report;
  const table = dimensionTable(state.results);
  const packed: Packed = [
    SUSPEND_VERSION,
    state.current,
    table.list,
    state.results.map((x) => packResult(x, table)),
    state.interactions,
  ];
  if (s)
    packed.push([
      s.seed,
      MODES.indexOf(s.mode),
      s.choices,
      ...(r
        ? [
            [
              r.observed,
              cut(r.who),
              cut(r.when),
              cut(r.where),
              SUSPEND_ACTION_CODES.indexOf(r.action),
              cut(r.notes),
            ] as [string[], string, string, string, number, string],
          ]
        : []),
    ] as NonNullable<Packed[5]>);
  return codec.compress(JSON.stringify(packed));
}

/**
 * How suspend data numbers a report's action. Fixed for good: codes 0–4 are the five actions of
 * the first ladder (1, "document", is now `log`) and new actions take new codes, so suspend data an
 * LMS kept from before the ladder changed still means what the learner chose.
 */
const SUSPEND_ACTION_CODES: readonly ReportAction[] = [
  'none',
  'log',
  'supervisor',
  'hotline',
  'emergency',
  'police',
];

export interface DecodeOptions {
  /** Longer text is refused before decompressing (default: the largest of SUSPEND_READ_LIMITS). */
  maxLength?: number;
  /** Decompressing stops past this many characters (default SUSPEND_DECOMPRESSED_LIMIT). */
  maxDecompressed?: number;
  codec?: Codec;
}

/** The finished encounters of a format-2 record; a damaged entry is reported by its index. */
function readResults(r: Reader, dimensions: unknown, results: unknown): EncounterResult[] {
  const out: EncounterResult[] = [];
  const table: PackedDimension[] = [];
  if (!Array.isArray(dimensions)) r.fail('dimensions', 'notList');
  else
    dimensions.forEach((d: unknown, i) => {
      if (Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && typeof d[1] === 'string')
        table.push([d[0], d[1]]);
      else r.fail(`dimensions[${i}]`, 'notShape', { shape: '[id, name]' });
    });
  if (!Array.isArray(results)) r.fail('results', 'notList');
  else
    results.forEach((x: unknown, i) => {
      const at = Array.isArray(x) ? unpackIndexes(x[2], table.length) : null;
      const pairs = Array.isArray(x) ? (x.slice(3) as unknown[]) : [];
      if (
        !Array.isArray(x) ||
        typeof x[0] !== 'string' ||
        typeof x[1] !== 'number' ||
        !at ||
        pairs.length !== 2 * at.length ||
        !pairs.every((n) => typeof n === 'number')
      ) {
        r.fail(`results[${i}]`, 'notShape', { shape: '[encounter, percent, dimensions, scores…]' });
        return;
      }
      out.push({
        encounterId: x[0],
        percent: x[1],
        dimensions: at.map((n, k) => {
          const [id, name] = table[n]!;
          return { id, name, score: pairs[2 * k] as number, max: pairs[2 * k + 1] as number };
        }),
      });
    });
  return out;
}

/**
 * Reads suspend data back; anything damaged, too long, or of a format this version cannot read is a
 * DataError naming the field (the caller writes nothing over it). Records of an older format are
 * brought up to date through SUSPEND_UPGRADES.
 */
export function decodeSuspend(source: string, text: string, opts: DecodeOptions = {}): SuspendState {
  const maxLength = opts.maxLength ?? Math.max(...Object.values(SUSPEND_READ_LIMITS));
  const maxDecompressed = opts.maxDecompressed ?? SUSPEND_DECOMPRESSED_LIMIT;
  const codec = opts.codec ?? LZ_CODEC;
  if (text.length > maxLength)
    throw new DataError(source, [fileProblem('suspendTooLong', { length: text.length, max: maxLength })]);
  let value: unknown;
  try {
    const json = codec.decompress(text, maxDecompressed);
    if (!json) throw new Error('empty');
    if (json.length > maxDecompressed) throw new TooLargeError(maxDecompressed);
    value = JSON.parse(json);
  } catch (e) {
    throw new DataError(source, [
      e instanceof TooLargeError
        ? fileProblem('damagedTooLarge', { max: e.limit })
        : fileProblem('notDecompressed'),
    ]);
  }
  if (!Array.isArray(value)) throw new DataError(source, [fileProblem('notPacked')]);
  let packed = value as unknown[];
  const from = packed[0];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    throw new DataError(source, [
      { path: 'version', ...reason('notFormatNumber', { got: String(JSON.stringify(from)) }) },
    ]);
  if (from > SUSPEND_VERSION)
    throw new DataError(source, [
      { path: 'version', ...reason('newerFormat', { from, max: SUSPEND_VERSION }) },
    ]);
  for (let v = from; v < SUSPEND_VERSION; v++) {
    const up = SUSPEND_UPGRADES[v];
    if (!up) throw new DataError(source, [{ path: 'version', ...reason('formatGone', { from }) }]);
    packed = up(packed);
  }
  const r = new Reader(source);
  const [, current, dimensions, results, interactions, session] = packed;
  const int = (x: unknown, field: string, min = 0): number => {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min) {
      r.fail(field, 'wholeFrom', { min });
      return min;
    }
    return x;
  };
  const state: SuspendState = {
    current: int(current, 'current'),
    results: [],
    interactions: int(interactions, 'interactions'),
  };
  state.results = readResults(r, dimensions, results);
  if (session !== undefined) {
    if (!Array.isArray(session)) r.fail('session', 'notPacked');
    else {
      const [seed, mode, choices, report] = session as unknown[];
      const modeName = MODES[int(mode, 'session.mode')];
      if (!modeName) r.fail('session.mode', 'modeRange', { max: MODES.length - 1 });
      if (
        !Array.isArray(choices) ||
        !choices.every((c) => Number.isInteger(c) && (c as number) >= REPORT_STEP)
      )
        r.fail('session.choices', 'notChoiceList');
      state.session = {
        seed: int(seed, 'session.seed', -(2 ** 53)),
        mode: modeName ?? 'practice',
        choices: Array.isArray(choices) ? (choices as number[]) : [],
      };
      if (report !== undefined) {
        const p = report as unknown[];
        const action = SUSPEND_ACTION_CODES[Array.isArray(p) ? (p[4] as number) : -1];
        if (
          !Array.isArray(p) ||
          !Array.isArray(p[0]) ||
          !(p[0] as unknown[]).every((x) => typeof x === 'string') ||
          [1, 2, 3, 5].some((k) => typeof p[k] !== 'string') ||
          !action
        )
          r.fail('session.report', 'notShape', { shape: '[observed, who, when, where, action, notes]' });
        else
          state.session.report = {
            observed: p[0] as string[],
            who: p[1] as string,
            when: p[2] as string,
            where: p[3] as string,
            action: action as ReportAction,
            notes: p[5] as string,
          };
      }
    }
  }
  r.done();
  return state;
}
