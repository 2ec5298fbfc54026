// The response ladder: every rung, each kind of mismatch, the table the README and debrief show,
// and old action ids from saves, suspend data, presenter messages and stored debriefs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDebrief, recommendedSteps } from '../../src/core/encounter/debrief.ts';
import type { AppConfig } from '../../src/core/config/config.ts';
import { expectedWords, LADDER_ROWS, ladderWords, stepWords } from '../../src/ui/learner/debrief-words.ts';
import {
  actionConflict,
  LADDER_TABLE,
  ladderOutcome,
  ladderRow,
  ladderTableMarkdown,
  worstLadderPoints,
} from '../../src/core/encounter/ladder.ts';
import { decodeSuspend, encodeSuspend, LZ_CODEC } from '../../src/core/lms/lms.ts';
import {
  upgradeDebriefActions,
  upgradeLog,
  type DecisionLog,
  type IncidentReport,
  type LogEntry,
} from '../../src/core/encounter/log.ts';
import { readMessage } from '../../src/core/classroom/presenter-protocol.ts';
import { evaluateReport } from '../../src/core/encounter/report.ts';
import { scoreLog } from '../../src/core/encounter/scoring.ts';
import { parseChoiceTags } from '../../src/core/tags/tags.ts';
import { normaliseAction, REPORT_ACTIONS, type ReportAction } from '../../src/core/vocabulary.ts';
import { readPersisted } from '../../src/state/store.ts';
import { analysis, defaultConfig, meta, realCatalogs } from './helpers.ts';

const catalogs = realCatalogs();
const ROOT = join(import.meta.dirname, '..', '..');

