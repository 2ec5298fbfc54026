import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encounterFiles, ROOT } from '../../scripts/check/library.ts';
import validateStatement from 'xapi-validation';
import { LOCALES } from '../../src/core/locale.ts';
import { LMS_WORDBOOK } from '../../src/ui/strings/strings-lms.ts';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from '../../src/core/lms/assignment.ts';
import {
  receiveStep,
  recordChoice,
  recordReport,
  startEncounter,
  type EncounterState,
} from '../../src/core/encounter/encounter.ts';
import * as lzModule from 'lz-string';
import {
  decodeSuspend,
  encodeSuspend,
  heldAfter,
  heldFromScorm12,
  heldFromScorm2004,
  interactionsOf,
  LZ_CODEC,
  lmsReport,
  neverLower,
  NOTHING_HELD,
  REPORT_STEP,
  REPORT_TEXT_LIMIT,
  SUSPEND_DECOMPRESSED_LIMIT,
  SUSPEND_LIMIT,
  SUSPEND_READ_LIMITS,
  SUSPEND_VERSION,
  type EncounterResult,
  type LmsHeld,
  type SuspendState,
} from '../../src/core/lms/lms.ts';
import { decompressBounded, TooLargeError } from '../../src/core/lz-bounded.ts';
import type { IncidentReport } from '../../src/core/encounter/log.ts';
import { DataError } from '../../src/core/validate.ts';
import type { ReportAction } from '../../src/core/vocabulary.ts';
import {
  answeredStatement,
  CMI5,
  heldFromStatements,
  initializedStatement,
  isoDuration,
  outcomeStatements,
  terminatedStatement,
  VERBS,
  type Statement,
  type StatementContext,
} from '../../src/core/lms/xapi.ts';
import { choice, line, realCatalogs, step } from './helpers.ts';

const REPORT_CHOICE = choice(0, 'Write the report', 'report');

function assignment(encounters: string[], passMark = 80): Assignment {
  return {
    format: ASSIGNMENT_FORMAT,
    version: ASSIGNMENT_VERSION,
    title: 'Night shift refresher',
    encounters,
    mode: 'assessment',
    passMark,
  };
}

/** A short scripted encounter: an observation, a single option, a scored decision, the report. */
function played(talkIndex: 0 | 1, action: ReportAction): EncounterState {
  let s = startEncounter({ encounterId: 'hotel.test', contentHash: 'h', seed: 7, mode: 'assessment' }, 1000);
  s = receiveStep(
    s,
    step(
      [line('Night shift.', 'phase: observe')],
      [
        choice(0, 'Look at the van', 'observe: van', 'reveals: hotel.staff_contractor_exploitation'),
        choice(1, 'Talk to Ana'),
      ],
    ),
    1500,
  );
  s = recordChoice(s, 0, 4000);
  s = receiveStep(s, step([line('Eight people climb out of one van.')], [choice(1, 'Talk to Ana')]), 4100);
  s = recordChoice(s, 1, 5100);
  s = receiveStep(
    s,
    step(
      [line('I owe for the ticket.', 'phase: talk', 'speaker: ana', 'requires: hotline')],
      [
        choice(0, '"You are not in trouble."', 'score: trust +2', 'why: Calm.'),
        choice(1, '"Show me your passport."', 'score: trust -2', 'critical: take_documents', 'why: No.'),
      ],
    ),
    6000,
  );
  s = recordChoice(s, talkIndex, 9000);
  s = receiveStep(s, step([line('Time to write it up.', 'phase: report')], [REPORT_CHOICE]), 9500);
  const r = recordReport(
    s,
    { observed: [], who: 'Ana', when: '01:40', where: 'Staff door', action, notes: '' },
    20_000,
  );
  return receiveStep(r.state, step([line('The shift ends.')], [], true), 20_100);
}

/** The report interaction's description as the catalogs word it (English). */
const REPORT_TEXT = LMS_WORDBOOK['en-US'].reportAction;

