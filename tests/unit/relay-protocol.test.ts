// The relay's pure parts: join codes, message validation, the rate-limit bucket, backoff and the room.

import { describe, expect, it } from 'vitest';
import type { VoteQuestion } from '../../src/core/classroom/classroom.ts';
import {
  CODE_ALPHABET,
  addressKey,
  LIMITS,
  TokenBucket,
  backoffMs,
  isJoinCode,
  makeJoinCode,
  normaliseCode,
  parseClientMessage,
  parseServerMessage,
} from '../../src/core/classroom/relay-protocol.ts';
import { Room } from '../../src/core/classroom/relay-room.ts';
import { seededRandom } from '../../src/core/encounter/random.ts';

const Q: VoteQuestion = {
  key: 'store.busy_saturday#2',
  prompt: 'What do you do next?',
  options: [
    { index: 0, text: 'Watch from a distance and note the details.' },
    { index: 3, text: 'Follow them into the car park.' },
  ],
};

describe('join codes', () => {
  it('use only characters that cannot be mistaken for each other', () => {
    for (const ch of '01OIL') expect(CODE_ALPHABET).not.toContain(ch);
    const random = seededRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = makeJoinCode(random);
      expect(isJoinCode(code)).toBe(true);
      expect(code).toHaveLength(LIMITS.codeLength);
      seen.add(code);
    }
    expect(seen.size).toBeGreaterThan(490);
  });

  it('never hand out a code that is taken', () => {
    let calls = 0;
    // The first two draws give "2222", which is taken; the next draw differs.
    const random = () => (calls++ < 8 ? 0 : 0.5);
    expect(makeJoinCode(random, (c) => c === '2222')).not.toBe('2222');
  });

  it('are read leniently from what a learner types', () => {
    expect(normaliseCode(' k7q-4 ')).toBe('K7Q4');
    expect(isJoinCode('K7Q4')).toBe(true);
    expect(isJoinCode('K7O4')).toBe(false);
    expect(isJoinCode('K7Q')).toBe(false);
  });
});

