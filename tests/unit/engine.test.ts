import { describe, expect, it } from 'vitest';
import { buildDebrief, recommendedSteps } from '../../src/core/encounter/debrief.ts';
import { stepWords } from '../../src/ui/learner/debrief-words.ts';
import {
  EncounterError,
  nextPhase,
  receiveStep,
  recordChoice,
  recordReport,
  startEncounter,
  type EncounterState,
} from '../../src/core/encounter/encounter.ts';
import { pathFacts, type IncidentReport } from '../../src/core/encounter/log.ts';
import { actionVerdict, buildChecklist, evaluateReport } from '../../src/core/encounter/report.ts';
import { ladderOutcome } from '../../src/core/encounter/ladder.ts';
import type { ReportAction } from '../../src/core/vocabulary.ts';
import {
  bestReportPoints,
  reportPoints,
  scoreLog,
  worstReportPoints,
} from '../../src/core/encounter/scoring.ts';
import { analysis, choice, defaultConfig, line, meta, realCatalogs, step } from './helpers.ts';

const catalogs = realCatalogs();
const config = defaultConfig();

function begin(): EncounterState {
  return startEncounter({ encounterId: 'hotel.test', contentHash: 'h', seed: 7, mode: 'practice' }, 0);
}

const REPORT_CHOICE = choice(0, 'Write the report', 'report');

/** Plays a short scripted encounter: observe, talk, report, end. */
function play(report: IncidentReport, talkIndex: 0 | 1): EncounterState {
  let s = begin();
  s = receiveStep(
    s,
    step(
      [
        line(
          'Night shift.',
          'phase: observe',
          'bg: hotel_lobby_night',
          'show: ana:anxious',
          'ambience: lobby_night',
        ),
      ],
      [
        choice(0, 'Look at the van', 'observe: van', 'reveals: hotel.staff_contractor_exploitation'),
        choice(1, 'Talk to Ana'),
      ],
    ),
    1,
  );
  s = recordChoice(s, 0, 2);
  s = receiveStep(s, step([line('Eight people climb out of one van.')], [choice(1, 'Talk to Ana')]), 3);
  s = recordChoice(s, 1, 4);
  s = receiveStep(
    s,
    step(
      [
        line(
          'I owe for the ticket.',
          'phase: talk',
          'speaker: ana',
          'indicator: hotel.few_possessions_long_stay',
          'requires: hotline',
        ),
      ],
      [
        choice(0, '"You are not in trouble."', 'score: trust +2', 'why: Calm and honest.'),
        choice(
          1,
          '"Show me your passport."',
          'score: trust -2',
          'critical: take_documents',
          'why: Copies the controller.',
        ),
      ],
    ),
    5,
  );
  s = recordChoice(s, talkIndex, 6);
  s = receiveStep(
    s,
    step([line('Time to write it up.', 'phase: report', 'ending: card; She took the card')], [REPORT_CHOICE]),
    7,
  );
  expect(s.awaitingReport).toBe(true);
  const r = recordReport(s, report, 8);
  expect(r.choiceIndex).toBe(0);
  return receiveStep(r.state, step([line('The shift ends.')], [], true), 9);
}

const GOOD: IncidentReport = {
  observed: ['hotel.staff_contractor_exploitation', 'hotel.few_possessions_long_stay'],
  who: 'Ana, room attendant, about 30',
  when: '01:40 Friday',
  where: 'Staff entrance',
  action: 'hotline',
  notes: '',
};

