// The response ladder: how the incident report's action is scored against the rung the story
// required, and why. One table, used by the scoring, the debrief ("what your policy expected, and
// why") and stories/README.md (a test keeps the README's copy in step).

import { ENGINE_CRITICAL, PROCEDURE } from './procedure.ts';
import { ACTION_RANK, type DecisionLog } from './log.ts';
import type { ReportAction } from '../vocabulary.ts';

/** The dimension over-escalation costs on: voice & choice. */
const CHOICE_DIMENSION = 'choice';

export const LADDER_POINTS = {
  right: 2,
  /** One rung more urgent than needed, still within policy: the next person up the line decides. */
  overByOne: 1,
  overMore: 0,
  /** Police or the emergency number about an adult when the situation did not call for police. */
  overPolice: 0,
  /** …and what that costs on voice & choice. */
  overPoliceChoice: -2,
  under: -2,
} as const;

export type LadderCase = 'right' | 'over_one' | 'over_more' | 'over_police' | 'under';

export interface LadderOutcome {
  case: LadderCase;
  verdict: 'right' | 'over' | 'under';
  /** Points by dimension: always `report`, and `choice` when over-escalation costs on it. */
  points: Record<string, number>;
  /** Critical errors the report itself commits. */
  critical: string[];
}

/** Whether an action calls police to the person (the police rung or the emergency number). */
function callsPolice(action: ReportAction): boolean {
  return ACTION_RANK[action] >= ACTION_RANK.police;
}

/** Scores a report action against the rung the path required. */
export function ladderOutcome(action: ReportAction, required: ReportAction, minor: boolean): LadderOutcome {
  const gap = ACTION_RANK[action] - ACTION_RANK[required];
  const report = PROCEDURE.report;
  if (gap === 0)
    return { case: 'right', verdict: 'right', points: { [report]: LADDER_POINTS.right }, critical: [] };
  if (gap < 0) {
    const critical: string[] = [];
    if (required === 'emergency') critical.push(ENGINE_CRITICAL.noEmergencyCall);
    if (minor && ACTION_RANK[required] >= ACTION_RANK.hotline && !callsPolice(action))
      critical.push(ENGINE_CRITICAL.minorNotEscalated);
    return { case: 'under', verdict: 'under', points: { [report]: LADDER_POINTS.under }, critical };
  }
  if (!minor && callsPolice(action) && !callsPolice(required))
    return {
      case: 'over_police',
      verdict: 'over',
      points: { [report]: LADDER_POINTS.overPolice, [CHOICE_DIMENSION]: LADDER_POINTS.overPoliceChoice },
      critical: [],
    };
  return gap === 1
    ? { case: 'over_one', verdict: 'over', points: { [report]: LADDER_POINTS.overByOne }, critical: [] }
    : { case: 'over_more', verdict: 'over', points: { [report]: LADDER_POINTS.overMore }, critical: [] };
}

/** The lowest points any report action earns against `required` (for the story's score bounds). */
export function worstLadderPoints(required: ReportAction, minor: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const action of Object.keys(ACTION_RANK) as ReportAction[]) {
    for (const [dim, v] of Object.entries(ladderOutcome(action, required, minor).points))
      out[dim] = Math.min(out[dim] ?? 0, v);
  }
  return out;
}

/** A row of the scoring table: a ladder case, or `under` split by the critical error it commits. */
export type LadderRowCase = LadderCase | 'under_emergency' | 'under_minor';

/** One row of the scoring table, as the README shows it (the debrief words it from its catalog). */
export interface LadderRow {
  case: LadderRowCase;
  when: string;
  points: string;
  why: string;
}

