// The encounter driver: the one place where a decision goes through the story. It records the
// decision in the log (core), has the story take it — for the report, the handshake: set the ink
// variable `report_action`, then take the story's `report` choice — and folds the story's next step
// back into the encounter state. The store, the path explorer, LMS replay and "replay from here" all
// call it; nothing else calls `choose` on a story. It imports no inkjs: any runner with `choose` and
// `setVariable` will do (the store's StoryHandle, the explorer's StoryRunner).

import type { StoryStep } from '../core/encounter/beats.ts';
import { STORY_VARIABLES } from '../core/config/config.ts';
import { receiveStep, recordChoice, recordReport, type EncounterState } from '../core/encounter/encounter.ts';
import type { IncidentReport } from '../core/encounter/log.ts';

/** What the driver needs of a running story. */
export interface DrivenStory {
  choose(index: number): StoryStep;
  setVariable(name: string, value: string | number): boolean;
}

/** When each log entry happens (the store's clock; the explorer's is always 0). */
export type Clock = () => number;

/** One decision of the learner: a choice on offer (by its index), or the incident report. */
export type Decision = { readonly choice: number } | { readonly report: IncidentReport };

/** A decision recorded and taken: the state with the decision logged, and the story's next step. */
export interface Taken {
  recorded: EncounterState;
  step: StoryStep;
}

/**
 * Whether `state` offers `decision`: a choice that is on offer and is not the report choice (which
 * is taken by filing the report), while no report is awaited; the report, while one is awaited.
 */
export function offered(state: EncounterState, decision: Decision): boolean {
  if ('report' in decision) return state.awaitingReport;
  return !state.awaitingReport && state.choices.some((c) => c.index === decision.choice && !c.tags.report);
}

/**
 * Records `decision` and has the story take it. Throws the core's EncounterError when the state does
 * not offer it (the story is not touched), and whatever the story throws when taking it. `choose`
 * stands in for `story.choose` (the explorer notes what ink reads while it runs).
 */
export function take(
  story: DrivenStory,
  state: EncounterState,
  decision: Decision,
  clock: Clock,
  choose: (index: number) => StoryStep = (index) => story.choose(index),
): Taken {
  if ('report' in decision) {
    const { state: recorded, choiceIndex } = recordReport(state, decision.report, clock());
    story.setVariable(STORY_VARIABLES.reportAction, decision.report.action);
    return { recorded, step: choose(choiceIndex) };
  }
  const recorded = recordChoice(state, decision.choice, clock());
  return { recorded, step: choose(decision.choice) };
}

/**
 * Folds a story step into the state: lines, staging, phase, the choices now on offer. With
 * `transcript: false` the transcript is left empty (the explorer never shows it).
 */
export function receive(
  state: EncounterState,
  step: StoryStep,
  at: number,
  opts: { transcript?: boolean } = {},
): EncounterState {
  return receiveStep(opts.transcript === false ? { ...state, transcript: [] } : state, step, at);
}

/**
 * Records, takes and receives one decision: the state after it, and the step the story gave. The
 * clock is read when the decision is recorded and again when the story's answer is received.
 */
export function decide(
  story: DrivenStory,
  state: EncounterState,
  decision: Decision,
  clock: Clock,
): { state: EncounterState; step: StoryStep } {
  const { recorded, step } = take(story, state, decision, clock);
  return { state: receive(recorded, step, clock()), step };
}

/**
 * Takes `decisions` in order through `apply` while the current state offers each one; returns how
 * many were taken (all of them, or up to the first the story no longer offers).
 */
export function replay(
  decisions: Iterable<Decision>,
  current: () => EncounterState | null,
  apply: (decision: Decision) => void,
): number {
  let taken = 0;
  for (const decision of decisions) {
    const state = current();
    if (!state || !offered(state, decision)) break;
    apply(decision);
    taken++;
  }
  return taken;
}
