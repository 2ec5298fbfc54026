// Attempt history: one record per completed debrief, a progress summary over them, and the export
// file format (validated on import, with reasons, so a foreign or damaged file is refused).

import type { Debrief } from './debrief.ts';
import { MODES, type Mode } from './log.ts';
import { DataError, Reader, join } from './validate.ts';
import { SETTINGS, type Setting } from './vocabulary.ts';

export const HISTORY_FORMAT = 'second-look-history';
export const HISTORY_VERSION = 1;

export interface AttemptRecord {
  id: string;
  encounterId: string;
  title: string;
  setting: Setting;
  mode: Mode;
  /** ISO date and time the debrief was reached. */
  finishedAt: string;
  percent: number;
  dimensions: { id: string; name: string; score: number; max: number }[];
  /** Missed indicators, with their description so the progress page needs no catalog. */
  missed: { id: string; description: string }[];
  critical: string[];
  // Programme fields (added later; older records and exports lack them and stay readable).
  /** Indicators noticed and reported, so a miss rate has a denominator (noticed + missed = shown). */
  noticed?: string[];
  /** Who played: the name or staff ID the learner entered. */
  learner?: string;
  /** The assignment the attempt was played under. */
  assignment?: AttemptAssignment;
  /** Whether the attempt reached the assignment's pass mark (only with `assignment`). */
  passed?: boolean;
}

export interface AttemptAssignment {
  id: string;
  title: string;
  passMark: number;
  /** The assignment's encounters in order, so completion can be shown from attempts alone. */
  encounters: string[];
}

export function attemptFromDebrief(d: Debrief, finishedAt: Date, id: string): AttemptRecord {
  return {
    id,
    encounterId: d.encounter.id,
    title: d.encounter.title,
    setting: d.encounter.setting as Setting,
    mode: d.mode,
    finishedAt: finishedAt.toISOString(),
    percent: d.total.percent,
    dimensions: d.dimensions.map((x) => ({ id: x.id, name: x.name, score: x.score, max: x.max })),
    missed: d.missed.map((m) => ({ id: m.id, description: m.description })),
    critical: d.critical.map((c) => c.id),
    noticed: d.noticed.map((n) => n.id),
  };
}

/** Validates one stored or imported record; throws a DataError naming the field. */
export function readAttempt(source: string, value: unknown, path = ''): AttemptRecord {
  const r = new Reader(source);
  const record = readInto(r, value, path);
  r.done();
  return record;
}

function readInto(r: Reader, value: unknown, path: string): AttemptRecord {
  const o = r.object(value, path) ?? {};
  const finishedAt = r.text(o, 'finishedAt', path);
  if (finishedAt && Number.isNaN(Date.parse(finishedAt))) r.fail(join(path, 'finishedAt'), 'must be a date');
  const dims = r.array(o['dimensions'], join(path, 'dimensions')).map((d, i) => {
    const p = join(join(path, 'dimensions'), i);
    const x = r.object(d, p) ?? {};
    return {
      id: r.text(x, 'id', p),
      name: r.text(x, 'name', p),
      score: r.number(x, 'score', p),
      max: r.number(x, 'max', p),
    };
  });
  const missed = r.array(o['missed'], join(path, 'missed')).map((m, i) => {
    const p = join(join(path, 'missed'), i);
    const x = r.object(m, p) ?? {};
    return { id: r.text(x, 'id', p), description: r.text(x, 'description', p) };
  });
  const critical = r
    .array(o['critical'], join(path, 'critical'))
    .filter((c): c is string => typeof c === 'string');
  const extra = readProgrammeFields(r, o, path);
  return {
    ...extra,
    id: r.text(o, 'id', path),
    encounterId: r.text(o, 'encounterId', path),
    title: r.text(o, 'title', path),
    setting: r.oneOf(o, 'setting', SETTINGS, path),
    mode: r.oneOf(o, 'mode', MODES, path),
    finishedAt,
    percent: r.number(o, 'percent', path, { min: 0, max: 100 }),
    dimensions: dims,
    missed,
    critical,
  };
}

/** The optional programme fields of a record: absent stays absent; present must be well-formed. */
function readProgrammeFields(
  r: Reader,
  o: Record<string, unknown>,
  path: string,
): Pick<AttemptRecord, 'noticed' | 'learner' | 'assignment' | 'passed'> {
  const out: Pick<AttemptRecord, 'noticed' | 'learner' | 'assignment' | 'passed'> = {};
  if (o['noticed'] !== undefined) out.noticed = r.texts(o, 'noticed', path);
  if (o['learner'] !== undefined) out.learner = r.text(o, 'learner', path);
  if (o['passed'] !== undefined) out.passed = r.boolean(o, 'passed', path);
  if (o['assignment'] !== undefined) {
    const p = join(path, 'assignment');
    const a = r.object(o['assignment'], p) ?? {};
    out.assignment = {
      id: r.text(a, 'id', p),
      title: r.text(a, 'title', p),
      passMark: r.number(a, 'passMark', p, { min: 0, max: 100 }),
      encounters: r.texts(a, 'encounters', p, { min: 1 }),
    };
  }
  return out;
}

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: number;
  exportedAt: string;
  /** The learner's name or staff ID, when they entered one (programme results group by it). */
  learner?: string;
  attempts: AttemptRecord[];
}

