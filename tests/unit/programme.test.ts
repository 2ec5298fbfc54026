// Programme results: assignment files and links, the attempts CSV, reading many learners' exports
// and the instructor summary, whose figures are checked against ones worked out by hand from the
// fixture files in tests/fixtures/programme (the working is in the comments).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assignmentFileText,
  assignmentId,
  decodeAssignment,
  encodeAssignment,
  readAssignmentFile,
  type Assignment,
} from '../../src/core/lms/assignment.ts';
import { csvField, parseCsv, toCsv } from '../../src/core/csv.ts';
import { historyFile, type AttemptRecord } from '../../src/core/progress/history.ts';
import { readAttempt, readHistoryExport } from '../../src/core/progress/history-read.ts';
import {
  ATTEMPT_CSV_COLUMNS,
  attemptsCsv,
  CELL,
  readProgrammeFiles,
  summariseProgramme,
  summaryCsv,
} from '../../src/core/progress/programme.ts';
import { DataError } from '../../src/core/validate.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'programme');
const file = (name: string) => ({ name, text: readFileSync(join(DIR, name), 'utf8') });

const sample: Assignment = {
  format: 'second-look-assignment',
  version: 1,
  title: 'Night shift — “refresher”, März',
  encounters: ['hotel.night_lobby', 'store.busy_saturday'],
  mode: 'assessment',
  passMark: 70,
};
const KNOWN = ['hotel.night_lobby', 'store.busy_saturday', 'transit.last_train'];

describe('assignments', () => {
  it('round-trips through a link code (URL-safe, non-ASCII title intact)', () => {
    const code = encodeAssignment(sample);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAssignment(code, KNOWN)).toEqual(sample);
  });

  it('round-trips through a file', () => {
    expect(readAssignmentFile('set.json', assignmentFileText(sample), KNOWN)).toEqual(sample);
  });

  it('refuses a damaged link, a non-JSON file and an unknown encounter, naming the source and field', () => {
    const code = encodeAssignment(sample);
    expect(() => decodeAssignment(code.slice(0, code.length - 9), KNOWN)).toThrow(DataError);
    expect(() => readAssignmentFile('set.json', '{"format":', KNOWN)).toThrow('set.json: is not a JSON file');
    expect(() => readAssignmentFile('h.json', '{"format":"second-look-history"}', KNOWN)).toThrow(
      'h.json: is a history export, not an assignment',
    );
    expect(() => readAssignmentFile('x.json', '[1,2]', KNOWN)).toThrow(
      'x.json: is not a Second Look assignment file',
    );
    const other = { ...sample, encounters: ['hotel.night_lobby', 'hotel.nowhere'] };
    expect(() => readAssignmentFile('set.json', JSON.stringify(other), KNOWN)).toThrow(
      'set.json: encounters[1]: "hotel.nowhere" is not in this library',
    );
  });

  it('gives the same content the same id, and different content a different one', () => {
    expect(assignmentId({ ...sample })).toBe(assignmentId(sample));
    expect(assignmentId(sample)).toMatch(/^a-[0-9a-f]{8}$/);
    expect(assignmentId({ ...sample, passMark: 71 })).not.toBe(assignmentId(sample));
    expect(assignmentId({ ...sample, encounters: [...sample.encounters].reverse() })).not.toBe(
      assignmentId(sample),
    );
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, doubles inner quotes, ends records with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['x', 'y'], [['1', 'a,b']])).toBe('x,y\r\n1,"a,b"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1+1')).toBe("'-1+1");
  });

  it('reads back what it writes', () => {
    const rows = [
      ['a "quoted", text', 'line\r\nbreak', ''],
      ['x', 'y', 'z'],
    ];
    expect(parseCsv(toCsv(['p', 'q', 'r'], rows))).toEqual([['p', 'q', 'r'], ...rows]);
  });
});

describe('history export with programme fields', () => {
  it('carries the learner and the new fields, and still reads records without them', () => {
    const { learner, attempts } = readHistoryExport('alice.json', file('alice.json').text);
    expect(learner).toBe('Alice Ng');
    expect(attempts[0]?.noticed).toEqual(['ind.ia', 'ind.ib']);
    expect(attempts[0]?.assignment?.passMark).toBe(70);
    expect(attempts[0]?.passed).toBe(true);
    const old = readHistoryExport('chris-old.json', file('chris-old.json').text).attempts[0];
    expect(old && 'noticed' in old).toBe(false);
    const again = JSON.stringify(historyFile(attempts, new Date(0), 'Alice Ng'));
    expect(readHistoryExport('again.json', again)).toEqual({ learner: 'Alice Ng', attempts });
  });

  it('refuses a malformed programme field by name', () => {
    const a = JSON.parse(file('alice.json').text).attempts[0] as Record<string, unknown>;
    expect(() => readAttempt('history', { ...a, noticed: 'ind.ia' })).toThrow(
      'history: noticed: must be a list',
    );
    expect(() => readAttempt('history', { ...a, passed: 'yes' })).toThrow('passed: must be true or false');
  });
});