describe('encounter state machine', () => {
  it('moves through the phases the story names, and only forward', () => {
    expect(nextPhase('briefing', 'observe')).toBe('observe');
    expect(nextPhase('observe', 'observe')).toBe('observe');
    expect(nextPhase('observe', 'act')).toBe('act');
    expect(() => nextPhase('talk', 'observe')).toThrow(EncounterError);
    expect(() => nextPhase('debrief', 'report')).toThrow(/after it ended/);
  });

  it('folds lines into transcript, staging and facts', () => {
    let s = begin();
    s = receiveStep(
      s,
      step(
        [
          line('', 'phase: observe', 'bg: hotel_lobby_night', 'show: ana:anxious'),
          line('Hello.', 'speaker: ana', 'sound: lift_chime'),
        ],
        [choice(0, 'Go on')],
      ),
      1,
    );
    expect(s.phase).toBe('observe');
    expect(s.staging).toEqual({
      bg: 'hotel_lobby_night',
      cast: { ana: 'anxious' },
      ambience: null,
      sounds: ['lift_chime'],
    });
    expect(s.transcript).toEqual([{ seq: 0, speaker: 'ana', text: 'Hello.', phase: 'observe' }]);
    s = receiveStep(s, step([line('Later.', 'hide: ana')], [choice(0, 'Go on')]), 2);
    expect(s.staging.cast).toEqual({});
    expect(s.staging.sounds).toEqual([]);
  });

  it('puts spoken choices in the transcript as the officer, but not observations', () => {
    const s = play(GOOD, 0);
    const officer = s.transcript.filter((t) => t.speaker === 'officer').map((t) => t.text);
    expect(officer).toEqual(['Talk to Ana', '"You are not in trouble."']);
  });

  it('appends to the log and never rewrites it', () => {
    const s = play(GOOD, 0);
    expect(s.log.map((e) => e.kind)).toEqual([
      'start',
      'shown',
      'choice',
      'choice',
      'shown',
      'choice',
      'shown',
      'report',
      'end',
    ]);
    expect(s.phase).toBe('debrief');
  });

  it('refuses a choice that is not on offer and a report when none is asked for', () => {
    const s = receiveStep(begin(), step([line('x')], [choice(0, 'Go')]), 1);
    expect(() => recordChoice(s, 3, 2)).toThrow(/no choice 3/);
    expect(() => recordReport(s, GOOD, 2)).toThrow(/not waiting for a report/);
  });

  it('rejects a story that ends without the report', () => {
    expect(() => receiveStep(begin(), step([line('The end.')], [], true), 1)).toThrow(
      /without passing through the incident report/,
    );
  });

  it('rejects a report choice outside the report phase', () => {
    expect(() => receiveStep(begin(), step([line('x')], [REPORT_CHOICE]), 1)).toThrow(
      /report" choice appeared in the "briefing"/,
    );
  });
});

describe('path facts', () => {
  it('collects what was seen, where, and the most urgent requirement', () => {
    const f = pathFacts(play(GOOD, 0).log);
    expect([...f.seen].sort()).toEqual([
      'hotel.few_possessions_long_stay',
      'hotel.staff_contractor_exploitation',
    ]);
    expect(f.seenAt.get('hotel.staff_contractor_exploitation')).toBe('Look at the van');
    expect(f.required).toBe('hotline');
    expect(f.ending).toEqual({ id: 'card', title: 'She took the card' });
    expect(f.ended).toBe(true);
  });
});

