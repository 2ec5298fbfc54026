import { describe, expect, it } from 'vitest';
import { recordChoice, receiveStep, startEncounter } from '../../src/core/encounter/encounter.ts';
import {
  addHands,
  askClass,
  classRecord,
  combinedTally,
  createClassSession,
  decide,
  decisionKey,
  distribution,
  majority,
  openDecision,
  passDiscussion,
  pauseFor,
  PresenterError,
  reveal,
  setHands,
  setPhones,
  TAKEN_BY,
  takeMajority,
  voteQuestion,
  type ClassSession,
} from '../../src/core/classroom/presenter.ts';
import { MSG, ProtocolError, readMessage } from '../../src/core/classroom/presenter-protocol.ts';
import { choice, line, step } from './helpers.ts';

const OPTIONS = [
  { index: 0, text: 'Say hello' },
  { index: 1, text: 'Ask for ID' },
  { index: 2, text: 'Call the hotline' },
];

function withDecision(): { s: ClassSession; key: string } {
  const s = askClass(createClassSession('hotel.test'), 0, OPTIONS);
  return { s, key: decisionKey('hotel.test', 0) };
}

describe('class session: votes', () => {
  it('opens a decision per step and keeps its votes when asked again', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    expect(openDecision(s)?.key).toBe(key);
    s = setHands(s, key, 1, 4);
    s = askClass(s, 0, OPTIONS);
    expect(s.decisions).toHaveLength(1);
    expect(s.decisions[0]?.hands).toEqual({ 1: 4 });
  });

  it('merges hands and phones per option', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    s = setHands(s, key, 0, 3);
    s = setHands(s, key, 2, 1);
    s = setPhones(s, key, { 0: 2, 2: 5, 7: 9 }, 7);
    const d = openDecision(s)!;
    expect(combinedTally(d)).toEqual({ 0: 5, 1: 0, 2: 6 });
    expect(d.phones).toEqual({ 0: 2, 2: 5 }); // option 7 is not on offer
    expect(d.phoneVoters).toBe(7);
  });

  it('adds and removes hands without going below zero', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    s = addHands(s, key, 1, 1);
    s = addHands(s, key, 1, 1);
    s = addHands(s, key, 1, -5);
    expect(openDecision(s)?.hands[1]).toBe(0);
    s = addHands(s, key, 1, 1);
    expect(openDecision(s)?.hands[1]).toBe(1);
  });

  it('refuses a bad hand count or an option not on offer, with the reason', () => {
    const { s, key } = withDecision();
    expect(() => setHands(s, key, 1, -1)).toThrow(/whole number from 0/);
    expect(() => setHands(s, key, 1, 2.5)).toThrow(PresenterError);
    expect(() => setHands(s, key, 9, 1)).toThrow(/option 9 is not on offer/);
    expect(() => setHands(s, 'hotel.test#5', 0, 1)).toThrow(/no decision "hotel.test#5"/);
  });

  it('gives a distribution whose percentages add up to 100', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    s = setHands(s, key, 0, 1);
    s = setHands(s, key, 1, 1);
    s = setHands(s, key, 2, 1);
    const rows = distribution(openDecision(s)!);
    expect(rows.map((r) => r.votes)).toEqual([1, 1, 1]);
    expect(rows.reduce((a, r) => a + r.percent, 0)).toBe(100);
    expect(rows.map((r) => r.percent).sort()).toEqual([33, 33, 34]);
    const empty = distribution(openDecision(withDecision().s)!);
    expect(empty.map((r) => r.percent)).toEqual([0, 0, 0]);
  });
});

describe('class session: majority, tie rule and override', () => {
  it('takes the option with the most votes', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    s = setHands(s, key, 0, 2);
    s = setHands(s, key, 2, 5);
    const taken = takeMajority(s, key);
    expect(taken.index).toBe(2);
    expect(taken.session.decisions[0]?.taken).toEqual({ index: 2, by: TAKEN_BY.majority });
    expect(openDecision(taken.session)).toBeUndefined();
  });

  it('has no majority on a tie or with no votes, and says so', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    expect(majority(openDecision(s)!)).toEqual({ index: null, tied: [], total: 0 });
    expect(() => takeMajority(s, key)).toThrow(/nobody has voted/);
    s = setHands(s, key, 0, 3);
    s = setPhones(s, key, { 1: 3 }, 3);
    expect(majority(openDecision(s)!)).toEqual({ index: null, tied: [0, 1], total: 6 });
    expect(() => takeMajority(s, key)).toThrow(/options 1 and 2 are tied/);
    // The instructor breaks the tie; the record says there was no majority.
    expect(decide(s, key, 1).decisions[0]?.taken).toEqual({ index: 1, by: TAKEN_BY.instructor });
  });

  it('records an override when the instructor takes another option than the majority', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    s = setHands(s, key, 0, 9);
    s = decide(s, key, 1);
    expect(s.decisions[0]?.taken).toEqual({ index: 1, by: TAKEN_BY.override });
    expect(() => decide(s, key, 0)).toThrow(/already been taken/);
    expect(() => setHands(s, key, 0, 1)).toThrow(/already been taken/);
  });

  it('ignores phone tallies for a decision already taken', () => {
    const w = withDecision();
    const key = w.key;
    let s = w.s;
    s = decide(s, key, 0);
    expect(setPhones(s, key, { 1: 4 }, 4)).toBe(s);
  });

  it('builds the question the relay shows on phones', () => {
    const { s } = withDecision();
    expect(voteQuestion(openDecision(s)!, 'What now?')).toEqual({
      key: 'hotel.test#0',
      prompt: 'What now?',
      options: OPTIONS,
    });
  });
});

