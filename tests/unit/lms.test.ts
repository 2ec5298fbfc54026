import { describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from '../../src/core/assignment.ts';
import {
  receiveStep,
  recordChoice,
  recordReport,
  startEncounter,
  type EncounterState,
} from '../../src/core/encounter.ts';
import {
  decodeSuspend,
  encodeSuspend,
  interactionsOf,
  lmsReport,
  REPORT_STEP,
  REPORT_TEXT_LIMIT,
  SUSPEND_LIMIT,
  type EncounterResult,
  type SuspendState,
} from '../../src/core/lms.ts';
import type { IncidentReport } from '../../src/core/log.ts';
import { DataError } from '../../src/core/validate.ts';
import type { ReportAction } from '../../src/core/vocabulary.ts';
import {
  answeredStatement,
  CMI5,
  initializedStatement,
  isoDuration,
  outcomeStatements,
  terminatedStatement,
  VERBS,
  type Statement,
  type StatementContext,
} from '../../src/core/xapi.ts';
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

describe('interactions: one per decision', () => {
  it('records every choice and the report, with response, result, time and latency', () => {
    const list = interactionsOf('hotel.test', played(0, 'hotline').log);
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
    expect(list[3]).toMatchObject({ response: 'hotline', correctResponse: 'hotline' });
    // Single letters for SCORM 1.2: the first option looked at (a); the report's action in the order
    // none, document, supervisor, hotline (d).
    expect(list.map((i) => i.letters.response)).toEqual(['a', 'a', 'a', 'd']);
    expect(list[3]?.letters.correct).toBe('d');
    for (const i of list) expect(i.id).toMatch(/^[A-Za-z0-9_.-]{1,250}$/);
    expect(new Set(list.map((i) => i.id)).size).toBe(4);
  });

  it('marks a critical error incorrect, the better option as the correct response', () => {
    const list = interactionsOf('hotel.test', played(1, 'hotline').log);
    expect(list[2]).toMatchObject({ result: 'incorrect', response: 'k.1', correctResponse: 'k.0' });
    expect(list[2]?.letters).toEqual({ response: 'b', correct: 'a' });
  });

  it('judges the report by the action the situation required', () => {
    expect(interactionsOf('hotel.test', played(0, 'supervisor').log)[3]?.result).toBe('incorrect');
    expect(interactionsOf('hotel.test', played(0, 'emergency').log)[3]?.result).toBe('neutral');
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
    const allDims = [...catalogs.dimensions.values()].map((d, i) => ({
      id: d.id,
      name: d.name,
      score: 17 - i,
      max: 20 + i,
    }));
    // Fifteen encounters finished (the whole library) and a sixteenth in progress with a long path,
    // every report field filled to the brim with text that hardly compresses.
    const state: SuspendState = {
      current: 15,
      results: Array.from({ length: 15 }, (_, i) => ({
        encounterId: `transit.encounter_number_${i}`,
        percent: 50 + i,
        dimensions: allDims,
      })),
      interactions: 400,
      session: {
        seed: 2 ** 31 - 1,
        mode: 'assessment',
        choices: [...Array.from({ length: 60 }, (_, i) => i % 5), REPORT_STEP, 1, 0],
        report: {
          observed: Object.keys(Object.fromEntries(catalogs.indicators)).slice(0, 12),
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
    const back = decodeSuspend('cmi.suspend_data', text);
    expect(back.session?.report?.notes).toBe(noise(5000, 4).slice(0, REPORT_TEXT_LIMIT));
    expect(back.results).toEqual(state.results);
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

describe('xAPI statements', () => {
  let n = 0;
  const uuid = () => `3f1c2b7a-0d4e-4c1a-9b2f-${String(++n).padStart(12, '0')}`;
  const a = assignment(['hotel.test']);
  const plain: StatementContext = {
    actor: { objectType: 'Agent', name: 'Sam Officer', mbox: 'mailto:sam@example.org' },
    activityId: 'https://training.example.org/second-look/night-shift',
    assignment: a,
    uuid,
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
      ...interactionsOf('hotel.test', log).map((i) => answeredStatement(ctx, i)),
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
