// The validity report on real stories: the naive players through the explorer on a tiny story with
// known figures, and the library held to the targets (src/core/encounter/validity-targets.ts) for every
// encounter and target not exempted there; docs/validity.md must show today's figures.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/check/check-file.ts';
import { encounterFiles, ROOT } from '../../scripts/check/library.ts';
import { standings, validityMarkdown, VALIDITY_DOC } from '../../scripts/check/validity-report.ts';
import {
  checkTargets,
  libraryValidity,
  meetsLongestFloor,
  setShares,
  type EncounterValidity,
} from '../../src/core/encounter/validity.ts';
import {
  VALIDITY_EXEMPTIONS,
  VALIDITY_TARGET_IDS,
  VALIDITY_TARGETS,
} from '../../src/core/encounter/validity-targets.ts';
import { formatDiagnostic } from '../../src/core/encounter/diagnostics.ts';
import { library } from './harness.ts';

describe('the explorer gathers the validity data', () => {
  it('plays the naive players through a tiny story, exactly', () => {
    const report = checkFile(join(ROOT, 'tests', 'fixtures', 'stories', 'naive.ink'), library(), {
      validity: true,
    });
    expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
    const v = report.validity!;
    // Set 1: the longest line is wrong (−1), "Ask if it is OK to talk" +2.
    // Set 2: "Note it" +1, the longest +2, a critical −2.
    expect(v.sets.map((s) => s.options.length)).toEqual([2, 3]);
    expect(v.sets[0]!.path).toEqual([]);
    expect(v.sets[1]!.knot).toBe('close');
    // The shortest player takes "Ask if it is OK to talk" (+2) and "Note it" (+1).
    expect(v.points).toEqual({
      longest: 1,
      shortest: 3,
      first: 0,
      random: expect.closeTo(0.5 + 1 / 3),
      best: 4,
    });
    expect(v.percent.longest).toBe(25);
    expect(v.percent.shortest).toBe(75);
    expect(v.percent.first).toBe(0);
    expect(v.percent.random).toBeCloseTo((100 * (0.5 + 1 / 3)) / 4);
    expect(v.shares.twoOrMoreAcceptable).toBe(0.5);
    expect(v.shares.bestIsLongest).toBe(0.5);
    // The shortest line is best in set 1, not in set 2 ("Note it" +1 against +2).
    expect(v.shares.bestIsShortest).toBe(0.5);
    expect(v.shares.chance).toBeCloseTo((1 / 2 + 1 / 3) / 2);
    expect(v.shares.allAlternativesCritical).toBe(0);
    expect(v.characters).toEqual([
      {
        id: 'ana',
        name: 'Ana',
        indicators: ['hotel.staff_contractor_exploitation'],
        answers: true,
        disclosesOnFirst: true,
      },
    ]);
  });

  it('counts a set offered in several variants once, and follows every variant', () => {
    const report = checkFile(join(ROOT, 'tests', 'fixtures', 'stories', 'variants.ink'), library(), {
      validity: true,
    });
    expect(report.validity!.sets).toHaveLength(1);
    expect(report.validity!.sets[0]!.variants).toEqual([1, 2]);
  });

  it('finds the ambiguous looks a later question resolves, and the ones none does', () => {
    const report = checkFile(join(ROOT, 'tests', 'fixtures', 'stories', 'ambiguous.ink'), library(), {
      validity: true,
    });
    expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(report.validity!.ambiguity).toEqual([
      { indicator: 'hotel.few_possessions_long_stay', look: 'Look at the plastic bag', resolved: true },
      { indicator: 'hotel.side_door_entry', look: 'Look at the side door', resolved: false },
    ]);
    const target = checkTargets(report.validity!, []).find((r) => r.target === 'ambiguousLook')!;
    expect(target).toMatchObject({ met: false, figure: '1 of 2 resolved' });
  });

  it('gathers nothing unless asked', () => {
    const report = checkFile(join(ROOT, 'tests', 'fixtures', 'stories', 'naive.ink'), library());
    expect(report.validity).toBeUndefined();
  });
});

describe('the library against the validity targets', () => {
  let list: EncounterValidity[] = [];
  beforeAll(() => {
    list = encounterFiles().map((f) => checkFile(f, library(), { validity: true }).validity!);
  }, 600_000);

  it('exempts only encounters that exist, from targets that exist', () => {
    const ids = new Set(list.map((v) => v.id));
    for (const [id, targets] of Object.entries(VALIDITY_EXEMPTIONS)) {
      expect(ids.has(id), id).toBe(true);
      for (const t of targets) expect(VALIDITY_TARGET_IDS).toContain(t);
    }
  });

  it('holds every encounter to every target it is not exempted from, and keeps the exemptions honest', () => {
    const problems: string[] = [];
    for (const { validity: v, results } of standings(list, libraryValidity(list))) {
      for (const r of results) {
        if (!r.met && !r.exempt) problems.push(`${v.file}: ${r.target} ${r.figure}, wanted ${r.wanted}`);
        if (r.met && r.exempt)
          problems.push(
            `${v.file}: now meets ${r.target} (${r.figure}); remove it from VALIDITY_EXEMPTIONS and run npm run docs:validity`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('meets each target over the encounters held to it', () => {
    const held = (target: string) =>
      list.filter((v) => !(VALIDITY_EXEMPTIONS[v.id] ?? []).includes(target as never));
    const t = VALIDITY_TARGETS;
    const pooled = (target: string) => setShares(held(target).flatMap((v) => v.sets));
    const best = pooled('bestIsLongest');
    expect(best.bestIsLongest).toBeLessThanOrEqual(best.chance + t.bestIsLongestAboveChance);
    const floor = pooled('bestIsLongestFloor');
    expect(meetsLongestFloor(floor, t.bestIsLongestBelowChance), JSON.stringify(floor)).toBe(true);
    const two = pooled('twoOrMoreAcceptable');
    if (two.sets > 0) expect(two.twoOrMoreAcceptable).toBeGreaterThanOrEqual(t.minTwoOrMoreAcceptable);
    expect(pooled('allAlternativesCritical').allAlternativesCritical).toBeLessThanOrEqual(
      t.maxAllAlternativesCritical,
    );
    const reused = libraryValidity(held('recurringWording')).recurring;
    expect(reused.filter((r) => r.encounters > t.maxEncountersPerBestWording)).toEqual([]);
    const players = held('longestPlayer');
    const mean = players.reduce((s, v) => s + v.percent.longest, 0) / Math.max(1, players.length);
    expect(mean).toBeLessThanOrEqual(t.maxLongestPlayerPercent);
    const shorts = held('shortestPlayer');
    const meanShort = shorts.reduce((s, v) => s + v.percent.shortest, 0) / Math.max(1, shorts.length);
    expect(meanShort).toBeLessThanOrEqual(t.maxShortestPlayerPercent);
  });

  it('has docs/validity.md up to date (run npm run docs:validity)', async () => {
    expect(readFileSync(join(ROOT, VALIDITY_DOC), 'utf8')).toBe(await validityMarkdown(list));
  });
});
