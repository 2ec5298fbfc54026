// Presenter mode, the class session: votes per decision (hand tally and phone tally merged), the
// distribution, the majority (with a stated tie rule), the instructor's override, the reveal flag and
// the discussion pauses. Pure reducers: (session, event) → session.
//
// The decision log stays the truth for the path the class took; `classRecord` lays the votes
// alongside the log's choice entries, so a vote that never became a choice never appears as one.

import type { Tally, VoteQuestion } from './classroom.ts';
import type { Locale } from '../locale.ts';
import { choicesOf, type DecisionLog } from '../encounter/log.ts';

/** Why a console command is refused, with its values; the console words it from its catalog. */
export interface PresenterProblemParams {
  noDecision: { key: string };
  decisionTaken: { key: string };
  noOptions: { key: string };
  optionNotOffered: { option: number; key: string };
  handCount: { max: number; got: number };
  noVotes: object;
  tied: { options: number[] };
  notAwaitingReport: object;
  discussionPending: object;
}
export type PresenterProblemCode = keyof PresenterProblemParams;
export type PresenterProblem = {
  [K in PresenterProblemCode]: { code: K; params: PresenterProblemParams[K] };
}[PresenterProblemCode];

const ENGLISH: { [K in PresenterProblemCode]: (p: PresenterProblemParams[K]) => string } = {
  noDecision: (p) => `there is no decision "${p.key}" in this class session`,
  decisionTaken: (p) => `decision "${p.key}" has already been taken`,
  noOptions: (p) => `decision "${p.key}" has no options to vote on`,
  optionNotOffered: (p) => `option ${p.option} is not on offer at decision "${p.key}"`,
  handCount: (p) => `the hand count must be a whole number from 0 to ${p.max} (got ${p.got})`,
  noVotes: () => 'nobody has voted yet, so there is no majority: record the votes or choose an option',
  tied: (p) => `options ${p.options.join(' and ')} are tied, so there is no majority: choose one`,
  notAwaitingReport: () => 'the story is not waiting for the incident report',
  discussionPending: () => 'finish the discussion before filing the report',
};

/** A refused console command: `problem` for the console to word, `message` in English for logs. */
export class PresenterError extends Error {
  override name = 'PresenterError';
  constructor(readonly problem: PresenterProblem) {
    super((ENGLISH[problem.code] as (p: PresenterProblem['params']) => string)(problem.params));
  }
}

/** A PresenterError for `code` with its values. */
export function presenterError<K extends PresenterProblemCode>(
  code: K,
  ...params: object extends PresenterProblemParams[K]
    ? [params?: PresenterProblemParams[K]]
    : [params: PresenterProblemParams[K]]
): PresenterError {
  return new PresenterError({ code, params: params[0] ?? {} } as PresenterProblem);
}

/** How a decision was taken. */
export const TAKEN_BY = {
  /** The option with the most votes. */
  majority: 'majority',
  /** The instructor chose another option than the majority, to explore another branch. */
  override: 'override',
  /** There was no majority (a tie, or no votes): the instructor chose. */
  instructor: 'instructor',
} as const;
export type TakenBy = (typeof TAKEN_BY)[keyof typeof TAKEN_BY];

/** The most hands one option can be given; a typo of an extra digit is refused, not counted. */
export const MAX_HANDS = 999;

export interface VoteOption {
  index: number;
  text: string;
}

export interface ClassDecision {
  /** `<encounterId>#<step>`: unique per decision in one class session; also the VoteFeed question key. */
  key: string;
  /** How many choices came before this one on the path (as in the debrief). */
  step: number;
  options: VoteOption[];
  hands: Tally;
  phones: Tally;
  phoneVoters: number;
  taken?: { index: number; by: TakenBy };
}

export interface Discussion {
  /** The decision step the class was at when the prompt came. */
  step: number;
  question: string;
}

export interface ClassSession {
  encounterId: string;
  decisions: ClassDecision[];
  /** Every discussion prompt the class reached, in order. */
  discussions: Discussion[];
  /** Prompts on screen now, waiting for the instructor to move on (first is shown). */
  pending: string[];
  /** Scores stay hidden from the class until the instructor reveals them. */
  revealed: boolean;
}

