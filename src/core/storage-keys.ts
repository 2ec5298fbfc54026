// Every name the game stores data under in the browser, in one typed table: localStorage and
// sessionStorage keys, the IndexedDB database, the Cache Storage caches. Code uses these constants,
// never a key typed where it is used; docs/privacy.md names each one (a unit test checks both).

/** What every key, database and cache the game owns starts with. */
const STORAGE_PREFIX = 'second-look';

/** localStorage / sessionStorage keys. */
export const STORAGE_KEYS = {
  /** Settings, the encounter under way, the last debrief, best scores, set-aside attempts. */
  state: 'second-look',
  /** The learner's name or staff ID and the assignment they are working through. */
  programme: 'second-look-programme',
  /** Completed attempts in shared-device mode (sessionStorage), instead of IndexedDB. */
  sessionAttempts: 'second-look.session-attempts',
  /** The organisation set-up saved on this device from the set-up form. */
  deviceConfig: 'second-look.org-config.v1',
  /** The last config.json this device read without a problem, used when a later one is broken. */
  lastGoodConfig: 'second-look.config.last-good.v1',
  /** A learner's own choice of shared-device mode on this device: "on" or "off". */
  sharedDevice: 'second-look.shared-device',
  /** The random id that stands for this browser's learner in xAPI statements sent to an LRS. */
  xapiLearner: 'second-look-xapi-learner',
  /** Copies of LMS suspend data that could not be read, kept for support. */
  damagedSuspend: 'second-look-lms-damaged-suspend-data',
  /** The instructor console's class-session join code (sessionStorage). */
  relayCode: 'second-look.relay.code',
  /** A phone's voter id for a class session (vote page). */
  voteVoter: 'second-look.vote.voter',
  /** A phone's last join code (vote page). */
  voteCode: 'second-look.vote.code',
} as const;
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** Suffix of the copy kept of a save that could not be read (`second-look.damaged`). */
export const DAMAGED_SUFFIX = '.damaged';
/** The copy kept of a save from another version (`second-look.v2`). */
export const versionCopyKey = (name: string, version: number): string => `${name}.v${version}`;

/** The IndexedDB database and object store of completed attempts (outside shared-device mode). */
export const HISTORY_DB = 'second-look';
export const HISTORY_STORE = 'attempts';
/** Where damaged stored attempts are moved: its own database, as idb-keyval keeps one store per database. */
export const QUARANTINE_DB = 'second-look-quarantine';

/** Cache Storage: the service worker's precache (one per version) and its runtime cache. */
export const PRECACHE_PREFIX = 'second-look-precache-';
export const RUNTIME_CACHE = 'second-look-runtime';

/**
 * Keys that hold something about a learner: in shared-device mode they live in sessionStorage only.
 * (The organisation set-up and the shared-device choice belong to the device, not to a learner.)
 */
export const PERSONAL_KEYS: readonly StorageKey[] = [
  STORAGE_KEYS.state,
  STORAGE_KEYS.programme,
  STORAGE_KEYS.sessionAttempts,
  STORAGE_KEYS.xapiLearner,
  STORAGE_KEYS.damagedSuspend,
];

/** Kept by "Clear my data on this device": the organisation's set-up and the device's shared-mode choice. */
export const DEVICE_KEYS: readonly StorageKey[] = [
  STORAGE_KEYS.deviceConfig,
  STORAGE_KEYS.lastGoodConfig,
  STORAGE_KEYS.sharedDevice,
];

/** Whether a storage key belongs to the game (every key it writes, copies of damaged saves included). */
export function isOwnedKey(key: string): boolean {
  return (
    key === STORAGE_PREFIX || key.startsWith(`${STORAGE_PREFIX}.`) || key.startsWith(`${STORAGE_PREFIX}-`)
  );
}

/** The keys among `keys` that "Clear my data" removes: the game's own, except the device's settings. */
export function keysToClear(keys: readonly string[]): string[] {
  return keys.filter((k) => isOwnedKey(k) && !(DEVICE_KEYS as readonly string[]).includes(k));
}

/** The caches among `names` that belong to the game. */
export function cachesToClear(names: readonly string[]): string[] {
  return names.filter((n) => n.startsWith(PRECACHE_PREFIX) || n === RUNTIME_CACHE);
}
