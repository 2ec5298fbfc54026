// The story explorer's pieces on their own (src/story/checker/): how a state's results are put
// together from its choices (explore-node.ts), which explored state a later one may share results
// with, what the explorer learns of a story along the way (explore-facts.ts), and the report it
// files (explore-parts.ts). Whole explorations are proved in tests/story/explorer-proof.test.ts.

import { describe, expect, it } from 'vitest';
import type { StoryChoice, StoryStep } from '../../src/core/encounter/beats.ts';
import type { DecisionLog } from '../../src/core/encounter/log.ts';
import { bestReportPoints } from '../../src/core/encounter/scoring.ts';
import { StoryFacts } from '../../src/story/checker/explore-facts.ts';
import {
  bestOf,
  branchNode,
  CUT,
  endNode,
  ExploredStates,
  FAILED,
  IN_PROGRESS,
  type Node,
} from '../../src/story/checker/explore-node.ts';
import { bestReport } from '../../src/story/checker/explore-parts.ts';

const node = (over: Partial<Node>): Node => ({ ...endNode(), ...over });

describe('a state’s results from its choices', () => {
  it('adds a choice’s own points to where it leads, one step longer', () => {
    const child = node({ max: { a: 2 }, min: { a: -1 }, paths: 3, longest: 4, exact: true });
    expect(branchNode({ max: { a: 1, b: 2 }, min: { a: 0 } }, child)).toEqual({
      ...endNode(),
      max: { a: 3, b: 2 },
      min: { a: -1 },
      paths: 3,
      longest: 5,
    });
  });

  it('keeps the best maximum and worst minimum of its branches, a missing dimension as 0', () => {
    const one = node({ max: { a: 4 }, min: { a: 1 }, paths: 2, longest: 3 });
    const two = node({ max: { b: 5 }, min: { b: -2 }, paths: 1, longest: 7 });
    expect(bestOf(null, one)).toBe(one);
    expect(bestOf(one, two)).toEqual({
      ...endNode(),
      max: { a: 4, b: 5 },
      min: { a: 0, b: -2 },
      paths: 3,
      longest: 7,
    });
  });

  it('counts a cut as a path that can end, and a failure as none', () => {
    expect([CUT.paths, CUT.canEnd, CUT.exact]).toEqual([1, true, true]);
    expect([FAILED.paths, FAILED.canEnd]).toEqual([0, false]);
  });
});

describe('explored states', () => {
  it('marks a state in progress, then remembers its results', () => {
    const states = new ExploredStates();
    states.begin('k');
    expect(states.get('k')).toBe(IN_PROGRESS);
    const n = node({ paths: 2 });
    states.finish('k', 's', n, null);
    expect([states.get('k'), states.size]).toEqual([n, 1]);
  });

  it('shares results with a state that agrees on every count the future read', () => {
    const states = new ExploredStates();
    const n = node({ reads: new Set(['knot.a']) });
    states.finish(
      'k1',
      's',
      n,
      new Map([
        ['knot.a', 1],
        ['knot.b', 5],
      ]),
    );
    expect(
      states.sameFuture(
        's',
        new Map([
          ['knot.a', 1],
          ['knot.b', 9],
        ]),
      )?.key,
    ).toBe('k1');
    expect(states.sameFuture('s', new Map([['knot.a', 2]]))).toBeUndefined();
    expect(states.sameFuture('other', new Map([['knot.a', 1]]))).toBeUndefined();
  });

  it('shares nothing that holds for one state only, or when sharing is off', () => {
    const states = new ExploredStates();
    states.finish('k1', 's', node({ exact: true }), new Map());
    states.finish('k2', 's', node({}), null);
    expect(states.sameFuture('s', new Map())).toBeUndefined();
  });
});

describe('what the explorer learns of a story', () => {
  const choice = (over: Partial<StoryChoice['tags']>, text = 'Look'): StoryChoice =>
    ({
      index: 0,
      id: 'lobby.0.c-0',
      text,
      tags: { scores: [], critical: [], indicators: [], myths: [], report: false, ...over },
    }) as StoryChoice;

  it('keeps each place an indicator shows once, indicators in id order', () => {
    const facts = new StoryFacts();
    const step = {
      lines: [
        { text: 'A man holds her passport.', knot: 'desk', tags: { indicators: ['z.doc'] } },
        { text: 'A man holds her passport.', tags: { indicators: ['z.doc'] } },
        { text: 'The end.', tags: { indicators: [], ending: { id: 'calm', title: 'Calm' } } },
      ],
    } as unknown as StoryStep;
    facts.noteLines(step);
    facts.noteChoice(choice({ observe: 'desk', reveals: 'a.look', indicators: ['z.doc'] }), 'Desk');
    facts.noteChoice(choice({ reveals: 'b.none' }, 'No look'), undefined);
    expect(facts.indicatorPlaces()).toEqual({
      'a.look': [{ via: 'look', text: 'Desk' }],
      'z.doc': [
        { via: 'line', text: 'A man holds her passport.' },
        { via: 'choice', text: 'Look' },
      ],
    });
    expect(facts.endingList()).toEqual([{ id: 'calm', title: 'Calm' }]);
    expect([...facts.knotsSeen]).toEqual(['desk', 'lobby']);
  });

  it('sorts critical errors and myths, each once', () => {
    const facts = new StoryFacts();
    facts.noteChoice(choice({ critical: ['z', 'a'], myths: ['m2'] }), undefined);
    facts.noteChoice(choice({ critical: ['a'], myths: ['m1'] }), undefined);
    expect([facts.criticalErrors(), facts.mythList()]).toEqual([
      ['a', 'z'],
      ['m1', 'm2'],
    ]);
  });
});

describe('the report the explorer files', () => {
  it('reports every sign seen with the required action, adding the best and worst report points', () => {
    const log = [
      {
        kind: 'shown',
        at: 0,
        facts: { indicators: ['x', 'y'], requires: 'hotline' },
      },
    ] as unknown as DecisionLog;
    const r = bestReport(log, false, { max: {}, min: {} });
    expect(r.decision).toEqual({
      report: {
        observed: ['x', 'y'],
        who: 'who',
        when: 'when',
        where: 'where',
        action: 'hotline',
        notes: '',
      },
    });
    expect(r.extra.max).toEqual(bestReportPoints(2));
    expect(r.conflict).toBeNull();
  });
});
