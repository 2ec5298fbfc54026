// The console's VoteFeed (src/app/relay-feed.ts) against the real relay on 127.0.0.1. Node 20 has no
// global WebSocket, so the `ws` client is injected; a subclass records the sockets so a test can cut one.

import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectRelay, type RelayFeed, type SocketConstructor } from '../../src/app/relay-feed.ts';
import type { FeedStatus, Tally, VoteQuestion } from '../../src/core/classroom/classroom.ts';
import { RELAY_PATH } from '../../src/core/classroom/relay-protocol.ts';
import { startRelay, type Relay, type RelayOptions } from '../../server/relay-server.ts';
import { Client, until } from './relay-helpers.ts';

const TOKEN = 'feed-test-token-0123456789';
const Q: VoteQuestion = {
  key: 'transit.last_train#1',
  prompt: 'A teenager is alone on the platform at 1 a.m. with an older man who holds her phone.',
  options: [
    { index: 0, text: 'Keep watching and note the details.' },
    { index: 1, text: 'Take the phone back from him.' },
  ],
};

let relay: Relay | null = null;
let feed: RelayFeed | null = null;
const sockets: WebSocket[] = [];
const phones: Client[] = [];

class TrackedSocket extends WebSocket {
  constructor(url: string) {
    super(url);
    sockets.push(this);
  }
}
const Socket = TrackedSocket as unknown as SocketConstructor;

async function setup(options: RelayOptions = {}): Promise<string> {
  relay = await startRelay({ port: 0, host: '127.0.0.1', hostToken: TOKEN, staticDir: null, ...options });
  return `ws://127.0.0.1:${relay.port}${RELAY_PATH}`;
}

async function phone(url: string, code: string): Promise<Client> {
  const c = new Client(url);
  phones.push(c);
  await c.opened;
  c.send({ type: 'join', code }); // the relay issues the voter id
  await c.next('joined');
  return c;
}

afterEach(async () => {
  feed?.dispose();
  feed = null;
  for (const p of phones.splice(0)) p.ws.terminate();
  for (const s of sockets.splice(0)) s.terminate();
  await relay?.close();
  relay = null;
});

