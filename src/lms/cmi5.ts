// cmi5: @xapi/cmi5 does the launch handshake (auth token from the fetch URL, LMS.LaunchData, the
// "initialized" statement). Everything after is built by src/core/lms/xapi.ts with the launch's context
// template and sent through the library's client; the resume record lives in the xAPI activity state.

import Cmi5 from '@xapi/cmi5';
import type { Statement as XapiStatement } from '@xapi/xapi';
import { NOTHING_HELD, type LmsHeld, type LmsLaunch } from '../core/lms/lms.ts';
import {
  answeredStatement,
  CMI5,
  initializedStatement,
  heldFromStatements,
  outcomeStatements,
  terminatedStatement,
  VERBS,
  type Agent,
  type Statement,
  type StatementContext,
} from '../core/lms/xapi.ts';
import type { RecordLanguage, Recorder } from './recorder.ts';

/** The activity state document holding the compact resume record. */
export const SUSPEND_STATE_ID = 'second-look-suspend';

/**
 * What the LRS already holds for this registration: completed, passed / failed and the best score.
 * The bridge never reports below it, and no outcome statement is sent twice or lowers it.
 */
async function heldInLrs(cmi5: Cmi5, params: ReturnType<Cmi5['getLaunchParameters']>): Promise<LmsHeld> {
  try {
    const found: unknown[] = [];
    for (const verb of [VERBS.completed, VERBS.passed, VERBS.failed]) {
      const res = await cmi5.xapi?.getStatements({
        agent: params.actor,
        activity: params.activityId,
        registration: params.registration,
        verb,
      });
      found.push(...((res?.data as { statements?: unknown[] } | undefined)?.statements ?? []));
    }
    return heldFromStatements(found);
  } catch {
    // An LRS that does not let the AU read statements: only this session's outcomes are known.
    return NOTHING_HELD;
  }
}

/** The launch's auth token: one POST to the fetch URL (cmi5 8.2), answered with `auth-token`. */
async function fetchAuthToken(win: Window, fetchUrl: string): Promise<string> {
  const res = await win.fetch(fetchUrl, { method: 'POST' });
  const body = (await res.json()) as { 'auth-token'?: unknown; 'error-code'?: unknown };
  const token = body['auth-token'];
  if (!res.ok || typeof token !== 'string')
    throw new Error(`${fetchUrl}: ${String(body['error-code'] ?? res.status)}`);
  return token;
}

/**
 * `uuid` names each statement (src/app/uuid.ts in the game); `lang` gives the words of every
 * language for the statements' language maps, and the language in use.
 */
export async function openCmi5(
  win: Window,
  launch: LmsLaunch,
  uuid: () => string,
  lang: RecordLanguage,
): Promise<Recorder | null> {
  if (!Cmi5.isCmiAvailable) return null;
  const cmi5 = new Cmi5();
  // The library would send its own initialized statement at once, its verb in English only; the game
  // sends one with the language maps when the bridge begins (below), so it fetches the auth token
  // itself (cmi5 8.2: one POST to the fetch URL) and hands it over.
  await cmi5.initialize({
    authToken: await fetchAuthToken(win, cmi5.getLaunchParameters().fetch),
    initializedDate: new Date(),
  });
  const params = cmi5.getLaunchParameters();
  const data = cmi5.getLaunchData();
  const template = (data.contextTemplate ?? {}) as Record<string, unknown>;
  const sessionId = String(((template['extensions'] ?? {}) as Record<string, unknown>)[CMI5.sessionId] ?? '');
  const ctx: StatementContext = {
    actor: params.actor as Agent,
    activityId: params.activityId,
    assignment: launch.assignment,
    cmi5: {
      registration: params.registration,
      sessionId,
      contextTemplate: template,
      ...(data.masteryScore !== undefined ? { masteryScore: data.masteryScore } : {}),
    },
    uuid,
    ...lang,
    ...(launch.titles ? { names: launch.titles } : {}),
  };
  const normal = data.launchMode === 'Normal';
  const stateParams = {
    agent: params.actor,
    activityId: params.activityId,
    registration: params.registration,
    stateId: SUSPEND_STATE_ID,
  };
  let suspendData = '';
  try {
    const doc = (await cmi5.xapi?.getState(stateParams))?.data;
    if (typeof doc === 'string') suspendData = doc;
  } catch {
    // No saved state yet (404): a first launch.
  }
  const started = cmi5.getInitializedDate().getTime();
  const errors: string[] = [];
  // Statements go one after another, in the order the learner made them.
  let queue: Promise<unknown> = Promise.resolve();
  const send = (s: Statement) => {
    queue = queue
      .then(() => cmi5.sendXapiStatement(s as unknown as XapiStatement))
      .catch((e: unknown) => errors.push(`${s.verb.id}: ${(e as Error).message}`));
  };
  const held = await heldInLrs(cmi5, params);
  let pending: string | null = null;
  // cmi5 9.3: completed and passed at most once per registration, passed or failed once per session.
  let sent = { ...held };
  let outcomeThisSession = false;
  const name = params.actor.name ?? '';
  // The library reads the LMS's cmi5LearnerPreferences agent profile at initialize ({} when absent).
  const preference = cmi5.getLearnerPreferences().languagePreference;
  return {
    // cmi5 9.3.2: initialized is the session's first statement; sent when the bridge starts, once
    // the language is decided, so its context.language is the one the learner will use.
    begin: () => send(initializedStatement(ctx, started)),
    learnerName: typeof name === 'string' ? name : '',
    languagePreference: typeof preference === 'string' ? preference : '',
    suspendData,
    interactionCount: 0,
    held,
    errors,
    ...(data.masteryScore !== undefined ? { passMark: Math.round(data.masteryScore * 100) } : {}),
    writeSuspend: (d) => (pending = d),
    writeInteraction: (_n, i) => send(answeredStatement(ctx, i)),
    writeReport: (r) => {
      if (!normal || r.completion !== 'completed') return;
      const wanted = new Set<string>();
      if (sent.completion !== 'completed') wanted.add(VERBS.completed);
      if (!outcomeThisSession && sent.success !== 'passed') {
        // Never failed after passed, nor a failed that is not better than the one the LRS holds.
        if (r.success === 'passed') wanted.add(VERBS.passed);
        else if (r.success === 'failed' && (sent.success !== 'failed' || r.score.raw > (sent.score ?? -1)))
          wanted.add(VERBS.failed);
      }
      const out = outcomeStatements(ctx, r, Date.now(), Date.now() - started).filter((s) =>
        wanted.has(s.verb.id),
      );
      if (out.length === 0) return;
      if (wanted.has(VERBS.passed) || wanted.has(VERBS.failed)) {
        outcomeThisSession = true;
        sent = { ...sent, success: r.success, score: r.score.raw };
      }
      sent = { ...sent, completion: 'completed' };
      for (const s of out) send(s);
    },
    commit: (final) => {
      if (pending !== null) {
        const state = pending;
        pending = null;
        queue = queue
          .then(() => cmi5.xapi?.setState({ ...stateParams, state, contentType: 'text/plain' }))
          .catch((e: unknown) => errors.push(`${SUSPEND_STATE_ID}: ${(e as Error).message}`));
      }
      if (final) send(terminatedStatement(ctx, Date.now(), Date.now() - started));
    },
  };
}
