// The classroom relay: a small HTTP + WebSocket server for phone voting on the local network.
// HTTP serves the built game (the instructor console and the phone page, vote.html); the WebSocket
// endpoint (RELAY_PATH) carries the JSON protocol in src/core/classroom/relay-protocol.ts over the `ws` library.
//
// Safety: every message is validated and bounded (maxPayload, a token bucket per connection); the host
// role needs a token that only a page on this machine can fetch; join codes expire; rooms live in
// memory only and are deleted when the class session ends. Nothing about learners touches the disk.
// Vote integrity: the relay issues voter ids (random; a phone hands its id back to reconnect), counts
// one vote per voter and only of voters connected now, and limits phones and connections per address
// generously enough for a class behind one NAT (ADDRESS_LIMITS). See docs/classroom.md.

import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { cspHeaderFor } from '../scripts/build/vite-plugin-csp.ts';
import {
  ADDRESS_LIMITS,
  CLIENT_MSG,
  CLOSE,
  HOST_TOKEN_PATH,
  LIMITS,
  RELAY_META,
  RELAY_PATH,
  SERVER_LIMITS,
  SERVER_MSG,
  TokenBucket,
  VOTE_PAGE,
  addressKey,
  makeJoinCode,
  parseClientMessage,
  type ClientMessage,
  type ServerMessage,
} from '../src/core/classroom/relay-protocol.ts';
import { Room } from '../src/core/classroom/relay-room.ts';

export interface RelayOptions {
  /** 0 picks a free port. Default 4180. */
  port?: number;
  /** Interface to listen on. Default 0.0.0.0 (the local network). Tests use 127.0.0.1. */
  host?: string;
  /** Folder with the built game (index.html, vote.html); null serves no files. */
  staticDir?: string | null;
  /** The instructor's secret; random when not given. */
  hostToken?: string;
  /** How long a join code lives. Default 3 hours. */
  codeTtlMs?: number;
  /** How long a room waits for its console to reconnect after a dropped connection. Default 30 s. */
  hostGraceMs?: number;
  /** Ping interval; a connection that misses one pong is dropped. Default 15 s. */
  heartbeatMs?: number;
  maxVotersPerRoom?: number;
  maxRooms?: number;
  /** How long a dropped phone keeps its seat and vote for a reconnect. Default 60 s. */
  voterGraceMs?: number;
  /** Limits per network address (voters per room, new voter ids, connections, wrong codes). */
  perAddress?: Partial<AddressLimits>;
  /** All TCP connections at once (HTTP and WebSocket). Default 2000. */
  maxConnections?: number;
  /** A request that has not sent its headers by then is closed. Default 10 s. */
  headersTimeoutMs?: number;
  /** The clock for seats, grace and rate limits; tests pass a fake one. Default Date.now. */
  now?: () => number;
  /** A connection that has not sent "host" or "join" by then is closed. Default 10 s. */
  joinTimeoutMs?: number;
  /** Messages per connection: burst and refill per second. Default 10 and 2 (host: 60 and 20). */
  rate?: { burst: number; perSecond: number };
  /** Base of the join link shown on the projector; defaults to this machine's LAN address. */
  joinBase?: string;
  log?: (line: string) => void;
}

export interface AddressLimits {
  votersPerRoom: number;
  newVoters: { burst: number; perMinute: number };
  connections: number;
  badCodes: { burst: number; perMinute: number };
}

export interface Relay {
  port: number;
  /** http://127.0.0.1:<port>/ — the instructor opens the console here. */
  localUrl: string;
  /** The phone page on the LAN (without a code). */
  joinBase: string;
  hostToken: string;
  /** Open class sessions (for tests and the status line). */
  roomCount(): number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.m4a': 'audio/mp4',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

/** The machine's IPv4 addresses on the local network (not loopback). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const ni of list ?? []) if (ni.family === 'IPv4' && !ni.internal) out.push(ni.address);
  }
  return out;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

interface Conn {
  /** The per-address limits' key for the remote address (IPv6: its /64). */
  ip: string;
  loopback: boolean;
  bucket: TokenBucket;
  alive: boolean;
  role: 'none' | 'host' | 'phone';
  code?: string;
  voter?: string;
}

