// The classroom relay with simulated phones on 127.0.0.1: real sockets, the real server, small limits
// so each rule shows quickly.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { type ClientOptions } from 'ws';
import type { VoteQuestion } from '../../src/core/classroom.ts';
import { CLOSE, HOST_TOKEN_PATH, LIMITS, RELAY_PATH } from '../../src/core/relay-protocol.ts';
import { startRelay, type Relay, type RelayOptions } from '../../scripts/relay-server.ts';
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

let voterSeq = 0;
async function phone(url: string, code: string, voter = `phone-${++voterSeq}-abcdef`): Promise<Client> {
  const c = client(url);
  await c.opened;
  c.send({ type: 'join', code, voter });
  await c.next('joined');
  return c;
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
    const { ws } = await start({ badCodes: { burst: 2, perMinute: 1 } });
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
    const first = await phone(ws, code, 'my-phone-voter-1');
    con.send({ type: 'open', question: QUESTION });
    await first.next('question', (m) => m.question !== null);
    first.send({ type: 'vote', key: QUESTION.key, option: 1 });
    other.send({ type: 'vote', key: QUESTION.key, option: 1 });
    await con.next('tally', (t) => t.tally[1] === 2);

    first.ws.terminate(); // the Wi-Fi drops
    await con.next('tally', (t) => t.voters === 1);

    const back = await phone(ws, code, 'my-phone-voter-1');
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
    const a = await phone(ws, code, 'same-voter-0001');
    await phone(ws, code, 'same-voter-0001');
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

function sum(t: Record<number, number>): number {
  return Object.values(t).reduce((a, b) => a + b, 0);
}
