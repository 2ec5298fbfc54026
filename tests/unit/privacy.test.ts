// Shared-device mode's rules and the data clearing's choices, in Node: the `privacy` section of the
// configuration, the organisation's setting winning over a learner's, which storage keys and caches
// "Clear my data" removes and which it keeps, and the session-only attempt store.

import { describe, expect, it } from 'vitest';
import { readConfig, toConfigFile } from '../../src/core/config/config.ts';
import { fieldOfPath, fileFromForm, formValuesFrom, ORG_FIELDS } from '../../src/core/config/org-form.ts';
import { SHARED_CHOICE, sharedMode } from '../../src/core/config/privacy.ts';
import {
  cachesToClear,
  DEVICE_KEYS,
  isOwnedKey,
  keysToClear,
  PERSONAL_KEYS,
  PRECACHE_PREFIX,
  RUNTIME_CACHE,
  STORAGE_KEYS,
} from '../../src/core/storage-keys.ts';
import { DataError } from '../../src/core/validate.ts';
import { storageHistory } from '../../src/state/history.ts';
import { defaultConfig } from './helpers.ts';

const withPrivacy = (privacy: unknown): Record<string, unknown> => ({
  ...toConfigFile(defaultConfig()),
  privacy,
});

function problemsOf(data: unknown): string[] {
  try {
    readConfig('config.json', data);
    return [];
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
}

describe('the privacy section of the configuration', () => {
  it('is optional, and reads sharedDevice when present', () => {
    expect(readConfig('config.json', toConfigFile(defaultConfig())).privacy?.sharedDevice ?? false).toBe(
      false,
    );
    expect(readConfig('config.json', withPrivacy({ sharedDevice: true })).privacy).toEqual({
      sharedDevice: true,
    });
    expect(readConfig('config.json', withPrivacy({ sharedDevice: false })).privacy).toEqual({
      sharedDevice: false,
    });
  });

  it('refuses a wrong value or an unknown field by name', () => {
    expect(problemsOf(withPrivacy({ sharedDevice: 'yes' }))).toEqual([
      'privacy.sharedDevice: must be true or false',
    ]);
    expect(problemsOf(withPrivacy({ sharedDevice: true, wipeOnExit: true }))[0]).toContain(
      'privacy.wipeOnExit',
    );
    expect(problemsOf(withPrivacy('on'))[0]).toContain('privacy');
  });

  it('is written back to the file and read again unchanged', () => {
    const config = readConfig('config.json', withPrivacy({ sharedDevice: true }));
    expect(readConfig('config.json', toConfigFile(config))).toEqual(config);
  });

  it('goes through the set-up form, and its problems belong to the form’s checkbox', () => {
    const values = formValuesFrom(withPrivacy({ sharedDevice: true }));
    expect(values.sharedDevice).toBe(true);
    expect(fileFromForm(values)['privacy']).toEqual({ sharedDevice: true });
    expect(fileFromForm({ ...values, sharedDevice: false })['privacy']).toEqual({ sharedDevice: false });
    expect(formValuesFrom(toConfigFile(defaultConfig())).sharedDevice).toBe(false);
    expect(fieldOfPath('privacy.sharedDevice')).toBe(ORG_FIELDS.sharedDevice);
  });
});

describe('shared-device mode', () => {
  it('is on when the organisation or the learner says so, and the organisation cannot be overruled', () => {
    const org = { sharedDevice: true };
    const personal = { sharedDevice: false };
    expect(sharedMode(undefined, null)).toEqual({ on: false, byOrganisation: false });
    expect(sharedMode(personal, SHARED_CHOICE.off)).toEqual({ on: false, byOrganisation: false });
    expect(sharedMode(personal, SHARED_CHOICE.on)).toEqual({ on: true, byOrganisation: false });
    expect(sharedMode(undefined, SHARED_CHOICE.on)).toEqual({ on: true, byOrganisation: false });
    expect(sharedMode(org, SHARED_CHOICE.off)).toEqual({ on: true, byOrganisation: true });
    expect(sharedMode(org, null)).toEqual({ on: true, byOrganisation: true });
    // Anything else kept under the key is not a choice.
    expect(sharedMode(undefined, 'true').on).toBe(false);
  });
});

describe('what "Clear my data" removes', () => {
  it('removes every key the game owns except the device’s own settings, and nothing of other sites', () => {
    const keys = [
      ...Object.values(STORAGE_KEYS),
      'second-look.damaged',
      'second-look.v2',
      'other-app',
      'second-looker',
      'secondlook',
    ];
    const cleared = keysToClear(keys);
    for (const key of PERSONAL_KEYS) expect(cleared).toContain(key);
    expect(cleared).toContain('second-look.damaged');
    expect(cleared).toContain('second-look.v2');
    expect(cleared).toContain(STORAGE_KEYS.voteVoter);
    for (const key of DEVICE_KEYS) expect(cleared).not.toContain(key);
    expect(cleared).not.toContain('other-app');
    expect(cleared).not.toContain('second-looker');
    expect(isOwnedKey('secondlook')).toBe(false);
  });

  it('keeps every key about a learner among the personal keys, and no device key', () => {
    for (const key of DEVICE_KEYS) expect(PERSONAL_KEYS).not.toContain(key);
    expect(PERSONAL_KEYS).toEqual(
      expect.arrayContaining([STORAGE_KEYS.state, STORAGE_KEYS.programme, STORAGE_KEYS.sessionAttempts]),
    );
  });

  it('removes the game’s caches only', () => {
    expect(
      cachesToClear([`${PRECACHE_PREFIX}abc`, RUNTIME_CACHE, 'another-app-cache', 'second-look']),
    ).toEqual([`${PRECACHE_PREFIX}abc`, RUNTIME_CACHE]);
  });
});

describe('the session-only attempt store', () => {
  const record = (id: string) => ({
    id,
    encounterId: 'hotel.night_lobby',
    title: 'Night shift',
    setting: 'hotel',
    mode: 'practice',
    finishedAt: '2026-12-01T10:00:00.000Z',
    percent: 60,
    dimensions: [{ id: 'safety', name: 'Safety', score: 3, max: 5 }],
    missed: [],
    critical: [],
  });

  function memoryStorage(initial: Record<string, string> = {}) {
    const m = new Map(Object.entries(initial));
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      m,
    };
  }

  it('keeps attempts under its key, replacing one with the same id', async () => {
    const storage = memoryStorage();
    const port = storageHistory(storage, STORAGE_KEYS.sessionAttempts);
    const [a, b] = [record('a'), record('b')];
    const { attempts: none } = await port.list();
    expect(none).toEqual([]);
    await port.add([a as never]);
    await port.add([b as never, { ...a, percent: 80 } as never]);
    const { attempts, damaged } = await port.list();
    expect(attempts.map((x) => [x.id, x.percent])).toEqual([
      ['b', 60],
      ['a', 80],
    ]);
    expect(damaged).toBe(0);
    expect([...storage.m.keys()]).toEqual([STORAGE_KEYS.sessionAttempts]);
  });

  it('reads a damaged value as empty, and a damaged record as damaged', async () => {
    expect((await storageHistory(memoryStorage({ k: '{not json' }), 'k').list()).attempts).toEqual([]);
    const mixed = memoryStorage({ k: JSON.stringify([record('a'), { id: 'x', percent: 'lots' }]) });
    const { attempts, damaged } = await storageHistory(mixed, 'k').list();
    expect(attempts.map((x) => x.id)).toEqual(['a']);
    expect(damaged).toBe(1);
  });
});
