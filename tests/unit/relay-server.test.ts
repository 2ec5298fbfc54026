// The classroom relay with simulated phones on 127.0.0.1: real sockets, the real server, small limits
// so each rule shows quickly.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { type ClientOptions } from 'ws';
import type { VoteQuestion } from '../../src/core/classroom/classroom.ts';
import {
  CLOSE,
  FINAL_CLOSE_CODES,
  HOST_TOKEN_PATH,
  LIMITS,
  RELAY_PATH,
} from '../../src/core/classroom/relay-protocol.ts';
import { startRelay, type Relay, type RelayOptions } from '../../server/relay-server.ts';
import { Client, until, wait } from './relay-helpers.ts';

const TOKEN = 'test-host-token-0123456789';
const QUESTION: VoteQuestion = {
  key: 'hotel.night_lobby#3',
  prompt: 'The guest will not let the young woman speak. What do you do?',
  options: [
    { index: 0, text: 'Ask her directly, in front of him, whether she is all right.' },
    { index: 1, text: 'Note what you saw and call your supervisor.' },
    { index: 2, text: 'Tell him to leave the lobby.' },
  ],
};

let relay: Relay | null = null;
const clients: Client[] = [];

async function start(options: RelayOptions = {}): Promise<{ relay: Relay; ws: string }> {
  relay = await startRelay({ port: 0, host: '127.0.0.1', hostToken: TOKEN, staticDir: null, ...options });
  return { relay, ws: `ws://127.0.0.1:${relay.port}${RELAY_PATH}` };
}

function client(url: string, options?: ClientOptions): Client {
  const c = new Client(url, options);
  clients.push(c);
  return c;
}

async function host(url: string): Promise<{ console: Client; code: string }> {
  const c = client(url);
  await c.opened;
  c.send({ type: 'host', token: TOKEN });
  const hosted = await c.next('hosted');
  return { console: c, code: hosted.code };
}

/** A phone on `from` (a loopback address such as 127.0.0.9 stands for another device or network). */
async function phone(
  url: string,
  code: string,
  { voter, from }: { voter?: string; from?: string } = {},
): Promise<Client & { voter: string }> {
  const c = client(url, from ? { localAddress: from } : {});
  await c.opened;
  c.send(voter ? { type: 'join', code, voter } : { type: 'join', code });
  const joined = await c.next('joined');
  return Object.assign(c, { voter: joined.voter });
}

/** A join that the relay is expected to refuse: the close code. */
async function refusedJoin(url: string, join: object, from?: string): Promise<number> {
  const c = client(url, from ? { localAddress: from } : {});
  await c.opened;
  c.send({ type: 'join', ...join });
  return c.closed;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await relay?.close();
  relay = null;
});

