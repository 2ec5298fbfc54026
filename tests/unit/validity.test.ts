import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  encounterValidity,
  firstAnswer,
  isAcceptable,
  libraryValidity,
  meetsLongestFloor,
  naivePlayers,
  normaliseWording,
  recurringWordings,
  setFigures,
  setShares,
  wordingSimilarity,
  type ExploredValidity,
  type PlayGraph,
  type SetOption,
} from '../../src/core/encounter/validity.ts';
import { VALIDITY_TARGETS } from '../../src/core/encounter/validity-targets.ts';

const opt = (text: string, scores: Record<string, number> = {}, critical: string[] = []): SetOption => ({
  text,
  scores,
  critical,
});

/** The best option is also the longest; one acceptable option; the others are plain wrong. */
const LONGEST_IS_BEST = [
  opt('Go up and knock', { safety: -2 }),
  opt('Keep watching quietly and write down what you see', { observe: 1, document: 1 }),
  opt('Ignore it', { observe: -1 }),
];
/** Two acceptable options (0 and +2); the longest is the 0 one. */
const TWO_ACCEPTABLE = [
  opt('Ask her name', { trust: 2 }),
  opt('Wait by the desk and say nothing for now', {}),
  opt('Demand her ID', { trust: -1, choice: -1 }),
];
/** Every alternative to the best is a critical error. */
const CRITICAL_ONLY = [
  opt('"Is it OK to talk?"', { trust: 2 }),
  opt('"Who are you with?" to him', { safety: -2 }, ['confront_controller']),
  opt('"Show me your passport"', { trust: -2 }, ['take_documents']),
  opt('"You are a victim"', { trust: -1 }, ['label_victim']),
];

describe('one scored choice set', () => {
  it('a set where the longest option is best', () => {
    const f = setFigures(LONGEST_IS_BEST);
    expect(f.size).toBe(3);
    expect(f.acceptable).toBe(1);
    expect(f.best).toEqual([1]);
    expect(f.longest).toEqual([1]);
    expect(f.bestIsLongest).toBe(1);
    expect(f.shortest).toEqual([2]);
    expect(f.bestIsShortest).toBe(0);
    expect(f.chance).toBeCloseTo(1 / 3);
    expect(f.allAlternativesCritical).toBe(false);
  });

  it('a set with two acceptable options (a score of 0 counts, a negative sum does not)', () => {
    const f = setFigures(TWO_ACCEPTABLE);
    expect(f.acceptable).toBe(2);
    expect(f.best).toEqual([0]);
    expect(f.longest).toEqual([1]);
    expect(f.bestIsLongest).toBe(0);
    // "Ask her name" is one character shorter than "Demand her ID", and best.
    expect(f.shortest).toEqual([0]);
    expect(f.bestIsShortest).toBe(1);
    expect(isAcceptable(opt('mixed', { trust: 1, safety: -1 }))).toBe(true);
    expect(isAcceptable(opt('mixed', { trust: 1, safety: -2 }))).toBe(false);
    expect(isAcceptable(opt('critical but scored up', { trust: 1 }, ['x']))).toBe(false);
  });

  it('a set whose every alternative is critical', () => {
    const f = setFigures(CRITICAL_ONLY);
    expect(f.allAlternativesCritical).toBe(true);
    expect(f.acceptable).toBe(1);
    expect(f.chance).toBe(1 / 4);
  });

  it('the best is never a critical option while a non-critical one exists', () => {
    const f = setFigures([opt('a', { trust: -1 }), opt('b', { trust: 3 }, ['x'])]);
    expect(f.best).toEqual([0]);
    expect(f.allAlternativesCritical).toBe(true);
    expect(setFigures([opt('a', { trust: -1 }, ['x']), opt('b', { trust: -2 }, ['y'])]).best).toEqual([0]);
  });

  it('handles ties: tied best options share the chance; tied longest options share the hit', () => {
    const f = setFigures([opt('abcd', { trust: 1 }), opt('wxyz', { trust: 0 }), opt('ab', { trust: 1 })]);
    expect(f.best).toEqual([0, 2]);
    expect(f.longest).toEqual([0, 1]);
    expect(f.bestIsLongest).toBe(1 / 2);
    expect(f.shortest).toEqual([2]);
    expect(f.bestIsShortest).toBe(1);
    expect(setFigures([opt('ab', { trust: 1 }), opt('cd', {}), opt('efg', {})]).bestIsShortest).toBe(1 / 2);
    expect(f.chance).toBe(2 / 3);
    // Every option best: no alternatives, so not "all alternatives critical".
    expect(setFigures([opt('a', { trust: 1 }), opt('b', { trust: 1 })]).allAlternativesCritical).toBe(false);
  });

  it('counts length in characters, not UTF-16 units', () => {
    const f = setFigures([opt('é'.normalize('NFC').repeat(3), { trust: 1 }), opt('👋👋', {})]);
    expect(f.longest).toEqual([0]);
  });
});

