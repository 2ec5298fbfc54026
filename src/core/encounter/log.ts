// The decision log: the append-only record of one attempt. Score, debrief, resume and (later) LMS
// statements are all functions of it. Entries hold facts, not story text, so the log stays small.

import type { ChoiceTags } from '../tags/tags.ts';
import { normaliseAction, type ReportAction, type StoryPhase } from '../vocabulary.ts';

export const MODES = ['practice', 'assessment'] as const;
export type Mode = (typeof MODES)[number];

/** What the learner's screen showed between two decisions, reduced to the facts that matter. */
export interface ShownFacts {
  indicators: string[];
  phase?: StoryPhase;
  requires?: ReportAction;
  ending?: { id: string; title: string };
}

/** A sibling option at a decision, kept so the debrief can name the better alternative. */
export interface OptionSummary {
  id: string;
  text: string;
  total: number;
  why?: string;
  critical: boolean;
  /** Its points by dimension, when it has any (logs from before this field have only `total`). */
  scores?: { dimension: string; value: number }[];
}

export interface IncidentReport {
  /** Ticked checklist ids: indicator ids and distractor ids. */
  observed: string[];
  who: string;
  when: string;
  where: string;
  action: ReportAction;
  notes: string;
}

export type LogEntry =
  | {
      kind: 'start';
      at: number;
      encounterId: string;
      contentHash: string;
      seed: number;
      mode: Mode;
    }
  | { kind: 'shown'; at: number; facts: ShownFacts }
  | {
      kind: 'choice';
      at: number;
      /** Index in the list shown, for replay. */
      index: number;
      choiceId: string;
      knot: string;
      text: string;
      tags: ChoiceTags;
      options: OptionSummary[];
    }
  | { kind: 'report'; at: number; report: IncidentReport }
  | { kind: 'end'; at: number };

export type DecisionLog = readonly LogEntry[];

export type ChoiceEntry = Extract<LogEntry, { kind: 'choice' }>;
export type StartEntry = Extract<LogEntry, { kind: 'start' }>;

export function append(log: DecisionLog, entry: LogEntry): DecisionLog {
  return [...log, entry];
}

export function startOf(log: DecisionLog): StartEntry | undefined {
  const first = log[0];
  return first?.kind === 'start' ? first : undefined;
}

export function choicesOf(log: DecisionLog): ChoiceEntry[] {
  return log.filter((e): e is ChoiceEntry => e.kind === 'choice');
}

export function reportOf(log: DecisionLog): IncidentReport | undefined {
  for (const e of log) if (e.kind === 'report') return e.report;
  return undefined;
}

/** Everything the learner was shown or revealed on this path, folded in order. */
export interface PathFacts {
  seen: Set<string>;
  /** Where each indicator was first seen, as the knot or hotspot. */
  seenAt: Map<string, string>;
  required: ReportAction;
  ending?: { id: string; title: string };
  phase: StoryPhase | 'debrief';
  ended: boolean;
}

export const ACTION_RANK: Record<ReportAction, number> = {
  none: 0,
  log: 1,
  supervisor: 2,
  hotline: 3,
  police: 4,
  emergency: 5,
};

export function pathFacts(log: DecisionLog): PathFacts {
  const facts: PathFacts = {
    seen: new Set(),
    seenAt: new Map(),
    required: 'none',
    phase: 'briefing',
    ended: false,
  };
  const see = (id: string, where: string) => {
    facts.seen.add(id);
    if (!facts.seenAt.has(id)) facts.seenAt.set(id, where);
  };
  let lastKnot = 'the opening';
  for (const e of log) {
    if (e.kind === 'shown') {
      for (const id of e.facts.indicators) see(id, lastKnot);
      if (e.facts.phase) facts.phase = e.facts.phase;
      if (e.facts.requires && ACTION_RANK[e.facts.requires] > ACTION_RANK[facts.required])
        facts.required = e.facts.requires;
      if (e.facts.ending) facts.ending = e.facts.ending;
    } else if (e.kind === 'choice') {
      lastKnot = e.text;
      if (e.tags.reveals) see(e.tags.reveals, e.text);
      for (const id of e.tags.indicators) see(id, e.text);
    } else if (e.kind === 'end') {
      facts.ended = true;
      facts.phase = 'debrief';
    }
  }
  return facts;
}

/**
 * A decision log written by an earlier version, with its action ids as the current ladder names
 * them (a report's action, a shown `requires`). Entries already current come back unchanged; an id
 * that is no action at all is left for the reader that validates the log to refuse.
 */
export function upgradeLog(log: DecisionLog): DecisionLog {
  let changed = false;
  const out = log.map((e): LogEntry => {
    if (e.kind === 'report') {
      const action = normaliseAction(e.report.action);
      if (action && action !== e.report.action) {
        changed = true;
        return { ...e, report: { ...e.report, action } };
      }
    } else if (e.kind === 'shown' && e.facts.requires) {
      const requires = normaliseAction(e.facts.requires);
      if (requires && requires !== e.facts.requires) {
        changed = true;
        return { ...e, facts: { ...e.facts, requires } };
      }
    }
    return e;
  });
  return changed ? out : log;
}

/**
 * A stored debrief (or anything with its `action` pair) from an earlier version, with its action ids
 * as the current ladder names them. Anything else comes back as it was.
 */
export function upgradeDebriefActions<
  T extends { action?: { chosen: ReportAction; required: ReportAction } | undefined },
>(d: T): T {
  if (!d.action) return d;
  const chosen = normaliseAction(d.action.chosen) ?? d.action.chosen;
  const required = normaliseAction(d.action.required) ?? d.action.required;
  if (chosen === d.action.chosen && required === d.action.required) return d;
  return { ...d, action: { ...d.action, chosen, required } };
}
