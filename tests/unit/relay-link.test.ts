// What each message from the classroom relay does to the console's feed (heardFromRelay in
// src/app/relay-feed.ts), without a relay: a socket that records what the feed sends back.

import { describe, expect, it } from 'vitest';
import { heardFromRelay, relayLink, type RelayLink, type SocketLike } from '../../src/app/relay-feed.ts';
import type { FeedStatus, VoteQuestion } from '../../src/core/classroom/classroom.ts';
import { CLIENT_MSG, SERVER_MSG } from '../../src/core/classroom/relay-protocol.ts';

const Q: VoteQuestion = { key: 'k#1', prompt: 'Which?', options: [{ index: 0, text: 'This one.' }] };

function linked(): { link: RelayLink; sent: unknown[]; heard: FeedStatus[] } {
  const sent: unknown[] = [];
  const socket: SocketLike = {
    readyState: 1,
    send: (data) => sent.push(JSON.parse(data)),
    close: () => undefined,
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
  };
  const link = { ...relayLink(), socket };
  const heard: FeedStatus[] = [];
  link.statusListeners.add((s) => heard.push(s));
  return { link, sent, heard };
}

const hosted = (code: string) =>
  ({ type: SERVER_MSG.hosted, code, url: `http://x/vote.html?code=${code}`, expiresAt: 0 }) as const;

describe('messages from the relay', () => {
  it('opens on the first class session and tells the one waiting for it', () => {
    const { link, sent, heard } = linked();
    const waited: boolean[] = [];
    link.firstHosted = (ok) => waited.push(ok);
    link.attempt = 3;
    heardFromRelay(link, hosted('K7Q4'));
    expect(link.join).toEqual({ code: 'K7Q4', url: 'http://x/vote.html?code=K7Q4' });
    expect([link.status, link.attempt, heard, waited, sent]).toEqual(['open', 0, ['open'], [true], []]);
  });

  it('puts the open question to a new class session and says "open" again, but not for the same one', () => {
    const { link, sent, heard } = linked();
    heardFromRelay(link, hosted('K7Q4'));
    link.question = Q;
    heardFromRelay(link, hosted('K7Q4'));
    expect([sent, heard]).toEqual([[], ['open']]);
    heardFromRelay(link, hosted('ZZ22'));
    expect(sent).toEqual([{ type: CLIENT_MSG.open, question: Q }]);
    expect(heard).toEqual(['open', 'open']);
  });

  it('passes a tally on to the listeners, and only counts phones between questions', () => {
    const { link } = linked();
    const tallies: unknown[] = [];
    link.tallyListeners.add((key, tally, voters) => tallies.push([key, tally, voters]));
    heardFromRelay(link, { type: SERVER_MSG.tally, key: 'k#1', tally: { 0: 2 }, voters: 3 });
    heardFromRelay(link, { type: SERVER_MSG.tally, key: null, tally: {}, voters: 5 });
    expect(tallies).toEqual([['k#1', { 0: 2 }, 3]]);
    expect(link.voters).toBe(5);
  });

  it('keeps the words of a refusal or an end', () => {
    const { link } = linked();
    heardFromRelay(link, { type: SERVER_MSG.error, code: 4001, message: 'The join code expired.' });
    expect(link.lastMessage).toBe('The join code expired.');
    heardFromRelay(link, { type: SERVER_MSG.ended, reason: 'Class over.' });
    expect(link.lastMessage).toBe('Class over.');
  });
});