describe('report evaluation', () => {
  it('sorts ticks into correct, missed, not seen and wrongly flagged', () => {
    const s = play(
      {
        ...GOOD,
        observed: ['hotel.staff_contractor_exploitation', 'hotel.side_door_entry', 'not.cheap_clothes'],
      },
      0,
    );
    const ev = evaluateReport(
      {
        ...GOOD,
        observed: ['hotel.staff_contractor_exploitation', 'hotel.side_door_entry', 'not.cheap_clothes'],
      },
      pathFacts(s.log),
      meta(),
      analysis(),
      catalogs,
    );
    expect(ev.correct).toEqual(['hotel.staff_contractor_exploitation']);
    expect(ev.missed).toEqual(['hotel.few_possessions_long_stay']);
    expect(ev.notSeen).toEqual(['hotel.side_door_entry']);
    expect(ev.wronglyFlagged).toEqual(['not.cheap_clothes']);
    expect(ev.verdict).toBe('right');
  });

  it('judges the action against the ladder', () => {
    expect(actionVerdict('hotline', 'hotline')).toBe('right');
    expect(actionVerdict('emergency', 'hotline')).toBe('over');
    expect(actionVerdict('log', 'hotline')).toBe('under');
  });

  it('raises the engine critical errors: no emergency call, a minor not escalated', () => {
    const facts = { ...pathFacts(play(GOOD, 0).log), required: 'emergency' as const };
    expect(
      evaluateReport({ ...GOOD, action: 'hotline' }, facts, meta(), analysis(), catalogs).critical,
    ).toEqual(['no_emergency_call']);
    const minorFacts = { ...facts, required: 'hotline' as const };
    expect(
      evaluateReport(
        { ...GOOD, action: 'supervisor' },
        minorFacts,
        meta({ minor: true }),
        analysis(),
        catalogs,
      ).critical,
    ).toEqual(['minor_not_escalated']);
    expect(
      evaluateReport(
        { ...GOOD, action: 'supervisor' },
        minorFacts,
        meta({ minor: false }),
        analysis(),
        catalogs,
      ).critical,
    ).toEqual([]);
  });

  it('builds a checklist of present and absent indicators and distractors, in a seeded order', () => {
    const a = buildChecklist(meta(), analysis(), catalogs, 1);
    const b = buildChecklist(meta(), analysis(), catalogs, 1);
    const c = buildChecklist(meta(), analysis(), catalogs, 2);
    expect(a).toEqual(b);
    expect(a.map((i) => i.id)).not.toEqual(c.map((i) => i.id));
    const ids = a.map((i) => i.id);
    for (const id of Object.keys(analysis().indicators)) expect(ids).toContain(id);
    expect(ids).toContain('not.speaks_other_language');
    expect(a.filter((i) => i.kind === 'indicator')).toHaveLength(5);
    expect(a.every((i) => i.label.length > 3)).toBe(true);
    expect(ids.filter((id) => id.startsWith('hospital.'))).toEqual([]);
  });
});

describe('scoring', () => {
  it('adds choice points and report points per dimension', () => {
    const sheet = scoreLog(play(GOOD, 0).log, meta(), analysis(), catalogs);
    const by = Object.fromEntries(sheet.dimensions.map((d) => [d.id, [d.score, d.max]]));
    expect(by['trust']).toEqual([2, 4]);
    expect(by['observe']).toEqual([2, 3]);
    expect(by['document']).toEqual([3, 3]);
    expect(by['report']).toEqual([2, 2]);
    expect(sheet.total).toBe(9);
    expect(sheet.max).toBe(14);
    expect(sheet.percent).toBe(64);
  });

  it('takes a point off observation per wrong flag, never below zero', () => {
    const ev = evaluateReport(
      { ...GOOD, observed: ['not.cheap_clothes', 'not.speaks_other_language'] },
      pathFacts(play(GOOD, 0).log),
      meta(),
      analysis(),
      catalogs,
    );
    expect(reportPoints(ev)['observe']).toBe(0);
    expect(reportPoints({ ...ev, correct: ['a', 'b', 'c'] })['observe']).toBe(1);
  });

  it('adds the ladder outcome of the action to the report points', () => {
    const ev = evaluateReport(GOOD, pathFacts(play(GOOD, 0).log), meta(), analysis(), catalogs);
    const at = (action: ReportAction, required: ReportAction) =>
      reportPoints({ ...ev, action, required, outcome: ladderOutcome(action, required, false) });
    expect(at('hotline', 'hotline')['report']).toBe(2);
    expect(at('log', 'hotline')['report']).toBe(-2);
    // Police about an adult when no police were called for: nothing on reporting, −2 on voice & choice.
    expect(at('emergency', 'hotline')).toMatchObject({ report: 0, choice: -2 });
  });

  it('knows the best and worst report a path allows', () => {
    expect(bestReportPoints(4)).toEqual({ observe: 4, document: 3, report: 2 });
    expect(worstReportPoints('hotline', true)).toEqual({ observe: 0, document: 0, report: -2 });
    // For an adult, the worst is also over-escalating to police: −2 on voice & choice.
    expect(worstReportPoints('hotline')).toEqual({ observe: 0, document: 0, report: -2, choice: -2 });
    expect(worstReportPoints('none')).toEqual({ observe: 0, document: 0, report: 0, choice: -2 });
  });

  it('counts a field as documented only with some content', () => {
    const ev = evaluateReport(
      { ...GOOD, who: ' ', when: 'ab', where: 'Lobby' },
      pathFacts(play(GOOD, 0).log),
      meta(),
      analysis(),
      catalogs,
    );
    expect(ev.documented).toEqual({ who: false, when: false, where: true });
  });
});

