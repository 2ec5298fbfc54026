// Audit M3: one mistake in config.json must never swap in another country's contacts. A bad field
// the contacts do not depend on is named and left out; broken contacts fall back to the last copy
// this device read cleanly, then to the built-in contacts for the file's own region.

import { describe, expect, it } from 'vitest';
import { CONFIG_SOURCES, DEVICE_CONFIG_KEY, LAST_GOOD_CONFIG_KEY, loadConfig } from '../../src/app/config.ts';
import { parsePath, salvageConfig } from '../../src/core/config/config-salvage.ts';
import { DataError } from '../../src/core/validate.ts';

/** A UK organisation's own file: its own name, control room and helpline wording. */
function ukFile(): Record<string, unknown> {
  return {
    version: 2,
    region: 'UK',
    reviewed: true,
    organisation: { name: 'Thames Hotels', jurisdiction: 'England and Wales', logo: 'logo.png' },
    contacts: {
      emergencyNumber: '999',
      hotlines: [
        { name: 'the Modern Slavery & Exploitation Helpline', phone: '08000 121 700', text: '' },
        { name: 'Crimestoppers', phone: '0800 555 111', text: '' },
      ],
      internalEscalation: ['the Thames control room', 'the duty manager'],
    },
    policy: { briefing: 'Tell the Thames control room first.', debrief: 'Log it before you go home.' },
  };
}

function served(body: unknown): typeof fetch {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (async () =>
    new Response(text, { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const expectUkContacts = (config: {
  contacts: { emergencyNumber: string; internalEscalation: string[] };
}) => {
  expect(config.contacts.emergencyNumber).toBe('999');
  expect(config.contacts.internalEscalation[0]).toBe('the Thames control room');
};

describe('a config.json with one mistake outside the contacts (M3)', () => {
  it('keeps the UK contacts when the logo path has a space, and names the field', async () => {
    const file = ukFile();
    (file['organisation'] as Record<string, unknown>)['logo'] = 'our logo.png';
    const r = await loadConfig(served(file));
    expect(r.source).toBe(CONFIG_SOURCES.served);
    expectUkContacts(r.config);
    expect(r.config.region).toBe('UK');
    expect(r.config.organisation.logo).toBe('');
    expect(r.config.organisation.name).toBe('Thames Hotels');
    expect(r.problem).toContain('config.json: organisation.logo: must be a URL or path without spaces');
    expect(r.problem).toMatch(/left out; everything else, including the contacts, is used/);
  });

  it('keeps the contacts when a policy key is misspelt or the policy holds a bidi control', async () => {
    const file = ukFile();
    file['policy'] = { breifing: 'Typo', debrief: 'Call \u202Etroper\u202C now' };
    const r = await loadConfig(served(file));
    expectUkContacts(r.config);
    expect(r.config.policy).toEqual({ briefing: '', debrief: '' });
    expect(r.problem).toContain('policy.breifing: is not a known field');
    expect(r.problem).toMatch(/policy\.debrief: contains an invisible control character \(U\+202E\)/);
  });

  it('leaves out a second hotline with a bad number and keeps the first', () => {
    const file = ukFile();
    const hotlines = (file['contacts'] as Record<string, unknown>)['hotlines'] as Record<string, unknown>[];
    hotlines[1] = { name: 'Crimestoppers', phone: 'call us', text: '' };
    const { config, dropped } = salvageConfig('config.json', file);
    expect(config.contacts.hotlines.map((h) => h.phone)).toEqual(['08000 121 700']);
    expect(dropped).toEqual(['contacts.hotlines[1].phone: must be a phone number (got "call us")']);
    // The caller's value is not changed.
    expect(hotlines).toHaveLength(2);
  });

  it('leaves out a language whose words hold a number, and keeps the contacts', () => {
    const file = { ...ukFile(), languages: { 'es-US': { contacts: { hotlines: [{ phone: '999' }] } } } };
    const { config, dropped } = salvageConfig('config.json', file);
    expect(config.languages).toEqual({});
    expect(config.contacts.hotlines[0]?.phone).toBe('08000 121 700');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatch(/^languages\.es-US\.contacts\.hotlines\[0\]\.phone: numbers/);
  });

  it('marks the file not reviewed when "reviewed" is not true or false', () => {
    const file = { ...ukFile(), reviewed: 'yes' };
    const { config, dropped } = salvageConfig('config.json', file);
    expect(config.reviewed).toBe(false);
    expect(dropped).toEqual(['reviewed: must be true or false']);
  });

  it('uses a device copy with a bad logo, logo left out, rather than the served file', async () => {
    const device = ukFile();
    (device['organisation'] as Record<string, unknown>)['logo'] = '//evil.example/x.png';
    const storage = memoryStorage({ [DEVICE_CONFIG_KEY]: JSON.stringify(device) });
    const r = await loadConfig(served({ ...ukFile(), region: 'CA' }), { storage });
    expect(r.source).toBe(CONFIG_SOURCES.device);
    expectUkContacts(r.config);
    expect(r.problem).toMatch(/organisation\.logo: must not start with \/\//);
  });
});

describe('a config.json whose contacts are broken (M3)', () => {
  const broken = () => {
    const file = ukFile();
    (file['contacts'] as Record<string, unknown>)['emergencyNumber'] = 'nine nine nine';
    return file;
  };

  it('refuses to salvage, naming the contact field', () => {
    expect(() => salvageConfig('config.json', broken())).toThrow(DataError);
    expect(() => salvageConfig('config.json', broken())).toThrow(
      /config\.json: contacts\.emergencyNumber: must be a phone number/,
    );
  });

  it('uses the last copy this device read without a problem', async () => {
    const storage = memoryStorage();
    const first = await loadConfig(served(ukFile()), { storage });
    expect(first.problem).toBeNull();
    expect(storage.data.get(LAST_GOOD_CONFIG_KEY)).toBeDefined();
    const r = await loadConfig(served(broken()), { storage });
    expect(r.source).toBe(CONFIG_SOURCES.lastGood);
    expectUkContacts(r.config);
    expect(r.problem).toMatch(/last working copy .* contacts\.emergencyNumber: must be a phone number/);
  });

  it('never keeps a salvaged file as the last good copy', async () => {
    const storage = memoryStorage();
    const file = ukFile();
    file['training'] = { refresherDays: -1 };
    await loadConfig(served(file), { storage });
    expect(storage.data.has(LAST_GOOD_CONFIG_KEY)).toBe(false);
  });

  it("without a last good copy, uses the built-in contacts for the file's own region, never the US ones", async () => {
    for (const [region, number] of [
      ['UK', '999'],
      ['uk', '999'],
      ['CA', '911'],
    ] as const) {
      const r = await loadConfig(served({ ...broken(), region }));
      expect(r.config.region.toUpperCase()).toBe(region.toUpperCase());
      expect(r.config.contacts.emergencyNumber).toBe(number);
      expect(r.config.reviewed).toBe(false);
      expect(r.problem).toMatch(/contacts\.emergencyNumber/);
    }
  });
});

describe('field paths', () => {
  it('splits a reported field into keys and indexes', () => {
    expect(parsePath('contacts.hotlines[1].phone')).toEqual(['contacts', 'hotlines', 1, 'phone']);
    expect(parsePath('encounters.enabled[0]')).toEqual(['encounters', 'enabled', 0]);
    expect(parsePath('')).toEqual([]);
  });
});
