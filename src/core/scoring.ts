// Scoring: per-dimension totals from the decision log. Choices carry their own points (score tags);
// the incident report adds points on the procedure dimensions. Maxima come from the story analysis.

import type { StoryAnalysis } from './analysis.ts';
import { PROCEDURE, type Catalogs } from './catalog.ts';
import { choicesOf, pathFacts, reportOf, ACTION_RANK, type DecisionLog } from './log.ts';
import { evaluateReport, type ReportEvaluation } from './report.ts';
import type { EncounterMeta } from './tags.ts';
import type { ReportAction } from './vocabulary.ts';

export const REPORT_POINTS = {
  /** Per indicator correctly reported, and minus one per thing wrongly flagged (never below 0). */
  perIndicator: 1,
  /** Per documented field: who, when, where. */
  perField: 1,
  fields: 3,
  rightAction: 2,
  /** One rung more urgent than needed: still safe, but it spends help elsewhere needed. */
  overByOne: 1,
  overMore: 0,
  under: -2,
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
  const gap = ACTION_RANK[ev.action] - ACTION_RANK[ev.required];
  const report =
    gap === 0
      ? REPORT_POINTS.rightAction
      : gap < 0
        ? REPORT_POINTS.under
        : gap === 1
          ? REPORT_POINTS.overByOne
          : REPORT_POINTS.overMore;
  return {
    [PROCEDURE.observe]: observe,
    [PROCEDURE.document]: fields * REPORT_POINTS.perField,
    [PROCEDURE.report]: report,
  };
}

/** The best report a path allows: every seen indicator, every field, the required action. */
export function bestReportPoints(seenCount: number): Scores {
  return {
    [PROCEDURE.observe]: seenCount * REPORT_POINTS.perIndicator,
    [PROCEDURE.document]: REPORT_POINTS.fields * REPORT_POINTS.perField,
    [PROCEDURE.report]: REPORT_POINTS.rightAction,
  };
}

/** The worst report a path allows: nothing ticked, nothing documented, the least fitting action. */
export function worstReportPoints(required: ReportAction): Scores {
  const report = required === 'none' ? REPORT_POINTS.overMore : REPORT_POINTS.under;
  return { [PROCEDURE.observe]: 0, [PROCEDURE.document]: 0, [PROCEDURE.report]: report };
}

export function choicePoints(log: DecisionLog): Scores {
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
  max: number;
}

export interface ScoreSheet {
  dimensions: DimensionScore[];
  total: number;
  max: number;
  /** 0–100, rounded; never above 100 or below 0. */
  percent: number;
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
    });
  }
  const total = dimensions.reduce((s, d) => s + d.score, 0);
  const max = dimensions.reduce((s, d) => s + d.max, 0);
  const percent = max > 0 ? Math.max(0, Math.min(100, Math.round((100 * total) / max))) : 0;
  return { dimensions, total, max, percent, evaluation };
}
