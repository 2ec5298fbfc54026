// The organisation set-up kept on this device, as the set-up screen sees it (a port in
// src/ui/context.ts): read, save and clear the device copy, and what the game loaded at start.

import type { AppConfig } from '../core/config/config.ts';
import type { DeviceConfigPort } from '../ui/context.ts';
import { clearDeviceConfig, DEVICE_CONFIG_KEY, saveDeviceConfig, type LoadedConfig } from './config.ts';

/** `storage` is a function so that a browser that refuses localStorage (privacy settings) is asked each time. */
export function deviceConfigPort(
  storage: () => Storage | null,
  loaded: LoadedConfig | null,
): DeviceConfigPort {
  const safe = (): Storage | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };
  return {
    read: () => {
      try {
        return safe()?.getItem(DEVICE_CONFIG_KEY) ?? null;
      } catch {
        return null;
      }
    },
    save: (config: AppConfig) => {
      const s = safe();
      if (!s) return false;
      saveDeviceConfig(s, config);
      return true;
    },
    clear: () => {
      const s = safe();
      if (s) clearDeviceConfig(s);
    },
    loaded: loaded && { source: loaded.source, notes: loaded.notices },
  };
}
