// Loads the organisation configuration: the bundled default, replaced by a `config.json` served
// next to the game when an organisation provides one. A bad file is reported field by field and
// the default stays in use, marked as not reviewed.

import defaults from '../config/default.config.json';
import { parseConfigText, readConfig, type AppConfig } from '../core/config.ts';
import { DataError } from '../core/validate.ts';

export const CONFIG_URL = './config.json';

export interface LoadedConfig {
  config: AppConfig;
  problem: string | null;
}

export async function loadConfig(fetcher: typeof fetch = fetch): Promise<LoadedConfig> {
  const fallback = readConfig('default.config.json', defaults);
  let response: Response;
  try {
    response = await fetcher(CONFIG_URL, { cache: 'no-cache' });
  } catch {
    return { config: fallback, problem: null };
  }
  if (!response.ok) return { config: fallback, problem: null };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return { config: fallback, problem: null };
  try {
    return { config: parseConfigText('config.json', await response.text()), problem: null };
  } catch (e) {
    if (e instanceof DataError) {
      return {
        config: { ...fallback, reviewed: false },
        problem: `The organisation's configuration has problems, so the built-in contacts are used instead. ${e.message}`,
      };
    }
    throw e;
  }
}
