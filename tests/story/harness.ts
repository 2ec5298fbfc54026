// Scripted playthroughs through the real store, the real story adapter and the real compiled story.
// With `roundTrip`, every step reloads: a fresh store is built from the persisted storage and
// resumes, exactly as a page reload does, so every test also proves save and load.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { StateStorage } from 'zustand/middleware';
import type { CompiledEncounter } from '../../src/core/encounter/analysis.ts';
import { readConfig } from '../../src/core/config/config.ts';
import { stepWords } from '../../src/ui/learner/debrief-words.ts';
import type { Debrief } from '../../src/core/encounter/debrief.ts';
import { pathFacts, type IncidentReport, type Mode } from '../../src/core/encounter/log.ts';
import { LATE_KIT } from '../../src/state/late-kit.ts';
import { ready } from '../../src/state/lazy.ts';
import { NOTICE_TEXTS } from '../../src/ui/strings/strings-notices.ts';
import { createAppStore, type AppStore, type StoreDeps } from '../../src/state/store.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import type { HistoryPort } from '../../src/state/history.ts';
import {
  buildEncounter,
  DEFAULT_CONFIG_FILE,
  loadLibrary,
  ROOT,
  type Library,
} from '../../scripts/check/library.ts';
import { readFileSync } from 'node:fs';
import { hasErrors } from '../../src/core/encounter/diagnostics.ts';
import type { EncounterMeta } from '../../src/core/tags/tags.ts';
import type { ReportAction } from '../../src/core/vocabulary.ts';

export type Step =
  string | { report: Partial<Omit<IncidentReport, 'observed'>> & { observed?: string[] | 'seen' } };

let lib: Library | null = null;
const cache = new Map<string, CompiledEncounter>();

export function library(): Library {
  lib ??= loadLibrary();
  return lib;
}