describe('shares over sets', () => {
  it('pools sets with known figures', () => {
    const s = setShares([
      { options: LONGEST_IS_BEST },
      { options: TWO_ACCEPTABLE },
      { options: CRITICAL_ONLY },
    ]);
    expect(s.sets).toBe(3);
    expect(s.meanAcceptable).toBeCloseTo(4 / 3);
    expect(s.twoOrMoreAcceptable).toBeCloseTo(1 / 3);
    // Longest: set 1 best (1), set 2 not (0), set 3 the "Who are you with?" line, critical (0).
    expect(s.bestIsLongest).toBeCloseTo(1 / 3);
    // Shortest: set 1 "Ignore it" (0), set 2 "Ask her name", best (1), set 3 "You are a victim" (0).
    expect(s.bestIsShortest).toBeCloseTo(1 / 3);
    expect(s.chance).toBeCloseTo((1 / 3 + 1 / 3 + 1 / 4) / 3);
    expect(s.allAlternativesCritical).toBeCloseTo(1 / 3);
    expect(setShares([]).sets).toBe(0);
  });
});

describe('recurring wordings', () => {
  it('normalises case and punctuation', () => {
    expect(normaliseWording('"I\'m with Hotel security. I’m NOT the police!"')).toBe(
      'im with hotel security im not the police',
    );
    expect(wordingSimilarity('Step back, call 911.', 'step back call 911')).toBe(1);
    expect(wordingSimilarity('a b c d', 'a b x y')).toBe(2 / 6);
  });

  it('groups a wording repeated across encounters, with its files, and ignores repeats within one', () => {
    const groups = recurringWordings([
      {
        encounter: 'hotel.a',
        file: 'a.ink',
        text: "I'm with hotel security. I'm not the police. Is it OK to talk?",
      },
      {
        encounter: 'store.b',
        file: 'b.ink',
        text: "I'm with store security. I'm not the police. Is it OK to talk?",
      },
      {
        encounter: 'transit.c',
        file: 'c.ink',
        text: "I'm with station security, not the police. OK to talk?",
      },
      {
        encounter: 'transit.c',
        file: 'c.ink',
        text: "I'm with station security, not the police. OK to talk?",
      },
      {
        encounter: 'hotel.a',
        file: 'a.ink',
        text: "I'm with hotel security. I'm not the police. Can we talk?",
      },
      { encounter: 'store.b', file: 'b.ink', text: 'Call the control room and wait' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.encounters).toBe(3);
    expect(groups[0]!.uses.map((u) => u.file)).toEqual(['a.ink', 'b.ink', 'c.ink', 'a.ink']);
    // The same wording twice in one encounter is not a recurrence.
    expect(
      recurringWordings([
        { encounter: 'x', file: 'x.ink', text: 'Same words' },
        { encounter: 'x', file: 'x.ink', text: 'Same words!' },
      ]),
    ).toEqual([]);
  });
});

describe('naive players', () => {
  // root: first/longest option "a long wrong line" (-1) or "ok" (+2), both to mid;
  // mid: "x" (+1), "the longest line here" (+2), "no" (-2, critical) to the end; a failing option.
  const graph: PlayGraph = {
    root: 'r',
    nodes: {
      r: {
        options: [
          { text: 'a long wrong line', points: -1, next: 'm' },
          { text: 'ok', points: 2, next: 'm' },
          { text: 'a choice that fails and is never a way on', points: 9, next: null },
        ],
      },
      m: {
        options: [
          { text: 'x', points: 1, next: 'end' },
          { text: 'the longest line here', points: 2, next: 'end' },
          { text: 'no', points: -2, next: 'end' },
          { text: 'back to the start, longer than any other line', points: 5, next: 'r' },
        ],
      },
      end: { options: [] },
    },
  };

  it('plays the longest, the shortest, the first and the random option, and finds the best path', () => {
    const p = naivePlayers(graph);
    expect(p.longest).toBe(-1 + 2);
    // "ok" then "x"; the failing option and the way back to the start are never on offer.
    expect(p.shortest).toBe(2 + 1);
    expect(p.first).toBe(-1 + 1);
    expect(p.random).toBeCloseTo((-1 + 2) / 2 + (1 + 2 - 2) / 3);
    expect(p.best).toBe(4);
  });

  it('scores an unknown root (the explorer stopped) as nothing', () => {
    expect(naivePlayers({ root: 'gone', nodes: {} })).toEqual({
      longest: 0,
      shortest: 0,
      first: 0,
      random: 0,
      best: 0,
    });
  });

  it('breaks a tie for the shortest by taking the first of them', () => {
    const tie: PlayGraph = {
      root: 'r',
      nodes: {
        r: {
          options: [
            { text: 'a longer line', points: 0, next: null },
            { text: 'no', points: -1, next: 'end' },
            { text: 'ok', points: 2, next: 'end' },
          ],
        },
        end: { options: [] },
      },
    };
    expect(naivePlayers(tie).shortest).toBe(-1);
  });

  it('finds who discloses on the first question', () => {
    const g: PlayGraph = {
      root: 'r',
      nodes: {
        r: {
          options: [
            { text: 'hello', points: 0, next: 'm', voices: { ana: [] } },
            { text: 'look', points: 0, next: 'm' },
          ],
        },
        m: { options: [{ text: 'ask', points: 0, next: null, voices: { ana: ['i.1'], bo: ['i.2'] } }] },
      },
    };
    // Via "look", Ana's first answer shows an indicator; Bo's only answer does.
    expect(firstAnswer(g, 'ana')).toEqual({ answers: true, disclosesOnFirst: true });
    expect(firstAnswer(g, 'bo')).toEqual({ answers: true, disclosesOnFirst: true });
    expect(firstAnswer(g, 'cy')).toEqual({ answers: false, disclosesOnFirst: false });
    const only = { ...g, nodes: { ...g.nodes, r: { options: [g.nodes['r']!.options[0]!] } } };
    expect(firstAnswer(only, 'ana')).toEqual({ answers: true, disclosesOnFirst: false });
  });
});

describe('encounter and library figures against the targets', () => {
  const raw = (
    sets: SetOption[][],
    players = { longest: 3, shortest: 1, first: 2, random: 1, best: 4 },
  ): ExploredValidity => ({
    sets: sets.map((options) => ({ options, knot: 'k', path: [], variants: [1] })),
    players: [players, { ...players, longest: players.longest - 2 }],
    characters: [
      { id: 'ana', name: 'Ana', indicators: ['i.1'], answers: true, disclosesOnFirst: true },
      { id: 'bo', name: 'Bo', indicators: [], answers: true, disclosesOnFirst: false },
      { id: 'cy', name: 'Cy', indicators: ['i.2'], answers: true, disclosesOnFirst: false },
    ],
    scene: [],
  });

  it('averages the players over variants and counts disclosure among characters who answer and show a sign', () => {
    const e = encounterValidity('hotel.a', 'a.ink', raw([LONGEST_IS_BEST]));
    expect(e.points.longest).toBe(2);
    expect(e.percent).toEqual({ longest: 50, shortest: 25, first: 50, random: 25 });
    expect(e.disclosure).toEqual({ characters: 2, disclose: 1, share: 0.5 });
    expect(e.bestWordings).toEqual(['Keep watching quietly and write down what you see']);
  });

  it('checks each target at its threshold', () => {
    const bad = encounterValidity('hotel.a', 'a.ink', raw([LONGEST_IS_BEST, CRITICAL_ONLY]));
    const results = Object.fromEntries(checkTargets(bad, []).map((r) => [r.target, r.met]));
    expect(results).toEqual({
      bestIsLongest: false, // 50% against a chance of 29%
      bestIsLongestFloor: true,
      twoOrMoreAcceptable: false,
      allAlternativesCritical: false,
      recurringWording: true,
      longestPlayer: true, // exactly 50%
      shortestPlayer: true, // 25%
    });
    const good = encounterValidity(
      'hotel.b',
      'b.ink',
      raw([TWO_ACCEPTABLE, TWO_ACCEPTABLE.slice(0, 2)], {
        longest: 3,
        shortest: 1,
        first: 0,
        random: 0,
        best: 4,
      }),
    );
    expect(checkTargets(good, []).every((r) => r.met)).toBe(true);
    const strict = { ...VALIDITY_TARGETS, maxLongestPlayerPercent: 10 };
    expect(checkTargets(good, [], strict).find((r) => r.target === 'longestPlayer')!.met).toBe(false);
  });

  describe('the inverse length tell', () => {
    /** Three options, one best: the best is the shortest line, or the longest. */
    const plainBest = [
      opt('Ask her name', { trust: 1 }),
      opt('Ask her to come to the office and explain', { trust: -1 }),
      opt('Tell her she may be a victim here', {}, ['label_victim']),
    ];
    const fullBest = [
      opt('Wait, and ask her name when he has gone', { trust: 1 }),
      opt('Ask for ID', { trust: -1 }),
      opt('Call her over', {}),
    ];
    const check = (
      sets: SetOption[][],
      players = { longest: 0, shortest: 4, first: 0, random: 0, best: 4 },
    ) =>
      Object.fromEntries(
        checkTargets(encounterValidity('hotel.x', 'x.ink', raw(sets, players)), []).map((r) => [r.target, r]),
      );

    it('fails an encounter whose best line is always the shortest, and passes it once the lengths are mixed', () => {
      const tell = check(Array.from({ length: 6 }, () => plainBest));
      expect(tell['bestIsLongest']!.met).toBe(true); // the ceiling alone misses it
      expect(tell['bestIsLongestFloor']!.met).toBe(false);
      expect(tell['bestIsLongestFloor']!.figure).toBe('0% (chance 33%)');
      // The shortest player earns the best path's 4 points in both variants.
      expect(tell['shortestPlayer']!.met).toBe(false);
      expect(tell['shortestPlayer']!.figure).toBe('100%');
      const mixed = check([...Array.from({ length: 4 }, () => plainBest), fullBest, fullBest], {
        longest: 1,
        shortest: 2,
        first: 0,
        random: 0,
        best: 4,
      });
      expect(mixed['bestIsLongest']!.met).toBe(true);
      expect(mixed['bestIsLongestFloor']!.met).toBe(true);
      expect(mixed['shortestPlayer']!.met).toBe(true); // 2 of 4: 50%, at the target
    });

    it('counts the floor in whole sets, rounded down', () => {
      const shares = (sets: number, bestIsLongest: number, chance: number) => ({
        ...setShares([]),
        sets,
        bestIsLongest,
        chance,
      });
      // Four sets at a chance of 27%: 4 × 17% is under one set, so none is needed.
      expect(meetsLongestFloor(shares(4, 0, 0.27), 0.1)).toBe(true);
      // Six sets of three options: ⌊6 × 23%⌋ = 1 set needed.
      expect(meetsLongestFloor(shares(6, 0, 1 / 3), 0.1)).toBe(false);
      expect(meetsLongestFloor(shares(6, 1 / 6, 1 / 3), 0.1)).toBe(true);
      // Exactly on a whole set (10 × 30% = 3) despite floating point: three sets are enough, two are not.
      expect(meetsLongestFloor(shares(10, 0.3, 0.4), 0.1)).toBe(true);
      expect(meetsLongestFloor(shares(10, 0.2, 0.4), 0.1)).toBe(false);
      expect(meetsLongestFloor(shares(0, 0, 0), 0.1)).toBe(true);
    });

    it('holds the library to the floor over its pooled sets', () => {
      const tell = encounterValidity('hotel.x', 'x.ink', raw(Array.from({ length: 6 }, () => plainBest)));
      const ok = encounterValidity('hotel.y', 'y.ink', raw([fullBest, fullBest, fullBest]));
      const floorOf = (list: ReturnType<typeof encounterValidity>[]) =>
        checkTargets(libraryValidity(list), []).find((r) => r.target === 'bestIsLongestFloor')!.met;
      expect(floorOf([tell])).toBe(false);
      // 3 of 9 sets against ⌊9 × 23%⌋ = 2.
      expect(floorOf([tell, ok])).toBe(true);
    });
  });

  it('fails an encounter whose best wording is used in more than two encounters', () => {
    const same = (id: string) =>
      encounterValidity(
        id,
        `${id}.ink`,
        raw([[opt('Step back and call for help now', { safety: 2 }), opt('Run', {}, ['x'])]]),
      );
    const lib = libraryValidity([same('a'), same('b'), same('c')]);
    expect(lib.recurring).toHaveLength(1);
    expect(lib.recurring[0]!.encounters).toBe(3);
    expect(checkTargets(same('a'), lib.recurring).find((r) => r.target === 'recurringWording')!.met).toBe(
      false,
    );
    const two = libraryValidity([same('a'), same('b')]);
    expect(checkTargets(same('a'), two.recurring).find((r) => r.target === 'recurringWording')!.met).toBe(
      true,
    );
    expect(lib.shares.sets).toBe(3);
    expect(lib.disclosure).toEqual({ characters: 6, disclose: 3, share: 0.5 });
  });
});
