// Versioned persistence of the store (zustand's persist middleware): what is saved, how a saved
// value is checked field by field before it is trusted, and what happens to a save that cannot be
// used — damaged JSON, another version's save, a damaged field — kept as a copy and explained,
// never a crash.

import { createJSONStorage, type PersistOptions, type StateStorage } from 'zustand/middleware';
import type { Debrief } from '../core/encounter/debrief.ts';
import { upgradeDebriefActions, upgradeLog } from '../core/encounter/log.ts';
import { LADDER_TABLE } from '../core/encounter/ladder.ts';
import type { NoticeTexts } from './notices.ts';
import { readSettings } from './settings.ts';
import { DAMAGED_SUFFIX, STORAGE_KEYS, versionCopyKey } from '../core/storage-keys.ts';
import type { AppActions, AppState, LastAttempt, Session } from './types.ts';

export const PERSIST_KEY = STORAGE_KEYS.state;
export const PERSIST_VERSION = 1;
/** Where a save that could not be read is kept, and a save from another version, beside the fresh one. */
export { DAMAGED_SUFFIX, versionCopyKey };

export type Persisted = Pick<AppState, 'settings' | 'lastDebrief' | 'best' | 'lastAttempt' | 'setAside'> & {
  session: Session | null;
};

/** A notice to give once the store exists, in the words of the store's texts. */
export type PersistProblem = (texts: NoticeTexts) => string;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const optStr = (v: unknown): boolean => v === undefined || isStr(v);
const listOf = (v: unknown, ok: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(ok);
/** An object whose named fields are all strings. */
const strings =
  (...keys: string[]) =>
  (v: unknown): boolean =>
    isObj(v) && keys.every((k) => isStr(v[k]));

function isSession(v: unknown): v is Session {
  if (!isObj(v) || !isStr(v['encounterId']) || !isStr(v['story'])) return false;
  const state = v['state'];
  return isObj(state) && Array.isArray(state['log']) && Array.isArray(state['transcript']);
}

const isPlace = (v: unknown): boolean =>
  isObj(v) && (v['via'] === 'look' || v['via'] === 'line' || v['via'] === 'choice') && isStr(v['text']);
const isIndicator = (v: unknown): boolean =>
  strings('id', 'description', 'why')(v) &&
  isObj(v) &&
  listOf(v['sources'], isStr) &&
  listOf(v['places'], isPlace) &&
  isBool(v['seen']);
const isDecision = (v: unknown): boolean =>
  isObj(v) &&
  isNum(v['step']) &&
  isStr(v['text']) &&
  optStr(v['why']) &&
  isNum(v['points']) &&
  isBool(v['critical']) &&
  (v['better'] === undefined ||
    (isObj(v['better']) && isStr(v['better']['text']) && optStr(v['better']['why'])));
const isDimension = (v: unknown): boolean =>
  strings('id', 'name', 'group', 'description')(v) && isObj(v) && isNum(v['score']) && isNum(v['max']);

/** The scoring table's row ids; a debrief saved before rows were ids (an object) is not shown again. */
const LADDER_ROW_CASES: ReadonlySet<unknown> = new Set(LADDER_TABLE.map((r) => r.case));
const isAction = (v: unknown): boolean =>
  strings('chosen', 'required', 'verdict')(v) &&
  isObj(v) &&
  (v['outcome'] === undefined || LADDER_ROW_CASES.has(v['outcome']));

/** Whether a saved value has the shape of a debrief, everything the debrief screen reads. */
function isDebrief(v: unknown): v is Debrief {
  if (!isObj(v)) return false;
  const e = v['encounter'];
  const total = v['total'];
  const action = v['action'];
  return (
    strings('id', 'title', 'setting', 'situation')(e) &&
    isObj(e) &&
    isBool(e['minor']) &&
    (v['mode'] === 'practice' || v['mode'] === 'assessment') &&
    (v['ending'] === undefined || strings('id', 'title')(v['ending'])) &&
    listOf(
      v['critical'],
      (c) => strings('id', 'title', 'explanation', 'instead', 'source')(c) && isObj(c) && optStr(c['where']),
    ) &&
    listOf(v['dimensions'], isDimension) &&
    isObj(total) &&
    isNum(total['score']) &&
    isNum(total['max']) &&
    isNum(total['percent']) &&
    (total['path'] === undefined || isNum(total['path'])) &&
    listOf(v['noticed'], isIndicator) &&
    listOf(v['missed'], isIndicator) &&
    listOf(v['notSeen'], isIndicator) &&
    listOf(v['wronglyFlagged'], strings('id', 'label', 'explanation')) &&
    listOf(v['decisions'], isDecision) &&
    (action === undefined || isAction(action)) &&
    listOf(v['recommended'], isStr) &&
    listOf(v['myths'], strings('id', 'myth', 'correction', 'source')) &&
    isBool(v['contactsReviewed'])
  );
}

/** A saved session from an earlier version, with its log's action ids as the current ladder names them. */
function upgradeSession(s: Session): Session {
  const log = upgradeLog(s.state.log);
  return log === s.state.log ? s : { ...s, state: { ...s.state, log } };
}

function readLastAttempt(value: unknown): LastAttempt | null {
  if (!isObj(value)) return null;
  const { encounterId, contentHash, seed, mode, choices } = value;
  if (!isStr(encounterId) || !isStr(contentHash) || typeof seed !== 'number') return null;
  if (mode !== 'practice' && mode !== 'assessment') return null;
  if (!Array.isArray(choices) || !choices.every((n) => Number.isInteger(n))) return null;
  return { encounterId, contentHash, seed, mode, choices: choices as number[] };
}

/**
 * Checks a persisted value's shape; anything unexpected is reset, never trusted. A damaged last
 * debrief or set-aside attempt is dropped and reported through `problems`.
 */
export function readPersisted(value: unknown, problems: PersistProblem[] = []): Persisted {
  const o = isObj(value) ? value : {};
  const best = o['best'];
  const debrief = o['lastDebrief'] ?? null;
  if (debrief !== null && !isDebrief(debrief)) problems.push((t) => t.lastDebriefDamaged());
  const aside = Array.isArray(o['setAside']) ? o['setAside'] : [];
  const setAside = aside.filter(isSession).map(upgradeSession);
  if (setAside.length < aside.length) problems.push((t) => t.setAsideDamaged(aside.length - setAside.length));
  return {
    settings: readSettings(o['settings']),
    lastDebrief: debrief !== null && isDebrief(debrief) ? upgradeDebriefActions(debrief) : null,
    best: isObj(best)
      ? Object.fromEntries(Object.entries(best).flatMap(([k, v]) => (typeof v === 'number' ? [[k, v]] : [])))
      : {},
    session: isSession(o['session']) ? upgradeSession(o['session']) : null,
    lastAttempt: readLastAttempt(o['lastAttempt']),
    setAside,
  };
}

/**
 * zustand's persist options over `storage`: damaged JSON is kept under `second-look.damaged`, a save
 * from another version under `second-look.v<N>`, before the store starts afresh; each is reported
 * through `problems`.
 */
export function persistOptions(
  storage: StateStorage,
  problems: PersistProblem[],
): PersistOptions<AppState & AppActions, Persisted> {
  /** The text last read for each key, to keep a copy of a save this version cannot use. */
  const read = new Map<string, string>();
  const safe: StateStorage = {
    getItem: (name) => {
      const raw = storage.getItem(name) as string | null | undefined;
      if (raw === null || raw === undefined) return null;
      try {
        JSON.parse(raw);
        read.set(name, raw);
        return raw;
      } catch {
        // Keep the damaged text (it may be recoverable by hand) before starting afresh.
        storage.setItem(`${name}${DAMAGED_SUFFIX}`, raw);
        problems.push((t) => t.storageDamaged(`${name}${DAMAGED_SUFFIX}`));
        storage.removeItem(name);
        return null;
      }
    },
    setItem: (name, value) => storage.setItem(name, value),
    removeItem: (name) => storage.removeItem(name),
  };
  return {
    name: PERSIST_KEY,
    version: PERSIST_VERSION,
    storage: createJSONStorage(() => safe),
    partialize: (s): Persisted => ({
      settings: s.settings,
      lastDebrief: s.lastDebrief,
      lastAttempt: s.lastAttempt,
      setAside: s.setAside,
      best: s.best,
      session: s.session,
    }),
    migrate: (persisted, version) => {
      if (version === PERSIST_VERSION) return readPersisted(persisted);
      // Another version's save (an older one, or a newer build in another tab): keep it, then reset.
      const copyKey = versionCopyKey(PERSIST_KEY, version);
      const raw = read.get(PERSIST_KEY);
      storage.setItem(copyKey, raw ?? JSON.stringify({ state: persisted, version }));
      problems.push((t) => t.storageVersion(version, PERSIST_VERSION, copyKey));
      return readPersisted({});
    },
    merge: (persisted, current) => ({ ...current, ...readPersisted(persisted, problems) }),
  };
}
