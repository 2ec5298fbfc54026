// The messages between the projector (which runs the story) and the instructor console (a second
// window, or a panel in the same one). The projector publishes snapshots; the console sends commands.
// Every incoming message is checked field by field; a malformed one is refused with the field named.

import type { FeedStatus, JoinInfo } from './classroom.ts';
import type { IncidentReport } from '../encounter/log.ts';
import type { ClassSession, PresenterProblem, VoteOption } from './presenter.ts';
import type { ChecklistItem } from '../encounter/report.ts';
import { normaliseAction, REPORT_ACTIONS, type Phase } from '../vocabulary.ts';
import { LOCALES, type Locale } from '../locale.ts';

export { PRESENTER_PARAMS } from './presenter-params.ts';

export const CHANNEL_PREFIX = 'second-look-presenter-';

export const MSG = {
  /** console → projector: please send the current state. */
  hello: 'hello',
  /** console → projector: the class now works in this language (projector and phones follow). */
  language: 'language',
  /** projector → console */
  state: 'state',
  hands: 'hands',
  takeMajority: 'take-majority',
  choose: 'choose',
  continue: 'continue',
  reveal: 'reveal',
  report: 'report',
  end: 'end',
} as const;

export interface PresenterLine {
  speaker: string;
  text: string;
}

/** Everything the console shows, as the projector sees it now. */
export interface PresenterSnapshot {
  encounterId: string;
  title: string;
  phase: Phase;
  /** The newest lines of the story (speaker names resolved). */
  lines: PresenterLine[];
  /** The options on offer now (the report choice excluded). */
  options: VoteOption[];
  awaitingReport: boolean;
  checklist: ChecklistItem[];
  /** True once the story has ended and the class debrief is on the projector. */
  ended: boolean;
  session: ClassSession;
  feed: { status: FeedStatus; join: JoinInfo | null } | null;
  /** The last command the projector refused, with the reason's code, for the console to word. */
  problem: PresenterProblem | null;
  /** The class's language; absent from older projectors (then English). */
  lang?: Locale;
}

export type Command =
  | { type: typeof MSG.hello }
  | { type: typeof MSG.language; lang: Locale }
  | { type: typeof MSG.hands; key: string; index: number; count: number }
  | { type: typeof MSG.takeMajority; key: string }
  | { type: typeof MSG.choose; key: string; index: number }
  | { type: typeof MSG.continue }
  | { type: typeof MSG.reveal }
  | { type: typeof MSG.report; report: IncidentReport }
  | { type: typeof MSG.end };

export type Message = Command | { type: typeof MSG.state; snapshot: PresenterSnapshot };

/**
 * A message between the presenter windows that breaks the protocol: `message` in English for logs,
 * and the message type and field (values, shown as they are) for the console's own words.
 */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    message: string,
    /** The message's type as sent ('' when it is not even an object). */
    readonly messageType: string,
    /** The field at fault ('' for the message as a whole). */
    readonly field: string,
  ) {
    super(message);
  }
}

const typeOf = (o: Obj): string => String(o['type']).slice(0, 40);

type Obj = Record<string, unknown>;

function field(o: Obj, name: string, type: 'string' | 'integer' | 'object'): unknown {
  const v = o[name];
  const good =
    type === 'integer'
      ? Number.isInteger(v)
      : type === 'object'
        ? typeof v === 'object' && v !== null
        : typeof v === type;
  if (!good) {
    const got = v === undefined ? 'nothing' : JSON.stringify(v);
    throw new ProtocolError(
      `presenter message "${String(o['type'])}": field "${name}" must be ${type === 'integer' ? 'a whole number' : `a ${type}`} (got ${got})`,
      typeOf(o),
      name,
    );
  }
  return v;
}

/** A language field: one of the game's locales. */
function readLang(o: Obj): Locale {
  const v = o['lang'];
  if (!(LOCALES as readonly unknown[]).includes(v))
    throw new ProtocolError(
      `presenter message "${String(o['type'])}": field "lang" must be one of ${LOCALES.join(', ')} (got ${v === undefined ? 'nothing' : JSON.stringify(v)})`,
      typeOf(o),
      'lang',
    );
  return v as Locale;
}

function readReport(o: Obj): IncidentReport {
  const r = field(o, 'report', 'object') as Obj;
  const observed = r['observed'];
  if (!Array.isArray(observed) || !observed.every((x) => typeof x === 'string'))
    throw new ProtocolError(
      'presenter message "report": field "report.observed" must be a list of ids',
      MSG.report,
      'report.observed',
    );
  const text = (name: string) => {
    const v = r[name];
    if (typeof v !== 'string')
      throw new ProtocolError(
        `presenter message "report": field "report.${name}" must be text`,
        MSG.report,
        `report.${name}`,
      );
    return v;
  };
  // A console or phone on an older build may still send an action id the ladder has renamed.
  const action = normaliseAction(r['action']);
  if (!action)
    throw new ProtocolError(
      `presenter message "report": field "report.action" must be one of ${REPORT_ACTIONS.join(', ')} (got ${JSON.stringify(r['action'])})`,
      MSG.report,
      'report.action',
    );
  return {
    observed: observed as string[],
    who: text('who'),
    when: text('when'),
    where: text('where'),
    action,
    notes: text('notes'),
  };
}

/** Reads a message from the channel; throws a ProtocolError naming the field when it is malformed. */
export function readMessage(value: unknown): Message {
  if (typeof value !== 'object' || value === null)
    throw new ProtocolError(`presenter message must be an object (got ${JSON.stringify(value)})`, '', '');
  const o = value as Obj;
  switch (o['type']) {
    case MSG.language:
      return { type: MSG.language, lang: readLang(o) };
    case MSG.hello:
    case MSG.continue:
    case MSG.reveal:
    case MSG.end:
      return { type: o['type'] };
    case MSG.hands:
      return {
        type: MSG.hands,
        key: field(o, 'key', 'string') as string,
        index: field(o, 'index', 'integer') as number,
        count: field(o, 'count', 'integer') as number,
      };
    case MSG.takeMajority:
      return { type: MSG.takeMajority, key: field(o, 'key', 'string') as string };
    case MSG.choose:
      return {
        type: MSG.choose,
        key: field(o, 'key', 'string') as string,
        index: field(o, 'index', 'integer') as number,
      };
    case MSG.report:
      return { type: MSG.report, report: readReport(o) };
    case MSG.state: {
      const snap = field(o, 'snapshot', 'object') as Obj;
      field(snap, 'encounterId', 'string');
      const session = field(snap, 'session', 'object') as Obj;
      if (!Array.isArray(session['decisions']) || !Array.isArray(snap['options']))
        throw new ProtocolError(
          'presenter message "state": the snapshot is incomplete',
          MSG.state,
          'snapshot',
        );
      if (snap['lang'] !== undefined && !(LOCALES as readonly unknown[]).includes(snap['lang']))
        throw new ProtocolError(
          `presenter message "state": field "snapshot.lang" must be one of ${LOCALES.join(', ')}`,
          MSG.state,
          'snapshot.lang',
        );
      return { type: MSG.state, snapshot: snap as unknown as PresenterSnapshot };
    }
    default:
      throw new ProtocolError(
        `presenter message has an unknown type ${JSON.stringify(o['type'])}`,
        typeOf(o),
        'type',
      );
  }
}