describe('classroom relay', () => {
  it('gives the console a join code and link; phones join, vote, change their vote; the console sees tallies', async () => {
    const { ws } = await start({ joinBase: 'http://192.0.2.7:4180/vote.html' });
    const { console: con, code } = await host(ws);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}$/);
    expect((await con.last('hosted')).url).toBe(`http://192.0.2.7:4180/vote.html?code=${code}`);

    const phones = await Promise.all([1, 2, 3, 4].map(() => phone(ws, code.toLowerCase())));
    await con.next('tally', (t) => t.voters === 4);
    // Before a question opens, phones are told there is none.
    expect((await phones[0]!.last('question')).question).toBeNull();

    con.send({ type: 'open', question: QUESTION });
    for (const p of phones) await p.next('question', (m) => m.question?.key === QUESTION.key);

    const choices = [1, 1, 0, 2];
    phones.forEach((p, i) => p.send({ type: 'vote', key: QUESTION.key, option: choices[i] }));
    for (const [i, p] of phones.entries()) {
      expect(await p.next('vote-ack')).toEqual({ type: 'vote-ack', key: QUESTION.key, option: choices[i] });
    }
    let tally = await con.next('tally', (t) => t.key === QUESTION.key && sum(t.tally) === 4);
    expect(tally.tally).toEqual({ 0: 1, 1: 2, 2: 1 });
    expect(tally.voters).toBe(4);

    // Changing a vote replaces it: still four votes.
    phones[3]!.send({ type: 'vote', key: QUESTION.key, option: 1 });
    tally = await con.next('tally', (t) => t.tally[1] === 3);
    expect(tally.tally).toEqual({ 0: 1, 1: 3, 2: 0 });

    // Closing the question: phones see no question; votes for it are no longer accepted.
    con.send({ type: 'close-question' });
    await phones[0]!.next('question', (m) => m.question === null && phones[0]!.of('question').length > 2);
    phones[0]!.send({ type: 'vote', key: QUESTION.key, option: 0 });
    expect((await phones[0]!.next('error')).message).toContain('no-question');
    expect(phones[0]!.closeCode).toBeNull();
  });

  it('refuses a wrong code with a clear message and close code 4001, and other phones carry on', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    const good = await phone(ws, code);
    const wrong = code === 'ABCD' ? 'ABCE' : 'ABCD';
    const bad = client(ws);
    await bad.opened;
    bad.send({ type: 'join', code: wrong, voter: 'someone-else-123' });
    expect(await bad.closed).toBe(CLOSE.badCode);
    expect((await bad.next('error')).message).toMatch(/wrong or has expired/);

    con.send({ type: 'open', question: QUESTION });
    await good.next('question', (m) => m.question !== null);
    good.send({ type: 'vote', key: QUESTION.key, option: 2 });
    expect((await con.next('tally', (t) => t.tally[2] === 1)).voters).toBe(1);
  });

  it('stops an address that keeps guessing codes', async () => {
    const { ws } = await start({ perAddress: { badCodes: { burst: 2, perMinute: 1 } } });
    const codes: number[] = [];
    for (const guess of ['AAAA', 'BBBB', 'CCCC']) {
      const c = client(ws);
      await c.opened;
      c.send({ type: 'join', code: guess, voter: 'guesser-000001' });
      codes.push(await c.closed);
    }
    expect(codes).toEqual([CLOSE.badCode, CLOSE.badCode, CLOSE.tooManyAttempts]);
  });

  it('expires the code: the session ends for everyone and the old code is refused', async () => {
    const { ws, relay } = await start({ codeTtlMs: 300 });
    const { console: con, code } = await host(ws);
    const p = await phone(ws, code);
    expect(await p.closed).toBe(CLOSE.ended);
    expect((await p.next('ended')).reason).toMatch(/expired/);
    expect(await con.closed).toBe(CLOSE.ended);
    expect(relay.roomCount()).toBe(0);
    const late = client(ws);
    await late.opened;
    late.send({ type: 'join', code, voter: 'late-phone-0001' });
    expect(await late.closed).toBe(CLOSE.badCode);

    // A new class session gets a new code.
    const again = await host(ws);
    expect(again.code).not.toBe(code);
  });

  it('closes only the connection that sends an oversize message', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    const [big, small] = [await phone(ws, code), await phone(ws, code)];
    con.send({ type: 'open', question: QUESTION });
    await big.next('question', (m) => m.question !== null);
    big.send({ type: 'vote', key: 'x'.repeat(LIMITS.maxPayloadBytes + 10), option: 0 });
    expect(await big.closed).toBe(CLOSE.tooBig);
    await con.next('tally', (t) => t.voters === 1);
    small.send({ type: 'vote', key: QUESTION.key, option: 1 });
    expect(await small.next('vote-ack')).toMatchObject({ option: 1 });
    expect(small.closeCode).toBeNull();
  });

  it('refuses malformed messages and unknown types with 4002', async () => {
    const { ws } = await start();
    const { code } = await host(ws);
    for (const raw of ['not json', '{"type":"shout","text":"hi"}', '[1,2]', '{"type":"vote","key":"k"}']) {
      const c = client(ws);
      await c.opened;
      c.send(raw);
      expect(await c.closed).toBe(CLOSE.badMessage);
    }
    // A phone may not act as the console.
    const p = await phone(ws, code);
    p.send({ type: 'open', question: QUESTION });
    expect(await p.closed).toBe(CLOSE.badMessage);
    expect((await p.next('error')).message).toMatch(/not allowed for a phone/);
  });

  it('closes a connection that never joins', async () => {
    const { ws } = await start({ joinTimeoutMs: 100 });
    const { console: con } = await host(ws);
    const idle = client(ws);
    await idle.opened;
    expect(await idle.closed).toBe(CLOSE.badMessage);
    expect(con.closeCode).toBeNull(); // the console, which did say who it is, stays
  });

  it('rate-limits each connection on its own', async () => {
    const { ws } = await start({ rate: { burst: 5, perSecond: 1 } });
    const { console: con, code } = await host(ws);
    const [noisy, calm] = [await phone(ws, code), await phone(ws, code)];
    con.send({ type: 'open', question: QUESTION });
    await noisy.next('question', (m) => m.question !== null);
    for (let i = 0; i < 10; i++) noisy.send({ type: 'vote', key: QUESTION.key, option: i % 3 });
    expect(await noisy.closed).toBe(CLOSE.rateLimited);
    expect(noisy.of('vote-ack').length).toBeLessThan(5); // the join used one token
    calm.send({ type: 'vote', key: QUESTION.key, option: 0 });
    expect(await calm.next('vote-ack')).toMatchObject({ option: 0 });
  });

  it('a dropped phone reconnects with its voter id: its vote is kept and never counted twice', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    const other = await phone(ws, code);
    const first = await phone(ws, code);
    con.send({ type: 'open', question: QUESTION });
    await first.next('question', (m) => m.question !== null);
    first.send({ type: 'vote', key: QUESTION.key, option: 1 });
    other.send({ type: 'vote', key: QUESTION.key, option: 1 });
    await con.next('tally', (t) => t.tally[1] === 2);

    first.ws.terminate(); // the Wi-Fi drops
    // While it is away its vote does not count: never more votes than phones joined.
    await con.latest('tally', (t) => t.voters === 1);
    expect((await con.last('tally')).tally).toEqual({ 0: 0, 1: 1, 2: 0 });

    const back = await phone(ws, code, { voter: first.voter });
    expect(back.voter).toBe(first.voter);
    // It is shown the open question with its earlier vote.
    expect(await back.last('question')).toEqual({ type: 'question', question: QUESTION, vote: 1 });
    back.send({ type: 'vote', key: QUESTION.key, option: 1 });
    await back.next('vote-ack');
    const tally = await con.last('tally');
    expect(tally.tally).toEqual({ 0: 0, 1: 2, 2: 0 });
    expect(tally.voters).toBe(2);
  });

  it('the same voter connecting twice replaces the older connection', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    const a = await phone(ws, code);
    await phone(ws, code, { voter: a.voter });
    expect(await a.closed).toBe(CLOSE.replaced);
    await wait(50);
    expect((await con.last('tally')).voters).toBe(1);
  });

  it('caps the phones per room', async () => {
    const { ws } = await start({ maxVotersPerRoom: 2 });
    const { code } = await host(ws);
    await phone(ws, code);
    await phone(ws, code);
    const third = client(ws);
    await third.opened;
    third.send({ type: 'join', code, voter: 'third-phone-01' });
    expect(await third.closed).toBe(CLOSE.roomFull);
  });

  it('ends the room when the console ends the session', async () => {
    const { ws, relay } = await start();
    const { console: con, code } = await host(ws);
    const phones = [await phone(ws, code), await phone(ws, code)];
    con.send({ type: 'end' });
    for (const p of phones) {
      expect(await p.closed).toBe(CLOSE.ended);
      expect((await p.next('ended')).reason).toMatch(/instructor ended/);
    }
    expect(relay.roomCount()).toBe(0);
  });

  it('ends the room when the console drops and does not come back in time', async () => {
    const { ws, relay } = await start({ hostGraceMs: 150 });
    const { console: con, code } = await host(ws);
    const p = await phone(ws, code);
    con.ws.terminate();
    expect(await p.closed).toBe(CLOSE.ended);
    expect(relay.roomCount()).toBe(0);
  });

  it('lets a dropped console take back its session with the same code', async () => {
    const { ws } = await start({ hostGraceMs: 5000 });
    const { console: con, code } = await host(ws);
    const p = await phone(ws, code);
    con.ws.terminate();
    const back = client(ws);
    await back.opened;
    back.send({ type: 'host', token: TOKEN, resume: code });
    expect((await back.next('hosted')).code).toBe(code);
    back.send({ type: 'open', question: QUESTION });
    await p.next('question', (m) => m.question !== null);
    expect(p.closeCode).toBeNull();
  });

  it('refuses a console with the wrong token, and WebSockets opened by pages from other sites', async () => {
    const { ws, relay } = await start();
    const c = client(ws);
    await c.opened;
    c.send({ type: 'host', token: 'wrong-token-0123456789' });
    expect(await c.closed).toBe(CLOSE.notAllowed);
    expect(relay.roomCount()).toBe(0);

    const foreign = new WebSocket(ws, { headers: { origin: 'http://evil.example' } });
    const status = await new Promise<number | undefined>((ok) => {
      foreign.on('unexpected-response', (_req, res) => ok(res.statusCode));
      foreign.on('open', () => ok(101));
      foreign.on('error', () => {});
    });
    foreign.terminate();
    expect(status).toBe(403);

    const sameSite = client(ws, { headers: { origin: `http://127.0.0.1:${relay.port}` } });
    await sameSite.opened;
  });

  it('drops a connection that stops answering pings', async () => {
    const { ws } = await start({ heartbeatMs: 60 });
    const { console: con, code } = await host(ws);
    // A phone whose network is gone: it no longer answers pings.
    const silent = client(ws, { autoPong: false });
    await silent.opened;
    silent.send({ type: 'join', code, voter: 'silent-phone-1' });
    await silent.next('joined');
    await con.next('tally', (t) => t.voters === 1);
    await until(() => silent.closeCode !== null, 2000, 'the silent phone to be dropped');
    await con.next('tally', (t) => t.voters === 0 && con.of('tally').length > 2);
  });

  it('hands the host token only to this machine and serves the built files without escaping the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-static-'));
    writeFileSync(join(dir, 'vote.html'), '<!doctype html><title>vote</title>');
    const { relay } = await start({ staticDir: dir });
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; body: string; type: string }>((ok, fail) => {
        const req = request({ host: '127.0.0.1', port: relay.port, path, headers }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () =>
            ok({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }),
          );
        });
        req.on('error', fail);
        req.end();
      });
    const token = await get(HOST_TOKEN_PATH);
    expect(token.status).toBe(200);
    expect(JSON.parse(token.body)).toEqual({ token: TOKEN });
    expect((await get(HOST_TOKEN_PATH, { host: `192.168.1.5:${relay.port}` })).status).toBe(403);
    const page = await get('/vote.html?code=ABCD');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect((await get('/../../etc/passwd')).status).not.toBe(200);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
    expect((await get('/missing.js')).status).toBe(404);
  });
});

