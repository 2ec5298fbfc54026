import { describe, expect, it } from 'vitest';
import { parseConfigText, readConfig, storyVariables } from '../../src/core/config/config.ts';
import { DataError } from '../../src/core/validate.ts';
import { defaultConfig } from './helpers.ts';

// A loosely typed copy that tests can break in any way a hand-edited file might be broken.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const valid = () => JSON.parse(JSON.stringify(defaultConfig())) as Loose;

function problemsOf(data: unknown): string[] {
  try {
    readConfig('config.json', data);
    return [];
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
}

describe('configuration', () => {
  it('ships a US default that validates and is marked for review', () => {
    const c = defaultConfig();
    expect(c.region).toBe('US');
    expect(c.reviewed).toBe(false);
    expect(c.contacts.emergencyNumber).toBe('911');
  });

  it('names the field for each kind of invalid value', () => {
    const cases: [string, (c: Loose) => void, string][] = [
      [
        'missing hotline phone',
        (c) => delete c.contacts.hotlines[0].phone,
        'contacts.hotlines[0].phone: is missing',
      ],
      [
        'letters in a phone number',
        (c) => (c.contacts.hotlines[1].phone = 'call us'),
        'contacts.hotlines[1].phone: must be a phone number',
      ],
      [
        'empty emergency number',
        (c) => (c.contacts.emergencyNumber = ''),
        'contacts.emergencyNumber: must be non-empty text',
      ],
      [
        'no escalation steps',
        (c) => (c.contacts.internalEscalation = []),
        'contacts.internalEscalation: needs at least 1',
      ],
      ['reviewed not a boolean', (c) => (c.reviewed = 'yes'), 'reviewed: must be true or false'],
      ['unknown field', (c) => (c.contacts.hotlne = {}), 'contacts.hotlne: is not a known field'],
      ['wrong version', (c) => (c.version = 9), 'version: must be 1 or 2 (got 9)'],
      ['organisation missing', (c) => delete c.organisation, 'organisation: must be an object'],
    ];
    for (const [name, mutate, expected] of cases) {
      const c = valid();
      mutate(c);
      const problems = problemsOf(c);
      expect(
        problems.some((p) => p.startsWith(expected)),
        `${name}: ${problems.join('; ')}`,
      ).toBe(true);
    }
  });

  it('reports bad JSON with the file name', () => {
    expect(() => parseConfigText('config.json', '{ "version": 1,')).toThrow(
      /config\.json: is not valid JSON/,
    );
  });

  it('maps contacts onto the ink variables stories read', () => {
    const v = storyVariables(defaultConfig());
    expect(v['emergency_number']).toBe('911');
    expect(v['hotline_phone']).toBe(defaultConfig().contacts.hotline.phone);
    expect(v['escalation_first']).toBe('the security control room');
  });
});

describe('training settings in the configuration', () => {
  it('defaults the refresher interval to 90 days and validates a configured one', () => {
    expect(defaultConfig().training.refresherDays).toBe(90);
    const c = JSON.parse(JSON.stringify(defaultConfig())) as Record<string, unknown>;
    c['training'] = { refresherDays: 30 };
    expect(readConfig('config.json', c).training.refresherDays).toBe(30);
    c['training'] = { refresherDays: 0 };
    expect(() => readConfig('config.json', c)).toThrow(/training\.refresherDays: must be at least 1/);
  });
});

describe('regional presets', () => {
  it('each preset validates, is marked for review, and names its own emergency number', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '..', '..', 'src', 'config', 'presets');
    const expected: Record<string, string> = { us: '911', uk: '999', ca: '911' };
    for (const [region, emergency] of Object.entries(expected)) {
      const file = `${region}.config.json`;
      const c = readConfig(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(c.reviewed, file).toBe(false);
      expect(c.contacts.emergencyNumber, file).toBe(emergency);
      expect(c.region.toLowerCase(), file).toBe(region);
    }
  });
});