describe('debrief builder', () => {
  it('puts critical errors first with their explanation, and names the better choice', () => {
    const d = buildDebrief(play(GOOD, 1).log, meta(), analysis(), catalogs, config);
    expect(d.critical.map((c) => c.id)).toEqual(['take_documents']);
    expect(d.critical[0]!.explanation.length).toBeGreaterThan(20);
    expect(d.critical[0]!.where).toBe('"Show me your passport."');
    const decision = d.decisions.find((x) => x.critical)!;
    expect(decision.better?.text).toBe('"You are not in trouble."');
    expect(decision.better?.why).toBe('Calm and honest.');
  });

  it('lists noticed, missed with where it could be seen, and wrongly flagged', () => {
    const d = buildDebrief(
      play({ ...GOOD, observed: ['hotel.staff_contractor_exploitation', 'not.speaks_other_language'] }, 0)
        .log,
      meta(),
      analysis(),
      catalogs,
      config,
    );
    expect(d.noticed.map((i) => i.id)).toEqual(['hotel.staff_contractor_exploitation']);
    expect(d.missed.map((i) => [i.id, i.seen])).toEqual([
      ['hotel.few_possessions_long_stay', true],
      ['hotel.side_door_entry', false],
    ]);
    expect(d.missed[1]!.places).toEqual([{ via: 'look', text: 'Side door' }]);
    expect(d.missed[1]!.sources.length).toBeGreaterThan(0);
    expect(d.wronglyFlagged[0]!.id).toBe('not.speaks_other_language');
    expect(d.wronglyFlagged[0]!.explanation.length).toBeGreaterThan(10);
    expect(d.critical).toEqual([]);
    expect(d.ending?.title).toBe('She took the card');
  });

  it('fills the recommended response from the configuration', () => {
    const said = (required: ReportAction, minor: boolean): string[] =>
      recommendedSteps(required, minor).map((s) => stepWords(s, config));
    const steps = said('hotline', false).join(' ');
    expect(steps).toContain(config.contacts.hotline.phone);
    expect(steps).toContain(config.contacts.internalEscalation[0]);
    expect(said('emergency', false)[0]).toContain(config.contacts.emergencyNumber);
    expect(said('hotline', true).join(' ')).toContain('under 18');
    expect(recommendedSteps('none', false)).toEqual(['nothing_to_report']);
  });

  it('is a pure function of the log: same log, same debrief', () => {
    const log = play(GOOD, 0).log;
    expect(buildDebrief(log, meta(), analysis(), catalogs, config)).toEqual(
      buildDebrief(log, meta(), analysis(), catalogs, config),
    );
  });

  it('answers the misconceptions the story teaches', () => {
    const d = buildDebrief(
      play(GOOD, 0).log,
      meta({ teaches: ['myth.would_ask_for_help'] }),
      analysis(),
      catalogs,
      config,
    );
    expect(d.myths.map((m) => m.id)).toEqual(['myth.would_ask_for_help']);
  });
});
