// Shared-device mode: the `privacy` section of the organisation configuration, and how it combines
// with a learner's own choice on the device. In shared-device mode nothing about a learner outlives
// the browser session (src/app/privacy.ts keeps it in sessionStorage); the organisation's choice wins.

import type { Reader } from '../validate.ts';

export interface PrivacyConfig {
  /** A device several people use (a guard-station PC): keep nothing personal beyond the session. */
  sharedDevice: boolean;
}

/** Reads the optional `privacy` section; absent means a personal device, as before. */
export function readPrivacy(r: Reader, value: unknown): { privacy?: PrivacyConfig } {
  if (value === undefined) return {};
  const p = r.object(value, 'privacy') ?? {};
  r.onlyKeys(p, ['sharedDevice'], 'privacy');
  return { privacy: { sharedDevice: r.boolean(p, 'sharedDevice', 'privacy') } };
}

/** A learner's choice as kept on the device (STORAGE_KEYS.sharedDevice). */
export const SHARED_CHOICE = { on: 'on', off: 'off' } as const;

export interface SharedMode {
  /** Whether this device is in shared-device mode now. */
  on: boolean;
  /** The organisation's configuration turned it on: a learner cannot turn it off. */
  byOrganisation: boolean;
}

/** The organisation's setting wins over the learner's: on in the configuration is on, whatever was chosen. */
export function sharedMode(privacy: PrivacyConfig | undefined, choice: string | null): SharedMode {
  const byOrganisation = privacy?.sharedDevice === true;
  return { on: byOrganisation || choice === SHARED_CHOICE.on, byOrganisation };
}