describe('the response ladder', () => {
  it('runs from nothing to the emergency number in the order of post orders', () => {
    expect(REPORT_ACTIONS).toEqual(['none', 'log', 'supervisor', 'hotline', 'police', 'emergency']);
  });

  it('scores every rung +2 when it is the one required, with no critical error', () => {
    for (const rung of REPORT_ACTIONS) {
      for (const minor of [false, true]) {
        const o = ladderOutcome(rung, rung, minor);
        expect(o, `${rung} ${minor}`).toEqual({
          case: 'right',
          verdict: 'right',
          points: { report: 2 },
          critical: [],
        });
      }
    }
  });

  it('tolerates one rung over, and gives nothing for more', () => {
    expect(ladderOutcome('supervisor', 'log', false)).toMatchObject({
      case: 'over_one',
      points: { report: 1 },
    });
    expect(ladderOutcome('hotline', 'supervisor', false)).toMatchObject({
      case: 'over_one',
      points: { report: 1 },
    });
    expect(ladderOutcome('emergency', 'police', false)).toMatchObject({
      case: 'over_one',
      points: { report: 1 },
    });
    expect(ladderOutcome('hotline', 'log', false)).toMatchObject({
      case: 'over_more',
      points: { report: 0 },
    });
    expect(ladderOutcome('hotline', 'none', false).points).toEqual({ report: 0 });
  });

  it('charges voice & choice when police or the emergency number are called about an adult in no danger', () => {
    for (const action of ['police', 'emergency'] as const) {
      for (const required of ['none', 'log', 'supervisor', 'hotline'] as const) {
        const o = ladderOutcome(action, required, false);
        expect(o.case, `${action} for ${required}`).toBe('over_police');
        expect(o.points).toEqual({ report: 0, choice: -2 });
        expect(o.critical).toEqual([]);
      }
    }
    // Not for a minor: over-escalating a concern about a child is never charged on voice & choice.
    expect(ladderOutcome('police', 'hotline', true)).toMatchObject({
      case: 'over_one',
      points: { report: 1 },
    });
    expect(ladderOutcome('emergency', 'supervisor', true).points).toEqual({ report: 0 });
    expect(ladderRow(ladderOutcome('emergency', 'hotline', false)).why).toMatch(/overrides that choice/);
  });

  it('scores too little −2, critical when an emergency or a minor was missed', () => {
    expect(ladderOutcome('log', 'hotline', false)).toEqual({
      case: 'under',
      verdict: 'under',
      points: { report: -2 },
      critical: [],
    });
    expect(ladderOutcome('police', 'emergency', false).critical).toEqual(['no_emergency_call']);
    // A minor: anything below police and child protection, from the hotline rung up, is critical.
    for (const action of ['none', 'log', 'supervisor', 'hotline'] as const)
      expect(ladderOutcome(action, 'police', true).critical, action).toEqual(['minor_not_escalated']);
    expect(ladderOutcome('supervisor', 'emergency', true).critical).toEqual([
      'no_emergency_call',
      'minor_not_escalated',
    ]);
    // Police were told about the child, though the emergency number was needed: one error, not two.
    expect(ladderOutcome('police', 'emergency', true).critical).toEqual(['no_emergency_call']);
    // Below the hotline rung a minor's path is not yet a minor's escalation.
    expect(ladderOutcome('none', 'supervisor', true).critical).toEqual([]);
  });

  it('knows the worst the report can do to each dimension', () => {
    expect(worstLadderPoints('hotline', false)).toEqual({ report: -2, choice: -2 });
    expect(worstLadderPoints('hotline', true)).toEqual({ report: -2 });
    expect(worstLadderPoints('emergency', false)).toEqual({ report: -2 });
  });

  it('is documented in stories/README.md exactly as the code scores it', () => {
    const readme = readFileSync(join(ROOT, 'stories', 'README.md'), 'utf8');
    const block = /<!-- LADDER:START[^>]*-->([\s\S]*?)<!-- LADDER:END -->/.exec(readme)?.[1] ?? '';
    const norm = (s: string) =>
      s
        .split('\n')
        .map((l) =>
          l
            .replace(/\s*\|\s*/g, '|')
            .replace(/-{3,}/g, '---')
            .trim(),
        )
        .filter(Boolean)
        .join('\n');
    expect(norm(block)).toBe(norm(ladderTableMarkdown()));
    expect(LADDER_TABLE.length).toBe(7);
  });

  it('is worded in the English debrief exactly as the README has it, row for row', () => {
    expect(LADDER_ROWS).toEqual(LADDER_TABLE.map((r) => r.case));
    for (const r of LADDER_TABLE)
      expect(ladderWords(r.case)).toEqual({ when: r.when, points: r.points, why: r.why });
  });
});

const REPORT = (action: ReportAction): IncidentReport => ({
  observed: [],
  who: 'a man',
  when: '2 am',
  where: 'lobby',
  action,
  notes: '',
});

/** The recommended steps as the debrief words them (in English). */
const said = (required: ReportAction, minor: boolean, config: AppConfig): string =>
  recommendedSteps(required, minor)
    .map((s) => stepWords(s, config))
    .join(' ');

describe('the debrief says what policy expected, and why', () => {
  const log = (required: ReportAction, action: ReportAction): DecisionLog => [
    { kind: 'start', at: 0, encounterId: 'hotel.test', contentHash: '', seed: 1, mode: 'practice' },
    { kind: 'shown', at: 1, facts: { indicators: [], requires: required } },
    { kind: 'report', at: 2, report: REPORT(action) },
    { kind: 'end', at: 3 },
  ];
  const config = defaultConfig();

  it('over-escalating for an adult shows the voice & choice rationale and scores it below zero', () => {
    const d = buildDebrief(log('supervisor', 'emergency'), meta(), analysis(), catalogs, config);
    expect(d.action?.verdict).toBe('over');
    expect(d.action?.outcome).toBe('over_police');
    expect(expectedWords(d.action!.required, false, config)).toContain('the security control room');
    expect(d.dimensions.find((x) => x.id === 'choice')?.score).toBe(-2);
  });

  it('names police and the configured child-protection contact for a minor', () => {
    expect(expectedWords('police', true, config)).toContain(config.contacts.childProtection.name);
    const steps = said('police', true, config);
    expect(steps).toContain(`police and ${config.contacts.childProtection.name}`);
    const d = buildDebrief(log('police', 'police'), meta({ minor: true }), analysis(), catalogs, config);
    expect(d.critical).toEqual([]);
    expect(d.action?.verdict).toBe('right');
  });

  it('states hotline facts only as the configuration has them', () => {
    const c = defaultConfig();
    c.contacts.hotline = { name: 'the line', phone: '1', text: '' };
    expect(said('hotline', false, c)).not.toMatch(/police line|consent|languages/);
    c.contacts.hotline = { ...c.contacts.hotline, isPolice: true, consentBased: true };
    const steps = said('hotline', false, c);
    expect(steps).toContain('It is a police line.');
    expect(steps).toContain('only with the person');
  });
});