describe('interactions: one per decision', () => {
  it('records every choice and the report, with response, result, time and latency', () => {
    const list = interactionsOf('hotel.test', played(0, 'hotline').log, REPORT_TEXT);
    expect(list).toHaveLength(4);
    expect(list.map((i) => i.result)).toEqual(['neutral', 'neutral', 'correct', 'correct']);
    // Latency runs from the last logged event: a step that showed no facts leaves no entry, so the
    // second decision counts from the first one (4000 → 5100).
    expect(list.map((i) => i.latencyMs)).toEqual([2500, 1100, 3000, 10_500]);
    expect(list.map((i) => i.at)).toEqual([4000, 5100, 9000, 20_000]);
    expect(list[2]).toMatchObject({
      type: 'choice',
      response: 'k.0',
      description: '"You are not in trouble."',
    });
    expect(list[3]).toMatchObject({
      response: 'hotline',
      correctResponse: 'hotline',
      description: 'Incident report: the action taken',
    });
    // Single letters for SCORM 1.2: the first option looked at (a); the report's action in the order
    // none, document, supervisor, hotline (d).
    expect(list.map((i) => i.letters.response)).toEqual(['a', 'a', 'a', 'd']);
    expect(list[3]?.letters.correct).toBe('d');
    for (const i of list) expect(i.id).toMatch(/^[A-Za-z0-9_.-]{1,250}$/);
    expect(new Set(list.map((i) => i.id)).size).toBe(4);
  });

  it('marks a critical error incorrect, the better option as the correct response', () => {
    const list = interactionsOf('hotel.test', played(1, 'hotline').log, REPORT_TEXT);
    expect(list[2]).toMatchObject({ result: 'incorrect', response: 'k.1', correctResponse: 'k.0' });
    expect(list[2]?.letters).toEqual({ response: 'b', correct: 'a' });
  });

  it("describes the report with the words it is given (the catalog's, in the language in use)", () => {
    const spanish = LMS_WORDBOOK['es-US'].reportAction;
    expect(spanish).toBe('Informe de incidente: la medida tomada');
    expect(interactionsOf('hotel.test', played(0, 'hotline').log, spanish)[3]?.description).toBe(spanish);
  });

  it('judges the report by the action the situation required', () => {
    expect(interactionsOf('hotel.test', played(0, 'supervisor').log, REPORT_TEXT)[3]?.result).toBe(
      'incorrect',
    );
    expect(interactionsOf('hotel.test', played(0, 'emergency').log, REPORT_TEXT)[3]?.result).toBe('neutral');
  });
});

const dims = (trust: [number, number], safety: [number, number]): EncounterResult['dimensions'] => [
  { id: 'trust', name: 'Trust & transparency', score: trust[0], max: trust[1] },
  { id: 'safety', name: 'Safety', score: safety[0], max: safety[1] },
];

describe('the report of an assignment', () => {
  const a = assignment(['hotel.one', 'hotel.two']);

  it('is incomplete, with unknown success, until every encounter is finished', () => {
    const r = lmsReport(a, [{ encounterId: 'hotel.one', percent: 90, dimensions: dims([4, 4], [1, 2]) }]);
    expect(r.completion).toBe('incomplete');
    expect(r.success).toBe('unknown');
    // The unfinished encounter counts as 0: (90 + 0) / 2.
    expect(r.score).toEqual({ raw: 45, min: 0, max: 100, scaled: 0.45 });
    expect(r.progress).toBe(0.5);
  });

  it('scores the set as the mean of the encounters and passes at the pass mark', () => {
    const pass = lmsReport(a, [
      { encounterId: 'hotel.one', percent: 90, dimensions: dims([4, 4], [1, 2]) },
      { encounterId: 'hotel.two', percent: 70, dimensions: dims([1, 4], [2, 2]) },
    ]);
    expect(pass).toMatchObject({ completion: 'completed', success: 'passed' });
    expect(pass.score.raw).toBe(80);
    // One objective per dimension: summed points over summed maxima.
    expect(pass.objectives).toEqual([
      {
        id: 'trust',
        description: 'Trust & transparency',
        score: { raw: 63, min: 0, max: 100, scaled: 0.63 },
        completion: 'completed',
      },
      {
        id: 'safety',
        description: 'Safety',
        score: { raw: 75, min: 0, max: 100, scaled: 0.75 },
        completion: 'completed',
      },
    ]);
    const fail = lmsReport(a, [
      { encounterId: 'hotel.one', percent: 90, dimensions: [] },
      { encounterId: 'hotel.two', percent: 67, dimensions: [] },
    ]);
    expect(fail.score.raw).toBe(79);
    expect(fail.success).toBe('failed');
  });

  it('clamps negative dimension totals to 0', () => {
    const r = lmsReport(assignment(['hotel.one']), [
      { encounterId: 'hotel.one', percent: 0, dimensions: dims([-3, 4], [0, 0]) },
    ]);
    expect(r.objectives.map((o) => o.score.raw)).toEqual([0, 0]);
  });
});