interface Session {
  room: Room;
  host: WebSocket | null;
  phones: Map<string, WebSocket>;
  expiry: ReturnType<typeof setTimeout>;
  grace?: ReturnType<typeof setTimeout>;
}

export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const listenHost = options.host ?? '0.0.0.0';
  const staticDir = options.staticDir ? resolve(options.staticDir) : null;
  const hostToken = options.hostToken ?? randomBytes(24).toString('base64url');
  const codeTtlMs = options.codeTtlMs ?? 3 * 60 * 60 * 1000;
  const hostGraceMs = options.hostGraceMs ?? 30_000;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxVoters = options.maxVotersPerRoom ?? LIMITS.maxVotersPerRoom;
  const maxRooms = options.maxRooms ?? LIMITS.maxRooms;
  const joinTimeoutMs = options.joinTimeoutMs ?? 10_000;
  const rate = options.rate ?? { burst: 10, perSecond: 2 };
  const hostRate = { burst: Math.max(60, rate.burst), perSecond: Math.max(20, rate.perSecond) };
  const perAddress: AddressLimits = { ...ADDRESS_LIMITS, ...options.perAddress };
  const voterGraceMs = options.voterGraceMs ?? LIMITS.voterGraceMs;
  const headersTimeoutMs = options.headersTimeoutMs ?? SERVER_LIMITS.headersTimeoutMs;
  const clock = options.now ?? Date.now;
  const log = options.log ?? (() => {});

  const sessions = new Map<string, Session>();
  const conns = new Map<WebSocket, Conn>();
  /** Wrong join codes per address. */
  const badCodeBuckets = new Map<string, TokenBucket>();
  /** New voter ids handed to each address. */
  const newVoterBuckets = new Map<string, TokenBucket>();
  /** Open WebSocket connections per address. */
  const socketsPerAddress = new Map<string, number>();

  function bucketFor(
    buckets: Map<string, TokenBucket>,
    ip: string,
    limit: { burst: number; perMinute: number },
    now: number,
  ): TokenBucket {
    let bucket = buckets.get(ip);
    if (!bucket) {
      bucket = new TokenBucket(limit.burst, limit.perMinute / 60, now);
      buckets.set(ip, bucket);
    }
    return bucket;
  }
  let joinBase = options.joinBase ?? '';

  // ---- HTTP: the host token (this machine only) and the built game ----

  function serveFile(req: IncomingMessage, res: ServerResponse): void {
    if (!staticDir) return void res.writeHead(404).end('Not found');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void res.writeHead(400).end('Bad request');
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(join(staticDir, path));
    if (file !== staticDir && !file.startsWith(staticDir + sep))
      return void res.writeHead(403).end('Forbidden');
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    const headers = {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
      'content-security-policy': cspHeaderFor(staticDir),
    };
    if (file === resolve(join(staticDir, 'index.html'))) {
      // Tell the game it is served by the relay, so presenter mode offers phone voting.
      const page = readFileSync(file, 'utf8').replace(
        '<head>',
        `<head><meta name="${RELAY_META}" content="${RELAY_PATH}">`,
      );
      res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(page) });
      return void res.end(req.method === 'HEAD' ? undefined : page);
    }
    res.writeHead(200, { ...headers, 'content-length': size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  // Slow or silent clients are dropped after headersTimeoutMs; Node checks every connectionsCheckingInterval.
  const timeouts = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: Math.max(headersTimeoutMs, 30_000),
    connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
  };
  const http: Server = createServer(timeouts, (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return void res.writeHead(405).end('Method not allowed');
    const path = (req.url ?? '/').split('?')[0];
    if (path === HOST_TOKEN_PATH) {
      // Only a page served to this machine may read the token: the request comes from loopback and names
      // a loopback host (so a page elsewhere cannot reach it by DNS tricks), and there is no CORS header,
      // so other origins cannot read the answer.
      if (!isLoopback(req.socket.remoteAddress) || !isLoopback(loopbackName(req.headers.host))) {
        return void res.writeHead(403, { 'content-type': 'text/plain' }).end('Host token: this machine only');
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify({ token: hostToken }));
    }
    serveFile(req, res);
  });

  http.maxConnections = options.maxConnections ?? SERVER_LIMITS.maxConnections;

  function loopbackName(hostHeader: string | undefined): string {
    const name = hostnameOf(hostHeader);
    return name === 'localhost' ? '127.0.0.1' : name;
  }

  // A malformed HTTP request closes that socket only.
  http.on('clientError', (_err, socket: Duplex) => socket.destroy());

  // ---- WebSocket ----

  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxPayloadBytes });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    const origin = req.headers.origin;
    let originOk = true;
    if (origin !== undefined) {
      try {
        originOk = new URL(origin).host === req.headers.host;
      } catch {
        originOk = false;
      }
    }
    if (path !== RELAY_PATH || !originOk) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const ip = addressKey(req.socket.remoteAddress ?? '');
    if ((socketsPerAddress.get(ip) ?? 0) >= perAddress.connections) {
      // Too many open connections from this address: the phone page tries again later by itself.
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  function send(ws: WebSocket | null | undefined, msg: ServerMessage): void {
    if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  }

  function refuse(ws: WebSocket, code: number, message: string): void {
    send(ws, { type: SERVER_MSG.error, code, message });
    ws.close(code, message.slice(0, 120));
  }

  function sendTally(s: Session): void {
    send(s.host, { type: SERVER_MSG.tally, ...s.room.tally() });
  }

  function endSession(code: string, reason: string): void {
    const s = sessions.get(code);
    if (!s) return;
    sessions.delete(code);
    clearTimeout(s.expiry);
    if (s.grace) clearTimeout(s.grace);
    const everyone = [...s.phones.values(), ...(s.host ? [s.host] : [])];
    for (const ws of everyone) {
      send(ws, { type: SERVER_MSG.ended, reason });
      ws.close(CLOSE.ended, reason.slice(0, 120));
    }
    log(`class session ${code} ended: ${reason}`);
  }

  function newSession(ws: WebSocket): Session {
    const code = makeJoinCode(
      () => randomInt(0, 1 << 30) / (1 << 30),
      (c) => sessions.has(c),
    );
    const expiresAt = clock() + codeTtlMs;
    const s: Session = {
      room: new Room(code, expiresAt, {
        maxVoters,
        maxPerAddress: perAddress.votersPerRoom,
        graceMs: voterGraceMs,
      }),
      host: ws,
      phones: new Map(),
      expiry: setTimeout(() => endSession(code, 'The join code expired.'), codeTtlMs),
    };
    sessions.set(code, s);
    log(`class session ${code} started`);
    return s;
  }

  function onHost(ws: WebSocket, conn: Conn, msg: Extract<ClientMessage, { type: 'host' }>): void {
    if (!conn.loopback || !sameToken(msg.token, hostToken)) {
      return refuse(ws, CLOSE.notAllowed, 'The console must run on the machine running the relay.');
    }
    let s = msg.resume ? sessions.get(msg.resume) : undefined;
    if (s && s.host && s.host !== ws) s = undefined; // still held by another console: start a new one
    if (s) {
      if (s.grace) clearTimeout(s.grace);
      delete s.grace;
      s.host = ws;
    } else {
      if (sessions.size >= maxRooms) {
        return refuse(ws, CLOSE.notAllowed, `Too many class sessions (${maxRooms}) on this relay.`);
      }
      s = newSession(ws);
    }
    conn.role = 'host';
    conn.code = s.room.code;
    const url = `${joinBase}?code=${s.room.code}`;
    send(ws, { type: SERVER_MSG.hosted, code: s.room.code, url, expiresAt: s.room.expiresAt });
    sendTally(s);
  }

  function onJoin(ws: WebSocket, conn: Conn, msg: Extract<ClientMessage, { type: 'join' }>): void {
    const now = clock();
    const badCodeBucket = badCodeBuckets.get(conn.ip);
    const lockedOut = badCodeBucket !== undefined && !badCodeBucket.has(now);
    const s = sessions.get(msg.code);
    if (!s || s.room.expired(now)) {
      if (lockedOut) {
        return refuse(ws, CLOSE.tooManyAttempts, 'Too many wrong codes. Wait a minute, then try again.');
      }
      bucketFor(badCodeBuckets, conn.ip, perAddress.badCodes, now).take(now);
      return refuse(ws, CLOSE.badCode, 'That code is wrong or has expired. Check the code on the screen.');
    }
    const returning = msg.voter !== undefined && s.room.knows(msg.voter, now);
    // The wrong-code lockout stops an address guessing codes: while it lasts, every code gets the same
    // answer, so guessing learns nothing. But it never shuts out the class: a phone handing back its
    // voter id for this session, or any phone from an address that already has phones in this session
    // (a class behind one NAT, where one learner's typos would otherwise lock out everyone), gets in.
    if (lockedOut && !returning && s.room.seatsFrom(conn.ip) === 0) {
      return refuse(ws, CLOSE.tooManyAttempts, 'Too many wrong codes. Wait a minute, then try again.');
    }
    let voter: string;
    if (returning) {
      voter = msg.voter!;
      s.room.rejoin(voter, conn.ip, now);
    } else {
      const seat = s.room.canSeat(conn.ip, now);
      if (seat === 'full') return refuse(ws, CLOSE.roomFull, 'This class session is full.');
      if (seat === 'address-full') {
        return refuse(
          ws,
          CLOSE.roomFull,
          `This class session is full for this network (${perAddress.votersPerRoom} phones).`,
        );
      }
      if (!bucketFor(newVoterBuckets, conn.ip, perAddress.newVoters, now).take(now)) {
        return refuse(ws, CLOSE.busy, 'Many phones are joining from this network. Trying again shortly.');
      }
      voter = randomBytes(LIMITS.voterIdBytes).toString('base64url');
      s.room.seat(voter, conn.ip, now);
    }
    const previous = s.phones.get(voter);
    s.phones.set(voter, ws);
    if (previous && previous !== ws) {
      refuse(previous, CLOSE.replaced, 'This phone connected again in another tab or connection.');
    }
    conn.role = 'phone';
    conn.code = s.room.code;
    conn.voter = voter;
    send(ws, { type: SERVER_MSG.joined, code: s.room.code, voter });
    send(ws, { type: SERVER_MSG.question, question: s.room.current(), vote: s.room.voteOf(voter) });
    sendTally(s);
  }

  function onMessage(ws: WebSocket, conn: Conn, data: RawData, isBinary: boolean): void {
    const now = clock();
    if (!conn.bucket.take(now)) {
      return refuse(ws, CLOSE.rateLimited, 'Too many messages. Slow down.');
    }
    if (isBinary) return refuse(ws, CLOSE.badMessage, 'message: binary frames are not accepted');
    const parsed = parseClientMessage(data.toString());
    if (!parsed.ok) return refuse(ws, CLOSE.badMessage, parsed.error);
    const msg = parsed.value;
    if (conn.role === 'none') {
      if (msg.type === CLIENT_MSG.host) {
        conn.bucket = new TokenBucket(hostRate.burst, hostRate.perSecond, now);
        return onHost(ws, conn, msg);
      }
      if (msg.type === CLIENT_MSG.join) return onJoin(ws, conn, msg);
      return refuse(ws, CLOSE.badMessage, `message "${msg.type}": send "host" or "join" first`);
    }
    const s = conn.code ? sessions.get(conn.code) : undefined;
    if (!s) return refuse(ws, CLOSE.ended, 'The class session has ended.');
    if (conn.role === 'host') {
      switch (msg.type) {
        case CLIENT_MSG.open:
          s.room.open(msg.question);
          for (const phone of s.phones.values()) {
            send(phone, { type: SERVER_MSG.question, question: msg.question, vote: null });
          }
          return sendTally(s);
        case CLIENT_MSG.closeQuestion:
          s.room.close();
          for (const phone of s.phones.values())
            send(phone, { type: SERVER_MSG.question, question: null, vote: null });
          return sendTally(s);
        case CLIENT_MSG.end:
          return endSession(s.room.code, 'The instructor ended the class session.');
        default:
          return refuse(ws, CLOSE.badMessage, `message "${msg.type}": not allowed for the console`);
      }
    }
    // A phone.
    if (msg.type !== CLIENT_MSG.vote) {
      return refuse(ws, CLOSE.badMessage, `message "${msg.type}": not allowed for a phone`);
    }
    const voter = conn.voter!;
    s.room.prune(now);
    const result = s.room.vote(voter, msg.key, msg.option);
    if (result === 'ok') {
      send(ws, { type: SERVER_MSG.voteAck, key: msg.key, option: msg.option });
      return sendTally(s);
    }
    // Not fatal (the question moved on while the phone was voting): say so and show the current one.
    send(ws, { type: SERVER_MSG.error, code: CLOSE.badMessage, message: `vote not counted: ${result}` });
    send(ws, { type: SERVER_MSG.question, question: s.room.current(), vote: s.room.voteOf(voter) });
  }

  function onClose(ws: WebSocket, conn: Conn): void {
    conns.delete(ws);
    const open = (socketsPerAddress.get(conn.ip) ?? 1) - 1;
    if (open > 0) socketsPerAddress.set(conn.ip, open);
    else socketsPerAddress.delete(conn.ip);
    const s = conn.code ? sessions.get(conn.code) : undefined;
    if (!s) return;
    if (conn.role === 'host' && s.host === ws) {
      s.host = null;
      const code = s.room.code;
      s.grace = setTimeout(() => endSession(code, 'The console did not come back.'), hostGraceMs);
    } else if (conn.role === 'phone' && conn.voter && s.phones.get(conn.voter) === ws) {
      s.phones.delete(conn.voter);
      s.room.leave(conn.voter, clock());
      sendTally(s);
    }
  }

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const remote = req.socket.remoteAddress ?? '';
    const ip = addressKey(remote);
    const conn: Conn = {
      ip,
      loopback: isLoopback(remote),
      bucket: new TokenBucket(rate.burst, rate.perSecond, clock()),
      alive: true,
      role: 'none',
    };
    conns.set(ws, conn);
    socketsPerAddress.set(ip, (socketsPerAddress.get(ip) ?? 0) + 1);
    const idle = setTimeout(() => {
      if (conn.role === 'none') refuse(ws, CLOSE.badMessage, 'send "host" or "join" first');
    }, joinTimeoutMs);
    ws.once('close', () => clearTimeout(idle));
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('message', (data, isBinary) => onMessage(ws, conn, data, isBinary));
    ws.on('close', () => onClose(ws, conn));
    ws.on('error', () => {
      // ws closes the socket after an error (e.g. 1009 for an oversize message); nothing else to do.
    });
  });

  const heartbeat = setInterval(() => {
    for (const [ws, conn] of conns) {
      if (!conn.alive) {
        ws.terminate();
        continue;
      }
      conn.alive = false;
      ws.ping();
    }
    const now = clock();
    for (const buckets of [badCodeBuckets, newVoterBuckets]) {
      for (const [ip, bucket] of buckets) if (bucket.full(now)) buckets.delete(ip);
    }
    for (const s of sessions.values()) s.room.prune(now);
  }, heartbeatMs);

  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(options.port ?? 4180, listenHost, () => ok());
  });
  const port = (http.address() as AddressInfo).port;
  if (!joinBase) {
    const lan = listenHost === '127.0.0.1' ? [] : lanAddresses();
    joinBase = `http://${lan[0] ?? '127.0.0.1'}:${port}/${VOTE_PAGE}`;
  }

  return {
    port,
    localUrl: `http://127.0.0.1:${port}/`,
    joinBase,
    hostToken,
    roomCount: () => sessions.size,
    close: async () => {
      clearInterval(heartbeat);
      for (const code of [...sessions.keys()]) endSession(code, 'The relay stopped.');
      for (const ws of conns.keys()) ws.terminate();
      await new Promise<void>((ok) => wss.close(() => ok()));
      await new Promise<void>((ok) => http.close(() => ok()));
    },
  };
}
