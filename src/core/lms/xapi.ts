// xAPI statements for the same events the SCORM bridges record: initialized, answered (one per
// decision), completed, passed / failed, terminated. Under cmi5 the statements follow the cmi5 context
// template rules (registration, session id, the cmi5 and moveOn categories, the mastery score).

import type { Assignment } from './assignment.ts';
import { NOTHING_HELD, type LmsHeld, type LmsInteraction, type LmsReport } from './lms.ts';

export const XAPI_VERSION = '1.0.3';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

export interface Agent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  account?: { homePage: string; name: string };
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition?: Record<string, unknown>;
  };
  result?: Record<string, unknown>;
  context?: Record<string, unknown>;
  timestamp: string;
}

/** Who is learning and where; the same for every statement of a session. */
export interface StatementContext {
  actor: Agent;
  /** The activity (IRI) the assignment is; under cmi5 the AU's activity id from the launch. */
  activityId: string;
  assignment: Assignment;
  /** Under cmi5: the launch's registration and this session's id. */
  cmi5?: {
    registration: string;
    sessionId: string;
    masteryScore?: number;
    contextTemplate?: Record<string, unknown>;
  };
  /** A fresh statement id (a UUID). */
  uuid: () => string;
  language?: string;
}

/** An ISO 8601 duration from milliseconds, e.g. PT1M2.5S. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}

function base(ctx: StatementContext, verb: VerbName, at: number, defined: boolean): Statement {
  const lang = ctx.language ?? 'en';
  const statement: Statement = {
    id: ctx.uuid(),
    actor: ctx.actor,
    verb: { id: VERBS[verb], display: { [lang]: verb } },
    object: {
      objectType: 'Activity',
      id: ctx.activityId,
      definition: { type: ACTIVITY_TYPES.course, name: { [lang]: ctx.assignment.title } },
    },
    timestamp: new Date(at).toISOString(),
  };
  const c = ctx.cmi5;
  if (c) {
    // cmi5 9.6: every statement carries the template, the registration and the session id; "cmi5
    // defined" statements add the cmi5 category, and completed / passed / failed the moveOn one.
    const template = c.contextTemplate ?? {};
    const activities = (template['contextActivities'] ?? {}) as Record<string, unknown[]>;
    const categories = [...(activities['category'] ?? [])];
    if (defined) categories.push({ id: CMI5.category });
    if (defined && (verb === 'completed' || verb === 'passed' || verb === 'failed'))
      categories.push({ id: CMI5.moveOn });
    const extensions: Record<string, unknown> = {
      ...((template['extensions'] ?? {}) as Record<string, unknown>),
      [CMI5.sessionId]: c.sessionId,
    };
    if (defined && (verb === 'passed' || verb === 'failed') && c.masteryScore !== undefined)
      extensions[CMI5.masteryScore] = c.masteryScore;
    statement.context = {
      ...template,
      registration: c.registration,
      contextActivities: { ...activities, ...(categories.length ? { category: categories } : {}) },
      extensions,
    };
  }
  return statement;
}

export function initializedStatement(ctx: StatementContext, at: number): Statement {
  return base(ctx, 'initialized', at, true);
}

export function terminatedStatement(ctx: StatementContext, at: number, sessionMs: number): Statement {
  return { ...base(ctx, 'terminated', at, true), result: { duration: isoDuration(sessionMs) } };
}

/** One statement per decision; its object is the interaction, with the assignment as parent. */
export function answeredStatement(ctx: StatementContext, i: LmsInteraction): Statement {
  const lang = ctx.language ?? 'en';
  const s = base(ctx, 'answered', i.at, false);
  s.object = {
    objectType: 'Activity',
    id: `${ctx.activityId}/interactions/${encodeURIComponent(i.id)}`,
    definition: {
      type: ACTIVITY_TYPES.interaction,
      interactionType: 'choice',
      description: { [lang]: i.description },
      ...(i.correctResponse ? { correctResponsesPattern: [i.correctResponse] } : {}),
    },
  };
  s.result = {
    response: i.response,
    duration: isoDuration(i.latencyMs),
    ...(i.result === 'neutral' ? {} : { success: i.result === 'correct' }),
  };
  const parent = { contextActivities: { parent: [{ id: ctx.activityId, objectType: 'Activity' }] } };
  const context = (s.context ?? {}) as Record<string, unknown>;
  s.context = {
    ...context,
    contextActivities: {
      ...((context['contextActivities'] as object | undefined) ?? {}),
      ...parent.contextActivities,
    },
  };
  return s;
}

/**
 * What finishing the assignment sends: completed (when complete), then passed or failed with the
 * score.
 */
export function outcomeStatements(
  ctx: StatementContext,
  report: LmsReport,
  at: number,
  sessionMs: number,
): Statement[] {
  const out: Statement[] = [];
  if (report.completion !== 'completed') return out;
  out.push({
    ...base(ctx, 'completed', at, true),
    result: { completion: true, duration: isoDuration(sessionMs) },
  });
  if (report.success === 'passed' || report.success === 'failed') {
    out.push({
      ...base(ctx, report.success, at, true),
      result: {
        success: report.success === 'passed',
        completion: true,
        duration: isoDuration(sessionMs),
        score: {
          scaled: report.score.scaled,
          raw: report.score.raw,
          min: report.score.min,
          max: report.score.max,
        },
      },
    });
  }
  return out;
}

/**
 * What an LRS holds for a registration, from its completed / passed / failed statements (any order):
 * completed once any says so, passed once any passed (failed only without one), the highest score.
 */
export function heldFromStatements(statements: readonly unknown[]): LmsHeld {
  const held: LmsHeld = { ...NOTHING_HELD, objectives: [] };
  for (const s of statements) {
    if (typeof s !== 'object' || s === null) continue;
    const verb = (s as { verb?: { id?: unknown } }).verb?.id;
    const result = (s as { result?: { score?: { scaled?: unknown; raw?: unknown; max?: unknown } } }).result;
    if (verb === VERBS.completed || verb === VERBS.passed || verb === VERBS.failed)
      held.completion = 'completed';
    if (verb === VERBS.passed) held.success = 'passed';
    else if (verb === VERBS.failed && held.success !== 'passed') held.success = 'failed';
    const sc = result?.score;
    const scaled =
      typeof sc?.scaled === 'number'
        ? sc.scaled
        : typeof sc?.raw === 'number' && typeof sc.max === 'number' && sc.max > 0
          ? sc.raw / sc.max
          : null;
    if (scaled !== null && Number.isFinite(scaled)) {
      const percent = Math.max(0, Math.min(100, scaled * 100));
      if (held.score === null || percent > held.score) held.score = percent;
    }
  }
  if (held.completion === 'completed') held.progress = 1;
  return held;
}
