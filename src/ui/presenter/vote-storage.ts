// What the phone vote page keeps: the join code for this tab (sessionStorage), and the voter id the
// relay issued this phone with the code it is for (localStorage, so a reload keeps the one vote;
// sessionStorage if that is blocked). A voter id older than a join code can live is deleted.

import { isJoinCode, isVoterId, normaliseCode } from '../../core/classroom/relay-protocol.ts';
import { STORAGE_KEYS } from '../../core/storage-keys.ts';

/** {code, voter, at}: the id the relay issued this phone in the class session with that code. */
const STORE_VOTER = STORAGE_KEYS.voteVoter;
/** A join code lives at most 3 hours; a voter id kept longer is of no use and is deleted. */
export const VOTER_KEPT_MS = 3 * 60 * 60 * 1000;
const STORE_CODE = STORAGE_KEYS.voteCode;

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** localStorage, so that closing and reopening the page keeps the voter; sessionStorage if blocked. */
function lasting(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return session();
  }
}

/**
 * Reads the kept voter record (its stored text): the voter id for `code`, if the record is for that
 * code and young enough; `stale` when the record is too old or undated and should be deleted.
 */
export function readKeptVoter(
  text: string | null,
  code: string,
  now: number,
): { voter: string | undefined; stale: boolean } {
  const kept: unknown = JSON.parse(text ?? 'null');
  if (typeof kept !== 'object' || kept === null) return { voter: undefined, stale: false };
  const { code: keptCode, voter, at } = kept as { code?: unknown; voter?: unknown; at?: unknown };
  if (typeof at !== 'number' || !(now - at < VOTER_KEPT_MS)) return { voter: undefined, stale: true };
  return { voter: keptCode === code && isVoterId(voter) ? voter : undefined, stale: false };
}

/** The voter id the relay issued this phone for `code`, if any. */
export function keptVoter(code: string): string | undefined {
  try {
    const { voter, stale } = readKeptVoter(lasting()?.getItem(STORE_VOTER) ?? null, code, Date.now());
    if (stale) keepVoter('', null);
    return voter;
  } catch {
    return undefined;
  }
}

/** Keeps the voter id for `code`, or (null) forgets it. */
export function keepVoter(code: string, voter: string | null): void {
  try {
    if (voter) lasting()?.setItem(STORE_VOTER, JSON.stringify({ code, voter, at: Date.now() }));
    else lasting()?.removeItem(STORE_VOTER);
  } catch {
    // Storage full or blocked: a reload then joins as a new voter (its earlier vote stops counting).
  }
}

/** Remembers (or, with '', forgets) this tab's join code. */
export function keepCode(code: string): void {
  if (code) session()?.setItem(STORE_CODE, code);
  else session()?.removeItem(STORE_CODE);
}

/** The code to join with at once: the link's if it is a join code, else the kept one; null for none. */
export function chooseStartingCode(fromUrl: string, kept: string): string | null {
  const linked = normaliseCode(fromUrl);
  return isJoinCode(linked) ? linked : isJoinCode(kept) ? kept : null;
}

/** The code to join at once: a link's, else this tab's earlier one; null asks for it. */
export function startingCode(): string | null {
  keptVoter(''); // deletes a voter id left from a session that is over
  return chooseStartingCode(
    new URLSearchParams(location.search).get('code') ?? '',
    session()?.getItem(STORE_CODE) ?? '',
  );
}
