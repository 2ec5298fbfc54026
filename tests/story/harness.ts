// Scripted playthroughs through the real store, the real story adapter and the real compiled story.
// With `roundTrip`, every step reloads: a fresh store is built from the persisted storage and
// resumes, exactly as a page reload does, so every test also proves save and load.

import { expect } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import type { CompiledEncounter } from '../../src/core/analysis.ts';
import { readConfig } from '../../src/core/config.ts';
import type { Debrief } from '../../src/core/debrief.ts';
import { pathFacts, type IncidentReport, type Mode } from '../../src/core/log.ts';
import { LATE_KIT } from '../../src/state/late-kit.ts';
import { createAppStore, type AppStore, type StoreDeps } from '../../src/state/store.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import type { HistoryPort } from '../../src/state/history.ts';
import { buildEncounter, DEFAULT_CONFIG_FILE, loadLibrary, type Library } from '../../scripts/library.ts';
import { readFileSync } from 'node:fs';
import { hasErrors } from '../../src/core/diagnostics.ts';

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
    catalogs: l.catalogs,
    kit: LATE_KIT,
    config: readConfig('default.config.json', JSON.parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8'))),
    ctx: l.ctx,
    opener: { open: (c, variables, ctx) => new StoryRunner(c.story, { ctx, variables }) },
    storage,
    now: () => (t += 1000),
    randomSeed: () => seed,
    ...(history ? { history } : {}),
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
        throw new Error(`resume failed: ${store.getState().notices.join('; ')}`);
      const after = store.getState().session;
      if (JSON.stringify(after?.state) !== JSON.stringify(before?.state))
        throw new Error('the resumed state differs');
    }
    const session = store.getState().session;
    if (!session) throw new Error(`the encounter ended before step ${JSON.stringify(step)}`);
    transcript = session.state.transcript.map((l) => l.text);
    if (typeof step === 'string') {
      store.getState().choose(pick(store, step));
    } else {
      if (!session.state.awaitingReport) throw new Error('the story is not asking for the report yet');
      const seen = [...pathFacts(session.state.log).seen];
      const { observed, ...rest } = step.report;
      store.getState().submitReport({
        who: '',
        when: '',
        where: '',
        notes: '',
        action: 'none',
        ...rest,
        observed: observed === 'seen' ? seen : (observed ?? []),
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