export function decisionKey(encounterId: string, step: number): string {
  return `${encounterId}#${step}`;
}

export function createClassSession(encounterId: string): ClassSession {
  return { encounterId, decisions: [], discussions: [], pending: [], revealed: false };
}

/** The decision waiting for the class, if any. */
export function openDecision(s: ClassSession): ClassDecision | undefined {
  const last = s.decisions.at(-1);
  return last && !last.taken ? last : undefined;
}

function findOpen(s: ClassSession, key: string): ClassDecision {
  const d = s.decisions.find((x) => x.key === key);
  if (!d) throw presenterError('noDecision', { key });
  if (d.taken) throw presenterError('decisionTaken', { key });
  return d;
}

function replace(s: ClassSession, d: ClassDecision): ClassSession {
  return { ...s, decisions: s.decisions.map((x) => (x.key === d.key ? d : x)) };
}

/** Puts a new decision to the class. Asking again for the same step keeps the votes already cast. */
export function askClass(s: ClassSession, step: number, options: readonly VoteOption[]): ClassSession {
  const key = decisionKey(s.encounterId, step);
  const existing = s.decisions.find((d) => d.key === key);
  if (existing) return s;
  if (options.length === 0) throw presenterError('noOptions', { key });
  const open = openDecision(s);
  const decisions = open ? s.decisions.filter((d) => d !== open) : s.decisions;
  return {
    ...s,
    decisions: [
      ...decisions,
      { key, step, options: options.map((o) => ({ ...o })), hands: {}, phones: {}, phoneVoters: 0 },
    ],
  };
}

function checkOption(d: ClassDecision, index: number): void {
  if (!d.options.some((o) => o.index === index))
    throw presenterError('optionNotOffered', { option: index, key: d.key });
}

/** Sets the hand count for one option. */
export function setHands(s: ClassSession, key: string, index: number, count: number): ClassSession {
  const d = findOpen(s, key);
  checkOption(d, index);
  if (!Number.isInteger(count) || count < 0 || count > MAX_HANDS)
    throw presenterError('handCount', { max: MAX_HANDS, got: count });
  return replace(s, { ...d, hands: { ...d.hands, [index]: count } });
}

/** Adds (or with a negative delta, removes) hands; never below zero. */
export function addHands(s: ClassSession, key: string, index: number, delta: number): ClassSession {
  const d = findOpen(s, key);
  return setHands(s, key, index, Math.min(MAX_HANDS, Math.max(0, (d.hands[index] ?? 0) + delta)));
}

/** Replaces the phone votes for a decision with the relay's latest tally (unknown options are ignored). */
export function setPhones(s: ClassSession, key: string, tally: Tally, voters: number): ClassSession {
  const d = s.decisions.find((x) => x.key === key);
  if (!d || d.taken) return s;
  const phones: Tally = {};
  for (const o of d.options) {
    const n = tally[o.index];
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) phones[o.index] = n;
  }
  const count = Number.isInteger(voters) && voters > 0 ? voters : 0;
  return replace(s, { ...d, phones, phoneVoters: count });
}

/** Hands and phones together, per option. */
export function combinedTally(d: ClassDecision): Tally {
  const out: Tally = {};
  for (const o of d.options) out[o.index] = (d.hands[o.index] ?? 0) + (d.phones[o.index] ?? 0);
  return out;
}

export interface DistributionRow {
  index: number;
  text: string;
  hands: number;
  phones: number;
  votes: number;
  /** Whole percent of all votes; the rows add up to 100 when anyone voted. */
  percent: number;
}

/** The distribution of votes in option order. Percentages use largest remainders so they sum to 100. */
export function distribution(d: ClassDecision): DistributionRow[] {
  const tally = combinedTally(d);
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  const rows = d.options.map((o) => {
    const votes = tally[o.index] ?? 0;
    const exact = total > 0 ? (votes * 100) / total : 0;
    return {
      index: o.index,
      text: o.text,
      hands: d.hands[o.index] ?? 0,
      phones: d.phones[o.index] ?? 0,
      votes,
      percent: Math.floor(exact),
      rest: exact - Math.floor(exact),
    };
  });
  if (total > 0) {
    let left = 100 - rows.reduce((a, r) => a + r.percent, 0);
    const order = [...rows].sort((a, b) => b.rest - a.rest || a.index - b.index);
    for (const r of order) {
      if (left <= 0) break;
      r.percent += 1;
      left -= 1;
    }
  }
  return rows.map(({ rest: _rest, ...row }) => row);
}

