// The contract between presenter mode and the optional phone-voting relay. Presenter mode works
// with hand tallies alone; when the relay is running, a VoteFeed adds votes from learners' phones.

import type { Locale } from '../locale.ts';

/** One decision put to the class: the options as the projector shows them. */
export interface VoteQuestion {
  /** Unique per decision in a session, e.g. "<encounterId>#<step>". */
  key: string;
  prompt: string;
  options: { index: number; text: string }[];
  /** The class's language: phones show their own words in it. Absent from older consoles (then the phone keeps its own). */
  lang?: Locale;
}

/** Votes per option index. */
export type Tally = Record<number, number>;

export interface JoinInfo {
  /** Short code learners type, e.g. "K7Q4". */
  code: string;
  /** URL learners open on their phones (on the local network). */
  url: string;
}

export type FeedStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** What the instructor console needs from the relay. */
export interface VoteFeed {
  join(): JoinInfo | null;
  status(): FeedStatus;
  /** Phones show this question and accept one vote each until `close`. */
  open(question: VoteQuestion): void;
  close(): void;
  /** Called with the phone votes for the open question every time one arrives. */
  onTally(listener: (key: string, tally: Tally, voters: number) => void): () => void;
  onStatus(listener: (status: FeedStatus) => void): () => void;
  dispose(): void;
}

/**
 * Why the instructor console could not join a relay, in English for logs: the console then runs on
 * hands only and shows no error, so this is never a learner's or instructor's reading.
 */
export function noRelaySessionEnglish(url: string, lastMessage: string | null): string {
  return `classroom relay: no class session from ${url}${lastMessage ? ` (${lastMessage})` : ''}`;
}
