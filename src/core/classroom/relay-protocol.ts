// The classroom relay's wire protocol: JSON messages between the relay server (server/relay-server.ts),
// the instructor console (src/app/relay-feed.ts) and the learners' phones (src/vote/). Every inbound
// message goes through `parseClientMessage` or `parseServerMessage`; anything else is refused with a
// reason that names the field. Pure: no DOM, no Node.

import type { Tally, VoteQuestion } from './classroom.ts';
import { HIDDEN_CONTROLS } from '../limits.ts';
import { LOCALES, type Locale } from '../locale.ts';

/** The WebSocket path on the relay server. */
export const RELAY_PATH = '/relay';
/** Same-origin, loopback-only HTTP endpoint that hands the instructor's page the host token. */
export const HOST_TOKEN_PATH = '/relay/host-token';
export { RELAY_META } from './presenter-params.ts';
export { backoffMs, TokenBucket } from './relay-timing.ts';
/** The phone page, relative to the server root. */
export const VOTE_PAGE = 'vote.html';

export const LIMITS = {
  /** Largest message the server accepts, in bytes (ws `maxPayload`); bigger closes with 1009. */
  maxPayloadBytes: 4096,
  maxOptions: 8,
  maxPromptChars: 500,
  maxOptionChars: 200,
  maxKeyChars: 120,
  codeLength: 4,
  /** Phones joined to one room at once (with those within their reconnect grace). */
  maxVotersPerRoom: 200,
  /** Class sessions open at once on one relay. */
  maxRooms: 8,
  /** Random bytes in a voter id the relay issues (base64url: 22 characters). */
  voterIdBytes: 16,
  /** How long a phone that dropped keeps its seat and its vote for a reconnect; then both are dropped. */
  voterGraceMs: 60_000,
} as const;

/**
 * Limits per network address. A class behind one NAT or hotspot shares one address, so these stop a
 * flood, not a class: a whole class may join at once (the burst), later phones at a steady rate, up to a
 * generous cap per class session. See docs/classroom.md, "Limits and safety".
 */
export const ADDRESS_LIMITS = {
  /** Voters (phones) from one address in one class session. */
  votersPerRoom: 60,
  /** New voter ids the relay hands to one address: a burst, then so many a minute. */
  newVoters: { burst: 60, perMinute: 30 },
  /** Open WebSocket connections from one address (a dropped phone's old socket may linger ~30 s). */
  connections: 150,
  /** Wrong join codes from one address: a burst, then so many a minute. */
  badCodes: { burst: 30, perMinute: 10 },
} as const;

/**
 * The key the per-address limits count by: an IPv4 address as is (also when IPv4-mapped, ::ffff:a.b.c.d),
 * an IPv6 address by its /64 network, since one device may use many addresses in its /64.
 */