/** Text that does not compress well: the worst case for the size limit. */
function noise(n: number, seed: number): string {
  let x = seed;
  let s = '';
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    s += letters[x % letters.length];
  }
  return s;
}

/** Encounters beyond today's library that a full assignment must still fit in SCORM 1.2 with. */
const SUSPEND_HEADROOM = 8;

describe('suspend data', () => {
  const report: IncidentReport = {
    observed: ['hotel.staff_contractor_exploitation'],
    who: 'Ana',
    when: '01:40',
    where: 'Staff door',
    action: 'hotline',
    notes: 'Van plate noted',
  };

  it('round-trips the place in the assignment, the choices, the report and the results', () => {
    const state: SuspendState = {
      current: 1,
      results: [{ encounterId: 'hotel.one', percent: 88, dimensions: dims([3, 4], [2, 2]) }],
      interactions: 7,
      session: { seed: 123456, mode: 'assessment', choices: [0, 2, 1, REPORT_STEP, 0], report },
    };
    const text = encodeSuspend(state);
    expect(text).toMatch(/^[A-Za-z0-9+\-$]*$/);
    expect(decodeSuspend('cmi.suspend_data', text)).toEqual(state);
    const idle: SuspendState = { current: 0, results: [], interactions: 0 };
    expect(decodeSuspend('cmi.suspend_data', encodeSuspend(idle))).toEqual(idle);
  });

  it('fits SCORM 1.2 for the largest realistic session, cutting long report text', () => {
    const catalogs = realCatalogs();
    // Every encounter in the library finished, plus headroom for the library to grow (at least 32
    // in all), so adding stories cannot silently push a full assignment past SCORM 1.2's limit.
    const library = encounterFiles().map((f) => /^# id: (\S+)/m.exec(readFileSync(f, 'utf8'))?.[1] ?? f);
    expect(library.length).toBeGreaterThanOrEqual(17);
    const finished = Math.max(32, library.length + SUSPEND_HEADROOM);
    const ids = Array.from(
      { length: finished },
      (_, i) =>
        library[i] ??
        `transit.${noise(24, 100 + i)
          .toLowerCase()
          .replace(/[^a-z]/g, '_')}`,
    );
    // Scores that differ from encounter to encounter, so compression does not flatter the result.
    let x = 5;
    const rnd = (n: number) => (x = (x * 1103515245 + 12345) % 2 ** 31) % n;
    const dimensions = () =>
      [...catalogs.dimensions.values()].map((d) => ({
        id: d.id,
        name: d.name,
        score: rnd(40),
        max: 40 + rnd(20),
      }));
    const longestIndicators = [...catalogs.indicators.keys()].sort((a, b) => b.length - a.length);
    // An encounter in progress after those, with a long path and every report field filled to the
    // brim with text that hardly compresses.
    const state: SuspendState = {
      current: finished,
      results: ids.map((encounterId) => ({ encounterId, percent: rnd(101), dimensions: dimensions() })),
      interactions: 60 * finished,
      session: {
        seed: 2 ** 31 - 1,
        mode: 'assessment',
        choices: [...Array.from({ length: 60 }, (_, i) => i % 5), REPORT_STEP, 1, 0],
        report: {
          observed: longestIndicators.slice(0, 12),
          who: noise(2000, 1),
          when: noise(2000, 2),
          where: noise(2000, 3),
          action: 'emergency',
          notes: noise(5000, 4),
        },
      },
    };
    const text = encodeSuspend(state);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = decodeSuspend('cmi.suspend_data', text, { maxLength: SUSPEND_READ_LIMITS.scorm12 });
    expect(back.session?.report?.notes).toBe(noise(5000, 4).slice(0, REPORT_TEXT_LIMIT));
    expect(back.results).toEqual(state.results);
  });

  it('round-trips results whose dimensions are out of table order, or score none', () => {
    const state: SuspendState = {
      current: 3,
      results: [
        { encounterId: 'hotel.one', percent: 70, dimensions: dims([1, 2], [3, 4]) },
        { encounterId: 'hotel.two', percent: 40, dimensions: [...dims([5, 6], [7, 8])].reverse() },
        { encounterId: 'hotel.three', percent: 0, dimensions: [] },
      ],
      interactions: 12,
    };
    expect(decodeSuspend('s', encodeSuspend(state))).toEqual(state);
  });

  it('still reads suspend data in format 1 (the format an LMS may hold from before format 2)', () => {
    // tests/fixtures/lms/suspend-v1.txt was written by the format-1 encoder.
    const v1 = readFileSync(join(ROOT, 'tests', 'fixtures', 'lms', 'suspend-v1.txt'), 'utf8').trim();
    expect(JSON.parse(LZ_CODEC.decompress(v1, 1e6) ?? '')[0]).toBe(1);
    const state = decodeSuspend('cmi.suspend_data', v1, { maxLength: SUSPEND_READ_LIMITS.scorm12 });
    expect(state).toEqual({
      current: 2,
      interactions: 23,
      results: [
        {
          encounterId: 'hotel.housekeeping_check',
          percent: 84,
          dimensions: [
            { id: 'safety', name: 'Safety', score: 5, max: 6 },
            { id: 'trust', name: 'Trust & transparency', score: 3, max: 4 },
            { id: 'report', name: 'Reporting', score: 2, max: 3 },
          ],
        },
        {
          encounterId: 'transit.spare_room',
          percent: 61,
          dimensions: [
            { id: 'safety', name: 'Safety', score: 2, max: 5 },
            { id: 'observe', name: 'Observation', score: 4, max: 4 },
          ],
        },
      ],
      session: {
        seed: 987654,
        mode: 'assessment',
        choices: [1, 0, 2, REPORT_STEP, 0],
        report: {
          observed: ['hotel.staff_contractor_exploitation'],
          who: 'Ana, housekeeping',
          when: '01:40',
          where: 'Staff door',
          action: 'supervisor',
          notes: 'Van plate noted',
        },
      },
    });
    // Written back, it is the current format and reads the same.
    expect(decodeSuspend('s', encodeSuspend(state))).toEqual(state);
    // A damaged format-1 result is refused by its index, as before.
    const bad = LZ_CODEC.compress(JSON.stringify([1, 0, [['hotel.one', 50, [['safety', 3]]]], 0]));
    expect(() => decodeSuspend('s', bad)).toThrow(/results\[0\]/);
  });

  it('is smaller than format 1 for the same results', () => {
    const results = Array.from({ length: 20 }, (_, i) => ({
      encounterId: `hotel.encounter_${i}`,
      percent: 50 + i,
      dimensions: dims([i % 7, 9], [i % 3, 5]),
    }));
    const v1 = LZ_CODEC.compress(
      JSON.stringify([
        1,
        0,
        results.map((r) => [
          r.encounterId,
          r.percent,
          r.dimensions.map((d) => [d.id, d.name, d.score, d.max]),
        ]),
        0,
      ]),
    );
    const v2 = encodeSuspend({ current: 0, results, interactions: 0 });
    expect(decodeSuspend('s', v1).results).toEqual(results);
    expect(v2.length).toBeLessThan(v1.length);
  });

  it('refuses damaged data with the field named', () => {
    expect(() => decodeSuspend('cmi.suspend_data', 'not compressed at all!')).toThrow(DataError);
    expect(() => decodeSuspend('cmi.suspend_data', 'not compressed at all!')).toThrow(/cmi\.suspend_data/);
    const wrong = encodeSuspend({
      current: 0,
      results: [],
      interactions: 0,
      session: { seed: 1, mode: 'practice', choices: [-5] },
    });
    expect(() => decodeSuspend('cmi.suspend_data', wrong)).toThrow(/session\.choices/);
  });
});

// lz-string is CommonJS: under Node's ESM its functions sit on `default`.
const lz = ((lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule) as typeof lzModule;

describe('suspend data: limits and formats (audit L6)', () => {
  it('refuses text longer than the standard allows before decompressing it', () => {
    let called = 0;
    const codec = {
      compress: (x: string) => x,
      decompress: () => {
        called++;
        return null;
      },
    };
    const long = 'A'.repeat(SUSPEND_READ_LIMITS.scorm12 + 1);
    expect(() => decodeSuspend('cmi.suspend_data', long, { maxLength: 4096, codec })).toThrow(
      /cmi\.suspend_data: is too long \(4,097 characters; at most 4,096 are read\)/,
    );
    expect(called).toBe(0);
    expect(SUSPEND_READ_LIMITS).toEqual({ scorm12: 4096, scorm2004: 64000, cmi5: 64000 });
    // Without a standard's limit the largest one applies.
    expect(() => decodeSuspend('s', 'A'.repeat(64001), { codec })).toThrow(/too long/);
    expect(called).toBe(0);
  });

  it('stops decompressing past about 1 MB: 2.4 k characters that expand to 1.1 M are refused fast', () => {
    // tests/fixtures/lms/lz-bomb.txt: 'a' × 1,100,000, compressed.
    const bomb = readFileSync(join(ROOT, 'tests', 'fixtures', 'lms', 'lz-bomb.txt'), 'utf8').trim();
    expect(bomb.length).toBeLessThan(SUSPEND_LIMIT);
    expect(lz.decompressFromEncodedURIComponent(bomb)).toHaveLength(1_100_000);
    const t = Date.now();
    expect(() => decodeSuspend('cmi.suspend_data', bomb)).toThrow(
      /cmi\.suspend_data: is damaged \(it decompresses to more than 1,000,000 characters\)/,
    );
    expect(Date.now() - t).toBeLessThan(2000);
    expect(() => decompressBounded(bomb, SUSPEND_DECOMPRESSED_LIMIT)).toThrow(TooLargeError);
    expect(decompressBounded(bomb, 1_100_000)).toHaveLength(1_100_000);
  });

  it('decompresses exactly as lz-string does whatever was compressed', () => {
    let x = 11;
    const rnd = (n: number) => (x = (x * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 400; i++) {
      const top = [128, 1024, 65536][i % 3]!;
      const text = Array.from({ length: rnd(300) }, () => String.fromCharCode(rnd(top))).join('');
      const packed = lz.compressToEncodedURIComponent(text);
      expect(decompressBounded(packed, 1e6)).toBe(lz.decompressFromEncodedURIComponent(packed));
      expect(LZ_CODEC.decompress(packed, 1e6)).toBe(text);
    }
    expect(decompressBounded('not lz-string!', 1e6)).toBeNull();
  });

  it('refuses a record of a newer or unknown format by name, and reads the current one', () => {
    const packed = (v: unknown) => LZ_CODEC.compress(JSON.stringify([v, 0, [], [], 0]));
    expect(() => decodeSuspend('s', packed(SUSPEND_VERSION + 1))).toThrow(
      `s: version: was saved by a newer version of the game (format ${SUSPEND_VERSION + 1}; this one reads up to ${SUSPEND_VERSION})`,
    );
    expect(() => decodeSuspend('s', packed(0))).toThrow(/version: must be a format number/);
    expect(() => decodeSuspend('s', packed('1'))).toThrow(/version: must be a format number/);
    expect(decodeSuspend('s', packed(SUSPEND_VERSION))).toEqual({ current: 0, results: [], interactions: 0 });
  });
});

describe('never lower what the LMS holds (audit H2)', () => {
  const a = assignment(['hotel.one', 'hotel.two'], 80);
  const passed90: LmsHeld = {
    completion: 'completed',
    success: 'passed',
    score: 90,
    progress: 1,
    objectives: [{ id: 'trust', score: 95, completion: 'completed' }],
  };
  const fresh = lmsReport(a, []);
  const result = (encounterId: string, percent: number): EncounterResult => ({
    encounterId,
    percent,
    dimensions: dims([1, 4], [1, 2]),
  });

  it('keeps passed / 90 when the game knows nothing (damaged suspend data)', () => {
    expect(fresh).toMatchObject({ completion: 'incomplete', success: 'unknown', score: { raw: 0 } });
    expect(neverLower(a, fresh, passed90)).toMatchObject({
      completion: 'completed',
      success: 'passed',
      score: { raw: 90, min: 0, max: 100, scaled: 0.9 },
      progress: 1,
    });
  });

  it('changes nothing when the LMS holds nothing', () => {
    const r = lmsReport(a, [result('hotel.one', 70)]);
    expect(neverLower(a, r, NOTHING_HELD)).toEqual(r);
  });

  it('never writes failed over passed, nor a lower score', () => {
    const done = lmsReport(a, [result('hotel.one', 50), result('hotel.two', 60)]);
    expect(done).toMatchObject({ completion: 'completed', success: 'failed', score: { raw: 55 } });
    expect(neverLower(a, done, passed90)).toMatchObject({ success: 'passed', score: { raw: 90 } });
  });

  it('raises failed to passed, keeps failed until then, and passes on a kept score at the mark', () => {
    const failed70: LmsHeld = { ...NOTHING_HELD, completion: 'completed', success: 'failed', score: 70 };
    const better = lmsReport(a, [result('hotel.one', 80), result('hotel.two', 90)]);
    expect(neverLower(a, better, failed70)).toMatchObject({ success: 'passed', score: { raw: 85 } });
    expect(neverLower(a, fresh, failed70)).toMatchObject({
      completion: 'completed',
      success: 'failed',
      score: { raw: 70 },
    });
    const held85: LmsHeld = { ...NOTHING_HELD, score: 85 };
    const finishedLow = lmsReport(a, [result('hotel.one', 60), result('hotel.two', 70)]);
    expect(neverLower(a, finishedLow, held85)).toMatchObject({ success: 'passed', score: { raw: 85 } });
    // Not complete: no pass or fail is decided from a score alone.
    expect(neverLower(a, fresh, held85)).toMatchObject({ success: 'unknown', completion: 'incomplete' });
  });

  it('keeps each objective at its higher score and completed', () => {
    const r = lmsReport(a, [result('hotel.one', 40)]);
    const merged = neverLower(a, r, passed90);
    const trust = merged.objectives.find((o) => o.id === 'trust')!;
    expect(r.objectives.find((o) => o.id === 'trust')).toMatchObject({
      score: { raw: 25 },
      completion: 'incomplete',
    });
    expect(trust.score).toEqual({ raw: 95, min: 0, max: 100, scaled: 0.95 });
    expect(trust.completion).toBe('completed');
    const other = merged.objectives.find((o) => o.id !== 'trust')!;
    expect(other).toEqual(r.objectives.find((o) => o.id === other.id));
  });

  it('never goes down over a series of writes, whatever the game reports', () => {
    let held: LmsHeld = NOTHING_HELD;
    const reports = [
      lmsReport(a, [result('hotel.one', 90)]),
      lmsReport(a, [result('hotel.one', 10)]),
      lmsReport(a, [result('hotel.one', 10), result('hotel.two', 95)]),
      lmsReport(a, [result('hotel.one', 0), result('hotel.two', 0)]),
      lmsReport(a, []),
    ];
    const written = reports.map((r) => {
      const w = neverLower(a, r, held);
      held = heldAfter(held, w);
      return w;
    });
    expect(written.map((w) => w.score.raw)).toEqual([45, 45, 53, 53, 53]);
    expect(written.map((w) => w.completion)).toEqual([
      'incomplete',
      'incomplete',
      'completed',
      'completed',
      'completed',
    ]);
    expect(written.map((w) => w.success)).toEqual(['unknown', 'unknown', 'failed', 'failed', 'failed']);
  });

  it('reads what a SCORM 1.2 or 2004 LMS holds', () => {
    const from = (m: Record<string, string>) => (e: string) => m[e] ?? '';
    expect(
      heldFromScorm12(
        from({
          'cmi.core.lesson_status': 'passed',
          'cmi.core.score.raw': '90',
          'cmi.objectives._count': '1',
          'cmi.objectives.0.id': 'observe',
          'cmi.objectives.0.score.raw': '3',
          'cmi.objectives.0.score.max': '4',
          'cmi.objectives.0.status': 'completed',
        }),
      ),
    ).toEqual({
      completion: 'completed',
      success: 'passed',
      score: 90,
      progress: null,
      objectives: [{ id: 'observe', score: 75, completion: 'completed' }],
    });
    expect(
      heldFromScorm12(from({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '' })),
    ).toEqual(NOTHING_HELD);
    expect(
      heldFromScorm12(from({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': 'x' })),
    ).toMatchObject({
      completion: 'completed',
      success: 'failed',
      score: null,
    });
    expect(
      heldFromScorm2004(
        from({
          'cmi.completion_status': 'completed',
          'cmi.success_status': 'passed',
          'cmi.score.scaled': '0.9',
          'cmi.score.raw': '12',
          'cmi.progress_measure': '1',
        }),
      ),
    ).toEqual({ completion: 'completed', success: 'passed', score: 90, progress: 1, objectives: [] });
    expect(
      heldFromScorm2004(from({ 'cmi.completion_status': 'incomplete', 'cmi.score.raw': '40' })),
    ).toMatchObject({ completion: 'incomplete', success: 'unknown', score: 40, progress: null });
  });

  it('reads what an LRS holds from its cmi5 statements', () => {
    const st = (verb: string, scaled?: number) => ({
      verb: { id: verb },
      ...(scaled === undefined ? {} : { result: { score: { scaled } } }),
    });
    expect(heldFromStatements([])).toEqual(NOTHING_HELD);
    expect(
      heldFromStatements([
        st(VERBS.failed, 0.4),
        st(VERBS.completed),
        st(VERBS.passed, 0.9),
        st(VERBS.failed, 0.5),
      ]),
    ).toEqual({ completion: 'completed', success: 'passed', score: 90, progress: 1, objectives: [] });
    expect(heldFromStatements([st(VERBS.failed, 0.4)])).toMatchObject({ success: 'failed', score: 40 });
  });
});

describe('xAPI statements', () => {
  let n = 0;
  const uuid = () => `3f1c2b7a-0d4e-4c1a-9b2f-${String(++n).padStart(12, '0')}`;
  const a = assignment(['hotel.test']);
  const plain: StatementContext = {
    actor: { objectType: 'Agent', name: 'Sam Officer', mbox: 'mailto:sam@example.org' },
    activityId: 'https://training.example.org/second-look/night-shift',
    assignment: a,
    uuid,
    language: () => 'en-US',
    words: LMS_WORDBOOK,
    encounterTitles: () => ({ 'en-US': 'Test night', 'es-US': 'Noche de prueba' }),
  };
  const cmi5: StatementContext = {
    ...plain,
    actor: {
      objectType: 'Agent',
      name: 'Sam',
      account: { homePage: 'https://lms.example.org', name: 'u-17' },
    },
    cmi5: {
      registration: 'b1a7c1f2-5a4c-4f5e-8f9a-2d3e4f5a6b7c',
      sessionId: 'session-1',
      masteryScore: 0.8,
      contextTemplate: {
        contextActivities: { grouping: [{ id: 'https://lms.example.org/course/1' }] },
        extensions: { [CMI5.sessionId]: 'session-1' },
      },
    },
  };
  const log = played(0, 'hotline').log;
  const passedReport = lmsReport(a, [{ encounterId: 'hotel.test', percent: 85, dimensions: [] }]);
  const failedReport = lmsReport(a, [{ encounterId: 'hotel.test', percent: 20, dimensions: [] }]);

  function all(ctx: StatementContext): Statement[] {
    return [
      initializedStatement(ctx, 1000),
      ...interactionsOf('hotel.test', log, REPORT_TEXT).map((i) => answeredStatement(ctx, i)),
      ...outcomeStatements(ctx, passedReport, 30_000, 29_000),
      ...outcomeStatements(ctx, failedReport, 30_000, 29_000),
      terminatedStatement(ctx, 31_000, 30_000),
    ];
  }

  it('are valid xAPI (checked with Learning Locker’s validator), plain and under cmi5', () => {
    for (const ctx of [plain, cmi5])
      for (const s of all(ctx)) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
    // The validator does catch a broken statement.
    const broken = { ...initializedStatement(plain, 0), verb: { id: 'not an iri' } };
    expect(validateStatement(broken).length).toBeGreaterThan(0);
  });

  it('use the verbs in order with the score and result on the right statements', () => {
    const list = all(plain);
    expect(list.map((s) => s.verb.id)).toEqual([
      VERBS.initialized,
      VERBS.answered,
      VERBS.answered,
      VERBS.answered,
      VERBS.answered,
      VERBS.completed,
      VERBS.passed,
      VERBS.completed,
      VERBS.failed,
      VERBS.terminated,
    ]);
    expect(list[6]?.result).toMatchObject({ success: true, score: { scaled: 0.85, raw: 85 } });
    expect(list[8]?.result).toMatchObject({ success: false, score: { scaled: 0.2 } });
    expect(list[3]?.result).toEqual({ response: 'k.0', duration: 'PT3S', success: true });
    expect(list[1]?.result).toEqual({ response: 'k.0', duration: 'PT2.5S' });
    expect(isoDuration(3_725_500)).toBe('PT1H2M5.5S');
  });

  it('carry every shipped language in verb displays and activity names; context.language is the one in use', () => {
    const spanish: StatementContext = {
      ...plain,
      language: () => 'es-US',
      names: { 'en-US': 'Night shift', 'es-US': 'Turno de noche' },
    };
    const list = all(spanish);
    for (const s of list) {
      expect(Object.keys(s.verb.display)).toEqual([...LOCALES]);
      expect(s.context?.['language']).toBe('es-US');
    }
    expect(list[0]!.verb.display).toEqual({ 'en-US': 'initialized', 'es-US': 'inició' });
    expect(list.at(-1)!.verb.display).toEqual({ 'en-US': 'terminated', 'es-US': 'terminó' });
    const course = list[0]!.object.definition!;
    expect(course['name']).toEqual({ 'en-US': 'Night shift', 'es-US': 'Turno de noche' });
    expect(course['description']).toEqual({
      'en-US': '1 encounter, assessment mode, pass mark 80%. Encounters: Test night.',
      'es-US':
        '1 encuentro, modo de evaluación, calificación para aprobar: 80 %. Encuentros: Noche de prueba.',
    });
    // A decision is named in both languages; its description is the option as the learner saw it.
    const answered = list.filter((s) => s.verb.id === VERBS.answered);
    expect(answered[1]!.object.definition!['name']).toEqual({
      'en-US': 'Test night: decision 2',
      'es-US': 'Noche de prueba: decisión 2',
    });
    expect(answered[2]!.object.definition!['description']).toEqual({ 'es-US': '"You are not in trouble."' });
    expect(answered[3]!.object.definition!['name']).toEqual({
      'en-US': 'Test night: incident report, the action taken',
      'es-US': 'Noche de prueba: informe de incidente, la medida tomada',
    });
    // Without package titles, the assignment's own title names the activity in every language.
    expect(all(plain)[0]!.object.definition!['name']).toEqual({ 'en-US': a.title, 'es-US': a.title });
    for (const s of list) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
  });

  it('describe each option in every language it is known in, else in the language played', () => {
    const texts = [
      { 'en-US': 'Look at the desk', 'es-US': 'Mirar el mostrador' },
      { 'es-US': 'Mirar la puerta' },
      { 'es-US': '“Usted no está en problemas.”', 'en-US': '"You are not in trouble."' },
    ];
    const list = interactionsOf('hotel.test', log, REPORT_TEXT, texts);
    expect(list.map((i) => i.texts)).toEqual([...texts, undefined]);
    const described = list.map((i) => answeredStatement(plain, i).object.definition!['description']);
    expect(described[0]).toEqual({ 'en-US': 'Look at the desk', 'es-US': 'Mirar el mostrador' });
    // The keys follow the shipped languages' order, whatever order the texts came in.
    expect(Object.keys(described[2] as object)).toEqual(['en-US', 'es-US']);
    expect(described[1]).toEqual({ 'es-US': 'Mirar la puerta' });
    // The report keeps its name in every language.
    expect(Object.keys(described[3] as object)).toEqual([...LOCALES]);
    // Without texts: the option as the learner read it, under the language in use.
    const bare = interactionsOf('hotel.test', log, REPORT_TEXT).map((i) => answeredStatement(plain, i));
    expect(bare[0]!.object.definition!['description']).toEqual({ 'en-US': list[0]!.description });
    for (const i of list) expect(validateStatement(answeredStatement(cmi5, i))).toEqual([]);
  });

  it('keep ids, responses and results the same in every language (comparable records)', () => {
    const strip = (s: Statement) => ({
      verb: s.verb.id,
      object: s.object.id,
      result: s.result,
      correct: s.object.definition?.['correctResponsesPattern'],
    });
    const en = all({ ...plain, uuid: () => 'x' }).map(strip);
    const es = all({ ...plain, uuid: () => 'x', language: () => 'es-US' }).map(strip);
    expect(es).toEqual(en);
  });

  it('follow the cmi5 context rules: registration, session, categories, mastery score', () => {
    const list = all(cmi5);
    const cats = (s: Statement) =>
      ((s.context?.['contextActivities'] as { category?: { id: string }[] }).category ?? []).map((c) => c.id);
    for (const s of list) {
      expect(s.context?.['registration']).toBe('b1a7c1f2-5a4c-4f5e-8f9a-2d3e4f5a6b7c');
      expect((s.context?.['extensions'] as Record<string, unknown>)[CMI5.sessionId]).toBe('session-1');
      expect((s.context?.['contextActivities'] as { grouping: unknown[] }).grouping).toHaveLength(1);
    }
    const byVerb = (v: string) => list.filter((s) => s.verb.id === v);
    // "cmi5 defined" statements carry the cmi5 category; answered ("cmi5 allowed") must not.
    for (const s of byVerb(VERBS.answered)) expect(cats(s)).not.toContain(CMI5.category);
    for (const v of [VERBS.initialized, VERBS.terminated])
      expect(cats(byVerb(v)[0]!)).toEqual([CMI5.category]);
    for (const v of [VERBS.completed, VERBS.passed, VERBS.failed])
      expect(cats(byVerb(v)[0]!)).toEqual([CMI5.category, CMI5.moveOn]);
    expect(
      (byVerb(VERBS.passed)[0]!.context?.['extensions'] as Record<string, unknown>)[CMI5.masteryScore],
    ).toBe(0.8);
    expect(
      (byVerb(VERBS.completed)[0]!.context?.['extensions'] as Record<string, unknown>)[CMI5.masteryScore],
    ).toBe(undefined);
  });
});
