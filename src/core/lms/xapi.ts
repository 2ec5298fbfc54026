// xAPI statements for the same events the SCORM bridges record: initialized, answered (one per
// decision), completed, passed / failed, terminated. Under cmi5 the statements follow the cmi5 context
// template rules (registration, session id, the cmi5 and moveOn categories, the mastery score).

import type { Assignment } from './assignment.ts';
import { LOCALES, type Locale } from '../locale.ts';
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

/**
 * The words of LMS records and packages in one language (src/i18n/messages/<locale>/lms.json): verb
 * displays, the assignment's description, interaction names. The core only arranges them.
 */
export interface LmsWords {
  verbs: Readonly<Record<VerbName, string>>;
  course: (d: { encounters: number; mode: string; passMark: number }) => string;
  encounters: (d: { list: string }) => string;
  decision: (d: { title: string; n: number }) => string;
  report: (d: { title: string }) => string;
  /** The incident report interaction's description (SCORM 2004), in the language played. */
  reportAction: string;
}

/** The LMS words of every language the game ships. */
export type LmsWordbook = Readonly<Record<Locale, LmsWords>>;

/** A title or text in some of the shipped languages. */
export type PerLocale = Readonly<Partial<Record<Locale, string>>>;

/** An xAPI language map with every shipped locale, e.g. `{ "en-US": "answered", "es-US": "respondió" }`. */
function languageMap(text: (locale: Locale) => string): Record<string, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, text(l)]));
}

/** `titles` in `locale`, else in the first shipped locale that has one, else `fallback`. */
export function inLocale(titles: PerLocale | undefined, locale: Locale, fallback: string): string {
  return titles?.[locale] ?? LOCALES.map((l) => titles?.[l]).find((t) => t !== undefined) ?? fallback;
}

/**
 * An assignment described in one language: how many encounters, the mode and the pass mark, then the
 * encounters' titles (in that language) as a list.
 */
export function courseDescription(
  locale: Locale,
  words: LmsWords,
  a: Pick<Assignment, 'encounters' | 'mode' | 'passMark'>,
  titles: readonly string[],
): string {
  const head = words.course({ encounters: a.encounters.length, mode: a.mode, passMark: a.passMark });
  if (titles.length === 0) return head;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(titles);
  return `${head} ${words.encounters({ list })}`;
}

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
  /** The language the learner uses now (each statement's `context.language`). */
  language: () => Locale;
  /** The LMS words in every shipped language: verb displays and activity names are language maps. */
  words: LmsWordbook;
  /** The activity's name per language (the package's titles); the assignment's title where missing. */
  names?: PerLocale;
  /** Each encounter's title per language, by id, for the names of its interactions. */
  encounterTitles: (encounterId: string) => PerLocale;
}

/** An ISO 8601 duration from milliseconds, e.g. PT1M2.5S. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}

/** The assignment's activity: its name and description in every shipped language. */
function courseActivity(ctx: StatementContext): Record<string, unknown> {
  const a = ctx.assignment;
  return {
    type: ACTIVITY_TYPES.course,
    name: languageMap((l) => inLocale(ctx.names, l, a.title)),
    description: languageMap((l) =>
      courseDescription(
        l,
        ctx.words[l],
        a,
        a.encounters.map((id) => inLocale(ctx.encounterTitles(id), l, id)),
      ),
    ),
  };
}

function base(ctx: StatementContext, verb: VerbName, at: number, defined: boolean): Statement {
  const statement: Statement = {
    id: ctx.uuid(),
    actor: ctx.actor,
    verb: { id: VERBS[verb], display: languageMap((l) => ctx.words[l].verbs[verb]) },
    object: { objectType: 'Activity', id: ctx.activityId, definition: courseActivity(ctx) },
    // The language the learner is using; ids, responses and scores are the same in every language.
    context: { language: ctx.language() },
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
      ...statement.context,
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

/**
 * An option's description as a language map: its text in every shipped language it is known in (the
 * caller reads the other languages from the encounter's translations), else the text the learner
 * read, under the language in use.
 */
function optionDescription(ctx: StatementContext, i: LmsInteraction): Record<string, string> {
  const known = LOCALES.filter((l) => i.texts?.[l]);
  if (known.length === 0) return { [ctx.language()]: i.description };
  return Object.fromEntries(known.map((l) => [l, i.texts![l]!]));
}

/**
 * One statement per decision; its object is the interaction, with the assignment as parent. Its name
 * (the encounter's title and the decision's number, or the report) is in every shipped language; its
 * description is the option's text in every language where it is known (optionDescription); the
 * report's is its name, in every language.
 */
export function answeredStatement(ctx: StatementContext, i: LmsInteraction): Statement {
  const s = base(ctx, 'answered', i.at, false);
  const titles = ctx.encounterTitles(i.encounterId);
  const name = languageMap((l) => {
    const title = inLocale(titles, l, i.encounterId);
    return i.report ? ctx.words[l].report({ title }) : ctx.words[l].decision({ title, n: i.n });
  });
  s.object = {
    objectType: 'Activity',
    id: `${ctx.activityId}/interactions/${encodeURIComponent(i.id)}`,
    definition: {
      type: ACTIVITY_TYPES.interaction,
      interactionType: 'choice',
      name,
      description: i.report ? name : optionDescription(ctx, i),
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