describe('class session: discussion and reveal', () => {
  it('pauses on each prompt in turn and remembers where they came', () => {
    let s = createClassSession('hotel.test');
    s = pauseFor(s, 2, ['First?', 'Second?']);
    expect(s.pending).toEqual(['First?', 'Second?']);
    s = passDiscussion(s);
    expect(s.pending).toEqual(['Second?']);
    s = passDiscussion(passDiscussion(s));
    expect(s.pending).toEqual([]);
    expect(s.discussions).toEqual([
      { step: 2, question: 'First?' },
      { step: 2, question: 'Second?' },
    ]);
    expect(pauseFor(s, 3, [])).toBe(s);
  });

  it('keeps scores hidden until revealed', () => {
    const s = createClassSession('hotel.test');
    expect(s.revealed).toBe(false);
    expect(reveal(s).revealed).toBe(true);
  });
});

describe('class record alongside the decision log', () => {
  it('lays the vote at each decision on the path the log records', () => {
    const choices = [choice(0, 'Say hello'), choice(1, 'Ask for ID'), choice(2, 'Call the hotline')];
    let enc = startEncounter({ encounterId: 'hotel.test', contentHash: 'h', seed: 1, mode: 'assessment' }, 0);
    enc = receiveStep(enc, step([line('Evening.')], choices), 1);
    let s = pauseFor(createClassSession('hotel.test'), 0, ['What do you see?']);
    s = askClass(s, 0, OPTIONS);
    s = setHands(s, decisionKey('hotel.test', 0), 1, 6);
    s = setHands(s, decisionKey('hotel.test', 0), 0, 2);
    s = decide(s, decisionKey('hotel.test', 0), 0); // override: the majority wanted option 2
    enc = recordChoice(enc, 0, 2);
    enc = receiveStep(enc, step([line('He nods.')], choices), 3);
    s = askClass(s, 1, OPTIONS);
    s = setHands(s, decisionKey('hotel.test', 1), 2, 3);
    s = takeMajority(s, decisionKey('hotel.test', 1)).session;
    enc = recordChoice(enc, 2, 4);

    const rows = classRecord(s, enc.log);
    expect(rows.map((r) => r.text)).toEqual(['Say hello', 'Call the hotline']);
    expect(rows.map((r) => r.by)).toEqual([TAKEN_BY.override, TAKEN_BY.majority]);
    expect(rows[0]?.majorityText).toBe('Ask for ID');
    expect(rows[1]?.majorityText).toBeUndefined();
    expect(rows[0]?.votes.map((v) => v.votes)).toEqual([2, 6, 0]);
    expect(rows[0]?.discussed).toEqual(['What do you see?']);
    expect(rows[1]?.discussed).toEqual([]);
  });

  it('does not invent a vote for a choice the class session did not record', () => {
    const choices = [choice(0, 'Say hello'), choice(1, 'Ask for ID')];
    let enc = startEncounter({ encounterId: 'hotel.test', contentHash: 'h', seed: 1, mode: 'assessment' }, 0);
    enc = receiveStep(enc, step([line('Evening.')], choices), 1);
    let s = askClass(createClassSession('hotel.test'), 0, OPTIONS);
    s = decide(s, decisionKey('hotel.test', 0), 0);
    enc = recordChoice(enc, 1, 2); // the log took option 1, not the voted option 0
    const [row] = classRecord(s, enc.log);
    expect(row?.text).toBe('Ask for ID');
    expect(row?.by).toBeUndefined();
    expect(row?.votes).toEqual([]);
  });
});

describe('presenter messages', () => {
  it('reads well-formed commands', () => {
    expect(readMessage({ type: MSG.hands, key: 'a#0', index: 1, count: 3 })).toEqual({
      type: MSG.hands,
      key: 'a#0',
      index: 1,
      count: 3,
    });
    expect(readMessage({ type: MSG.reveal, extra: 1 })).toEqual({ type: MSG.reveal });
    const report = { observed: ['x'], who: 'a', when: 'b', where: 'c', action: 'hotline', notes: '' };
    expect(readMessage({ type: MSG.report, report })).toEqual({ type: MSG.report, report });
  });

  it('refuses malformed messages, naming the field', () => {
    expect(() => readMessage(null)).toThrow(ProtocolError);
    expect(() => readMessage({ type: 'dance' })).toThrow(/unknown type "dance"/);
    expect(() => readMessage({ type: MSG.hands, key: 'a#0', index: 1, count: '3' })).toThrow(
      /field "count" must be a whole number \(got "3"\)/,
    );
    expect(() => readMessage({ type: MSG.choose, index: 1 })).toThrow(/field "key" must be a string/);
    expect(() =>
      readMessage({
        type: MSG.report,
        report: { observed: [], who: '', when: '', where: '', action: 'arrest', notes: '' },
      }),
    ).toThrow(/report.action" must be one of/);
    expect(() => readMessage({ type: MSG.state, snapshot: { encounterId: 'x' } })).toThrow(/session/);
  });
});
