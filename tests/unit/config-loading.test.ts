import { describe, expect, it } from 'vitest';
import {
  clearDeviceConfig,
  CONFIG_SOURCES,
  DEVICE_CONFIG_KEY,
  loadConfig,
  saveDeviceConfig,
} from '../../src/app/config.ts';
import { CONFIG_VERSION, readConfig } from '../../src/core/config/config.ts';
import { v1ConfigFile } from './helpers.ts';

function fakeFetch(status: number, body: string, type = 'application/json'): typeof fetch {
  return (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;
}

describe('loading the organisation configuration', () => {
  it('uses the bundled default when no config.json is served', async () => {
    const r = await loadConfig(fakeFetch(404, 'not found', 'text/html'));
    expect(r.problem).toBeNull();
    expect(r.config.region).toBe('US');
  });

  it('uses a valid config.json served next to the game', async () => {
    const uk = v1ConfigFile();
    const r = await loadConfig(fakeFetch(200, JSON.stringify(uk)));
    expect(r.problem).toBeNull();
    expect(r.config.contacts.emergencyNumber).toBe('999');
  });

  it('reports an invalid config.json field by field and uses built-in contacts for its own region', async () => {
    const r = await loadConfig(fakeFetch(200, JSON.stringify({ version: 1, region: 'UK', reviewed: true })));
    expect(r.config.region).toBe('UK');
    expect(r.config.contacts.emergencyNumber).toBe('999');
    expect(r.config.reviewed).toBe(false);
    expect(r.problem).toMatch(/built-in contacts for region UK are used instead/);
    expect(r.problem).toMatch(/config\.json: .*organisation: must be an object/);
    expect(r.problem).toMatch(/contacts: must be an object/);
  });

  it('reports broken JSON', async () => {
    const r = await loadConfig(fakeFetch(200, '{ "version": '));
    expect(r.problem).toMatch(/config\.json: is not valid JSON/);
  });
});

describe('the organisation set-up saved on this device', () => {
  const ukFile = {
    version: 2,
    region: 'UK',
    reviewed: true,
    organisation: { name: 'Device Hotels', jurisdiction: 'England and Wales' },
    contacts: {
      emergencyNumber: '999',
      hotlines: [{ name: 'the helpline', phone: '08000 121 700', text: '' }],
      internalEscalation: ['the duty manager'],
    },
    encounters: { enabled: ['hotel.night_lobby'] },
  };
  const servedFile = { ...ukFile, organisation: { name: 'Served Hotels', jurisdiction: 'Ontario' } };

  function memoryStorage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  }

  it('wins over a served config.json, and is written as a current-version file', async () => {
    const storage = memoryStorage();
    saveDeviceConfig(storage, readConfig('form', ukFile));
    const stored = JSON.parse(storage.data.get(DEVICE_CONFIG_KEY) ?? '{}') as Record<string, unknown>;
    expect(stored['version']).toBe(CONFIG_VERSION);
    const r = await loadConfig(fakeFetch(200, JSON.stringify(servedFile)), {
      storage,
      encounterIds: ['hotel.night_lobby'],
    });
    expect(r.source).toBe(CONFIG_SOURCES.device);
    expect(r.problem).toBeNull();
    expect(r.config.organisation.name).toBe('Device Hotels');
    clearDeviceConfig(storage);
    const after = await loadConfig(fakeFetch(200, JSON.stringify(servedFile)), { storage });
    expect(after.source).toBe(CONFIG_SOURCES.served);
    expect(after.config.organisation.name).toBe('Served Hotels');
  });

  it('is reported by field when broken, kept unchanged, and the served file is used instead', async () => {
    const broken = JSON.stringify({ ...ukFile, contacts: { ...ukFile.contacts, emergencyNumber: 'nine' } });
    const storage = memoryStorage({ [DEVICE_CONFIG_KEY]: broken });
    const r = await loadConfig(fakeFetch(200, JSON.stringify(servedFile)), { storage });
    expect(r.source).toBe(CONFIG_SOURCES.served);
    expect(r.config.organisation.name).toBe('Served Hotels');
    expect(r.problem).toMatch(
      /saved on this device has problems.*contacts\.emergencyNumber: must be a phone number/,
    );
    expect(storage.data.get(DEVICE_CONFIG_KEY)).toBe(broken);
  });

  it('falls back to the bundled default, not reviewed, when the device copy is not JSON', async () => {
    const storage = memoryStorage({ [DEVICE_CONFIG_KEY]: '{ oops' });
    const r = await loadConfig(fakeFetch(404, '', 'text/html'), { storage });
    expect(r.source).toBe(CONFIG_SOURCES.bundled);
    expect(r.config.reviewed).toBe(false);
    expect(r.problem).toMatch(/This device's set-up: is not valid JSON/);
    expect(storage.data.get(DEVICE_CONFIG_KEY)).toBe('{ oops');
  });

  it('leaves out an encounter this build does not have, keeping the served contacts', async () => {
    const r = await loadConfig(
      fakeFetch(
        200,
        JSON.stringify({ ...servedFile, encounters: { enabled: ['hotel.penthouse', 'hotel.night_lobby'] } }),
      ),
      { encounterIds: ['hotel.night_lobby'] },
    );
    expect(r.source).toBe(CONFIG_SOURCES.served);
    expect(r.config.contacts.emergencyNumber).toBe('999');
    expect(r.config.encounters.enabled).toEqual(['hotel.night_lobby']);
    expect(r.problem).toMatch(/config\.json: encounters\.enabled\[0\]: is not a known encounter/);
  });

  it('notes that a served version 1 file still works and how to update it', async () => {
    const v1 = { ...v1ConfigFile(), organisation: { name: 'Old Hotels' } };
    const r = await loadConfig(fakeFetch(200, JSON.stringify(v1)));
    expect(r.problem).toBeNull();
    expect(r.config.contacts.hotlines).toHaveLength(1);
    expect(r.notes.join(' ')).toMatch(/config\.json is a version 1 file\. It still works/);
  });
});