describe('act-phase actions against the report', () => {
  const choiceEntry = (text: string, ...tags: string[]): LogEntry => ({
    kind: 'choice',
    at: 1,
    index: 0,
    choiceId: `k.${text}`,
    knot: 'k',
    text,
    tags: parseChoiceTags(tags).value,
    options: [],
  });
  const shown = (requires: ReportAction): LogEntry => ({
    kind: 'shown',
    at: 1,
    facts: { indicators: [], requires },
  });

  it('finds a rewarded action the report then scores as wrong', () => {
    const log = [
      shown('hotline'),
      choiceEntry('Radio the control room', 'score: report +2', 'action: supervisor', 'why: w'),
    ];
    expect(actionConflict(log, 'hotline', false)).toMatchObject({
      choice: 'Radio the control room',
      action: 'supervisor',
      required: 'hotline',
      outcome: { verdict: 'under' },
    });
    // Rewarded for calling police about an adult the story says is in no danger: over.
    const over = [
      shown('supervisor'),
      choiceEntry('Call police', 'score: safety +1', 'action: police', 'why: w'),
    ];
    expect(actionConflict(over, 'supervisor', false)?.outcome.case).toBe('over_police');
  });

  it('accepts a consistent path, an unrewarded action, and a situation that became an emergency later', () => {
    const ok = [
      shown('supervisor'),
      choiceEntry('Radio', 'score: report +2', 'action: supervisor', 'why: w'),
    ];
    expect(actionConflict(ok, 'supervisor', false)).toBeNull();
    const wrong = [
      shown('hotline'),
      choiceEntry('Radio and wait', 'score: safety -2', 'action: supervisor', 'why: w'),
    ];
    expect(actionConflict(wrong, 'hotline', false)).toBeNull();
    const later = [...ok, shown('emergency')];
    expect(actionConflict(later, 'emergency', false)).toBeNull();
    // The most urgent rewarded action counts: radio first, then the emergency call.
    const both = [...later, choiceEntry('Call 911', 'score: safety +3', 'action: emergency', 'why: w')];
    expect(actionConflict(both, 'emergency', false)).toBeNull();
  });
});