export const LADDER_TABLE: readonly LadderRow[] = [
  {
    case: 'right',
    when: 'The rung the situation called for',
    points: 'reporting +2',
    why: 'You did what the situation and your post orders called for.',
  },
  {
    case: 'over_one',
    when: 'One rung more than needed (not police or the emergency number for an adult)',
    points: 'reporting +1',
    why: 'Still within policy: the next person up the line can decide, but it spends their time.',
  },
  {
    case: 'over_more',
    when: 'Two or more rungs more than needed (not police or the emergency number for an adult)',
    points: 'reporting 0',
    why: 'More than the situation needed; it takes the decision away from the people whose job it is.',
  },
  {
    case: 'over_police',
    when: 'Police or the emergency number about an adult when no one was in danger and no crime was in progress',
    points: 'reporting 0, voice & choice −2',
    why: 'An adult who is in no immediate danger decides for themselves whether to involve police. Calling police anyway overrides that choice, can expose them to arrest or immigration action, and can make them less likely to ask anyone for help again.',
  },
  {
    case: 'under',
    when: 'Less than the situation called for',
    points: 'reporting −2',
    why: 'The concern did not reach the people who can act on it.',
  },
  {
    case: 'under_emergency',
    when: 'Less than the emergency number when someone was in immediate danger',
    points: 'reporting −2 and the critical error “not calling emergency services”',
    why: 'When someone is in immediate danger, every minute counts: call the emergency number first.',
  },
  {
    case: 'under_minor',
    when: 'Less than the situation called for when a young person under 18 is involved (from the hotline rung up)',
    points: 'reporting −2 and the critical error “not escalating a concern about a minor”',
    why: 'A concern about a minor always goes to police and child protection, even if the young person says no.',
  },
];

/** The table row a report's outcome falls in (the critical rows before the plain `under`). */
export function ladderRow(outcome: LadderOutcome): LadderRow {
  const id = outcome.critical.includes(ENGINE_CRITICAL.noEmergencyCall)
    ? 'under_emergency'
    : outcome.critical.includes(ENGINE_CRITICAL.minorNotEscalated)
      ? 'under_minor'
      : outcome.case;
  return LADDER_TABLE.find((r) => r.case === id) ?? (LADDER_TABLE[0] as LadderRow);
}

/** The table in Markdown, as stories/README.md carries it. */
export function ladderTableMarkdown(): string {
  return [
    '| When the report’s action is… | Points | Why |',
    '|---|---|---|',
    ...LADDER_TABLE.map((r) => `| ${r.when} | ${r.points} | ${r.why} |`),
  ].join('\n');
}

/** An act-phase choice rewarded for an action that the report on the same path then scores as wrong. */
export interface ActionConflict {
  /** The rewarded choice's text, as shown. */
  choice: string;
  action: ReportAction;
  required: ReportAction;
  outcome: LadderOutcome;
}

/**
 * Checks a path at its report: the most urgent action the act phase rewarded (a choice tagged
 * `action` with points above zero) must be the one the report scores as right, or a learner who
 * reports truthfully what the story praised is marked down. When the situation became more urgent
 * after that choice (a later `requires`), a report of the earlier action being too little is the
 * learner's to fix, not the story's. Null when consistent or nothing was tagged.
 */
export function actionConflict(
  log: DecisionLog,
  required: ReportAction,
  minor: boolean,
): ActionConflict | null {
  let top: { choice: string; action: ReportAction; requiredThen: ReportAction } | null = null;
  let requiredSoFar: ReportAction = 'none';
  for (const e of log) {
    if (e.kind === 'shown' && e.facts.requires && ACTION_RANK[e.facts.requires] > ACTION_RANK[requiredSoFar])
      requiredSoFar = e.facts.requires;
    if (e.kind !== 'choice') continue;
    const action = e.tags.action;
    if (!action || e.tags.scores.reduce((s, x) => s + x.value, 0) <= 0) continue;
    if (!top || ACTION_RANK[action] >= ACTION_RANK[top.action])
      top = { choice: e.text, action, requiredThen: requiredSoFar };
  }
  if (!top) return null;
  const outcome = ladderOutcome(top.action, required, minor);
  if (outcome.case === 'right') return null;
  const raisedAfter =
    ACTION_RANK[required] > Math.max(ACTION_RANK[top.requiredThen], ACTION_RANK[top.action]);
  if (outcome.verdict === 'under' && raisedAfter) return null;
  return { choice: top.choice, action: top.action, required, outcome };
}