export interface Majority {
  /** The winning option, or null when there is none (the console states this tie rule: presenter.json console.tieRule). */
  index: number | null;
  /** The options sharing the most votes when there is a tie; empty when nobody voted. */
  tied: number[];
  total: number;
}

export function majority(d: ClassDecision): Majority {
  const tally = combinedTally(d);
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  if (total === 0) return { index: null, tied: [], total };
  const top = Math.max(...d.options.map((o) => tally[o.index] ?? 0));
  const leaders = d.options.filter((o) => (tally[o.index] ?? 0) === top).map((o) => o.index);
  return leaders.length === 1
    ? { index: leaders[0] ?? null, tied: [], total }
    : { index: null, tied: leaders, total };
}

/** Records the option the class takes. The caller then makes the choice in the story. */
export function decide(s: ClassSession, key: string, index: number): ClassSession {
  const d = findOpen(s, key);
  checkOption(d, index);
  const m = majority(d);
  const by: TakenBy =
    m.index === null ? TAKEN_BY.instructor : m.index === index ? TAKEN_BY.majority : TAKEN_BY.override;
  return replace(s, { ...d, taken: { index, by } });
}

/** Takes the majority; refuses when there is none, saying why. */
export function takeMajority(s: ClassSession, key: string): { session: ClassSession; index: number } {
  const d = findOpen(s, key);
  const m = majority(d);
  if (m.index === null)
    throw m.total === 0
      ? presenterError('noVotes')
      : presenterError('tied', { options: m.tied.map((i) => i + 1) });
  return { session: decide(s, key, m.index), index: m.index };
}

/** The story reached discussion prompts: the class pauses on them, first to last. */
export function pauseFor(s: ClassSession, step: number, questions: readonly string[]): ClassSession {
  if (questions.length === 0) return s;
  return {
    ...s,
    pending: [...s.pending, ...questions],
    discussions: [...s.discussions, ...questions.map((question) => ({ step, question }))],
  };
}

/** The instructor moves on from the prompt on screen. */
export function passDiscussion(s: ClassSession): ClassSession {
  return s.pending.length === 0 ? s : { ...s, pending: s.pending.slice(1) };
}

export function reveal(s: ClassSession): ClassSession {
  return s.revealed ? s : { ...s, revealed: true };
}

/** What the relay shows on phones for a decision, with the class's language when it is known. */
export function voteQuestion(d: ClassDecision, prompt: string, lang?: Locale): VoteQuestion {
  const question: VoteQuestion = { key: d.key, prompt, options: d.options.map((o) => ({ ...o })) };
  return lang ? { ...question, lang } : question;
}

export interface ClassPathRow {
  step: number;
  /** The option taken, as the decision log records it. */
  text: string;
  /** The distribution at this decision; empty when the class did not vote on it. */
  votes: DistributionRow[];
  /** How it was taken; undefined when the log has a choice the class session did not record. */
  by: TakenBy | undefined;
  /** The class's majority option text, when there was one and it was not taken. */
  majorityText: string | undefined;
  /** Discussion prompts the class talked about just before this decision. */
  discussed: string[];
}

/** The path the class took (from the decision log), with the vote at every decision. */
export function classRecord(s: ClassSession, log: DecisionLog): ClassPathRow[] {
  return choicesOf(log).map((entry, step) => {
    const d = s.decisions.find((x) => x.step === step && x.taken?.index === entry.index);
    const m = d ? majority(d) : undefined;
    const majorityText =
      d && m && m.index !== null && m.index !== entry.index
        ? d.options.find((o) => o.index === m.index)?.text
        : undefined;
    return {
      step,
      text: entry.text,
      votes: d ? distribution(d) : [],
      by: d?.taken?.by,
      majorityText,
      discussed: s.discussions.filter((x) => x.step === step).map((x) => x.question),
    };
  });
}
