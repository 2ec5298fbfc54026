// The story checker's share of `npm run bench` (issue #15, "speed on large stories"; `npm run bench --
// --stories` runs only this part). Measured in one process, side by side in one run:
//   - the whole library checked the way a writer runs it (`npm run check:stories`, no cache);
//   - the project's explorer over the library, and the plain explorer (`check:stories --plain`) over
//     The Intercept (tests/fixtures/ink-large/), each against raw inkjs playing the same stories.
// "Raw inkjs" is a naive player (RAW_PLAYER below): inkjs's public API only, Continue() until the
// story offers choices, then one of them at random, to the end, then from the start again. Its rate
// is its Continue() calls over the time it played, choosing included, restarting left out; the explorer's
// is its Continue() calls over the time it explored, everything it does besides included.
// Reports figures; never fails a build.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { encounterFiles, loadLibrary, ROOT } from '../check/library.ts';
import { exploreStory, exploredContinues } from '../../src/story/checker/explore.ts';
import { explorePlain } from '../../src/story/checker/plain-explore.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { progress } from './bench-stage.ts';

export const CHECK_TARGET_S = 10;
export const RATIO_TARGET = 0.5;
/** The Intercept is far larger than any bound: its exploration is timed over this many states. */
export const INTERCEPT_STATES = 10000;
const INTERCEPT = join(ROOT, 'tests', 'fixtures', 'ink-large', 'the-intercept.ink');
/** How long raw inkjs plays each set of stories, once warm. */
const RAW_MS = 2000;

export const RAW_PLAYER =
  'raw inkjs = a naive player with the public API only: Continue() to the choices, a random one, to the end, then ResetState(); Continue() calls per second of playing, restarts left out';

/** A small deterministic generator, so the naive player takes the same choices every run. */
function choicePicker(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

/**
 * Plays the stories (`ms` of CPU time shared equally) as RAW_PLAYER says; returns Continue() calls
 * per second of CPU time.
 */
export function rawContinuesPerSecond(jsons: readonly string[], ms: number): number {
  let made = 0;
  /** Restarting is not playing: its time is left out. */
  let restarting = 0;
  const started = cpuMs();
  for (const json of jsons) {
    const story = new Story(json);
    story.allowExternalFunctionFallbacks = true;
    const pick = choicePicker(0x5eed);
    const until = cpuMs() + ms / jsons.length;
    while (cpuMs() < until) {
      const r0 = cpuMs();
      story.ResetState();
      story.state.storySeed = 1;
      restarting += cpuMs() - r0;
      while (story.canContinue || story.currentChoices.length > 0) {
        if (story.canContinue) {
          story.Continue();
          made++;
        } else story.ChooseChoiceIndex(pick(story.currentChoices.length));
      }
    }
  }
  return made / ((cpuMs() - started - restarting) / 1000);
}

interface Rate {
  ms: number;
  states: number;
  continuesPerSec: number;
}

/** CPU time this process has used (ms): less disturbed than wall time when others share the cores. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `explore` (returning the states it covered), timing it and counting its Continue() calls. */
function measured(explore: () => number): Rate {
  const before = exploredContinues();
  const t0 = cpuMs();
  const states = explore();
  const ms = cpuMs() - t0;
  return { ms, states, continuesPerSec: (exploredContinues() - before) / (ms / 1000) };
}

/** Rounds of exploring then playing raw, so both meet the same load; the median round is kept. */
const ROUNDS = 3;

interface Compared {
  explorer: Rate;
  raw: number;
  share: number;
}

function compare(explore: () => number, jsons: readonly string[]): Compared {
  const rounds: Compared[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const explorer = measured(explore);
    const raw = rawContinuesPerSecond(jsons, RAW_MS);
    rounds.push({ explorer, raw, share: explorer.continuesPerSec / raw });
  }
  return rounds.sort((a, b) => a.share - b.share)[Math.floor(ROUNDS / 2)] as Compared;
}

function ratioLine(label: string, { explorer, raw, share }: Compared): string {
  return `${label}: ${explorer.continuesPerSec.toFixed(0)} /s exploring vs ${raw.toFixed(0)} /s raw = ${(100 * share).toFixed(0)}% (target ≥ ${100 * RATIO_TARGET}%) ${share >= RATIO_TARGET ? 'OK' : 'UNDER'}`;
}

export function checkStories(): string[] {
  const lib = loadLibrary();
  progress('checking the whole library (npm run check:stories, no cache)');
  const c0 = performance.now();
  // Timed the way a writer runs it, npm included.
  const checker = spawnSync('npm', ['run', '--silent', 'check:stories', '--', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SECOND_LOOK_CACHE: 'off' },
    maxBuffer: 64 << 20,
  });
  const wholeMs = performance.now() - c0;
  let checkedFiles = 0;
  try {
    checkedFiles = (JSON.parse(checker.stdout) as { files: unknown[] }).files.length;
  } catch {
    throw new Error(`npm run check:stories did not report back (exit ${checker.status}): ${checker.stderr}`);
  }

  // The explorers alone, in this process, one story after another. Everything runs once first,
  // untimed, so nothing is measured while the engine is still compiling the code.
  const jsons: string[] = [];
  for (const f of encounterFiles()) {
    const r = compileInk(f, undefined, ROOT);
    if (r.json) jsons.push(r.json);
  }
  const intercept = compileInk(INTERCEPT, undefined, ROOT).json;
  if (!intercept) throw new Error(`${INTERCEPT} does not compile`);
  const exploreLibrary = () =>
    jsons.reduce(
      (n, json) =>
        n +
        exploreStory(json, { ctx: lib.ctx, scenes: lib.scenes, variables: lib.variables }).analysis.states,
      0,
    );
  const exploreIntercept = (maxStates: number) =>
    explorePlain(intercept, 'the-intercept.ink', { maxStates, maxMs: 120_000, maxDepth: 400 }).states;
  progress('warming up');
  exploreLibrary();
  exploreIntercept(INTERCEPT_STATES / 5);
  rawContinuesPerSecond(jsons, RAW_MS / 4);
  rawContinuesPerSecond([intercept], RAW_MS / 4);

  progress(`exploring the library, ${ROUNDS} rounds`);
  const library = compare(exploreLibrary, jsons);
  progress(`exploring The Intercept (${INTERCEPT_STATES} states, --plain), ${ROUNDS} rounds`);
  const big = compare(() => exploreIntercept(INTERCEPT_STATES), [intercept]);

  const perSec = (r: Rate) => (r.states / (r.ms / 1000)).toFixed(0);
  return [
    `Story check, whole library : ${(wholeMs / 1000).toFixed(2)} s for ${checkedFiles} files with npm run check:stories, no cache (target < ${CHECK_TARGET_S} s) ${wholeMs < CHECK_TARGET_S * 1000 ? 'OK' : 'OVER'}`,
    `Explorer, library          : ${(library.explorer.ms / 1000).toFixed(2)} s, ${library.explorer.states} distinct states, ${perSec(library.explorer)} states/s`,
    ratioLine('  Continue(), library      ', library),
    `Explorer, The Intercept    : ${(big.explorer.ms / 1000).toFixed(2)} s, ${big.explorer.states} states (--plain, bound ${INTERCEPT_STATES}), ${perSec(big.explorer)} states/s`,
    ratioLine('  Continue(), Intercept    ', big),
    `  (${RAW_PLAYER}; rates per second of CPU time, median of ${ROUNDS} rounds of exploring then playing, same run)`,
  ];
}
