// The incident report: the checklist the officer fills in, and its evaluation against what was
// present on this path and what the situation required.

import type { StoryAnalysis } from './analysis.ts';
import type { Catalogs } from './catalog.ts';
import { ladderOutcome, type LadderOutcome } from './ladder.ts';
import { ACTION_RANK, type IncidentReport, type PathFacts } from './log.ts';
import { seededShuffle } from './random.ts';
import type { EncounterMeta } from '../tags/tags.ts';
import { SETTING_INDICATOR_PREFIX, type ReportAction } from '../vocabulary.ts';

export interface ChecklistItem {
  id: string;
  label: string;
  kind: 'indicator' | 'distractor';
}

/** How many real indicators from the same setting, absent from this encounter, join the checklist. */
const ABSENT_INDICATORS_ON_CHECKLIST = 2;
/** Minimum characters for a who / when / where field to count as documented. */
const MIN_FIELD_LENGTH = 3;

/**
 * The checklist mixes the indicators this encounter can show, a few real indicators it does not
 * show, and the story's distractors (things that are not indicators), in an order fixed by the seed.
 */
export function buildChecklist(
  meta: EncounterMeta,
  analysis: StoryAnalysis,
  catalogs: Catalogs,
  seed: number,
): ChecklistItem[] {
  const present = Object.keys(analysis.indicators);
  const prefix = SETTING_INDICATOR_PREFIX[meta.setting];
  const absentPool = [...catalogs.indicators.values()]
    .filter((i) => i.id.startsWith(`${prefix}.`) && !present.includes(i.id))
    .map((i) => i.id)
    .sort();
  const absent = seededShuffle(absentPool, seed).slice(0, ABSENT_INDICATORS_ON_CHECKLIST);
  const items: ChecklistItem[] = [
    ...[...present, ...absent].map((id) => ({
      id,
      label: catalogs.indicators.get(id)?.description ?? id,
      kind: 'indicator' as const,
    })),
    ...meta.distractors.map((id) => ({
      id,
      label: catalogs.distractors.get(id)?.label ?? id,
      kind: 'distractor' as const,
    })),
  ];
  return seededShuffle(items, seed ^ 0x5f3759df);
}

export type ActionVerdict = 'right' | 'over' | 'under';

export interface ReportEvaluation {
  /** Ticked, present on this path and seen by the officer. */
  correct: string[];
  /** Seen on this path (or present in the encounter) but not ticked. */
  missed: string[];
  /** Ticked although it was never shown on this path. */
  notSeen: string[];
  /** Ticked distractors: things that are not indicators. */
  wronglyFlagged: string[];
  documented: { who: boolean; when: boolean; where: boolean };
  action: ReportAction;
  required: ReportAction;
  verdict: ActionVerdict;
  /** Where the action falls in the ladder's scoring table, with its points by dimension. */
  outcome: LadderOutcome;
  /** Critical errors the report itself commits (not escalating a minor, no emergency call). */
  critical: string[];
}

export function actionVerdict(action: ReportAction, required: ReportAction): ActionVerdict {
  const diff = ACTION_RANK[action] - ACTION_RANK[required];
  return diff === 0 ? 'right' : diff > 0 ? 'over' : 'under';
}

export function evaluateReport(
  report: IncidentReport,
  facts: PathFacts,
  meta: EncounterMeta,
  analysis: StoryAnalysis,
  catalogs: Catalogs,
): ReportEvaluation {
  const ticked = new Set(report.observed);
  const present = new Set(Object.keys(analysis.indicators));
  const correct: string[] = [];
  const notSeen: string[] = [];
  const wronglyFlagged: string[] = [];
  for (const id of ticked) {
    if (catalogs.distractors.has(id)) wronglyFlagged.push(id);
    else if (facts.seen.has(id)) correct.push(id);
    else notSeen.push(id);
  }
  const missed = [...present].filter((id) => !ticked.has(id));
  const filled = (s: string) => s.trim().length >= MIN_FIELD_LENGTH;
  const outcome = ladderOutcome(report.action, facts.required, meta.minor);
  return {
    correct: correct.sort(),
    missed: missed.sort(),
    notSeen: notSeen.sort(),
    wronglyFlagged: wronglyFlagged.sort(),
    documented: { who: filled(report.who), when: filled(report.when), where: filled(report.where) },
    action: report.action,
    required: facts.required,
    verdict: outcome.verdict,
    outcome,
    critical: outcome.critical,
  };
}
