// cmi5: @xapi/cmi5 does the launch handshake (auth token from the fetch URL, LMS.LaunchData, the
// "initialized" statement). Everything after is built by src/core/xapi.ts with the launch's context
// template and sent through the library's client; the resume record lives in the xAPI activity state.

import Cmi5 from '@xapi/cmi5';
import type { Statement as XapiStatement } from '@xapi/xapi';
import type { LmsLaunch } from '../core/lms.ts';
import {
  answeredStatement,
  CMI5,
  outcomeStatements,
  terminatedStatement,
  type Agent,
  type Statement,
  type StatementContext,
} from '../core/xapi.ts';
import type { Recorder } from './recorder.ts';

/** The activity state document holding the compact resume record. */
export const SUSPEND_STATE_ID = 'second-look-suspend';

/** `uuid` names each statement (src/app/uuid.ts in the game). */
export async function openCmi5(win: Window, launch: LmsLaunch, uuid: () => string): Promise<Recorder | null> {
  void win;
  if (!Cmi5.isCmiAvailable) return null;
  const cmi5 = new Cmi5();
  await cmi5.initialize();
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
      .catch((e: unknown) =>
        errors.push(`statement ${s.verb.display['en'] ?? s.verb.id}: ${(e as Error).message}`),
      );
  };
  let pending: string | null = null;
  let outcomeSent = false;
  const name = params.actor.name ?? '';
  return {
    learnerName: typeof name === 'string' ? name : '',
    suspendData,
    interactionCount: 0,
    errors,
    ...(data.masteryScore !== undefined ? { passMark: Math.round(data.masteryScore * 100) } : {}),
    writeSuspend: (d) => (pending = d),
    writeInteraction: (_n, i) => send(answeredStatement(ctx, i)),
    writeReport: (r) => {
      if (!normal || outcomeSent || r.completion !== 'completed') return;
      outcomeSent = true;
      for (const s of outcomeStatements(ctx, r, Date.now(), Date.now() - started)) send(s);
    },
    commit: (final) => {
      if (pending !== null) {
        const state = pending;
        pending = null;
        queue = queue
          .then(() => cmi5.xapi?.setState({ ...stateParams, state, contentType: 'text/plain' }))
          .catch((e: unknown) => errors.push(`saving your place: ${(e as Error).message}`));
      }
      if (final) send(terminatedStatement(ctx, Date.now(), Date.now() - started));
    },
  };
}