export function addressKey(address: string): string {
  const ip = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (g ? parseInt(g, 16).toString(16) : '0'))
    .join(':')}::/64`;
}

/** HTTP server limits: all TCP connections at once, and how long a request may take to send its headers. */
export const SERVER_LIMITS = {
  maxConnections: 2000,
  headersTimeoutMs: 10_000,
} as const;

/** Join codes avoid characters that read alike: no 0/O, 1/I/L. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** WebSocket close codes the relay uses (4000–4999 is the range for applications). */
export const CLOSE = {
  /** Normal end, e.g. the phone page was closed. */
  normal: 1000,
  /** ws closes with this on a message over `maxPayloadBytes`. */
  tooBig: 1009,
  /** The join code is wrong, or its class session has ended or expired. Do not retry with it. */
  badCode: 4001,
  /** A message was not valid JSON, had an unknown type or a bad field. */
  badMessage: 4002,
  /** Too many messages too fast. */
  rateLimited: 4003,
  /** The room already has `maxVotersPerRoom` phones. */
  roomFull: 4004,
  /** The instructor ended the class session (or it expired while connected). */
  ended: 4005,
  /** Host connection refused: wrong token, not from this machine, or too many rooms. */
  notAllowed: 4006,
  /** Another connection took this phone's place (the same voter reconnected). */
  replaced: 4007,
  /** Too many wrong codes from one address; wait a minute. */
  tooManyAttempts: 4008,
  /** Too many new phones from one address just now; the phone tries again after a pause. */
  busy: 4009,
} as const;
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Close codes after which a phone or console must not reconnect on its own. */
export const FINAL_CLOSE_CODES: readonly number[] = [
  CLOSE.badCode,
  CLOSE.ended,
  CLOSE.notAllowed,
  CLOSE.roomFull,
  CLOSE.replaced,
  CLOSE.tooManyAttempts,
];

/** Messages a client (host console or phone) sends. */
export const CLIENT_MSG = {
  host: 'host',
  open: 'open',
  closeQuestion: 'close-question',
  end: 'end',
  join: 'join',
  vote: 'vote',
} as const;

/** Messages the server sends. */
export const SERVER_MSG = {
  hosted: 'hosted',
  joined: 'joined',
  question: 'question',
  voteAck: 'vote-ack',
  tally: 'tally',
  error: 'error',
  ended: 'ended',
} as const;

export type ClientMessage =
  /** The instructor console opens a class session, or takes back its own after a dropped connection. */
  | { type: typeof CLIENT_MSG.host; token: string; resume?: string }
  | { type: typeof CLIENT_MSG.open; question: VoteQuestion }
  | { type: typeof CLIENT_MSG.closeQuestion }
  | { type: typeof CLIENT_MSG.end }
  /**
   * A phone joins with the code. `voter` is the id the relay issued it earlier for this code (in
   * `joined`), to take back its seat and vote after a reconnect or reload; a first join has none.
   */
  | { type: typeof CLIENT_MSG.join; code: string; voter?: string }
  | { type: typeof CLIENT_MSG.vote; key: string; option: number };

export type ServerMessage =
  | { type: typeof SERVER_MSG.hosted; code: string; url: string; expiresAt: number }
  /** The phone joined; `voter` is its id in this class session, to present when it reconnects. */
  | { type: typeof SERVER_MSG.joined; code: string; voter: string }
  /** The open question (null between questions), with this phone's current vote, if any. */
  | { type: typeof SERVER_MSG.question; question: VoteQuestion | null; vote: number | null }
  | { type: typeof SERVER_MSG.voteAck; key: string; option: number }
  /** To the host: votes on the open question, and how many phones are joined. */
  | { type: typeof SERVER_MSG.tally; key: string | null; tally: Tally; voters: number }
  | { type: typeof SERVER_MSG.error; code: number; message: string }
  | { type: typeof SERVER_MSG.ended; reason: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const VOTER_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Whether `id` has the shape of a voter id (the relay issues them; a phone only hands one back). */
export function isVoterId(id: unknown): id is string {
  return typeof id === 'string' && VOTER_ID.test(id);
}
const HOST_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

export function isJoinCode(code: string): boolean {
  if (code.length !== LIMITS.codeLength) return false;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return false;
  return true;
}

/** Upper-cases and drops spaces and dashes, so "k7q 4" and "K7-Q4" both become "K7Q4". */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

/** A fresh join code; `random` returns numbers in [0, 1) (Math.random or a seeded source in tests). */
export function makeJoinCode(random: () => number, taken: (code: string) => boolean = () => false): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    let code = '';
    for (let i = 0; i < LIMITS.codeLength; i++) {
      code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length) % CODE_ALPHABET.length];
    }
    if (!taken(code)) return code;
  }
  throw new Error('makeJoinCode: no free code found');
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

function str(obj: Record<string, unknown>, field: string, max: number, where: string): string | string[] {
  const v = obj[field];
  if (typeof v !== 'string') return [`${where}: "${field}" must be a string`];
  if (v.length === 0 || v.length > max) return [`${where}: "${field}" must be 1–${max} characters`];
  if (HIDDEN_CONTROLS.test(v)) return [`${where}: "${field}" contains an invisible control character`];
  return v;
}

function optionIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000;
}

function isLocale(x: unknown): x is Locale {
  return (LOCALES as readonly unknown[]).includes(x);
}

/** Validates a VoteQuestion as sent by the host. */
function parseQuestion(x: unknown, where = 'question'): Parsed<VoteQuestion> {
  if (!isRecord(x)) return fail(`${where}: must be an object`);
  const key = str(x, 'key', LIMITS.maxKeyChars, where);
  if (Array.isArray(key)) return fail(key[0]!);
  const prompt = str(x, 'prompt', LIMITS.maxPromptChars, where);
  if (Array.isArray(prompt)) return fail(prompt[0]!);
  const options = x['options'];
  if (!Array.isArray(options) || options.length < 1 || options.length > LIMITS.maxOptions) {
    return fail(`${where}: "options" must be a list of 1–${LIMITS.maxOptions} options`);
  }
  const out: VoteQuestion['options'] = [];
  const seen = new Set<number>();
  for (const [i, o] of options.entries()) {
    const at = `${where}.options[${i}]`;
    if (!isRecord(o)) return fail(`${at}: must be an object`);
    if (!optionIndex(o['index'])) return fail(`${at}: "index" must be a whole number from 0 to 999`);
    if (seen.has(o['index'])) return fail(`${at}: "index" ${o['index']} appears twice`);
    seen.add(o['index']);
    const text = str(o, 'text', LIMITS.maxOptionChars, at);
    if (Array.isArray(text)) return fail(text[0]!);
    out.push({ index: o['index'], text });
  }
  // The class's language is optional, so a question from an older console is still valid.
  const lang = x['lang'];
  if (lang === undefined) return { ok: true, value: { key, prompt, options: out } };
  if (!isLocale(lang)) return fail(`${where}: "lang" must be one of ${LOCALES.join(', ')}`);
  return { ok: true, value: { key, prompt, options: out, lang } };
}

function parseJson(raw: string, where: string): Parsed<Record<string, unknown>> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail(`${where}: not valid JSON`);
  }
  if (!isRecord(data)) return fail(`${where}: must be a JSON object`);
  if (typeof data['type'] !== 'string') return fail(`${where}: "type" must be a string`);
  return { ok: true, value: data };
}

/** Validates one message from a host console or phone. Unknown types and extra junk are refused. */
export function parseClientMessage(raw: string): Parsed<ClientMessage> {
  const json = parseJson(raw, 'message');
  if (!json.ok) return json;
  const m = json.value;
  const where = `message "${String(m['type'])}"`;
  switch (m['type']) {
    case CLIENT_MSG.host: {
      if (typeof m['token'] !== 'string' || !HOST_TOKEN.test(m['token'])) {
        return fail(`${where}: "token" is missing or malformed`);
      }
      if (m['resume'] === undefined) return { ok: true, value: { type: CLIENT_MSG.host, token: m['token'] } };
      if (typeof m['resume'] !== 'string' || !isJoinCode(m['resume'])) {
        return fail(`${where}: "resume" must be a join code`);
      }
      return { ok: true, value: { type: CLIENT_MSG.host, token: m['token'], resume: m['resume'] } };
    }
    case CLIENT_MSG.open: {
      const q = parseQuestion(m['question'], `${where}.question`);
      if (!q.ok) return q;
      return { ok: true, value: { type: CLIENT_MSG.open, question: q.value } };
    }
    case CLIENT_MSG.closeQuestion:
      return { ok: true, value: { type: CLIENT_MSG.closeQuestion } };
    case CLIENT_MSG.end:
      return { ok: true, value: { type: CLIENT_MSG.end } };
    case CLIENT_MSG.join: {
      if (typeof m['code'] !== 'string' || m['code'].length > 16) {
        return fail(`${where}: "code" must be a short string`);
      }
      const code = normaliseCode(m['code']);
      if (m['voter'] === undefined) return { ok: true, value: { type: CLIENT_MSG.join, code } };
      if (!isVoterId(m['voter'])) {
        return fail(`${where}: "voter" must be 8–64 letters, digits, "-" or "_"`);
      }
      return { ok: true, value: { type: CLIENT_MSG.join, code, voter: m['voter'] } };
    }
    case CLIENT_MSG.vote: {
      const key = str(m, 'key', LIMITS.maxKeyChars, where);
      if (Array.isArray(key)) return fail(key[0]!);
      if (!optionIndex(m['option'])) return fail(`${where}: "option" must be a whole number from 0 to 999`);
      return { ok: true, value: { type: CLIENT_MSG.vote, key, option: m['option'] } };
    }
    default:
      return fail(`message: unknown type "${String(m['type']).slice(0, 40)}"`);
  }
}

function parseTally(x: unknown, where: string): Parsed<Tally> {
  if (!isRecord(x)) return fail(`${where}: "tally" must be an object`);
  const tally: Tally = {};
  for (const [k, v] of Object.entries(x)) {
    const index = Number(k);
    if (!optionIndex(index) || typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      return fail(`${where}: "tally" entry "${k.slice(0, 20)}" must map an option index to a count`);
    }
    tally[index] = v;
  }
  return { ok: true, value: tally };
}

/** Validates one message from the relay server (used by the console feed and the phone page). */
export function parseServerMessage(raw: string): Parsed<ServerMessage> {
  const json = parseJson(raw, 'server message');
  if (!json.ok) return json;
  const m = json.value;
  const where = `server message "${String(m['type'])}"`;
  const num = (f: string): boolean => typeof m[f] === 'number' && Number.isFinite(m[f]);
  switch (m['type']) {
    case SERVER_MSG.hosted:
      if (typeof m['code'] !== 'string' || !isJoinCode(m['code'])) return fail(`${where}: bad "code"`);
      if (typeof m['url'] !== 'string') return fail(`${where}: "url" must be a string`);
      if (!num('expiresAt')) return fail(`${where}: "expiresAt" must be a number`);
      return {
        ok: true,
        value: {
          type: SERVER_MSG.hosted,
          code: m['code'],
          url: m['url'],
          expiresAt: m['expiresAt'] as number,
        },
      };
    case SERVER_MSG.joined:
      if (typeof m['code'] !== 'string' || !isJoinCode(m['code'])) return fail(`${where}: bad "code"`);
      if (!isVoterId(m['voter'])) return fail(`${where}: bad "voter"`);
      return { ok: true, value: { type: SERVER_MSG.joined, code: m['code'], voter: m['voter'] } };
    case SERVER_MSG.question: {
      let question: VoteQuestion | null = null;
      if (m['question'] !== null) {
        const q = parseQuestion(m['question'], `${where}.question`);
        if (!q.ok) return q;
        question = q.value;
      }
      const vote = m['vote'] === null || m['vote'] === undefined ? null : m['vote'];
      if (vote !== null && !optionIndex(vote)) return fail(`${where}: bad "vote"`);
      return { ok: true, value: { type: SERVER_MSG.question, question, vote } };
    }
    case SERVER_MSG.voteAck:
      if (typeof m['key'] !== 'string') return fail(`${where}: "key" must be a string`);
      if (!optionIndex(m['option'])) return fail(`${where}: bad "option"`);
      return { ok: true, value: { type: SERVER_MSG.voteAck, key: m['key'], option: m['option'] } };
    case SERVER_MSG.tally: {
      if (m['key'] !== null && typeof m['key'] !== 'string') return fail(`${where}: "key" must be a string`);
      const tally = parseTally(m['tally'], where);
      if (!tally.ok) return tally;
      if (!num('voters')) return fail(`${where}: "voters" must be a number`);
      return {
        ok: true,
        value: { type: SERVER_MSG.tally, key: m['key'], tally: tally.value, voters: m['voters'] as number },
      };
    }
    case SERVER_MSG.error:
      if (!num('code') || typeof m['message'] !== 'string')
        return fail(`${where}: needs "code" and "message"`);
      return {
        ok: true,
        value: { type: SERVER_MSG.error, code: m['code'] as number, message: m['message'] },
      };
    case SERVER_MSG.ended:
      return { ok: true, value: { type: SERVER_MSG.ended, reason: String(m['reason'] ?? '') } };
    default:
      return fail(`server message: unknown type "${String(m['type']).slice(0, 40)}"`);
  }
}
