// xAPI outside an LMS: when the configuration names an LRS, each encounter the learner plays is sent
// as statements — initialized when it starts, answered per decision, completed and passed / failed at
// the debrief (against the assignment's pass mark, or 80), terminated after. Loaded lazily.

import type { Assignment } from '../core/lms/assignment.ts';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION } from '../core/lms/assignment.ts';
import type { XapiConfig } from '../core/config/config.ts';
import { interactionsOf, lmsReport } from '../core/lms/lms.ts';
import {
  answeredStatement,
  initializedStatement,
  inLocale,
  outcomeStatements,
  terminatedStatement,
  XAPI_VERSION,
  type Agent,
  type LmsWordbook,
  type PerLocale,
  type Statement,
  type StatementContext,
} from '../core/lms/xapi.ts';
import { failureOf } from '../state/failure.ts';
import type { AppStore } from '../state/store.ts';
import type { Locale } from '../core/locale.ts';
import type { DecisionLog } from '../core/encounter/log.ts';

const DEFAULT_XAPI_PASS_MARK = 80;

export interface SenderDeps {
  fetch: (
    url: string,
    init: { method: string; headers: Record<string, string>; body: string; keepalive?: boolean },
  ) => Promise<{
    ok: boolean;
    status: number;
  }>;
  actor: Agent;
  /** Activity ids are `<base>encounters/<id>`; the game's own address in the browser. */
  activityBase: string;
  uuid: () => string;
  /** Encounter titles per language by id, for the activity names. */
  titles: Readonly<Record<string, PerLocale>>;
  /** The words of every shipped language (verb displays, names, descriptions). */
  words: LmsWordbook;
  /** The language the learner uses now. */
  language: () => Locale;
  /** Each choice of a log with the option's text in every language known (src/app/option-texts.ts). */
  optionTexts?: (encounterId: string, log: DecisionLog) => PerLocale[];
  /** The notice that statements could not be sent, in the active language (its details: the error). */
  notSent: () => string;
  now?: () => number;
  passMark?: number;
}

/** Follows the store and sends statements; returns a function that stops following. */
export function startXapiSender(store: AppStore, config: XapiConfig, deps: SenderDeps): () => void {
  const now = deps.now ?? (() => Date.now());
  const url = `${config.endpoint.replace(/\/?$/, '/')}statements`;
  let queue: Promise<unknown> = Promise.resolve();
  let warned = false;
  const send = (list: Statement[]) => {
    if (list.length === 0) return;
    queue = queue
      .then(() =>
        deps.fetch(url, {
          method: 'POST',
          headers: {
            Authorization: config.auth,
            'X-Experience-API-Version': XAPI_VERSION,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify(list),
          // The last statements are sent as the page closes; keepalive lets them finish.
          keepalive: true,
        }),
      )
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
      })
      .catch((e: unknown) => {
        if (warned) return;
        warned = true;
        store.getState().notify(deps.notSent(), failureOf(e).detail);
      });
  };

  let current: { key: string; ctx: StatementContext; sent: number; started: number } | null = null;
  const titlesOf = (id: string): PerLocale => deps.titles[id] ?? {};
  const interactionsIn = (id: string, log: DecisionLog) =>
    interactionsOf(id, log, deps.words[deps.language()].reportAction, deps.optionTexts?.(id, log));
  // The activity is the encounter: named by its title in every language, whichever is played.
  const contextFor = (encounterId: string, mode: Assignment['mode']): StatementContext => ({
    actor: deps.actor,
    activityId: `${deps.activityBase}encounters/${encodeURIComponent(encounterId)}`,
    assignment: {
      format: ASSIGNMENT_FORMAT,
      version: ASSIGNMENT_VERSION,
      title: inLocale(titlesOf(encounterId), deps.language(), encounterId),
      encounters: [encounterId],
      mode,
      passMark: deps.passMark ?? DEFAULT_XAPI_PASS_MARK,
    },
    uuid: deps.uuid,
    language: deps.language,
    words: deps.words,
    names: titlesOf(encounterId),
    encounterTitles: titlesOf,
  });

  return store.subscribe((s, prev) => {
    const session = s.session;
    if (session && session !== prev.session) {
      const key = `${session.encounterId}:${session.seed}:${session.state.log[0]?.at ?? 0}`;
      if (current?.key !== key) {
        current = { key, ctx: contextFor(session.encounterId, session.mode), sent: 0, started: now() };
        send([initializedStatement(current.ctx, now())]);
      }
      const list = interactionsIn(session.encounterId, session.state.log);
      send(list.slice(current.sent).map((i) => answeredStatement(current!.ctx, i)));
      current.sent = list.length;
    }
    if (s.lastLog && s.lastLog !== prev.lastLog && s.lastDebrief && current) {
      const d = s.lastDebrief;
      const ctx = current.ctx;
      const list = interactionsIn(d.encounter.id, s.lastLog);
      const at = now();
      const report = lmsReport(ctx.assignment, [
        { encounterId: d.encounter.id, percent: d.total.percent, dimensions: d.dimensions },
      ]);
      send([
        ...list.slice(current.sent).map((i) => answeredStatement(ctx, i)),
        ...outcomeStatements(ctx, report, at, at - current.started),
        terminatedStatement(ctx, at, at - current.started),
      ]);
      current = null;
    }
  });
}
