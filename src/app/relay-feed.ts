// The instructor console's side of the classroom relay: a VoteFeed (src/core/classroom/classroom.ts) over a
// WebSocket to `npm run classroom`. Presenter mode works without it; when the relay is running, call
//
//   const feed = await connectRelay();          // rejects if no relay serves this page
//   feed.join();                                // { code: 'K7Q4', url: 'http://192.168.1.20:4180/vote.html?code=K7Q4' }
//   feed.open(question); feed.onTally((key, tally, voters) => …); feed.close(); feed.dispose();
//
// The feed reconnects with backoff after a dropped connection and takes back the same class session
// (same code) while the relay still holds it; if the relay started a new one, `join()` changes and the
// status listeners hear 'open' again. See docs/classroom.md.
//
// Tallies count one vote per phone (the relay issues each phone its voter id) and only phones connected
// now: the votes in a tally never add up to more than its `voters`. A phone whose connection drops stops
// counting until it is back (its vote is restored if it returns within a minute).

import { STORAGE_KEYS } from '../core/storage-keys.ts';
import {
  noRelaySessionEnglish,
  type FeedStatus,
  type JoinInfo,
  type Tally,
  type VoteFeed,
  type VoteQuestion,
} from '../core/classroom/classroom.ts';
import {
  CLIENT_MSG,
  CLOSE,
  FINAL_CLOSE_CODES,
  HOST_TOKEN_PATH,
  RELAY_PATH,
  SERVER_MSG,
  backoffMs,
  isJoinCode,
  parseServerMessage,
  type ClientMessage,
  type ServerMessage,
} from '../core/classroom/relay-protocol.ts';

/** The part of the browser WebSocket the feed uses (the `ws` package's client fits it too). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}
export type SocketConstructor = new (url: string) => SocketLike;

export interface RelayFeedOptions {
  /** ws:// URL of the relay; default: RELAY_PATH on the page's own host. */
  url?: string;
  /** The host token; default: fetched from HOST_TOKEN_PATH on the page's own origin. */
  token?: string;
  /** WebSocket constructor; default: the browser's. Node tests pass the `ws` client. */
  WebSocket?: SocketConstructor;
  /** Reconnect backoff: first delay and cap, in ms. */
  backoff?: { baseMs: number; maxMs: number };
  /** How long to wait for the first connection before giving up. Default 5 s. */
  timeoutMs?: number;
  /**
   * Join code of a class session to take back (e.g. after the console page reloads). Default: the code
   * this tab last had, from sessionStorage. A session that has ended, or is still held by another
   * console, is not taken back: the relay starts a new one.
   */
  resume?: string;
}

const STORE_CODE = STORAGE_KEYS.relayCode;

function remembered(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(STORE_CODE) ?? null;
  } catch {
    return null;
  }
}

function remember(code: string | null): void {
  try {
    if (code) globalThis.sessionStorage?.setItem(STORE_CODE, code);
    else globalThis.sessionStorage?.removeItem(STORE_CODE);
  } catch {
    // Storage blocked: a reload then starts a new class session.
  }
}

/** A VoteFeed with two extras the console may show: phones joined, and why the feed stopped. */
export interface RelayFeed extends VoteFeed {
  voters(): number;
  /** The relay's last refusal or end message, e.g. "The join code expired." */
  lastMessage(): string;
}

const OPEN_STATE = 1;

function defaultUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${RELAY_PATH}`;
}

async function fetchToken(): Promise<string> {
  const res = await fetch(new URL(HOST_TOKEN_PATH, location.href), { cache: 'no-store' });
  if (!res.ok) throw new Error(`classroom relay: ${HOST_TOKEN_PATH} answered ${res.status}`);
  const body: unknown = await res.json();
  const token = (body as { token?: unknown } | null)?.token;
  if (typeof token !== 'string') throw new Error(`classroom relay: ${HOST_TOKEN_PATH} has no "token"`);
  return token;
}

type TallyListener = (key: string, tally: Tally, voters: number) => void;

/** The feed's state while it runs, shared by the connection (below) and the feed's methods. */
export interface RelayLink {
  status: FeedStatus;
  join: JoinInfo | null;
  voters: number;
  lastMessage: string;
  /** The question open on the phones, put again to a new class session. */
  question: VoteQuestion | null;
  socket: SocketLike | null;
  /** Reconnect attempts since the relay last hosted us. */
  attempt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  disposed: boolean;
  tallyListeners: Set<TallyListener>;
  statusListeners: Set<(s: FeedStatus) => void>;
  /** Waiting for the first class session: told whether it came. */
  firstHosted: ((ok: boolean) => void) | null;
}

export function relayLink(): RelayLink {
  return {
    status: 'connecting',
    join: null,
    voters: 0,
    lastMessage: '',
    question: null,
    socket: null,
    attempt: 0,
    timer: undefined,
    disposed: false,
    tallyListeners: new Set(),
    statusListeners: new Set(),
    firstHosted: null,
  };
}

function setStatus(link: RelayLink, next: FeedStatus): void {
  if (link.status === next) return;
  link.status = next;
  for (const l of link.statusListeners) l(next);
}

function send(link: RelayLink, msg: ClientMessage): void {
  if (link.socket && link.socket.readyState === OPEN_STATE) link.socket.send(JSON.stringify(msg));
}

/** What one message from the relay changes: the class session, the tally, or why it stopped. */
export function heardFromRelay(link: RelayLink, msg: ServerMessage): void {
  switch (msg.type) {
    case SERVER_MSG.hosted: {
      const sameRoom = link.join?.code === msg.code;
      link.join = { code: msg.code, url: msg.url };
      remember(msg.code);
      link.attempt = 0;
      // A new class session after a long outage: put the open question to the phones again.
      if (!sameRoom && link.question) send(link, { type: CLIENT_MSG.open, question: link.question });
      if (!sameRoom && link.status === 'open') {
        for (const l of link.statusListeners) l('open');
      }
      setStatus(link, 'open');
      link.firstHosted?.(true);
      break;
    }
    case SERVER_MSG.tally:
      link.voters = msg.voters;
      if (msg.key !== null) for (const l of link.tallyListeners) l(msg.key, msg.tally, msg.voters);
      break;
    case SERVER_MSG.error:
    case SERVER_MSG.ended:
      link.lastMessage = msg.type === SERVER_MSG.error ? msg.message : msg.reason;
      break;
    default:
      break;
  }
}

/** Where and how the console connects, and how long it waits between tries. */
interface Dial {
  url: string;
  token: string;
  resume: string | null;
  Socket: SocketConstructor;
  baseMs: number;
  maxMs: number;
}

/** Opens a socket to the relay, asks to host (taking back the session), and reconnects when it drops. */
function connect(link: RelayLink, dial: Dial): void {
  const ws = new dial.Socket(dial.url);
  link.socket = ws;
  ws.onopen = () => {
    const code = link.join?.code ?? (dial.resume && isJoinCode(dial.resume) ? dial.resume : null);
    send(
      link,
      code
        ? { type: CLIENT_MSG.host, token: dial.token, resume: code }
        : { type: CLIENT_MSG.host, token: dial.token },
    );
  };
  ws.onmessage = (ev) => {
    const parsed = parseServerMessage(String(ev.data));
    if (!parsed.ok) return; // a newer relay may say more; ignore what we cannot read
    heardFromRelay(link, parsed.value);
  };
  ws.onclose = (ev) => {
    if (link.socket !== ws) return;
    link.socket = null;
    if (link.disposed) return setStatus(link, 'closed');
    if (FINAL_CLOSE_CODES.includes(ev.code) || link.firstHosted) {
      link.join = null;
      remember(null);
      setStatus(link, 'closed');
      link.firstHosted?.(false);
      return;
    }
    setStatus(link, 'reconnecting');
    link.timer = setTimeout(() => connect(link, dial), backoffMs(link.attempt++, dial.baseMs, dial.maxMs));
  };
  ws.onerror = () => {
    // onclose follows and decides.
  };
}

/** The VoteFeed the console holds, over the link. */
function feedOver(link: RelayLink): RelayFeed {
  return {
    join: () => link.join,
    status: () => link.status,
    voters: () => link.voters,
    lastMessage: () => link.lastMessage,
    open(q) {
      link.question = q;
      send(link, { type: CLIENT_MSG.open, question: q });
    },
    close() {
      link.question = null;
      send(link, { type: CLIENT_MSG.closeQuestion });
    },
    onTally(listener) {
      link.tallyListeners.add(listener);
      return () => link.tallyListeners.delete(listener);
    },
    onStatus(listener) {
      link.statusListeners.add(listener);
      return () => link.statusListeners.delete(listener);
    },
    dispose() {
      if (link.disposed) return;
      link.disposed = true;
      clearTimeout(link.timer);
      remember(null);
      send(link, { type: CLIENT_MSG.end });
      link.socket?.close(CLOSE.normal, 'console closed');
      setStatus(link, 'closed');
      link.tallyListeners.clear();
      link.statusListeners.clear();
    },
  };
}

/** Connects to the relay as the instructor console. Resolves once the relay has given a join code. */
export async function connectRelay(options: RelayFeedOptions = {}): Promise<RelayFeed> {
  const url = options.url ?? defaultUrl();
  const token = options.token ?? (await fetchToken());
  const Socket: SocketConstructor =
    options.WebSocket ?? (globalThis.WebSocket as unknown as SocketConstructor);
  const { baseMs, maxMs } = options.backoff ?? { baseMs: 500, maxMs: 10_000 };
  const link = relayLink();
  const dial: Dial = { url, token, resume: options.resume ?? remembered(), Socket, baseMs, maxMs };
  const feed = feedOver(link);

  const ok = await new Promise<boolean>((resolve) => {
    const limit = setTimeout(() => link.firstHosted?.(false), options.timeoutMs ?? 5000);
    link.firstHosted = (v) => {
      clearTimeout(limit);
      link.firstHosted = null;
      resolve(v);
    };
    connect(link, dial);
  });
  if (!ok) {
    link.disposed = true;
    link.socket?.close();
    throw new Error(noRelaySessionEnglish(url, link.lastMessage));
  }
  return feed;
}
