// The encounter state machine: briefing → observe → talk → act → report → debrief, driven by the
// story's beats. A pure reducer: (state, event) → state. The store holds the state; the views render it.

import type { StoryChoice, StoryLine, StoryStep } from './beats.ts';
import {
  append,
  type DecisionLog,
  type IncidentReport,
  type Mode,
  type OptionSummary,
  type ShownFacts,
} from './log.ts';
import type { Mood, Phase, StoryPhase } from '../vocabulary.ts';
import { PHASES, SPEAKER_NARRATOR } from '../vocabulary.ts';

export class EncounterError extends Error {
  override name = 'EncounterError';
}

export interface TranscriptLine {
  seq: number;
  speaker: string;
  text: string;
  phase: Phase;
}

export interface Staging {
  bg: string | null;
  cast: Record<string, Mood>;
  ambience: string | null;
  /** One-shot sounds asked for by the newest lines; the audio view plays and forgets them. */
  sounds: string[];
}

export interface EncounterState {
  encounterId: string;
  phase: Phase;
  transcript: TranscriptLine[];
  choices: StoryChoice[];
  staging: Staging;
  log: DecisionLog;
  /** True while the story waits on its `report` choice: the view shows the report form. */
  awaitingReport: boolean;
}

function phaseRank(p: Phase): number {
  return PHASES.indexOf(p);
}

/** Phases only move forward; a story that goes back is a story error, caught by the checker. */
export function nextPhase(current: Phase, requested: StoryPhase): Phase {
  if (current === 'debrief') throw new EncounterError(`the story moved to "${requested}" after it ended`);
  if (phaseRank(requested) < phaseRank(current))
    throw new EncounterError(
      `the story moved back from "${current}" to "${requested}"; phases only move forward`,
    );
  return requested;
}

/** The knot part of an ink choice path such as `lobby.hub.0.c-2`. */
export function knotOf(choiceId: string): string {
  return choiceId.split('.')[0] ?? '';
}

function optionSummary(c: StoryChoice): OptionSummary {
  const total = c.tags.scores.reduce((sum, s) => sum + s.value, 0);
  const out: OptionSummary = { id: c.id, text: c.text, total, critical: c.tags.critical.length > 0 };
  if (c.tags.why !== undefined) out.why = c.tags.why;
  if (c.tags.scores.length > 0)
    out.scores = c.tags.scores.map((x) => ({ dimension: x.dimension, value: x.value }));
  return out;
}

function factsOf(lines: readonly StoryLine[]): ShownFacts {
  const facts: ShownFacts = { indicators: [] };
  for (const l of lines) {
    facts.indicators.push(...l.tags.indicators);
    if (l.tags.phase) facts.phase = l.tags.phase;
    if (l.tags.requires) facts.requires = l.tags.requires;
    if (l.tags.ending) facts.ending = l.tags.ending;
  }
  return facts;
}

function hasFacts(f: ShownFacts): boolean {
  return (
    f.indicators.length > 0 || f.phase !== undefined || f.requires !== undefined || f.ending !== undefined
  );
}

export function startEncounter(
  args: { encounterId: string; contentHash: string; seed: number; mode: Mode },
  at: number,
): EncounterState {
  return {
    encounterId: args.encounterId,
    phase: 'briefing',
    transcript: [],
    choices: [],
    staging: { bg: null, cast: {}, ambience: null, sounds: [] },
    log: [{ kind: 'start', at, ...args }],
    awaitingReport: false,
  };
}

/** Folds a story step into the state: new lines, staging, phase, and the choices now on offer. */
export function receiveStep(state: EncounterState, step: StoryStep, at: number): EncounterState {
  if (step.problems.length > 0) {
    throw new EncounterError(step.problems.map((p) => `${p.tag}: ${p.message}`).join('; '));
  }
  let phase = state.phase;
  const staging: Staging = { ...state.staging, cast: { ...state.staging.cast }, sounds: [] };
  const transcript = [...state.transcript];
  for (const line of step.lines) {
    const t = line.tags;
    if (t.phase) phase = nextPhase(phase, t.phase);
    if (t.bg) staging.bg = t.bg;
    if (t.ambience) staging.ambience = t.ambience === 'none' ? null : t.ambience;
    for (const who of t.hide) delete staging.cast[who];
    for (const s of t.show) staging.cast[s.character] = s.mood;
    staging.sounds.push(...t.sounds);
    if (line.text.length > 0) {
      transcript.push({
        seq: transcript.length,
        speaker: t.speaker ?? SPEAKER_NARRATOR,
        text: line.text,
        phase,
      });
    }
  }
  let log = state.log;
  const facts = factsOf(step.lines);
  if (hasFacts(facts)) log = append(log, { kind: 'shown', at, facts });
  const reportChoices = step.choices.filter((c) => c.tags.report);
  if (reportChoices.length > 1) throw new EncounterError('more than one "report" choice is on offer');
  if (reportChoices.length === 1 && phase !== 'report')
    throw new EncounterError(`the "report" choice appeared in the "${phase}" phase`);
  if (step.ended) {
    if (!log.some((e) => e.kind === 'report'))
      throw new EncounterError('the story ended without passing through the incident report');
    phase = 'debrief';
    log = append(log, { kind: 'end', at });
  }
  return {
    ...state,
    phase,
    staging,
    transcript,
    choices: step.choices,
    log,
    awaitingReport: reportChoices.length === 1,
  };
}

/** Records the learner's pick. The caller then asks the story to choose and feeds the step back in. */
export function recordChoice(state: EncounterState, index: number, at: number): EncounterState {
  const choice = state.choices.find((c) => c.index === index);
  if (!choice) throw new EncounterError(`there is no choice ${index} on offer`);
  if (choice.tags.report) throw new EncounterError('the report choice is taken by submitting the report');
  const transcript = [...state.transcript];
  if (!choice.tags.observe) {
    transcript.push({ seq: transcript.length, speaker: 'officer', text: choice.text, phase: state.phase });
  }
  return {
    ...state,
    transcript,
    choices: [],
    log: append(state.log, {
      kind: 'choice',
      at,
      index,
      choiceId: choice.id,
      knot: knotOf(choice.id),
      text: choice.text,
      tags: choice.tags,
      options: state.choices.filter((c) => !c.tags.report).map(optionSummary),
    }),
  };
}

/** Records the incident report; returns the state and the index of the report choice to take. */
export function recordReport(
  state: EncounterState,
  report: IncidentReport,
  at: number,
): { state: EncounterState; choiceIndex: number } {
  const choice = state.choices.find((c) => c.tags.report);
  if (!state.awaitingReport || !choice) throw new EncounterError('the story is not waiting for a report');
  return {
    state: {
      ...state,
      choices: [],
      awaitingReport: false,
      log: append(state.log, { kind: 'report', at, report }),
    },
    choiceIndex: choice.index,
  };
}