describe('vote integrity (audit M4) and the wrong-code lockout (audit L5)', () => {
  it('issues each phone a random voter id; a phone cannot pick its own', async () => {
    const { ws } = await start();
    const { code } = await host(ws);
    const a = await phone(ws, code, { voter: 'chosen-by-the-phone-1' });
    const b = await phone(ws, code);
    for (const id of [a.voter, b.voter]) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.voter).not.toBe('chosen-by-the-phone-1');
    expect(a.voter).not.toBe(b.voter);
  });

  it('ballot stuffing: 60 connections in turn from one device, each voting once, count no more votes than phones joined', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    con.send({ type: 'open', question: QUESTION });
    await con.next('tally', (t) => t.key === QUESTION.key);
    const real = await phone(ws, code, { from: '127.0.0.1' });
    real.send({ type: 'vote', key: QUESTION.key, option: 1 });
    await real.next('vote-ack');
    for (let i = 0; i < 60; i++) {
      // Each time a "new phone": a fresh connection, no voter id or a made-up one.
      const fake = client(ws, { localAddress: '127.0.0.9' });
      await fake.opened;
      fake.send(i % 2 ? { type: 'join', code } : { type: 'join', code, voter: `made-up-voter-${i}` });
      await fake.next('joined');
      fake.send({ type: 'vote', key: QUESTION.key, option: 2 });
      await fake.next('vote-ack');
      fake.close();
      await fake.closed;
    }
    // Every tally the console ever saw: never more votes than phones joined at that moment.
    for (const t of con.of('tally')) expect(sum(t.tally)).toBeLessThanOrEqual(t.voters);
    await con.latest('tally', (t) => t.voters === 1);
    expect((await con.last('tally')).tally).toEqual({ 0: 0, 1: 1, 2: 0 });
  });

  it('room fill: one address cannot take every seat; phones from other addresses still join', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    const closes: number[] = [];
    let joined = 0;
    for (let i = 0; i < 80; i++) {
      const c = client(ws, { localAddress: '127.0.0.9' });
      await c.opened;
      c.send({ type: 'join', code });
      const outcome = await Promise.race([c.next('joined').then(() => 0), c.closed]);
      if (outcome === 0) joined++;
      else closes.push(outcome);
    }
    expect(joined).toBe(60);
    expect(closes).toEqual(Array(20).fill(CLOSE.roomFull));
    const real = await phone(ws, code, { from: '127.0.0.1' });
    expect(real.closeCode).toBeNull();
    await con.next('tally', (t) => t.voters === 61);
  });

  it('a class of 40 behind one NAT address joins at once and every vote counts', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    con.send({ type: 'open', question: QUESTION });
    await con.next('tally', (t) => t.key === QUESTION.key);
    const phones = await Promise.all(
      Array.from({ length: 40 }, () => phone(ws, code, { from: '127.0.0.5' })),
    );
    for (const [i, p] of phones.entries()) p.send({ type: 'vote', key: QUESTION.key, option: i % 3 });
    const tally = await con.next('tally', (t) => sum(t.tally) === 40);
    expect(tally).toMatchObject({ tally: { 0: 14, 1: 13, 2: 13 }, voters: 40 });
    // Reloading, they hand back their ids: still 40 voters, 40 votes.
    for (const p of phones.slice(0, 10)) p.ws.terminate();
    await con.latest('tally', (t) => t.voters === 30);
    await Promise.all(phones.slice(0, 10).map((p) => phone(ws, code, { voter: p.voter, from: '127.0.0.5' })));
    expect((await con.next('tally', (t) => t.voters === 40 && sum(t.tally) === 40)).tally).toEqual({
      0: 14,
      1: 13,
      2: 13,
    });
  });

  it('hands new voter ids to one address at a limited rate; returning phones and other addresses are not held up', async () => {
    let now = 1_000_000;
    const { ws } = await start({ now: () => now, perAddress: { newVoters: { burst: 3, perMinute: 6 } } });
    const { code } = await host(ws);
    const first = await phone(ws, code, { from: '127.0.0.7' });
    await phone(ws, code, { from: '127.0.0.7' });
    await phone(ws, code, { from: '127.0.0.7' });
    expect(await refusedJoin(ws, { code }, '127.0.0.7')).toBe(CLOSE.busy);
    // Not final: the phone page tries again by itself.
    expect(FINAL_CLOSE_CODES).not.toContain(CLOSE.busy);
    first.ws.terminate();
    await until(() => first.closeCode !== null);
    expect((await phone(ws, code, { voter: first.voter, from: '127.0.0.7' })).voter).toBe(first.voter);
    await phone(ws, code, { from: '127.0.0.8' });
    now += 10_000; // one more a minute / 6
    await phone(ws, code, { from: '127.0.0.7' });
    expect(await refusedJoin(ws, { code }, '127.0.0.7')).toBe(CLOSE.busy);
  });

  it('keeps a dropped phone’s seat and vote for the grace period only (injected clock)', async () => {
    let now = 1_000_000;
    const { ws } = await start({ now: () => now, voterGraceMs: 60_000 });
    const { console: con, code } = await host(ws);
    con.send({ type: 'open', question: QUESTION });
    const p = await phone(ws, code);
    p.send({ type: 'vote', key: QUESTION.key, option: 2 });
    await con.next('tally', (t) => t.tally[2] === 1);
    p.ws.terminate();
    await con.latest('tally', (t) => t.voters === 0);
    now += 59_000;
    const back = await phone(ws, code, { voter: p.voter });
    expect(back.voter).toBe(p.voter);
    expect(await back.last('question')).toMatchObject({ vote: 2 });
    await con.latest('tally', (t) => t.voters === 1 && t.tally[2] === 1);
    back.ws.terminate();
    await con.latest('tally', (t) => t.voters === 0);
    now += 60_000;
    // Too late: the old id is unknown; the phone gets a new one and no vote.
    const late = await phone(ws, code, { voter: p.voter });
    expect(late.voter).not.toBe(p.voter);
    expect(await late.last('question')).toMatchObject({ vote: null });
    expect((await con.last('tally')).tally).toEqual({ 0: 0, 1: 0, 2: 0 });
  });

  it('caps open connections per address (HTTP 503, the phone retries); other addresses are not affected', async () => {
    const { ws } = await start({ perAddress: { connections: 3 } });
    const held = [1, 2, 3].map(() => client(ws, { localAddress: '127.0.0.9' }));
    await Promise.all(held.map((c) => c.opened));
    const status = await new Promise<number | undefined>((ok) => {
      const extra = new WebSocket(ws, { localAddress: '127.0.0.9' });
      extra.on('unexpected-response', (_req, res) => ok(res.statusCode));
      extra.on('open', () => ok(101));
      extra.on('error', () => {});
    });
    expect(status).toBe(503);
    await client(ws, { localAddress: '127.0.0.1' }).opened;
    held[0]!.close();
    await held[0]!.closed;
    await until(() => true);
    const again = client(ws, { localAddress: '127.0.0.9' });
    await again.opened;
  });

  it('L5: typos from a class behind one NAT never lock out the right code; an outside guesser stays locked out', async () => {
    const { ws } = await start();
    const { console: con, code } = await host(ws);
    const wrong = code === 'ABCD' ? 'ABCE' : 'ABCD';
    const early = await phone(ws, code, { from: '127.0.0.7' });
    const answers: number[] = [];
    for (let i = 0; i < 40; i++) answers.push(await refusedJoin(ws, { code: wrong }, '127.0.0.7'));
    expect(answers.slice(0, 30)).toEqual(Array(30).fill(CLOSE.badCode)); // more typos than 10 allowed
    expect(answers.at(-1)).toBe(CLOSE.tooManyAttempts);
    // The rest of the class, and a phone coming back, still get in with the right code.
    await phone(ws, code, { from: '127.0.0.7' });
    await phone(ws, code, { from: '127.0.0.7' });
    early.ws.terminate();
    expect((await phone(ws, code, { voter: early.voter, from: '127.0.0.7' })).voter).toBe(early.voter);
    await con.next('tally', (t) => t.voters === 3);

    // An address with no phones in the session that has used up its guesses gets the same answer
    // for every code, so guessing learns nothing.
    for (let i = 0; i < 30; i++) await refusedJoin(ws, { code: wrong }, '127.0.0.8');
    expect(await refusedJoin(ws, { code: wrong }, '127.0.0.8')).toBe(CLOSE.tooManyAttempts);
    expect(await refusedJoin(ws, { code }, '127.0.0.8')).toBe(CLOSE.tooManyAttempts);
  });

  it('drops HTTP clients that are slow to send headers, and caps all connections', async () => {
    const { relay, ws } = await start({ headersTimeoutMs: 300, maxConnections: 4 });
    const { code } = await host(ws); // connection 1
    const p = await phone(ws, code); // connection 2
    const raw = (): Promise<Socket> =>
      new Promise((ok, fail) => {
        const s = tcpConnect(relay.port, '127.0.0.1', () => ok(s));
        s.on('error', fail);
      });
    const closed = (s: Socket): Promise<void> => new Promise((ok) => s.once('close', () => ok()));
    // Slowloris: a request whose headers never end is closed by the server.
    const slow = await raw();
    slow.write('GET /vote.html HTTP/1.1\r\nHost: x\r\n');
    const slowClosed = closed(slow);
    const other = await raw(); // connection 4
    // A fifth connection is over the cap: the server closes it at once.
    const over = await raw();
    await closed(over);
    await slowClosed;
    other.destroy();
    // The WebSocket connections (past their headers long ago) stay up.
    expect(p.closeCode).toBeNull();
    p.send({ type: 'vote', key: 'none', option: 0 });
    expect((await p.next('error')).message).toMatch(/no-question/);
  });
});

function sum(t: Record<number, number>): number {
  return Object.values(t).reduce((a, b) => a + b, 0);
}