describe('relay feed', () => {
  it('opens a class session, puts a question to the phones and reports every vote', async () => {
    const url = await setup({ joinBase: 'http://192.0.2.9:4180/vote.html' });
    feed = await connectRelay({ url, token: TOKEN, WebSocket: Socket });
    expect(feed.status()).toBe('open');
    const join = feed.join()!;
    expect(join.url).toBe(`http://192.0.2.9:4180/vote.html?code=${join.code}`);

    const tallies: [string, Tally, number][] = [];
    feed.onTally((key, tally, voters) => tallies.push([key, { ...tally }, voters]));
    const [a, b, c] = [await phone(url, join.code), await phone(url, join.code), await phone(url, join.code)];
    await until(() => feed!.voters() === 3, 3000, 'three phones');
    feed.open(Q);
    for (const p of [a, b, c]) await p.next('question', (m) => m.question?.key === Q.key);
    a.send({ type: 'vote', key: Q.key, option: 0 });
    b.send({ type: 'vote', key: Q.key, option: 0 });
    c.send({ type: 'vote', key: Q.key, option: 1 });
    await until(() => tallies.some(([, t]) => t[0] === 2 && t[1] === 1), 3000, 'all votes');
    expect(tallies.at(-1)).toEqual([Q.key, { 0: 2, 1: 1 }, 3]);

    feed.close();
    await a.next('question', (m) => m.question === null && a.of('question').length > 2);
  });

  it('reconnects after a dropped connection and keeps the same code, question and votes', async () => {
    const url = await setup();
    feed = await connectRelay({ url, token: TOKEN, WebSocket: Socket, backoff: { baseMs: 50, maxMs: 200 } });
    const statuses: FeedStatus[] = [];
    feed.onStatus((s) => statuses.push(s));
    const code = feed.join()!.code;
    const p = await phone(url, code);
    feed.open(Q);
    await p.next('question', (m) => m.question !== null);
    p.send({ type: 'vote', key: Q.key, option: 1 });
    await p.next('vote-ack');

    sockets[0]!.terminate(); // the console's connection drops
    await until(() => statuses.includes('reconnecting') && feed!.status() === 'open', 5000, 'reconnect');
    expect(feed.join()!.code).toBe(code);
    expect(sockets.length).toBe(2);

    const tallies: Tally[] = [];
    feed.onTally((_k, t) => tallies.push(t));
    const q = await phone(url, code);
    expect((await q.last('question')).question?.key).toBe(Q.key);
    q.send({ type: 'vote', key: Q.key, option: 1 });
    await until(() => tallies.some((t) => t[1] === 2), 3000, 'both votes');
    expect(p.closeCode).toBeNull();
  });

  it('takes back a class session after the console page reloads (resume), keeping the phones', async () => {
    const url = await setup({ hostGraceMs: 5000 });
    const first = await connectRelay({ url, token: TOKEN, WebSocket: Socket });
    const code = first.join()!.code;
    const p = await phone(url, code);
    sockets[0]!.terminate(); // the page reloads: its socket goes, dispose() never runs
    feed = await connectRelay({ url, token: TOKEN, WebSocket: Socket, resume: code });
    expect(feed.join()!.code).toBe(code);
    expect(relay!.roomCount()).toBe(1);
    await until(() => feed!.voters() === 1, 2000, 'the phone counted');
    feed.open(Q);
    expect((await p.next('question', (m) => m.question !== null)).question?.key).toBe(Q.key);
    // An ended session is not taken back: a new code.
    first.dispose();
    feed.dispose();
    await until(() => relay!.roomCount() === 0, 2000, 'ended');
    feed = await connectRelay({ url, token: TOKEN, WebSocket: Socket, resume: code });
    expect(feed.join()!.code).not.toBe(code);
  });

  it('ends the class session on dispose', async () => {
    const url = await setup();
    feed = await connectRelay({ url, token: TOKEN, WebSocket: Socket });
    const p = await phone(url, feed.join()!.code);
    feed.dispose();
    expect((await p.next('ended')).reason).toMatch(/instructor ended/);
    await until(() => relay!.roomCount() === 0, 2000, 'room deleted');
    expect(feed.status()).toBe('closed');
  });

  it('says the session is over when the code expires, and does not reconnect', async () => {
    const url = await setup({ codeTtlMs: 200 });
    feed = await connectRelay({ url, token: TOKEN, WebSocket: Socket, backoff: { baseMs: 20, maxMs: 20 } });
    await until(() => feed!.status() === 'closed', 3000, 'closed');
    expect(feed.lastMessage()).toMatch(/expired/);
    await new Promise((ok) => setTimeout(ok, 100));
    expect(sockets.length).toBe(1);
    expect(feed.join()).toBeNull();
  });

  it("by default finds the relay and fetches the host token from the page's own origin", async () => {
    const url = await setup();
    const g = globalThis as unknown as { location?: unknown; WebSocket?: unknown };
    const saved = { location: g.location, WebSocket: g.WebSocket };
    // As in a page at http://127.0.0.1:<port>/ served by the relay (Node 20 has fetch, not WebSocket).
    const page = new URL(url.replace('ws:', 'http:').replace(RELAY_PATH, '/'));
    g.location = { href: page.href, protocol: page.protocol, host: page.host };
    g.WebSocket = Socket;
    try {
      feed = await connectRelay();
      expect(feed.status()).toBe('open');
      expect(relay!.roomCount()).toBe(1);
    } finally {
      g.location = saved.location;
      g.WebSocket = saved.WebSocket;
    }
  });

  it('rejects with a clear error when the token is wrong or no relay is running', async () => {
    const url = await setup();
    await expect(connectRelay({ url, token: 'not-the-token-12345', WebSocket: Socket })).rejects.toThrow(
      /no class session.*machine running the relay/,
    );
    expect(relay!.roomCount()).toBe(0);
    await relay!.close();
    relay = null;
    await expect(connectRelay({ url, token: TOKEN, WebSocket: Socket, timeoutMs: 2000 })).rejects.toThrow(
      /classroom relay: no class session/,
    );
  });
});
