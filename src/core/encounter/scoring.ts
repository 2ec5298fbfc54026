// Scoring: per-dimension totals from the decision log. Choices carry their own points (score tags);
// the incident report adds points on the procedure dimensions. Maxima come from the story analysis.

import type { StoryAnalysis } from './analysis.ts';
import type { Catalogs } from './catalog.ts';
import { PROCEDURE } from './procedure.ts';
import { LADDER_POINTS, worstLadderPoints } from './ladder.ts';
import { choicesOf, pathFacts, reportOf, type DecisionLog } from './log.ts';
import { evaluateReport, type ReportEvaluation } from './report.ts';
import type { EncounterMeta } from '../tags/tags.ts';
import type { ReportAction } from '../vocabulary.ts';

const REPORT_POINTS = {
  /** Per indicator correctly reported, and minus one per thing wrongly flagged (never below 0). */
  perIndicator: 1,
  /** Per documented field: who, when, where. */
  perField: 1,
  fields: 3,
  /** The action's points come from the response ladder (src/core/encounter/ladder.ts). */
  rightAction: LADDER_POINTS.right,
} as const;

export type Scores = Record<string, number>;

function add(into: Scores, dim: string, value: number): void {
  into[dim] = (into[dim] ?? 0) + value;
}

/** Points the report earns, by dimension. */
export function reportPoints(ev: ReportEvaluation): Scores {
  const observe = Math.max(
    0,
    REPORT_POINTS.perIndicator * (ev.correct.length - ev.wronglyFlagged.length - ev.notSeen.length),
  );
  const fields = [ev.documented.who, ev.documented.when, ev.documented.where].filter(Boolean).length;
  const out: Scores = {
    [PROCEDURE.observe]: observe,
    [PROCEDURE.document]: fields * REPORT_POINTS.perField,
  };
  for (const [dim, v] of Object.entries(ev.outcome.points)) add(out, dim, v);
  return out;
}

/** The best report a path allows: every seen indicator, every field, the required action. */
export function bestReportPoints(seenCount: number): Scores {
  return {
    [PROCEDURE.observe]: seenCount * REPORT_POINTS.perIndicator,
    [PROCEDURE.document]: REPORT_POINTS.fields * REPORT_POINTS.perField,
    [PROCEDURE.report]: REPORT_POINTS.rightAction,
  };
}

/**
 * The worst report a path allows: nothing ticked, nothing documented, the least fitting action
 * (for an adult, over-escalating to police also costs on voice & choice).
 */
export function worstReportPoints(required: ReportAction, minor = false): Scores {
  return { [PROCEDURE.observe]: 0, [PROCEDURE.document]: 0, ...worstLadderPoints(required, minor) };
}

/**
 * The points, by dimension, the learner could have earned on the path they took: at each scored
 * decision, the option the debrief offers as the better choice (the best-scoring one that is not a
 * critical error, or theirs when it was best), and the best report the path allowed. Null when the
 * log's options do not carry their points by dimension (recorded by an earlier version).
 */
function pathPoints(log: DecisionLog): Scores | null {
  const out: Scores = {};
  for (const c of choicesOf(log)) {
    if (c.options.length === 0) continue;
    if (c.options.some((o) => o.total !== 0 && !o.scores)) return null;
    const best = [...c.options].filter((o) => !o.critical).sort((a, b) => b.total - a.total)[0];
    const mine = c.tags.scores.reduce((s, x) => s + x.value, 0);
    const pick =
      !best || (mine >= best.total && c.tags.critical.length === 0) ? c.tags.scores : (best.scores ?? []);
    for (const s of pick) add(out, s.dimension, s.value);
  }
  if (reportOf(log))
    for (const [dim, v] of Object.entries(bestReportPoints(pathFacts(log).seen.size))) add(out, dim, v);
  return out;
}

function choicePoints(log: DecisionLog): Scores {
  const out: Scores = {};
  for (const c of choicesOf(log)) for (const s of c.tags.scores) add(out, s.dimension, s.value);
  return out;
}

export interface DimensionScore {
  id: string;
  name: string;
  group: string;
  description: string;
  score: number;
  /** The most the encounter allows on this dimension, over every path. */
  max: number;
  /**
   * What the learner could have earned on the path they took: the best option at each decision
   * they met, and the best report the path allowed. Absent for logs recorded before options kept
   * their points by dimension.
   */
  path?: number;
}

export interface ScoreSheet {
  dimensions: DimensionScore[];
  total: number;
  max: number;
  /** 0–100, rounded; never above 100 or below 0. */
  percent: number;
  /** What the learner could have earned on their path, over all dimensions (see DimensionScore.path). */
  path?: number;
  evaluation: ReportEvaluation | undefined;
}

/** The score sheet for a log. Dimensions are listed in catalog order, those the story can score. */
export function scoreLog(
  log: DecisionLog,
  meta: EncounterMeta,
  analysis: StoryAnalysis,
  catalogs: Catalogs,
): ScoreSheet {
  const points = choicePoints(log);
  const report = reportOf(log);
  const evaluation = report ? evaluateReport(report, pathFacts(log), meta, analysis, catalogs) : undefined;
  if (evaluation) for (const [dim, v] of Object.entries(reportPoints(evaluation))) add(points, dim, v);
  const onPath = pathPoints(log);
  const dimensions: DimensionScore[] = [];
  for (const d of catalogs.dimensions.values()) {
    const max = analysis.max[d.id] ?? 0;
    if (max <= 0 && points[d.id] === undefined) continue;
    dimensions.push({
      id: d.id,
      name: d.name,
      group: d.group,
      description: d.description,
      score: points[d.id] ?? 0,
      max,
      ...(onPath ? { path: Math.min(max, onPath[d.id] ?? 0) } : {}),
    });
  }
  const total = dimensions.reduce((s, d) => s + d.score, 0);
  const max = dimensions.reduce((s, d) => s + d.max, 0);
  const percent = max > 0 ? Math.max(0, Math.min(100, Math.round((100 * total) / max))) : 0;
  const path = onPath ? dimensions.reduce((s, d) => s + (d.path ?? 0), 0) : undefined;
  return { dimensions, total, max, percent, evaluation, ...(path !== undefined ? { path } : {}) };
}
