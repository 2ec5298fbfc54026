// One class session on the relay: the join code, the open question, the voters and one vote per voter.
// Lives in memory only; the server deletes it when the session ends. Pure: the server owns the sockets,
// issues the voter ids and passes the time in.
//
// Integrity rules (audit finding M4):
// - A voter is a seat the relay issued (the id is random; the server makes it). A phone that reconnects
//   or reloads presents its id and gets its seat and vote back; it never counts twice.
// - Only voters who are connected now count in the tally, so the console never shows more votes than
//   phones joined. A voter who dropped keeps its seat and vote for `graceMs` (its vote comes back when
//   it reconnects); after that both are forgotten.
// - Seats are capped per room and per network address (generously: a class behind one NAT shares one).

import type { Tally, VoteQuestion } from './classroom.ts';
import { ADDRESS_LIMITS, LIMITS } from './relay-protocol.ts';

export type SeatResult = 'ok' | 'full' | 'address-full';
export type VoteResult = 'ok' | 'no-question' | 'stale-question' | 'unknown-option' | 'not-joined';

export interface RoomLimits {
  /** Seats in the room (connected voters and those within their grace). */
  maxVoters: number;
  /** Seats held by one network address. */
  maxPerAddress: number;
  /** How long a voter who dropped keeps its seat and vote. */
  graceMs: number;
}

interface Seat {
  address: string;
  /** When its connection went away; null while connected. */
  leftAt: number | null;
}

export class Room {
  private question: VoteQuestion | null = null;
  /** voter id → option index, for the open question only. */
  private readonly votes = new Map<string, number>();
  /** Every voter with a seat: connected, or dropped within its grace. */
  private readonly seats = new Map<string, Seat>();
  private readonly limits: RoomLimits;

  constructor(
    readonly code: string,
    readonly expiresAt: number,
    limits: Partial<RoomLimits> = {},
  ) {
    this.limits = {
      maxVoters: limits.maxVoters ?? LIMITS.maxVotersPerRoom,
      maxPerAddress: limits.maxPerAddress ?? ADDRESS_LIMITS.votersPerRoom,
      graceMs: limits.graceMs ?? LIMITS.voterGraceMs,
    };
  }

  expired(now: number): boolean {
    return now >= this.expiresAt;
  }

  /** Forgets voters whose grace ran out, with their votes. Returns how many were forgotten. */
  prune(now: number): number {
    let forgotten = 0;
    for (const [voter, seat] of this.seats) {
      if (seat.leftAt !== null && now - seat.leftAt >= this.limits.graceMs) {
        this.seats.delete(voter);
        this.votes.delete(voter);
        forgotten++;
      }
    }
    return forgotten;
  }

  /** Whether `voter` holds a seat here (connected, or dropped within its grace). */
  knows(voter: string, now: number): boolean {
    this.prune(now);
    return this.seats.has(voter);
  }

  /** Whether a new voter from `address` could take a seat now. */
  canSeat(address: string, now: number): SeatResult {
    this.prune(now);
    if (this.seats.size >= this.limits.maxVoters) return 'full';
    if (this.seatsFrom(address) >= this.limits.maxPerAddress) return 'address-full';
    return 'ok';
  }

  /** Gives a new voter (its id made by the server) a seat, if the limits allow. */
  seat(voter: string, address: string, now: number): SeatResult {
    if (this.knows(voter, now)) return this.rejoin(voter, address, now) ? 'ok' : 'full';
    const result = this.canSeat(address, now);
    if (result === 'ok') this.seats.set(voter, { address, leftAt: null });
    return result;
  }

  /** A voter with a seat connects again (a reconnect or a reload): same seat, same vote. */
  rejoin(voter: string, address: string, now: number): boolean {
    if (!this.knows(voter, now)) return false;
    this.seats.set(voter, { address, leftAt: null });
    return true;
  }

  /** A voter's connection went away. Its vote stops counting; it may come back within the grace. */
  leave(voter: string, now: number): void {
    const seat = this.seats.get(voter);
    if (seat && seat.leftAt === null) seat.leftAt = now;
  }

  /** Voters connected now. */
  voters(): number {
    let n = 0;
    for (const seat of this.seats.values()) if (seat.leftAt === null) n++;
    return n;
  }

  /** Seats held by `address` (connected, or within their grace). */
  seatsFrom(address: string): number {
    let n = 0;
    for (const seat of this.seats.values()) if (seat.address === address) n++;
    return n;
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

  /** One vote per voter per question; a second vote replaces the first until the question closes. */
  vote(voter: string, key: string, option: number): VoteResult {
    if (this.seats.get(voter)?.leftAt !== null) return 'not-joined';
    if (!this.question) return 'no-question';
    if (this.question.key !== key) return 'stale-question';
    if (!this.question.options.some((o) => o.index === option)) return 'unknown-option';
    this.votes.set(voter, option);
    return 'ok';
  }

  voteOf(voter: string): number | null {
    return this.votes.get(voter) ?? null;
  }

  /** Votes of the voters connected now, and how many they are. */
  tally(): { key: string | null; tally: Tally; voters: number } {
    const tally: Tally = {};
    if (this.question) for (const o of this.question.options) tally[o.index] = 0;
    for (const [voter, option] of this.votes) {
      if (this.seats.get(voter)?.leftAt !== null) continue;
      tally[option] = (tally[option] ?? 0) + 1;
    }
    return { key: this.question?.key ?? null, tally, voters: this.voters() };
  }
}