export function historyFile(attempts: AttemptRecord[], at: Date, learner?: string): HistoryFile {
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: at.toISOString(),
    ...(learner ? { learner } : {}),
    attempts,
  };
}

/** Reads an export file's text; refuses anything that is not a Second Look history, with the reason. */
export function readHistoryFile(name: string, text: string): AttemptRecord[] {
  return readHistoryExport(name, text).attempts;
}

/** Reads an export file with its learner (empty when the file has none). */
export function readHistoryExport(
  name: string,
  text: string,
): { learner: string; attempts: AttemptRecord[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DataError(name, ['is not a JSON file']);
  }
  const r = new Reader(name);
  const o = r.object(data, '') ?? {};
  if (o['format'] !== HISTORY_FORMAT) throw new DataError(name, ['is not a Second Look history export']);
  if (o['version'] !== HISTORY_VERSION)
    throw new DataError(name, [
      `was made by a version of Second Look this one cannot read (version ${String(o['version'])})`,
    ]);
  const attempts = r.array(o['attempts'], 'attempts').map((a, i) => readInto(r, a, join('attempts', i)));
  const learner = o['learner'] === undefined ? '' : r.text(o, 'learner', '');
  r.done();
  return { learner, attempts };
}

export interface ProgressRow {
  key: string;
  label: string;
  attempts: number;
  latest: number;
  best: number;
  /** Percent over attempts, oldest first. */
  trend: number[];
}

export interface Progress {
  settings: ProgressRow[];
  dimensions: ProgressRow[];
  mostMissed: { id: string; description: string; count: number }[];
}

const pct = (score: number, max: number) => (max > 0 ? Math.max(0, Math.round((100 * score) / max)) : 0);

function row(key: string, label: string, values: number[]): ProgressRow {
  return {
    key,
    label,
    attempts: values.length,
    latest: values.at(-1) ?? 0,
    best: Math.max(0, ...values),
    trend: values,
  };
}

/** The progress page's figures, from the attempts in any order. */
export function summarise(
  attempts: readonly AttemptRecord[],
  settingNames: Record<Setting, string>,
): Progress {
  const ordered = [...attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const settings = SETTINGS.flatMap((s) => {
    const here = ordered.filter((a) => a.setting === s);
    return here.length
      ? [
          row(
            s,
            settingNames[s],
            here.map((a) => a.percent),
          ),
        ]
      : [];
  });
  const dimIds: string[] = [];
  const names = new Map<string, string>();
  for (const a of ordered)
    for (const d of a.dimensions) {
      if (!names.has(d.id)) dimIds.push(d.id);
      names.set(d.id, d.name);
    }
  const dimensions = dimIds.map((id) =>
    row(
      id,
      names.get(id) ?? id,
      ordered.flatMap((a) =>
        a.dimensions.filter((d) => d.id === id && d.max > 0).map((d) => pct(d.score, d.max)),
      ),
    ),
  );
  const counts = new Map<string, { id: string; description: string; count: number }>();
  for (const a of ordered)
    for (const m of a.missed) {
      const c = counts.get(m.id) ?? { ...m, count: 0 };
      c.count++;
      counts.set(m.id, c);
    }
  const mostMissed = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, 5);
  return { settings, dimensions, mostMissed };
}

export const DEFAULT_REFRESHER_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RefresherStatus {
  lastAt: string;
  dueAt: string;
  due: boolean;
}

/** When the next refresher in a setting is due: `days` after its last completed attempt. */
export function refresherStatus(
  attempts: readonly AttemptRecord[],
  setting: Setting,
  now: Date,
  days = DEFAULT_REFRESHER_DAYS,
): RefresherStatus | null {
  const last = attempts
    .filter((a) => a.setting === setting)
    .map((a) => a.finishedAt)
    .sort()
    .at(-1);
  if (!last) return null;
  const due = new Date(Date.parse(last) + days * DAY_MS);
  return { lastAt: last, dueAt: due.toISOString(), due: due.getTime() <= now.getTime() };
}

/**
 * Encounters to suggest: for each of the learner's most-missed signs, the encounter where they
 * missed it most recently (practising it again exercises exactly that sign).
 */
export function suggestions(
  attempts: readonly AttemptRecord[],
  limit = 3,
): { encounterId: string; title: string; sign: string }[] {
  const ordered = [...attempts].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  const out: { encounterId: string; title: string; sign: string }[] = [];
  for (const m of summarise(attempts, { hotel: '', hospital: '', store: '', transit: '' }).mostMissed) {
    const where = ordered.find((a) => a.missed.some((x) => x.id === m.id));
    if (where && !out.some((o) => o.encounterId === where.encounterId))
      out.push({ encounterId: where.encounterId, title: where.title, sign: m.description });
    if (out.length >= limit) break;
  }
  return out;
}