describe('client messages', () => {
  it('accept the documented shapes', () => {
    expect(parseClientMessage(JSON.stringify({ type: 'join', code: 'k7q4', voter: 'abcdefgh12' }))).toEqual({
      ok: true,
      value: { type: 'join', code: 'K7Q4', voter: 'abcdefgh12' },
    });
    // A first join has no voter id: the relay issues one.
    expect(parseClientMessage('{"type":"join","code":"K7Q4"}')).toEqual({
      ok: true,
      value: { type: 'join', code: 'K7Q4' },
    });
    expect(parseClientMessage(JSON.stringify({ type: 'open', question: Q }))).toEqual({
      ok: true,
      value: { type: 'open', question: Q },
    });
    expect(parseClientMessage('{"type":"vote","key":"k","option":3}').ok).toBe(true);
    expect(parseClientMessage('{"type":"host","token":"0123456789abcdefXYZ","resume":"K7Q4"}').ok).toBe(true);
  });

  it.each([
    ['not json', /not valid JSON/],
    ['"join"', /JSON object/],
    ['{"code":"K7Q4"}', /"type" must be a string/],
    ['{"type":"dance"}', /unknown type "dance"/],
    ['{"type":"join","code":"K7Q4","voter":"x"}', /"voter"/],
    ['{"type":"join","code":"K7Q4","voter":null}', /"voter"/],
    ['{"type":"join","code":"K7Q4","voter":"<script>alert(1)</script>"}', /"voter"/],
    ['{"type":"vote","key":"k","option":-1}', /"option"/],
    ['{"type":"vote","key":"k","option":1.5}', /"option"/],
    ['{"type":"vote","key":"","option":1}', /"key"/],
    ['{"type":"host","token":"short"}', /"token"/],
    ['{"type":"host","token":"0123456789abcdefXYZ","resume":"K7O4"}', /"resume"/],
    ['{"type":"open","question":{"key":"k","prompt":"p","options":[]}}', /"options"/],
    [
      '{"type":"open","question":{"key":"k","prompt":"p","options":[{"index":1,"text":"a"},{"index":1,"text":"b"}]}}',
      /options\[1\].*appears twice/,
    ],
    ['{"type":"open","question":{"key":"k","prompt":"p","options":[{"index":1}]}}', /options\[0\].*"text"/],
  ])('refuse %s with a reason naming the field', (raw, reason) => {
    const parsed = parseClientMessage(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });

  it('refuse over-long text', () => {
    const q = { ...Q, prompt: 'x'.repeat(LIMITS.maxPromptChars + 1) };
    const parsed = parseClientMessage(JSON.stringify({ type: 'open', question: q }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/"prompt" must be 1–500 characters/);
  });
});

describe('server messages', () => {
  it('are validated too', () => {
    expect(parseServerMessage('{"type":"tally","key":"k","tally":{"0":2,"3":1},"voters":4}')).toEqual({
      ok: true,
      value: { type: 'tally', key: 'k', tally: { 0: 2, 3: 1 }, voters: 4 },
    });
    expect(parseServerMessage('{"type":"tally","key":"k","tally":{"a":2},"voters":4}').ok).toBe(false);
    expect(parseServerMessage('{"type":"hosted","code":"K7Q4","url":"u"}').ok).toBe(false);
    expect(parseServerMessage('{"type":"question","question":null,"vote":null}').ok).toBe(true);
    expect(parseServerMessage('{"type":"surprise"}').ok).toBe(false);
    // "joined" carries the voter id the relay issued.
    expect(parseServerMessage('{"type":"joined","code":"K7Q4","voter":"AbC_12-xyz0123456789ab"}')).toEqual({
      ok: true,
      value: { type: 'joined', code: 'K7Q4', voter: 'AbC_12-xyz0123456789ab' },
    });
    expect(parseServerMessage('{"type":"joined","code":"K7Q4"}').ok).toBe(false);
    expect(parseServerMessage('{"type":"joined","code":"K7Q4","voter":"<b>x</b>"}').ok).toBe(false);
  });
});

describe('token bucket', () => {
  it('allows a burst, then refills at the set rate', () => {
    const b = new TokenBucket(3, 2, 0);
    expect([b.take(0), b.take(0), b.take(0), b.take(0)]).toEqual([true, true, true, false]);
    expect(b.take(400)).toBe(false); // 0.8 of a token
    expect(b.take(500)).toBe(true); // 1.0
    expect(b.has(500)).toBe(false);
    expect(b.full(10_000)).toBe(true);
    expect([b.take(10_000), b.take(10_000), b.take(10_000), b.take(10_000)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('address keys for the per-address limits', () => {
  it('keep IPv4 as is and group IPv6 by its /64', () => {
    expect(addressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:DB8:AA:BB:ffff::9')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('2001:0db8:00aa:00bb::1')).toBe(addressKey('2001:db8:aa:bb:9:9:9:9'));
  });
});

describe('backoff', () => {
  it('doubles up to a cap', () => {
    expect([0, 1, 2, 3, 10, 100].map((n) => backoffMs(n, 500, 8000))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
  });
});

describe('room', () => {
  const limits = { maxVoters: 3, maxPerAddress: 3, graceMs: 60_000 };

  it('counts one vote per voter per question, lets a voter change it, and forgets votes with the question', () => {
    const room = new Room('K7Q4', 1000, limits);
    expect(room.seat('a', 'ip1', 0)).toBe('ok');
    expect(room.seat('b', 'ip2', 0)).toBe('ok');
    expect(room.vote('a', Q.key, 0)).toBe('no-question');
    room.open(Q);
    expect(room.tally()).toEqual({ key: Q.key, tally: { 0: 0, 3: 0 }, voters: 2 });
    expect(room.vote('a', Q.key, 0)).toBe('ok');
    expect(room.vote('a', Q.key, 3)).toBe('ok');
    expect(room.vote('b', Q.key, 3)).toBe('ok');
    expect(room.vote('b', Q.key, 1)).toBe('unknown-option');
    expect(room.vote('b', 'other#1', 0)).toBe('stale-question');
    expect(room.vote('zz', Q.key, 0)).toBe('not-joined');
    expect(room.tally()).toEqual({ key: Q.key, tally: { 0: 0, 3: 2 }, voters: 2 });
    room.close();
    expect(room.tally()).toEqual({ key: null, tally: {}, voters: 2 });
    expect(room.voteOf('a')).toBeNull();
  });

  it('counts only connected voters; a voter back within the grace gets its vote back, never twice', () => {
    const room = new Room('K7Q4', 10 ** 9, limits);
    room.seat('a', 'ip1', 0);
    room.seat('b', 'ip1', 0);
    room.open(Q);
    room.vote('a', Q.key, 3);
    room.vote('b', Q.key, 3);
    room.leave('a', 1000);
    // Gone: its vote no longer counts, and it cannot vote.
    expect(room.tally()).toEqual({ key: Q.key, tally: { 0: 0, 3: 1 }, voters: 1 });
    expect(room.vote('a', Q.key, 0)).toBe('not-joined');
    // Back 59 s later with its id: the same seat and vote.
    expect(room.knows('a', 60_000)).toBe(true);
    expect(room.rejoin('a', 'ip1', 60_000)).toBe(true);
    expect(room.voteOf('a')).toBe(3);
    expect(room.tally()).toEqual({ key: Q.key, tally: { 0: 0, 3: 2 }, voters: 2 });
    // Gone for longer than the grace: seat and vote are dropped, so the id is unknown from then on.
    room.leave('a', 70_000);
    expect(room.knows('a', 129_999)).toBe(true);
    expect(room.knows('a', 130_000)).toBe(false);
    expect(room.rejoin('a', 'ip1', 130_000)).toBe(false);
    expect(room.voteOf('a')).toBeNull();
    expect(room.tally()).toEqual({ key: Q.key, tally: { 0: 0, 3: 1 }, voters: 1 });
  });

  it('caps seats per room and per address; a dropped voter holds its seat until its grace ends', () => {
    const room = new Room('K7Q4', 1000, { maxVoters: 4, maxPerAddress: 2, graceMs: 100 });
    expect(room.seat('a', 'nat', 0)).toBe('ok');
    expect(room.seat('b', 'nat', 0)).toBe('ok');
    expect(room.canSeat('nat', 0)).toBe('address-full');
    expect(room.seat('c', 'nat', 0)).toBe('address-full');
    expect(room.seat('c', 'other', 0)).toBe('ok');
    expect(room.seat('d', 'third', 0)).toBe('ok');
    expect(room.seat('e', 'fourth', 0)).toBe('full');
    expect(room.seatsFrom('nat')).toBe(2);
    room.leave('a', 10);
    expect(room.voters()).toBe(3);
    expect(room.canSeat('fifth', 109)).toBe('full');
    expect(room.canSeat('nat', 110)).toBe('ok');
    expect(room.seatsFrom('nat')).toBe(1);
  });

  it('expires at its time', () => {
    const room = new Room('K7Q4', 1000, limits);
    expect(room.expired(999)).toBe(false);
    expect(room.expired(1000)).toBe(true);
  });
});
