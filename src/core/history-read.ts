// Reading attempt records back, from the browser's store or an export file: every field validated,
// so a foreign or damaged record is refused with the reason and the field it names.

import { MODES } from './log.ts';
import { DataError, Reader, join } from './validate.ts';
import { SETTINGS } from './vocabulary.ts';
import { HISTORY_FORMAT, HISTORY_VERSION, type AttemptRecord } from './history.ts';

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