describe('the attempts CSV', () => {
  it('has one row per attempt and measure, with the learner on every row', () => {
    const { attempts } = readHistoryExport('alice.json', file('alice.json').text);
    const rows = parseCsv(attemptsCsv('Alice Ng', attempts));
    expect(rows[0]).toEqual([...ATTEMPT_CSV_COLUMNS]);
    // a1: total + 2 dimensions + 2 noticed + 1 missed = 6; a2: 1 + 2 + 1 + 2 = 6.
    expect(rows.length).toBe(1 + 12);
    expect(rows.slice(1).every((r) => r[0] === 'Alice Ng' && r.length === ATTEMPT_CSV_COLUMNS.length)).toBe(
      true,
    );
    const col = (name: string) => ATTEMPT_CSV_COLUMNS.indexOf(name as (typeof ATTEMPT_CSV_COLUMNS)[number]);
    const missedC = rows.find((r) => r[col('attempt_id')] === 'a1' && r[col('item_id')] === 'ind.ic');
    expect(missedC?.[col('item_name')]).toBe('Says "my cousin" keeps her passport, phone and pay');
    expect(missedC?.[col('value')]).toBe('0');
    const trust = rows.find((r) => r[col('attempt_id')] === 'a2' && r[col('item_id')] === 'trust');
    expect([trust?.[col('value')], trust?.[col('max')], trust?.[col('passed')]]).toEqual([
      '5',
      '10',
      'false',
    ]);
  });
});

describe('reading many learners’ exports', () => {
  it('loads the good files and refuses each bad one with its name and reason', () => {
    const { loaded, refused } = readProgrammeFiles(
      ['alice.json', 'broken.json', 'foreign.json', 'bad-field.json', 'bob.json'].map(file),
    );
    expect(loaded.map((l) => l.file)).toEqual(['alice.json', 'bob.json']);
    expect(refused.map((r) => r.file)).toEqual(['broken.json', 'foreign.json', 'bad-field.json']);
    expect(refused[0]?.reason).toBe('is not a JSON file');
    expect(refused[1]?.reason).toBe('is not a Second Look history export');
    expect(refused[2]?.reason).toBe('attempts[0].percent: must be at most 100');
  });
});

