// One class session on the relay: the join code, the open question and one vote per phone. Lives in
// memory only; the server deletes it when the session ends. Pure: the server owns the sockets and time.

import type { Tally, VoteQuestion } from './classroom.ts';
import { LIMITS } from './relay-protocol.ts';

export type JoinResult = 'ok' | 'full';
export type VoteResult = 'ok' | 'no-question' | 'stale-question' | 'unknown-option' | 'not-joined';

export class Room {
  private question: VoteQuestion | null = null;
  /** voter id → option index, for the open question only. */
  private readonly votes = new Map<string, number>();
  /** Voter ids with a live connection. */
  private readonly present = new Set<string>();

  constructor(
    readonly code: string,
    readonly expiresAt: number,
    private readonly maxVoters: number = LIMITS.maxVotersPerRoom,
  ) {}

  expired(now: number): boolean {
    return now >= this.expiresAt;
  }

  /** A phone joins; the same voter id coming back (a reconnect) never counts twice. */
  join(voter: string): JoinResult {
    if (this.present.has(voter)) return 'ok';
    if (this.present.size >= this.maxVoters) return 'full';
    this.present.add(voter);
    return 'ok';
  }

  /** A phone's connection went away. Its vote stays: it may reconnect, and it did vote. */
  leave(voter: string): void {
    this.present.delete(voter);
  }

  voters(): number {
    return this.present.size;
  }

  open(question: VoteQuestion): void {
    this.question = question;
    this.votes.clear();
  }

  close(): void {
    this.question = null;
    this.votes.clear();
  }

  current(): VoteQuestion | null {
    return this.question;
  }

  /** One vote per phone per question; a second vote replaces the first until the question closes. */
  vote(voter: string, key: string, option: number): VoteResult {
    if (!this.present.has(voter)) return 'not-joined';
    if (!this.question) return 'no-question';
    if (this.question.key !== key) return 'stale-question';
    if (!this.question.options.some((o) => o.index === option)) return 'unknown-option';
    this.votes.set(voter, option);
    return 'ok';
  }

  voteOf(voter: string): number | null {
    return this.votes.get(voter) ?? null;
  }

  tally(): { key: string | null; tally: Tally; voters: number } {
    const tally: Tally = {};
    if (this.question) for (const o of this.question.options) tally[o.index] = 0;
    for (const option of this.votes.values()) tally[option] = (tally[option] ?? 0) + 1;
    return { key: this.question?.key ?? null, tally, voters: this.present.size };
  }
}
