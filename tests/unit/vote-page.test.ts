// The phone vote page's logic, apart from its DOM and socket: reading the kept voter id, choosing
// the code to join with, what each close code leads to, the status lines, and the relay's address.

import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../src/core/classroom/relay-protocol.ts';
import { relayUrlFor } from '../../src/ui/presenter/vote-page.ts';
import { closeAction, retryLine, voteLine } from '../../src/ui/presenter/vote-screens.ts';
import { chooseStartingCode, readKeptVoter, VOTER_KEPT_MS } from '../../src/ui/presenter/vote-storage.ts';
import { VOTE_STRINGS as S } from '../../src/ui/strings/strings-vote.ts';

const NOW = 1_800_000_000_000;
const record = (code: string, voter: unknown, at: unknown) => JSON.stringify({ code, voter, at });

describe('the kept voter id', () => {
  it('is given back for its own code while young enough', () => {
    expect(readKeptVoter(record('ABCD', 'voter-123', NOW - 1000), 'ABCD', NOW)).toEqual({
      voter: 'voter-123',
      stale: false,
    });
  });

  it('is not given for another code, nor when it is not a voter id', () => {
    expect(readKeptVoter(record('ABCD', 'voter-123', NOW), 'WXYZ', NOW)).toEqual({
      voter: undefined,
      stale: false,
    });
    expect(readKeptVoter(record('ABCD', 'x', NOW), 'ABCD', NOW)).toEqual({ voter: undefined, stale: false });
  });

  it('is stale (to be deleted) once as old as a join code can live, or undated', () => {
    expect(readKeptVoter(record('ABCD', 'voter-123', NOW - VOTER_KEPT_MS), 'ABCD', NOW).stale).toBe(true);
    expect(readKeptVoter(record('ABCD', 'voter-123', NOW - VOTER_KEPT_MS + 1), 'ABCD', NOW).stale).toBe(
      false,
    );
    expect(readKeptVoter(record('ABCD', 'voter-123', 'yesterday'), 'ABCD', NOW).stale).toBe(true);
  });

  it('is nothing when none is kept', () => {
    expect(readKeptVoter(null, 'ABCD', NOW)).toEqual({ voter: undefined, stale: false });
    expect(readKeptVoter('"text"', 'ABCD', NOW)).toEqual({ voter: undefined, stale: false });
  });
});

describe('the code to join with', () => {
  it('takes the link’s code (tidied), else the kept one, else none', () => {
    expect(chooseStartingCode('ab-cd', 'WXYZ')).toBe('ABCD');
    expect(chooseStartingCode('', 'WXYZ')).toBe('WXYZ');
    expect(chooseStartingCode('nope!', 'WXYZ')).toBe('WXYZ');
    expect(chooseStartingCode('', '')).toBeNull();
    expect(chooseStartingCode('', 'O0I1')).toBeNull();
  });
});

describe('a closed connection', () => {
  it('asks for a code again, ends, or reconnects, by close code', () => {
    expect(closeAction(CLOSE.badCode)).toEqual({ kind: 'form', error: S.badCode, forgetCode: true });
    expect(closeAction(CLOSE.tooManyAttempts)).toEqual({
      kind: 'form',
      error: S.tooManyAttempts,
      forgetCode: false,
    });
    expect(closeAction(CLOSE.roomFull)).toEqual({ kind: 'form', error: S.roomFull, forgetCode: false });
    expect(closeAction(CLOSE.ended)).toEqual({ kind: 'ended', text: S.ended, forgetVoter: true });
    expect(closeAction(CLOSE.replaced)).toEqual({ kind: 'ended', text: S.replaced, forgetVoter: false });
    for (const code of [1006, CLOSE.normal, CLOSE.busy, CLOSE.rateLimited])
      expect(closeAction(code), String(code)).toEqual({ kind: 'retry' });
  });

  it('says why it waits, and for how long', () => {
    expect(retryLine(CLOSE.busy, 4)).toBe(S.busy({ seconds: 4 }));
    expect(retryLine(1006, 2)).toBe(S.reconnecting({ seconds: 2 }));
    expect(retryLine(1006, 2)).toMatch(/2 s/);
  });
});

describe('the status lines', () => {
  it('tells a first vote from a changed one', () => {
    expect(voteLine(null, 'Call the hotline')).toBe('Vote received: Call the hotline');
    expect(voteLine(0, 'Call the hotline')).toBe('Vote changed: Call the hotline');
  });

  it('finds the relay on the page’s host, secure when the page is', () => {
    expect(relayUrlFor({ protocol: 'https:', host: 'class.example:8443' })).toMatch(
      /^wss:\/\/class\.example:8443\//,
    );
    expect(relayUrlFor({ protocol: 'http:', host: '10.0.0.2:5173' })).toMatch(/^ws:\/\/10\.0\.0\.2:5173\//);
  });
});