export function compiled(path: string): CompiledEncounter {
  const hit = cache.get(path);
  if (hit) return hit;
  const built = buildEncounter(path, library());
  if (!built.compiled || hasErrors(built.diagnostics))
    throw new Error(built.diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.message}`).join('\n'));
  cache.set(path, built.compiled);
  return built.compiled;
}

export function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** The configuration the stories are played with: the built-in default. */
export const PLAY_CONFIG = readConfig(
  'default.config.json',
  JSON.parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')),
);

/** The debrief's recommended steps as the learner reads them (in English, with the contacts filled in). */
export function recommendedWords(debrief: Debrief): string[] {
  return debrief.recommended.map((s) => stepWords(s, PLAY_CONFIG));
}

export function depsFor(
  encounter: CompiledEncounter,
  storage: StateStorage,
  seed = 42,
  history?: HistoryPort,
): StoreDeps {
  const l = library();
  let t = 1_000;
  return {
    encounters: [{ meta: encounter.meta, load: async () => encounter }],
    catalogs: ready(l.catalogs),
    kit: ready(LATE_KIT),
    texts: ready(NOTICE_TEXTS),
    config: PLAY_CONFIG,
    ctx: l.ctx,
    opener: { open: (c, variables, ctx) => new StoryRunner(c.story, { ctx, variables }) },
    storage,
    now: () => (t += 1000),
    randomSeed: () => seed,
    ...(history ? { history: ready(history) } : {}),
  };
}

export interface Played {
  debrief: Debrief;
  store: AppStore;
  /** Every transcript line shown, in order. */
  transcript: string[];
}

function pick(store: AppStore, wanted: string): number {
  const session = store.getState().session;
  if (!session) throw new Error(`no session while looking for "${wanted}"`);
  const match = session.state.choices.filter((c) => c.text.includes(wanted) && !c.tags.report);
  if (match.length !== 1)
    throw new Error(
      `expected one choice containing "${wanted}", found ${match.length}. On offer:\n${session.state.choices.map((c) => `  - ${c.text}`).join('\n')}`,
    );
  return match[0]!.index;
}

/**
 * Plays `steps` (each a piece of the choice text to take, or the report to file). `seed` picks the
 * replay variant: variant = seed % variants + 1, so seeds 0, 1, 2… walk through the variants.
 */
export async function play(
  path: string,
  steps: Step[],
  opts: { roundTrip?: boolean; seed?: number; mode?: Mode; history?: HistoryPort } = {},
): Promise<Played> {
  const encounter = compiled(path);
  const storage = memoryStorage();
  const seed = opts.seed ?? 42;
  let store = createAppStore(depsFor(encounter, storage, seed, opts.history));
  store.getState().select(encounter.meta.id);
  await store.getState().start(opts.mode ?? 'practice');
  let transcript: string[] = [];
  for (const step of steps) {
    if (opts.roundTrip) {
      const before = store.getState().session;
      store = createAppStore(depsFor(encounter, storage, seed, opts.history));
      if (!(await store.getState().resume()))
        throw new Error(
          `resume failed: ${store
            .getState()
            .notices.map((n) => n.text)
            .join('; ')}`,
        );
      const after = store.getState().session;
      if (JSON.stringify(after?.state) !== JSON.stringify(before?.state))
        throw new Error('the resumed state differs');
    }
    const session = store.getState().session;
    if (!session) throw new Error(`the encounter ended before step ${JSON.stringify(step)}`);
    transcript = session.state.transcript.map((l) => l.text);
    // Every step is one decision through the encounter driver (src/story/driver.ts), as the game takes it.
    if (typeof step === 'string') {
      store.getState().decide({ choice: pick(store, step) });
    } else {
      if (!session.state.awaitingReport) throw new Error('the story is not asking for the report yet');
      const seen = [...pathFacts(session.state.log).seen];
      const { observed, ...rest } = step.report;
      store.getState().decide({
        report: {
          who: '',
          when: '',
          where: '',
          notes: '',
          action: 'none',
          ...rest,
          observed: observed === 'seen' ? seen : (observed ?? []),
        },
      });
    }
  }
  const debrief = store.getState().lastDebrief;
  if (!debrief || store.getState().session) throw new Error('the script did not reach the debrief');
  return { debrief, store, transcript };
}

/** The debrief is a function of the decision log: the same choices, with or without a save/load round trip at every step, give the same debrief. */
export async function expectSameDebrief(path: string, steps: Step[]): Promise<void> {
  const a = await play(path, steps);
  const b = await play(path, steps, { roundTrip: true });
  expect(b.debrief).toEqual(a.debrief);
}

/** No dimension below zero or above its computed maximum: what a best path should score. */
export function expectScoresWithinBounds(debrief: Debrief): void {
  for (const d of debrief.dimensions) {
    expect(d.score, d.id).toBeGreaterThanOrEqual(0);
    expect(d.score, d.id).toBeLessThanOrEqual(d.max);
  }
}

// ---------------------------------------------------------------------------------------------------
// Shared building blocks of the per-encounter tests (tests/story/<setting>-<encounter>.test.ts). Each
// encounter file keeps only its own paths and expected values; what every encounter is held to lives here.

type ReportFields = Omit<Extract<Step, { report: unknown }>['report'], 'action'>;
/** A report step: the facts written down once per encounter, with the action (and any overrides) per path. */
export type Reporter = (action: ReportAction, overrides?: ReportFields) => Step;

/** The `.ink` file of an encounter in the shipped library, e.g. `storyFile('hotel', 'night-lobby')`. */
export function storyFile(setting: string, name: string): string {
  return join(ROOT, 'stories', setting, `${name}.ink`);
}

/** Builds the report steps of one encounter from its written-down facts. */
export function reporter(facts: ReportFields): Reporter {
  return (action, overrides = {}) => ({ report: { ...facts, ...overrides, action } });
}

/**
 * Runs `body` twice, as two describe blocks: once straight through and once with a save/load round
 * trip at every step, so every path an encounter file plays also proves save and load.
 */
export function describeBothWays(title: string, body: (roundTrip: boolean) => void): void {
  describe.each([
    ['straight through', false],
    ['after a save/load round trip at every step', true],
  ])(`${title}, %s`, (_label, roundTrip) => body(roundTrip));
}

/** A dimension's score in a debrief (NaN when the dimension is missing, so any comparison fails). */
export function dimensionScore(debrief: Debrief, id: string): number {
  return debrief.dimensions.find((d) => d.id === id)?.score ?? NaN;
}

export interface BestPathExpectation {
  ending: string;
  /** The report the path files; it must be the required one. */
  action: ReportAction;
  /** `'nothing'`: no indicator noticed at all; a list: at least these were noticed. */
  noticed: 'nothing' | readonly string[];
  /** Lowest acceptable total, in percent (default 75). */
  minPercent?: number;
  /** Fewest decisions the debrief should list. */
  minDecisions?: number;
}

/** What a best path gives: no critical error, the wanted ending, the right report, nothing wrongly ticked, a high score. */
export function expectBestPath(debrief: Debrief, want: BestPathExpectation): void {
  expect(debrief.critical).toEqual([]);
  expect(debrief.ending?.id).toBe(want.ending);
  expect(debrief.action).toMatchObject({ chosen: want.action, required: want.action, verdict: 'right' });
  if (want.noticed === 'nothing') expect(debrief.noticed).toEqual([]);
  else expect(debrief.noticed.map((i) => i.id)).toEqual(expect.arrayContaining([...want.noticed]));
  expect(debrief.wronglyFlagged).toEqual([]);
  expectScoresWithinBounds(debrief);
  expect(debrief.total.percent).toBeGreaterThanOrEqual(want.minPercent ?? 75);
  if (want.minDecisions !== undefined)
    expect(debrief.decisions.length).toBeGreaterThanOrEqual(want.minDecisions);
}

/** An outcome without critical errors, with the right report (and, when given, the wanted ending). */
export function expectRightOutcome(debrief: Debrief, ending?: string): void {
  expect(debrief.critical).toEqual([]);
  if (ending !== undefined) expect(debrief.ending?.id).toBe(ending);
  expect(debrief.action?.verdict).toBe('right');
}

/**
 * A critical error is recorded and explained: why it harms and what to do instead. One made at a
 * choice also names the better choice at that decision; one the engine raises from the report alone
 * (`from: 'report'`, e.g. a minor not escalated after an otherwise good path) comes with no critical choice.
 */
export function expectCriticalExplained(
  debrief: Debrief,
  id: string,
  opts: { from?: 'choice' | 'report' } = {},
): void {
  expect(debrief.critical.map((c) => c.id)).toContain(id);
  const c = debrief.critical.find((x) => x.id === id)!;
  expect(c.explanation.length).toBeGreaterThan(30);
  expect(c.instead.length).toBeGreaterThan(10);
  const decision = debrief.decisions.find((d) => d.critical);
  if (opts.from === 'report') expect(decision).toBeUndefined();
  else expect(decision?.better?.text.length ?? 0).toBeGreaterThan(5);
}

/**
 * One test per `[critical error id, path]`: playing the path records that critical error, explained
 * (see expectCriticalExplained; the ids in `fromReport` are raised by the report, not a choice).
 * `also` adds an encounter's own checks on each of them.
 */
export function itRecordsCriticalErrors(
  file: string,
  paths: readonly (readonly [string, Step[]])[],
  roundTrip: boolean,
  opts: { fromReport?: readonly string[]; title?: string; also?: (debrief: Debrief) => void } = {},
): void {
  for (const [critical, steps] of paths) {
    it(`${opts.title ?? 'critical error path'}: ${critical}`, async () => {
      const { debrief } = await play(file, steps, { roundTrip });
      expectCriticalExplained(debrief, critical, {
        from: opts.fromReport?.includes(critical) ? 'report' : 'choice',
      });
      opts.also?.(debrief);
    });
  }
}

/** An indicator the path did not notice: whether it was on screen, and (optionally) the look that shows it. */
export function expectMissed(debrief: Debrief, id: string, want: { seen: boolean; look?: string }): void {
  const missed = debrief.missed.find((i) => i.id === id);
  expect(missed?.seen, id).toBe(want.seen);
  if (want.look !== undefined)
    expect(missed?.places.some((p) => p.via === 'look' && p.text === want.look)).toBe(true);
}

/** Exactly these non-indicators were ticked, and each one is explained. */
export function expectWronglyFlagged(debrief: Debrief, ids: readonly string[]): void {
  expect(debrief.wronglyFlagged.map((f) => f.id).sort()).toEqual([...ids].sort());
  expect(debrief.wronglyFlagged.every((f) => f.explanation.length > 20)).toBe(true);
}

/**
 * Someone in immediate danger at the end of `path`: calling the emergency number is the required
 * report, and filing only a hotline report instead is the `no_emergency_call` critical error.
 * Returns the debrief of the right call for the encounter's own checks.
 */
export async function expectEmergencyRequired(
  file: string,
  path: Step[],
  report: Reporter,
  roundTrip: boolean,
): Promise<Debrief> {
  const right = await play(file, [...path, report('emergency')], { roundTrip });
  expect(right.debrief.action?.required).toBe('emergency');
  const under = await play(file, [...path, report('hotline')], { roundTrip });
  expect(under.debrief.critical.map((c) => c.id)).toContain('no_emergency_call');
  return right.debrief;
}

/** Phone numbers a story must never type: contacts come from configuration. */
const TYPED_CONTACT = /\d{3}[-. ]\d{3}[-. ]\d{4}|\b911\b|\b999\b|\b112\b|233733/;
/** A contact placeholder left unfilled in the text shown. */
const UNFILLED_CONTACT = /\{(hotline|emergency|escalation|org)/;

export interface ContentExpectation {
  /** At least this many indicators shown on some path, or `'none'` for a "nothing is wrong" encounter. */
  indicators: number | 'none';
  /** With `indicators` a number: every replay variant shows at least that many on its own. */
  inEveryVariant?: boolean;
  /** Indicators that must be among those shown. */
  shows?: readonly string[];
  /** Fewest red herrings (`reveals: nothing` looks). */
  herrings: number;
  endings?: number;
  criticalErrors?: number;
  /** Header facts the story must declare. */
  meta?: Partial<Pick<EncounterMeta, 'situation' | 'minor' | 'variants'>>;
}

/** The depth minimums every encounter meets, and a bounded (fully explored) analysis. */
export function expectContentDepth(c: CompiledEncounter, want: ContentExpectation): void {
  if (want.meta) expect(c.meta).toMatchObject(want.meta);
  const shown = Object.keys(c.analysis.indicators);
  if (want.indicators === 'none') {
    expect(c.meta.situation).toBe('none');
    expect(shown).toEqual([]);
    expect(c.story).not.toMatch(/indicator:/);
  } else {
    expect(shown.length).toBeGreaterThanOrEqual(want.indicators);
    if (want.inEveryVariant)
      for (const v of c.variants)
        expect(Object.keys(v.indicators).length).toBeGreaterThanOrEqual(want.indicators);
  }
  if (want.shows) expect(shown).toEqual(expect.arrayContaining([...want.shows]));
  expect((c.story.match(/reveals: nothing/g) ?? []).length).toBeGreaterThanOrEqual(want.herrings);
  expect(c.analysis.endings.length).toBeGreaterThanOrEqual(want.endings ?? 3);
  expect(c.analysis.criticalErrors.length).toBeGreaterThanOrEqual(want.criticalErrors ?? 2);
  expect(c.analysis.truncated).toBe(false);
}

/**
 * The `<title>, as content` block every encounter file has: the depth minimums, contacts only from
 * configuration (none typed into the story, none left unfilled on the best path), and the debrief as
 * a function of the decision log. `more` adds the encounter's own content tests to the block.
 */
export function describeContent(
  title: string,
  file: string,
  best: Step[],
  want: ContentExpectation,
  more?: (c: CompiledEncounter) => void,
): void {
  describe(`${title}, as content`, () => {
    const c = compiled(file);

    it(
      want.indicators === 'none'
        ? 'is a "nothing is wrong" encounter: no indicators, red herrings, several endings'
        : 'meets the depth minimums: indicators, red herrings, endings, critical errors',
      () => expectContentDepth(c, want),
    );

    it('reads contacts from configuration, never typed into the story', async () => {
      expect(c.story).not.toMatch(TYPED_CONTACT);
      const { transcript } = await play(file, best);
      expect(transcript.join(' ')).not.toMatch(UNFILLED_CONTACT);
    });

    it('the same choices give the same debrief (a function of the decision log)', async () => {
      await expectSameDebrief(file, best);
    });

    more?.(c);
  });
}
