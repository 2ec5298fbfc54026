// Loads the organisation configuration. Precedence, highest first:
//   1. a copy saved on this device by the Organisation set-up form ("Use on this device"),
//   2. a `config.json` served next to the game (what an admin puts beside index.html),
//   3. the bundled default.
// A source with a mistake in a field the contacts do not depend on (a logo path, the policy text) is
// used with that field left out and named in a notice (src/core/config/config-salvage.ts). A source whose
// contacts are broken is reported field by field and the next one is used; a broken device copy is
// kept, never deleted, so the admin can open the form and fix it. A broken config.json falls back to
// the last one this device read cleanly, then to the built-in contacts for the region it names; only
// when neither exists is the bundled default used, marked as not reviewed (audit M3).

import defaults from '../config/default.config.json';
import {
  CONFIG_VERSION,
  declaredVersion,
  readConfig,
  toConfigFile,
  type AppConfig,
  type ReadOptions,
} from '../core/config/config.ts';
import type * as Salvage from '../core/config/config-salvage.ts';
import { DataError } from '../core/validate.ts';
import { DATA_SOURCES } from '../core/reasons.ts';
import {
  configNoteEnglish,
  configProblemEnglish,
  type ConfigNote,
  type ConfigProblem,
} from '../core/config/config-notices.ts';
import { CONFIG_REQUEST, CONFIG_URL } from './early.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';

export { CONFIG_URL };
/** Where "Use on this device" keeps the configuration file text; the suffix is this key's format version. */
export const DEVICE_CONFIG_KEY = STORAGE_KEYS.deviceConfig;
/** Where the last config.json read without a problem is kept, for when a later one is broken. */
export const LAST_GOOD_CONFIG_KEY = STORAGE_KEYS.lastGoodConfig;
/** The name used for the device copy in messages. */
const DEVICE_CONFIG_SOURCE = DATA_SOURCES.deviceConfig;
/** The file the organisation serves beside index.html, named as it is. */
const SERVED_NAME = 'config.json';

export const CONFIG_SOURCES = {
  device: 'device',
  served: 'served',
  lastGood: 'lastGood',
  bundled: 'bundled',
} as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[keyof typeof CONFIG_SOURCES];

export interface LoadedConfig {
  config: AppConfig;
  /** What went wrong, as codes for the interface to word; empty when nothing did. */
  problems: ConfigProblem[];
  /** The same in English, for logs; null when nothing went wrong. */
  problem: string | null;
  /** Where the configuration in use came from. */
  source: ConfigSource;
  /** Information that is not a problem, e.g. that an older file version was read. */
  notices: ConfigNote[];
  /** The same in English, for logs. */
  notes: string[];
}

type SalvageText = typeof Salvage.salvageConfigText;

type KeyStore = Pick<Storage, 'getItem'> & Partial<Pick<Storage, 'setItem'>>;

export interface LoadOptions extends ReadOptions {
  /** localStorage (or a stand-in); without it no device copy is looked for. */
  storage?: KeyStore | undefined;
}

function bundledConfig(opts: ReadOptions = {}): AppConfig {
  return readConfig('default.config.json', defaults, opts);
}

/** Stores a configuration on this device; it is used from the next load on. */
export function saveDeviceConfig(storage: Pick<Storage, 'setItem'>, config: AppConfig): void {
  storage.setItem(DEVICE_CONFIG_KEY, JSON.stringify(toConfigFile(config), null, 2));
}

export function clearDeviceConfig(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(DEVICE_CONFIG_KEY);
}

function safeGet(storage: KeyStore | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps a copy when storage allows; a browser that refuses storage just keeps none. */
function safeSet(storage: KeyStore | undefined, key: string, value: string): void {
  try {
    storage?.setItem?.(key, value);
  } catch {
    // Nothing to do: the copy is only a fallback.
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
  const problems: ConfigProblem[] = [];
  const notices: ConfigNote[] = [];
  const found = (config: AppConfig, source: ConfigSource): LoadedConfig => ({
    config,
    problems,
    problem: problems.map(configProblemEnglish).join(' ') || null,
    source,
    notices,
    notes: notices.map(configNoteEnglish),
  });

  // Reading a file's text (and salvaging what it can) is loaded only when there is a file to read.
  const salvage = () => import('../core/config/config-salvage.ts');
  const stored = safeGet(opts.storage, DEVICE_CONFIG_KEY);
  if (stored !== null) {
    const { salvageConfigText } = await salvage();
    try {
      const { config, droppedReasons } = salvageConfigText(DEVICE_CONFIG_SOURCE, stored, read);
      if (droppedReasons.length > 0)
        problems.push({ code: 'leftOut', source: DEVICE_CONFIG_SOURCE, problems: droppedReasons });
      return found(config, 'device');
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push({ code: 'deviceBroken', error: e });
    }
  }

  const served = await fetchServed(fetcher);
  let region: unknown = null;
  if (served !== null) {
    const { salvageConfigText } = await salvage();
    try {
      const { config, droppedReasons } = salvageConfigText(SERVED_NAME, served, read);
      // The text parsed above, so this cannot throw.
      const version = declaredVersion(JSON.parse(served) as unknown);
      if (version !== null && version < CONFIG_VERSION)
        notices.push({ code: 'oldVersion', version, current: CONFIG_VERSION });
      if (droppedReasons.length > 0)
        problems.push({ code: 'leftOut', source: SERVED_NAME, problems: droppedReasons });
      else safeSet(opts.storage, LAST_GOOD_CONFIG_KEY, served);
      return found(config, 'served');
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      region = regionOf(served);
      const lastGood = lastGoodConfig(opts.storage, read, salvageConfigText);
      if (lastGood) {
        problems.push({ code: 'lastGoodUsed', error: e });
        return found(lastGood, 'lastGood');
      }
      const preset = await presetFor(region, read);
      problems.push(
        preset ? { code: 'presetUsed', region: preset.region, error: e } : { code: 'builtInUsed', error: e },
      );
      if (preset) return found({ ...preset, reviewed: false }, 'bundled');
    }
  }
  const fallback = bundledConfig(read);
  return found(problems.length > 0 ? { ...fallback, reviewed: false } : fallback, 'bundled');
}

/** The region a configuration's text says it is for, if it says so at all. */
function regionOf(text: string): string | null {
  try {
    const data = JSON.parse(text) as unknown;
    const region =
      typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['region'] : null;
    return typeof region === 'string' ? region : null;
  } catch {
    return null;
  }
}

/** The built-in contacts for a region (never another region's), or null when there are none. */
async function presetFor(region: unknown, read: ReadOptions): Promise<AppConfig | null> {
  if (typeof region !== 'string') return null;
  // The built-in contacts per region, loaded only for the region a broken config.json names.
  const { PRESETS } = await import('./config-presets.ts');
  const preset = PRESETS.find((p) => p.region.toUpperCase() === region.trim().toUpperCase());
  if (!preset) return null;
  try {
    return readConfig(DATA_SOURCES.preset, preset, read);
  } catch {
    return null;
  }
}

/** The last config.json this device read without a single problem, if it still reads. */
function lastGoodConfig(
  storage: LoadOptions['storage'],
  read: ReadOptions,
  salvageConfigText: SalvageText,
): AppConfig | null {
  const text = safeGet(storage, LAST_GOOD_CONFIG_KEY);
  if (text === null) return null;
  try {
    return salvageConfigText(DATA_SOURCES.lastGoodConfig, text, read).config;
  } catch {
    return null;
  }
}