describe('old action ids still load', () => {
  it('maps "document" to "log" and keeps every current id', () => {
    expect(normaliseAction('document')).toBe('log');
    for (const a of REPORT_ACTIONS) expect(normaliseAction(a)).toBe(a);
    expect(normaliseAction('arrest')).toBeUndefined();
    expect(normaliseAction(3)).toBeUndefined();
  });

  it('upgrades a saved decision log, so it scores as the learner recorded it', () => {
    const old = [
      { kind: 'start', at: 0, encounterId: 'hotel.test', contentHash: '', seed: 1, mode: 'practice' },
      { kind: 'shown', at: 1, facts: { indicators: [], requires: 'document' } },
      { kind: 'report', at: 2, report: { ...REPORT('log'), action: 'document' } },
      { kind: 'end', at: 3 },
    ] as unknown as DecisionLog;
    const log = upgradeLog(old);
    expect(log[1]).toMatchObject({ facts: { requires: 'log' } });
    expect(log[2]).toMatchObject({ report: { action: 'log' } });
    const sheet = scoreLog(log, meta(), analysis(), catalogs);
    expect(sheet.evaluation?.verdict).toBe('right');
    // A current log comes back as the same object.
    expect(upgradeLog(log)).toBe(log);
  });

  it('upgrades a persisted session, set-aside sessions and the last debrief', () => {
    const session = {
      encounterId: 'hotel.test',
      story: '{}',
      state: {
        log: [{ kind: 'report', at: 2, report: { ...REPORT('log'), action: 'document' } }],
        transcript: [],
      },
    };
    const p = readPersisted({
      session,
      setAside: [session],
      // A whole debrief (the reader drops a damaged one, audit L3), saved with the old action ids.
      lastDebrief: {
        encounter: { id: 'hotel.test', title: 'T', setting: 'hotel', situation: 'none', minor: false },
        mode: 'practice',
        critical: [],
        dimensions: [],
        total: { score: 0, max: 0, percent: 0 },
        noticed: [],
        missed: [],
        notSeen: [],
        wronglyFlagged: [],
        decisions: [],
        action: { chosen: 'document', required: 'supervisor', verdict: 'under' },
        recommended: [],
        myths: [],
        contactsReviewed: true,
      },
    });
    expect(p.session?.state.log[0]).toMatchObject({ report: { action: 'log' } });
    expect(p.setAside[0]?.state.log[0]).toMatchObject({ report: { action: 'log' } });
    expect(p.lastDebrief?.action).toMatchObject({ chosen: 'log', required: 'supervisor' });
    expect(upgradeDebriefActions({ action: undefined })).toEqual({ action: undefined });
  });

  it('reads SCORM suspend data written with the first ladder’s codes', () => {
    // Codes 0–4 were none, document, supervisor, hotline, emergency: packed as the first version wrote it.
    const packed = (code: number) =>
      LZ_CODEC.compress(JSON.stringify([1, 0, [], 0, [7, 0, [0, 1], [[], 'w', 'h', 'e', code, '']]]));
    expect(decodeSuspend('s', packed(1)).session?.report?.action).toBe('log');
    expect(decodeSuspend('s', packed(4)).session?.report?.action).toBe('emergency');
    expect(decodeSuspend('s', packed(3)).session?.report?.action).toBe('hotline');
    // The new rung takes a new code and round-trips.
    for (const action of REPORT_ACTIONS) {
      const state = {
        current: 0,
        results: [],
        interactions: 0,
        session: { seed: 7, mode: 'practice' as const, choices: [0], report: REPORT(action) },
      };
      expect(decodeSuspend('s', encodeSuspend(state)).session?.report?.action).toBe(action);
    }
  });

  it('accepts an old action id from a presenter on an older build', () => {
    const msg = readMessage({
      v: 1,
      type: 'report',
      report: { observed: [], who: '', when: '', where: '', action: 'document', notes: '' },
    });
    expect(msg).toMatchObject({ report: { action: 'log' } });
  });

  it('evaluates a report with the ladder outcome attached', () => {
    const log: DecisionLog = [
      { kind: 'shown', at: 1, facts: { indicators: [], requires: 'police' } },
      { kind: 'report', at: 2, report: REPORT('supervisor') },
    ];
    const ev = evaluateReport(
      REPORT('supervisor'),
      { seen: new Set(), seenAt: new Map(), required: 'police', phase: 'report', ended: false },
      meta({ minor: true }),
      analysis(),
      catalogs,
    );
    expect(ev.critical).toEqual(['minor_not_escalated']);
    expect(scoreLog(log, meta({ minor: true }), analysis(), catalogs).evaluation?.outcome.case).toBe('under');
  });
});
