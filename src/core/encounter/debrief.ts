// The debrief builder: a pure function of the decision log (plus the story's meta and analysis,
// the catalogs and the configuration). Critical errors come first, then scores, indicators,
// each decision with its rationale and a better alternative, and the recommended response.

import type { IndicatorPlace, StoryAnalysis } from './analysis.ts';
import type { Catalogs } from './catalog.ts';
import type { AppConfig, Hotline } from '../config/config.ts';
import { LADDER_TABLE, ladderRow, type LadderRow } from './ladder.ts';
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
  /** The choice that committed it, or the report. */
  where: string;
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
        /** What the organisation's policy expected on this path, and why (with its contacts named). */
        expected?: string;
        /** The scoring-table row the chosen action fell in. */
        outcome?: LadderRow;
        /** The whole scoring table, shown when the action was not the expected one. */
        table?: readonly LadderRow[];
      }
    | undefined;
  recommended: string[];
  myths: { id: string; myth: string; correction: string; source: string }[];
  contactsReviewed: boolean;
}

/** What the configuration says about the first hotline, as sentences; empty when it says nothing. */
export function hotlineFacts(h: Hotline): string {
  const out: string[] = [];
  if (h.isPolice === false) out.push('It is not a police line.');
  if (h.isPolice === true) out.push('It is a police line.');
  if (h.hours) out.push(`It answers ${h.hours}.`);
  if (h.languages) out.push(`It can help in ${h.languages}.`);
  if (h.consentBased === true)
    out.push("For an adult who is not in immediate danger, it acts only with the person's consent.");
  return out.join(' ');
}

/** Why the path's situation called for its rung, with the configured contacts named. */
export function expectedWhy(required: ReportAction, minor: boolean, config: AppConfig): string {
  const c = config.contacts;
  const first = c.internalEscalation[0] ?? 'your supervisor';
  switch (required) {
    case 'none':
      return 'Nothing on this path pointed to exploitation: what you saw had ordinary explanations, so there was nothing to report.';
    case 'log':
      return 'What you saw on this path was a weak sign, with no one at risk: a note in the incident log keeps it on record, so a pattern can be seen if it comes up again.';
    case 'supervisor':
      return `There were signs worth passing on, but no one was in immediate danger and no minor was involved: tell ${first}. Under post orders they decide with you whether to refer, and an adult's own choice is respected.`;
    case 'hotline':
      return `Several signs came together and no one was in immediate danger: refer to ${c.hotline.name} with ${first}, as your policy says. It is a referral, not a police call.`;
    case 'police':
      return minor
        ? `A young person under 18 was involved: police and ${c.childProtection.name} must be told under your policy, even if the young person says no, and the young person told honestly what happens next.`
        : `A crime was in progress, though no one was in immediate danger: police must be told, through ${first}.`;
    case 'emergency':
      return `Someone was in immediate danger: call ${c.emergencyNumber} first, then tell ${first}.`;
  }
}

/** The recommended response, as numbered steps with the configured contacts filled in. */
export function recommendedSteps(required: ReportAction, minor: boolean, config: AppConfig): string[] {
  const c = config.contacts;
  const first = c.internalEscalation[0] ?? 'your supervisor';
  const hotline = `${c.hotline.name} on ${c.hotline.phone}${c.hotline.text ? ` (${c.hotline.text})` : ''}`;
  const steps: string[] = [];
  if (required === 'emergency')
    steps.push(`Call ${c.emergencyNumber} first: someone is in immediate danger.`);
  if (required === 'none') {
    steps.push(
      'Nothing here called for a report. Carry on with your patrol and stay open to what you see next.',
    );
    return steps;
  }
  steps.push(
    'Keep observing from a distance. Do not confront anyone or show that you are concerned in front of the person with them.',
  );
  steps.push(
    'Write down the facts while they are fresh: who (descriptions, names heard), when, where, what you saw and heard, word for word.',
  );
  if (required !== 'log') {
    steps.push(
      `Tell ${first}${c.internalEscalation.length > 1 ? `, then ${c.internalEscalation.slice(1).join(', then ')}` : ''}.${required === 'supervisor' && !minor ? ' Under post orders they decide with you whether to refer.' : ''}`,
    );
  }
  if (minor) {
    const cp = `${c.childProtection.name}${c.childProtection.phone ? ` (${c.childProtection.phone})` : ''}`;
    steps.push(
      `A young person under 18 is always passed to police and ${cp} under your policy, even if they say no. Tell them honestly what happens next.`,
    );
  } else if (required === 'police') {
    steps.push('Police must be told: a crime is in progress, though no one is in immediate danger.');
  }
  if (required === 'hotline' || required === 'police' || required === 'emergency' || minor) {
    const facts = hotlineFacts(c.hotline);
    steps.push(`With ${first}, and as your policy says, report to ${hotline}.${facts ? ` ${facts}` : ''}`);
  }
  steps.push(
    minor
      ? 'If you get a private moment with the young person, keep questions to what safety needs: a trained interviewer takes the details later.'
      : 'If you get a private moment with the person, offer the hotline in a discreet way and respect what an adult decides.',
  );
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
  const addCritical = (id: string, where: string) => {
    if (critical.some((c) => c.id === id)) return;
    const e = catalogs.criticalErrors.get(id);
    critical.push({
      id,
      title: e?.title ?? id,
      explanation: e?.explanation ?? '',
      instead: e?.instead ?? '',
      source: e?.source ?? '',
      where,
    });
  };
  for (const c of choices) for (const id of c.tags.critical) addCritical(id, c.text);
  for (const id of ev?.critical ?? []) addCritical(id, 'The incident report');

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
          expected: expectedWhy(ev.required, meta.minor, config),
          outcome: ladderRow(ev.outcome),
          table: LADDER_TABLE,
        }
      : undefined,
    recommended: recommendedSteps(facts.required, meta.minor, config),
    myths,
    contactsReviewed: config.reviewed,
  };
}
