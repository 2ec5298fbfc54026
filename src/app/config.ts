// Loads the organisation configuration. Precedence, highest first:
//   1. a copy saved on this device by the Organisation set-up form ("Use on this device"),
//   2. a `config.json` served next to the game (what an admin puts beside index.html),
//   3. the bundled default.
// A broken source is reported field by field and the next one is used; a broken device copy is kept,
// never deleted, so the admin can open the form and fix it. Anything not usable leaves the default
// in use, marked as not reviewed.

import defaults from '../config/default.config.json';
import {
  CONFIG_VERSION,
  declaredVersion,
  parseConfigText,
  readConfig,
  toConfigFile,
  type AppConfig,
  type ReadOptions,
} from '../core/config.ts';
import { DataError } from '../core/validate.ts';
import { CONFIG_REQUEST, CONFIG_URL } from './early.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';

export { CONFIG_URL };
/** Where "Use on this device" keeps the configuration file text; the suffix is this key's format version. */
export const DEVICE_CONFIG_KEY = STORAGE_KEYS.deviceConfig;
/** The name used for the device copy in messages. */
export const DEVICE_CONFIG_SOURCE = "This device's set-up";

export const CONFIG_SOURCES = { device: 'device', served: 'served', bundled: 'bundled' } as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[keyof typeof CONFIG_SOURCES];

export interface LoadedConfig {
  config: AppConfig;
  /** What went wrong, for a notice; null when nothing did. */
  problem: string | null;
  /** Where the configuration in use came from. */
  source: ConfigSource;
  /** Information that is not a problem, e.g. that an older file version was read. */
  notes: string[];
}

type KeyStore = Pick<Storage, 'getItem'>;

export interface LoadOptions extends ReadOptions {
  /** localStorage (or a stand-in); without it no device copy is looked for. */
  storage?: KeyStore | undefined;
}

export function bundledConfig(opts: ReadOptions = {}): AppConfig {
  return readConfig('default.config.json', defaults, opts);
}

/** Stores a configuration on this device; it is used from the next load on. */
export function saveDeviceConfig(storage: Pick<Storage, 'setItem'>, config: AppConfig): void {
  storage.setItem(DEVICE_CONFIG_KEY, JSON.stringify(toConfigFile(config), null, 2));
}

export function clearDeviceConfig(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(DEVICE_CONFIG_KEY);
}

function safeGet(storage: KeyStore | undefined): string | null {
  try {
    return storage?.getItem(DEVICE_CONFIG_KEY) ?? null;
  } catch {
    return null;
  }
}

async function fetchServed(fetcher: typeof fetch): Promise<string | null> {
  let response: Response;
  try {
    response = await fetcher(CONFIG_URL, CONFIG_REQUEST);
  } catch {
    return null;
  }
  if (!response.ok) return null;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  return response.text();
}

export async function loadConfig(
  fetcher: typeof fetch = fetch,
  opts: LoadOptions = {},
): Promise<LoadedConfig> {
  return findConfig(fetcher, opts);
}

async function findConfig(fetcher: typeof fetch, opts: LoadOptions): Promise<LoadedConfig> {
  const read: ReadOptions = opts.encounterIds ? { encounterIds: opts.encounterIds } : {};
  const fallback = bundledConfig(read);
  const problems: string[] = [];
  const notes: string[] = [];

  const stored = safeGet(opts.storage);
  if (stored !== null) {
    try {
      return {
        config: parseConfigText(DEVICE_CONFIG_SOURCE, stored, read),
        problem: null,
        source: 'device',
        notes,
      };
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push(
        `The organisation set-up saved on this device has problems, so it is not used; it is kept unchanged so you can fix it in Settings → Organisation set-up. ${e.message}`,
      );
    }
  }

  const served = await fetchServed(fetcher);
  if (served !== null) {
    try {
      const config = parseConfigText('config.json', served, read);
      // The text parsed above, so this cannot throw.
      const version = declaredVersion(JSON.parse(served) as unknown);
      if (version !== null && version < CONFIG_VERSION)
        notes.push(
          `config.json is a version ${version} file. It still works; to bring it up to version ${CONFIG_VERSION}, open Settings → Organisation set-up and download a new config.json.`,
        );
      return { config, problem: problems.join(' ') || null, source: 'served', notes };
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push(
        `The organisation's configuration has problems, so the built-in contacts are used instead. ${e.message}`,
      );
    }
  }
  return {
    config: problems.length > 0 ? { ...fallback, reviewed: false } : fallback,
    problem: problems.join(' ') || null,
    source: 'bundled',
    notes,
  };
}