describe('the instructor summary', () => {
  const { loaded } = readProgrammeFiles(
    ['alice.json', 'bob.json', 'bob-again.json', 'chris-old.json'].map(file),
  );
  const s = summariseProgramme(loaded);

  it('counts learners and attempts, a duplicate attempt once', () => {
    // b2 is in bob.json and bob-again.json: 7 records, 6 distinct attempts.
    expect(s.attempts).toBe(6);
    expect(s.duplicates).toBe(1);
    expect(s.withoutNoticed).toBe(1); // c1, from an older export
    expect(s.learners).toEqual([
      { name: 'Alice Ng', files: ['alice.json'], attempts: 2, encounters: 2 },
      { name: 'Bob Ortiz', files: ['bob.json', 'bob-again.json'], attempts: 3, encounters: 2 },
      { name: 'Chris Dale', files: ['chris-old.json'], attempts: 1, encounters: 1 },
    ]);
  });

  it('shows completion per assignment: who completed and passed each encounter', () => {
    expect(s.assignments).toHaveLength(1);
    const a = s.assignments[0];
    expect(a?.encounters.map((e) => e.id)).toEqual(['hotel.night_lobby', 'store.busy_saturday']);
    expect(a?.learners).toEqual([
      // Alice passed the lobby (80 ≥ 70), not the store (50).
      { name: 'Alice Ng', cells: [CELL.passed, CELL.notPassed], completed: 2, passed: 1 },
      // Bob failed the lobby (60), then passed it (90); never started the store.
      { name: 'Bob Ortiz', cells: [CELL.passed, CELL.notStarted], completed: 1, passed: 1 },
    ]);
  });

  it('averages each dimension over attempts (percent of max, below zero as zero)', () => {
    // safety: 8/10=80, 2/10=20, 4/8=50, 9/10=90, 0/5=0, 7/10=70 → 310/6
    // trust: 60, 50, 3/4=75, 90, −1/5→0 → 275/5 (c1 has no trust)
    const safety = s.dimensions.find((d) => d.id === 'safety');
    const trust = s.dimensions.find((d) => d.id === 'trust');
    expect(safety?.attempts).toBe(6);
    expect(safety?.average).toBeCloseTo(310 / 6, 10);
    expect(trust?.attempts).toBe(5);
    expect(trust?.average).toBeCloseTo(55, 10);
  });

  it('gives each indicator missed ÷ shown, leaving out attempts without `noticed`', () => {
    const rates = Object.fromEntries(s.indicators.map((i) => [i.id, [i.missed, i.shown]]));
    expect(rates).toEqual({
      'ind.ia': [2, 4], // noticed a1, b2; missed a2, b1 (c1's miss is not counted)
      'ind.ib': [1, 3], // noticed a1, b2; missed b1
      'ind.ic': [2, 4], // noticed a2, b2; missed a1, b1
      'ind.id': [1, 1], // missed a2
      'ind.ie': [0, 1], // noticed b3
      'ind.if': [1, 1], // missed b3
    });
    expect(s.indicators.map((i) => i.id)).toEqual([
      'ind.id',
      'ind.if',
      'ind.ia',
      'ind.ic',
      'ind.ib',
      'ind.ie',
    ]);
    expect(s.indicators.find((i) => i.id === 'ind.ib')?.rate).toBeCloseTo(1 / 3, 10);
    expect(s.mostMissed.map((i) => i.id)).toEqual(['ind.id', 'ind.if', 'ind.ia', 'ind.ic', 'ind.ib']);
    expect(s.mostMissed[0]?.description).toBe('Works long hours for no pay');
  });

  it('gives each setting its attempts, average and miss rate', () => {
    expect(s.settings.map((x) => [x.setting, x.attempts, x.average, x.missed, x.shown])).toEqual([
      // a1, b1, b2, c1: (80+60+90+70)/4; misses 1+3+0 of shown 3+3+3 (c1 left out)
      ['hotel', 4, 75, 4, 9],
      ['store', 1, 50, 2, 3],
      ['transit', 1, 40, 1, 2],
    ]);
    expect(s.settings[0]?.rate).toBeCloseTo(4 / 9, 10);
  });

  it('writes the summary as CSV with the same figures', () => {
    const rows = parseCsv(summaryCsv(s));
    const find = (table: string, item: string, measure: string, learner = '') =>
      rows.find(
        (r) => r[0] === table && r[3] === item && r[5] === measure && (!learner || r[2] === learner),
      )?.[6];
    expect(find('indicator', 'ind.ib', 'miss_rate_percent')).toBe('33.3');
    expect(find('dimension', 'safety', 'average_percent')).toBe('51.7');
    expect(find('setting', 'hotel', 'miss_rate_percent')).toBe('44.4');
    expect(find('completion', 'store.busy_saturday', 'status', 'Bob Ortiz')).toBe(CELL.notStarted);
    expect(find('learners', '', 'attempts', 'Bob Ortiz')).toBe('3');
  });

  it('names an assignment encounter nobody has played from the library when it can', () => {
    const bob = readProgrammeFiles([file('bob.json')]).loaded;
    expect(summariseProgramme(bob).assignments[0]?.encounters[1]).toEqual({
      id: 'store.busy_saturday',
      title: 'store.busy_saturday',
    });
    const named = summariseProgramme(bob, {
      encounter: (id) => (id === 'store.busy_saturday' ? 'Busy Saturday' : undefined),
    });
    expect(named.assignments[0]?.encounters[1]?.title).toBe('Busy Saturday');
  });

  it('describes an indicator that was only ever noticed from the catalog when given one', () => {
    // In alice.json ind.ib is only noticed, so no record carries its description.
    const alice = readProgrammeFiles([file('alice.json')]).loaded;
    expect(summariseProgramme(alice).indicators.find((i) => i.id === 'ind.ib')?.description).toBe('ind.ib');
    const described = summariseProgramme(alice, {
      indicator: (id) => (id === 'ind.ib' ? 'Never alone' : undefined),
    });
    expect(described.indicators.find((i) => i.id === 'ind.ib')?.description).toBe('Never alone');
    // A description recorded with a miss wins over the lookup.
    const bob = readProgrammeFiles([file('bob.json')]).loaded;
    expect(
      summariseProgramme(bob, { indicator: () => 'other' }).indicators.find((i) => i.id === 'ind.ib')
        ?.description,
    ).toBe('The person is never left alone to speak');
  });

  it('names a learner without a name after the file', () => {
    const one = JSON.parse(file('alice.json').text) as { attempts: AttemptRecord[] };
    const t = summariseProgramme([{ file: 'x.json', learner: '', attempts: one.attempts }]);
    expect(t.learners[0]?.name).toBe('(no name) x.json');
  });
});
