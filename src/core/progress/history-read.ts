// Reading attempt records back, from the browser's store or an export file: every field validated,
// so a foreign or damaged record is refused with the reason and the field it names.

import { COUNT_LIMITS, FILE_LIMITS, TEXT_LIMITS, sizeReason } from '../limits.ts';
import { fileProblem } from '../reasons.ts';
import { MODES } from '../encounter/log.ts';
import { DataError, Reader, join } from '../validate.ts';
import { SETTINGS } from '../vocabulary.ts';
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
  const finishedAt = r.text(o, 'finishedAt', path, { max: TEXT_LIMITS.date });
  if (finishedAt && Number.isNaN(Date.parse(finishedAt))) r.fail(join(path, 'finishedAt'), 'notDate');
  const { id: ID, description: TEXT } = TEXT_LIMITS;
  const dims = r.array(o['dimensions'], join(path, 'dimensions'), COUNT_LIMITS.listPerAttempt).map((d, i) => {
    const p = join(join(path, 'dimensions'), i);
    const x = r.object(d, p) ?? {};
    return {
      id: r.text(x, 'id', p, { max: ID }),
      name: r.text(x, 'name', p, { max: TEXT }),
      score: r.number(x, 'score', p),
      max: r.number(x, 'max', p),
    };
  });
  const missed = r.array(o['missed'], join(path, 'missed'), COUNT_LIMITS.listPerAttempt).map((m, i) => {
    const p = join(join(path, 'missed'), i);
    const x = r.object(m, p) ?? {};
    return { id: r.text(x, 'id', p, { max: ID }), description: r.text(x, 'description', p, { max: TEXT }) };
  });
  const critical = r
    .array(o['critical'], join(path, 'critical'), COUNT_LIMITS.listPerAttempt)
    .filter((c): c is string => typeof c === 'string')
    .map((c, i) => r.checked(c, join(join(path, 'critical'), i), ID));
  const extra = readProgrammeFields(r, o, path);
  return {
    ...extra,
    id: r.text(o, 'id', path, { max: ID }),
    encounterId: r.text(o, 'encounterId', path, { max: ID }),
    title: r.text(o, 'title', path, { max: TEXT_LIMITS.title }),
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
  const { id: ID, title: TITLE } = TEXT_LIMITS;
  const count = COUNT_LIMITS.listPerAttempt;
  if (o['noticed'] !== undefined) out.noticed = r.texts(o, 'noticed', path, { max: ID, count });
  if (o['learner'] !== undefined) out.learner = r.text(o, 'learner', path, { max: TEXT_LIMITS.learner });
  if (o['passed'] !== undefined) out.passed = r.boolean(o, 'passed', path);
  if (o['assignment'] !== undefined) {
    const p = join(path, 'assignment');
    const a = r.object(o['assignment'], p) ?? {};
    out.assignment = {
      id: r.text(a, 'id', p, { max: ID }),
      title: r.text(a, 'title', p, { max: TITLE }),
      passMark: r.number(a, 'passMark', p, { min: 0, max: 100 }),
      encounters: r.texts(a, 'encounters', p, { min: 1, max: ID, count: COUNT_LIMITS.assignmentEncounters }),
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
  const tooBig = sizeReason(text.length, FILE_LIMITS.historyFile);
  if (tooBig) throw new DataError(name, [{ path: null, ...tooBig }]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DataError(name, [fileProblem('notJsonFile')]);
  }
  const r = new Reader(name);
  const o = r.object(data, '') ?? {};
  if (o['format'] !== HISTORY_FORMAT) throw new DataError(name, [fileProblem('notHistoryExport')]);
  if (o['version'] !== HISTORY_VERSION)
    throw new DataError(name, [fileProblem('historyVersion', { version: String(o['version']) })]);
  const attempts = r
    .array(o['attempts'], 'attempts', COUNT_LIMITS.attemptsPerFile)
    .map((a, i) => readInto(r, a, join('attempts', i)));
  const learner = o['learner'] === undefined ? '' : r.text(o, 'learner', '', { max: TEXT_LIMITS.learner });
  r.done();
  return { learner, attempts };
}
