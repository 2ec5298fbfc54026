// The debrief builder: a pure function of the decision log (plus the story's meta and analysis,
// the catalogs and the configuration). Critical errors come first, then scores, indicators,
// each decision with its rationale and a better alternative, and the recommended response.

import type { IndicatorPlace, StoryAnalysis } from './analysis.ts';
import type { Catalogs } from './catalog.ts';
import type { AppConfig } from '../config/config.ts';
import { ladderRow, type LadderRowCase } from './ladder.ts';
import { choicesOf, pathFacts, startOf, type DecisionLog, type Mode } from './log.ts';
import { scoreLog, type DimensionScore } from './scoring.ts';
import type { ActionVerdict } from './report.ts';
import type { EncounterMeta } from '../tags/tags.ts';
import type { ReportAction, Situation } from '../vocabulary.ts';

export interface DebriefCritical {
  id: string;
  title: string;
  explanation: string;
  instead: string;
  source: string;
  /** The choice that committed it; absent when the report did. */
  where?: string;
}

export interface DebriefIndicator {
  id: string;
  description: string;
  why: string;
  sources: string[];
  /** Where it could be seen in this encounter. */
  places: IndicatorPlace[];
  /** Whether it was shown to the officer on this path. */
  seen: boolean;
}

export interface DebriefDecision {
  /** How many choices came before this one on the path (replaying from here re-takes them). */
  step: number;
  text: string;
  why: string | undefined;
  points: number;
  critical: boolean;
  /** The best-scoring option at the same point, when the learner's pick was not it. */
  better: { text: string; why: string | undefined } | undefined;
}

export interface Debrief {
  encounter: { id: string; title: string; setting: string; situation: Situation; minor: boolean };
  mode: Mode;
  ending: { id: string; title: string } | undefined;
  critical: DebriefCritical[];
  dimensions: DimensionScore[];
  /** `path`: what the learner could have earned on the path they took (absent for older logs). */
  total: { score: number; max: number; percent: number; path?: number };
  noticed: DebriefIndicator[];
  missed: DebriefIndicator[];
  /** Ticked, but never shown on this path. */
  notSeen: DebriefIndicator[];
  wronglyFlagged: { id: string; label: string; explanation: string }[];
  decisions: DebriefDecision[];
  action:
    | {
        chosen: ReportAction;
        required: ReportAction;
        verdict: ActionVerdict;
        /** The scoring-table row the chosen action fell in (the view words the table). */
        outcome?: LadderRowCase;
      }
    | undefined;
  recommended: RecommendedStep[];
  myths: { id: string; myth: string; correction: string; source: string }[];
  contactsReviewed: boolean;
}

/**
 * One step of the recommended response, by id: the view words it in the learner's language with the
 * configured contacts (src/ui/learner/debrief-words.ts), so no sentence is built here.
 */
export type RecommendedStep =
  | 'call_emergency'
  | 'nothing_to_report'
  | 'keep_observing'
  | 'write_down'
  | 'tell_escalation'
  | 'tell_escalation_decide'
  | 'minor_to_police'
  | 'police_crime'
  | 'report_hotline'
  | 'private_moment_minor'
  | 'private_moment';

/** The recommended response for the rung the path required, as numbered steps. */
export function recommendedSteps(required: ReportAction, minor: boolean): RecommendedStep[] {
  if (required === 'none') return ['nothing_to_report'];
  const steps: RecommendedStep[] = [];
  if (required === 'emergency') steps.push('call_emergency');
  steps.push('keep_observing', 'write_down');
  if (required !== 'log')
    steps.push(required === 'supervisor' && !minor ? 'tell_escalation_decide' : 'tell_escalation');
  if (minor) steps.push('minor_to_police');
  else if (required === 'police') steps.push('police_crime');
  if (required === 'hotline' || required === 'police' || required === 'emergency' || minor)
    steps.push('report_hotline');
  steps.push(minor ? 'private_moment_minor' : 'private_moment');
  return steps;
}

export function buildDebrief(
  log: DecisionLog,
  meta: EncounterMeta,
  analysis: StoryAnalysis,
  catalogs: Catalogs,
  config: AppConfig,
): Debrief {
  const sheet = scoreLog(log, meta, analysis, catalogs);
  const facts = pathFacts(log);
  const ev = sheet.evaluation;
  const choices = choicesOf(log);

  const critical: DebriefCritical[] = [];
  const addCritical = (id: string, where: string | undefined) => {
    if (critical.some((c) => c.id === id)) return;
    const e = catalogs.criticalErrors.get(id);
    critical.push({
      id,
      title: e?.title ?? id,
      explanation: e?.explanation ?? '',
      instead: e?.instead ?? '',
      source: e?.source ?? '',
      ...(where !== undefined ? { where } : {}),
    });
  };
  for (const c of choices) for (const id of c.tags.critical) addCritical(id, c.text);
  for (const id of ev?.critical ?? []) addCritical(id, undefined);

  const indicator = (id: string): DebriefIndicator => {
    const i = catalogs.indicators.get(id);
    return {
      id,
      description: i?.description ?? id,
      why: i?.why ?? '',
      sources: i?.sources ?? [],
      places: analysis.indicators[id] ?? [],
      seen: facts.seen.has(id),
    };
  };

  const decisions: DebriefDecision[] = choices
    .map((c, step) => ({ c, step }))
    .filter(({ c }) => c.tags.scores.length > 0 || c.tags.critical.length > 0 || c.options.some((o) => o.why))
    .map(({ c, step }) => {
      const mine = c.tags.scores.reduce((s, x) => s + x.value, 0);
      const best = [...c.options]
        .filter((o) => !o.critical)
        .sort((a, b) => b.total - a.total)
        .find((o) => o.id !== c.choiceId);
      const better =
        best && (best.total > mine || c.tags.critical.length > 0)
          ? { text: best.text, why: best.why }
          : undefined;
      return {
        step,
        text: c.text,
        why: c.tags.why,
        points: mine,
        critical: c.tags.critical.length > 0,
        better,
      };
    });

  const mythIds = new Set(meta.teaches);
  for (const c of choices) for (const m of c.tags.myths) mythIds.add(m);
  const myths = [...mythIds].flatMap((id) => {
    const m = catalogs.misconceptions.get(id);
    return m ? [{ id, myth: m.myth, correction: m.correction, source: m.source }] : [];
  });

  return {
    encounter: {
      id: meta.id,
      title: meta.title,
      setting: meta.setting,
      situation: meta.situation,
      minor: meta.minor,
    },
    mode: startOf(log)?.mode ?? 'practice',
    ending: facts.ending,
    critical,
    dimensions: sheet.dimensions,
    total: {
      score: sheet.total,
      max: sheet.max,
      percent: sheet.percent,
      ...(sheet.path !== undefined ? { path: sheet.path } : {}),
    },
    noticed: (ev?.correct ?? []).map(indicator),
    missed: (ev?.missed ?? Object.keys(analysis.indicators)).map(indicator),
    notSeen: (ev?.notSeen ?? []).map(indicator),
    wronglyFlagged: (ev?.wronglyFlagged ?? []).map((id) => {
      const d = catalogs.distractors.get(id);
      return { id, label: d?.label ?? id, explanation: d?.explanation ?? '' };
    }),
    decisions,
    action: ev
      ? {
          chosen: ev.action,
          required: ev.required,
          verdict: ev.verdict,
          outcome: ladderRow(ev.outcome).case,
        }
      : undefined,
    recommended: recommendedSteps(facts.required, meta.minor),
    myths,
    contactsReviewed: config.reviewed,
  };
}
