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
import type { FeedStatus, JoinInfo, Tally, VoteFeed, VoteQuestion } from '../core/classroom/classroom.ts';
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

/** Connects to the relay as the instructor console. Resolves once the relay has given a join code. */
export async function connectRelay(options: RelayFeedOptions = {}): Promise<RelayFeed> {
  const url = options.url ?? defaultUrl();
  const token = options.token ?? (await fetchToken());
  const Socket: SocketConstructor =
    options.WebSocket ?? (globalThis.WebSocket as unknown as SocketConstructor);
  const { baseMs, maxMs } = options.backoff ?? { baseMs: 500, maxMs: 10_000 };

  let status: FeedStatus = 'connecting';
  let join: JoinInfo | null = null;
  let voters = 0;
  let lastMessage = '';
  let question: VoteQuestion | null = null;
  let socket: SocketLike | null = null;
  const resume = options.resume ?? remembered();
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const tallyListeners = new Set<(key: string, tally: Tally, voters: number) => void>();
  const statusListeners = new Set<(s: FeedStatus) => void>();
  let firstHosted: ((ok: boolean) => void) | null = null;

  const setStatus = (next: FeedStatus): void => {
    if (status === next) return;
    status = next;
    for (const l of statusListeners) l(next);
  };
  const send = (msg: ClientMessage): void => {
    if (socket && socket.readyState === OPEN_STATE) socket.send(JSON.stringify(msg));
  };

  function connect(): void {
    const ws = new Socket(url);
    socket = ws;
    ws.onopen = () => {
      const code = join?.code ?? (resume && isJoinCode(resume) ? resume : null);
      send(code ? { type: CLIENT_MSG.host, token, resume: code } : { type: CLIENT_MSG.host, token });
    };
    ws.onmessage = (ev) => {
      const parsed = parseServerMessage(String(ev.data));
      if (!parsed.ok) return; // a newer relay may say more; ignore what we cannot read
      const msg = parsed.value;
      switch (msg.type) {
        case SERVER_MSG.hosted: {
          const sameRoom = join?.code === msg.code;
          join = { code: msg.code, url: msg.url };
          remember(msg.code);
          attempt = 0;
          // A new class session after a long outage: put the open question to the phones again.
          if (!sameRoom && question) send({ type: CLIENT_MSG.open, question });
          if (!sameRoom && status === 'open') {
            for (const l of statusListeners) l('open');
          }
          setStatus('open');
          firstHosted?.(true);
          break;
        }
        case SERVER_MSG.tally:
          voters = msg.voters;
          if (msg.key !== null) for (const l of tallyListeners) l(msg.key, msg.tally, msg.voters);
          break;
        case SERVER_MSG.error:
        case SERVER_MSG.ended:
          lastMessage = msg.type === SERVER_MSG.error ? msg.message : msg.reason;
          break;
        default:
          break;
      }
    };
    ws.onclose = (ev) => {
      if (socket !== ws) return;
      socket = null;
      if (disposed) return setStatus('closed');
      if (FINAL_CLOSE_CODES.includes(ev.code) || firstHosted) {
        join = null;
        remember(null);
        setStatus('closed');
        firstHosted?.(false);
        return;
      }
      setStatus('reconnecting');
      timer = setTimeout(connect, backoffMs(attempt++, baseMs, maxMs));
    };
    ws.onerror = () => {
      // onclose follows and decides.
    };
  }

  const feed: RelayFeed = {
    join: () => join,
    status: () => status,
    voters: () => voters,
    lastMessage: () => lastMessage,
    open(q) {
      question = q;
      send({ type: CLIENT_MSG.open, question: q });
    },
    close() {
      question = null;
      send({ type: CLIENT_MSG.closeQuestion });
    },
    onTally(listener) {
      tallyListeners.add(listener);
      return () => tallyListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      clearTimeout(timer);
      remember(null);
      send({ type: CLIENT_MSG.end });
      socket?.close(CLOSE.normal, 'console closed');
      setStatus('closed');
      tallyListeners.clear();
      statusListeners.clear();
    },
  };

  const ok = await new Promise<boolean>((resolve) => {
    const limit = setTimeout(() => firstHosted?.(false), options.timeoutMs ?? 5000);
    firstHosted = (v) => {
      clearTimeout(limit);
      firstHosted = null;
      resolve(v);
    };
    connect();
  });
  if (!ok) {
    disposed = true;
    (socket as SocketLike | null)?.close();
    throw new Error(`classroom relay: no class session from ${url}${lastMessage ? ` (${lastMessage})` : ''}`);
  }
  return feed;
}
