// The organisation set-up schema: every rule refuses a bad value with the field named, version 1 files
// still load, the presets validate, and a configuration survives being written as a file and read back.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_ENCOUNTERS,
  CONFIG_VERSION,
  isEncounterEnabled,
  LIMITS,
  LOGO_MAX_BYTES,
  logoProblem,
  liveConfig,
  readConfig,
  storyVariables,
  toConfigFile,
  type ReadOptions,
} from '../../src/core/config/config.ts';
import { STORY_FALLBACKS } from '../../src/core/config/story-words.ts';
import { LOCALES } from '../../src/core/locale.ts';
import { DataError } from '../../src/core/validate.ts';
import { englishOnScreen } from '../browser/english-on-screen.ts';
import { v1ConfigFile } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PRESETS = join(ROOT, 'src', 'config', 'presets');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const IDS = ['hotel.night_lobby', 'hospital.waiting_room', 'store.mall_kiosk'];

function v2(): Loose {
  return {
    version: 2,
    region: 'UK',
    reviewed: true,
    organisation: { name: 'Example Hotels', jurisdiction: 'England and Wales' },
    contacts: {
      emergencyNumber: '999',
      hotlines: [
        { name: 'the helpline', phone: '08000 121 700', text: '' },
        { name: 'Crimestoppers', phone: '0800 555 111', text: '' },
      ],
      internalEscalation: ['the duty manager', 'the regional security lead'],
    },
    policy: { briefing: 'Observe; never confront.', debrief: 'Log it before the end of the shift.' },
    encounters: { enabled: ['hotel.night_lobby'] },
  };
}

/** A file exactly as version 1 of the schema allowed it (before hotlines became a list). */
function v1(): Loose {
  return { ...v1ConfigFile(), training: { refresherDays: 60 } };
}

function problemsOf(data: unknown, opts: ReadOptions = { encounterIds: IDS }): string[] {
  try {
    readConfig('config.json', data, opts);
    return [];
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
}

/** A base64 payload of `bytes` bytes, in a data: URL of the given type. */
function dataUrl(type: string, bytes: number): string {
  return `data:${type};base64,${Buffer.alloc(bytes, 7).toString('base64')}`;
}

describe('organisation set-up schema', () => {
  it('reads a complete version 2 file', () => {
    const c = readConfig('config.json', v2(), { encounterIds: IDS });
    expect(c.version).toBe(CONFIG_VERSION);
    expect(c.organisation).toEqual({ name: 'Example Hotels', jurisdiction: 'England and Wales', logo: '' });
    expect(c.contacts.hotlines.map((h) => h.name)).toEqual(['the helpline', 'Crimestoppers']);
    expect(c.contacts.hotline).toEqual(c.contacts.hotlines[0]);
    expect(c.policy.debrief).toBe('Log it before the end of the shift.');
    expect(c.encounters.enabled).toEqual(['hotel.night_lobby']);
    expect(isEncounterEnabled(c, 'hotel.night_lobby')).toBe(true);
    expect(isEncounterEnabled(c, 'store.mall_kiosk')).toBe(false);
  });

  it('fills the optional sections with their defaults', () => {
    const f = v2();
    delete f['policy'];
    delete f['encounters'];
    const c = readConfig('config.json', f);
    expect(c.policy).toEqual({ briefing: '', debrief: '' });
    expect(c.encounters.enabled).toBe(ALL_ENCOUNTERS);
    expect(isEncounterEnabled(c, 'anything')).toBe(true);
    expect(c.training.refresherDays).toBe(90);
  });

  const huge = 'x'.repeat(LIMITS.policy + 1);
  const cases: [string, (c: Loose) => void, string][] = [
    ['no organisation name', (c) => delete c.organisation.name, 'organisation.name: is missing'],
    [
      'organisation name too long',
      (c) => (c.organisation.name = 'n'.repeat(LIMITS.name + 1)),
      'organisation.name: is too long',
    ],
    ['no jurisdiction', (c) => delete c.organisation.jurisdiction, 'organisation.jurisdiction: is missing'],
    ['blank jurisdiction', (c) => (c.organisation.jurisdiction = '  '), 'organisation.jurisdiction: must be'],
    [
      'unknown organisation field',
      (c) => (c.organisation.colour = 'red'),
      'organisation.colour: is not a known',
    ],
    ['logo not text', (c) => (c.organisation.logo = 42), 'organisation.logo: must be text'],
    [
      'logo javascript: URL',
      (c) => (c.organisation.logo = 'javascript:alert(1)'),
      'organisation.logo: must be an https://',
    ],
    [
      'logo with spaces',
      (c) => (c.organisation.logo = 'my logo.png'),
      'organisation.logo: must be a URL or path',
    ],
    [
      'logo data: URL of a GIF',
      (c) => (c.organisation.logo = dataUrl('image/gif', 10)),
      'organisation.logo: must be a PNG, JPEG or SVG image (got image/gif)',
    ],
    [
      'logo data: URL that is not base64',
      (c) => (c.organisation.logo = 'data:image/png,<svg/>'),
      'organisation.logo: must be a base64 data: URL',
    ],
    [
      'logo too large',
      (c) => (c.organisation.logo = dataUrl('image/png', LOGO_MAX_BYTES + 1)),
      'organisation.logo: is too large',
    ],
    [
      'empty logo data',
      (c) => (c.organisation.logo = 'data:image/png;base64,'),
      'organisation.logo: is an empty image',
    ],
    [
      'bad emergency number',
      (c) => (c.contacts.emergencyNumber = 'nine'),
      'contacts.emergencyNumber: must be a phone',
    ],
    [
      'hotlines not a list',
      (c) => (c.contacts.hotlines = { name: 'x' }),
      'contacts.hotlines: must be a list',
    ],
    ['no hotlines', (c) => (c.contacts.hotlines = []), 'contacts.hotlines: needs at least 1'],
    [
      'too many hotlines',
      (c) =>
        (c.contacts.hotlines = Array.from({ length: LIMITS.hotlines + 1 }, () => c.contacts.hotlines[0])),
      `contacts.hotlines: has ${LIMITS.hotlines + 1}`,
    ],
    [
      'hotline not an object',
      (c) => (c.contacts.hotlines[1] = 'Crimestoppers'),
      'contacts.hotlines[1]: must be an object',
    ],
    [
      'hotline without a name',
      (c) => (c.contacts.hotlines[1].name = ''),
      'contacts.hotlines[1].name: must be non-empty',
    ],
    [
      'unknown hotline field',
      (c) => (c.contacts.hotlines[0].email = 'a@b'),
      'contacts.hotlines[0].email: is not a known',
    ],
    [
      'version 1 hotline in a version 2 file',
      (c) => (c.contacts.hotline = { name: 'the old line', phone: '0800 000 000', text: '' }),
      'contacts.hotline: was replaced in version 2 by contacts.hotlines',
    ],
    [
      'escalation not a list',
      (c) => (c.contacts.internalEscalation = 'call someone'),
      'contacts.internalEscalation: must be a list',
    ],
    [
      'blank escalation step',
      (c) => (c.contacts.internalEscalation[1] = ''),
      'contacts.internalEscalation[1]: must be non-empty',
    ],
    [
      'too many escalation steps',
      (c) =>
        (c.contacts.internalEscalation = Array.from(
          { length: LIMITS.escalationSteps + 1 },
          (_, i) => `step ${i}`,
        )),
      'contacts.internalEscalation: has 9 steps',
    ],
    [
      'escalation step too long',
      (c) => (c.contacts.internalEscalation[0] = 's'.repeat(LIMITS.step + 1)),
      'contacts.internalEscalation[0]: is too long',
    ],
    ['policy not an object', (c) => (c.policy = 'be kind'), 'policy: must be an object'],
    ['policy text not text', (c) => (c.policy.briefing = ['a']), 'policy.briefing: must be text'],
    ['policy text too long', (c) => (c.policy.debrief = huge), 'policy.debrief: is too long'],
    ['unknown policy field', (c) => (c.policy.footer = 'x'), 'policy.footer: is not a known'],
    ['encounters not an object', (c) => (c.encounters = 'all'), 'encounters: must be an object'],
    [
      'enabled neither all nor a list',
      (c) => (c.encounters.enabled = 'some'),
      'encounters.enabled: must be "all" or a list',
    ],
    ['no enabled encounters', (c) => (c.encounters.enabled = []), 'encounters.enabled: needs at least 1'],
    [
      'unknown encounter id',
      (c) => (c.encounters.enabled = ['hotel.night_lobby', 'hotel.penthouse']),
      'encounters.enabled[1]: is not a known encounter ("hotel.penthouse")',
    ],
    [
      'repeated encounter id',
      (c) => (c.encounters.enabled = ['hotel.night_lobby', 'hotel.night_lobby']),
      'encounters.enabled[1]: repeats',
    ],
    [
      'refresher days not a number',
      (c) => (c.training = { refresherDays: '30' }),
      'training.refresherDays: must be a number',
    ],
    [
      'refresher days too many',
      (c) => (c.training = { refresherDays: 731 }),
      'training.refresherDays: must be at most 730',
    ],
    ['region missing', (c) => delete c.region, 'region: is missing'],
    ['unknown top-level field', (c) => (c.colours = {}), 'colours: is not a known field'],
    ['version missing', (c) => delete c.version, 'version: must be a number'],
  ];
  for (const [name, mutate, expected] of cases) {
    it(`refuses ${name}, naming the field`, () => {
      const c = v2();
      mutate(c);
      const problems = problemsOf(c);
      expect(
        problems.some((p) => p.startsWith(expected)),
        problems.join('; '),
      ).toBe(true);
    });
  }

  it('accepts each kind of good logo', () => {
    for (const logo of [
      'logo.png',
      './brand/logo.svg',
      'https://example.org/logo.png',
      dataUrl('image/png', 100),
      dataUrl('image/svg+xml', 100),
      dataUrl('image/jpeg', LOGO_MAX_BYTES),
    ]) {
      expect(logoProblem(logo), logo.slice(0, 40)).toBeNull();
      const c = v2();
      c['organisation'].logo = logo;
      expect(readConfig('config.json', c).organisation.logo).toBe(logo);
    }
  });

  it('checks encounter ids only when the library is known', () => {
    const c = v2();
    c['encounters'].enabled = ['hotel.penthouse'];
    expect(problemsOf(c, {})).toEqual([]);
    expect(problemsOf(c)).toHaveLength(1);
  });

  it('names the file in the error', () => {
    const c = v2();
    c['organisation'].name = '';
    expect(() => readConfig('my-site.json', c)).toThrow(/^my-site\.json: organisation\.name/);
  });
});

describe('version 1 files (written before hotlines became a list)', () => {
  it('still load, as the current version with one hotline', () => {
    const c = readConfig('config.json', v1());
    expect(c.version).toBe(CONFIG_VERSION);
    expect(c.contacts.hotlines).toEqual([{ name: 'the helpline', phone: '08000 121 700', text: '' }]);
    expect(c.contacts.hotline.phone).toBe('08000 121 700');
    expect(c.organisation.jurisdiction).toBe('');
    expect(c.training.refresherDays).toBe(60);
    expect(c.encounters.enabled).toBe(ALL_ENCOUNTERS);
  });

  it('keep their own field names in errors', () => {
    const c = v1();
    c['contacts'].hotline.phone = 'call us';
    expect(problemsOf(c)[0]).toMatch(/^contacts\.hotline\.phone: must be a phone number/);
  });

  it('are told how to use a list of hotlines', () => {
    const c = v1();
    c['contacts'].hotlines = [c['contacts'].hotline];
    expect(problemsOf(c)).toContain(
      'contacts.hotlines: is a version 2 field: set "version" to 2 and remove contacts.hotline',
    );
  });

  it('migrate to a version 2 file that reads back the same', () => {
    const c = readConfig('config.json', v1());
    const file = toConfigFile(c);
    expect(file['version']).toBe(2);
    expect((file['contacts'] as Loose)['hotline']).toBeUndefined();
    // The migrated file lacks a jurisdiction, which version 2 requires: the form asks for it.
    expect(problemsOf(file)).toEqual(['organisation.jurisdiction: is missing']);
    expect(file['organisation']).toEqual({ name: 'Example Hotels' });
    (file['organisation'] as Loose)['jurisdiction'] = 'England and Wales';
    const again = readConfig('config.json', file);
    expect({ ...again, organisation: c.organisation }).toEqual(c);
  });
});

describe('writing a configuration file', () => {
  it('reads back a configuration written out as it is in memory', () => {
    const c = readConfig('config.json', v2());
    expect(readConfig('config.json', JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('round-trips every field', () => {
    const f = v2();
    f['organisation'].logo = dataUrl('image/png', 64);
    f['training'] = { refresherDays: 45 };
    const c = readConfig('config.json', f, { encounterIds: IDS });
    const file = JSON.parse(JSON.stringify(toConfigFile(c))) as Loose;
    expect(file).toEqual(f);
    expect(readConfig('config.json', file, { encounterIds: IDS })).toEqual(c);
  });

  it('leaves default optional sections out and keeps sections it does not know', () => {
    const f = v2();
    delete f['policy'];
    delete f['encounters'];
    const c = readConfig('config.json', f);
    const withExtra = { ...c, xapi: { endpoint: 'https://lrs.example', auth: 'Basic x' } };
    const file = toConfigFile(withExtra);
    expect(file['policy']).toBeUndefined();
    expect(file['encounters']).toBeUndefined();
    expect(file['xapi']).toEqual({ endpoint: 'https://lrs.example', auth: 'Basic x' });
  });
});

describe('ink variables from the set-up', () => {
  it('name the jurisdiction and the next escalation step', () => {
    const v = storyVariables(readConfig('config.json', v2()));
    expect(v['org_jurisdiction']).toBe('England and Wales');
    expect(v['escalation_first']).toBe('the duty manager');
    expect(v['escalation_next']).toBe('the regional security lead');
    expect(v['hotline_name']).toBe('the helpline');
    const one = storyVariables(readConfig('config.json', v1()));
    expect(one['escalation_next']).toBe('the duty manager');
    expect(one['org_jurisdiction']).toBe('your area');
  });

  it("fall back in the story's language, not in English", () => {
    // A version 1 file names no jurisdiction and no child-protection or labor contact.
    const one = readConfig('config.json', v1());
    const es = storyVariables(one, 'es-US');
    expect(es['org_jurisdiction']).toBe('su zona');
    expect(es['child_protection_name']).toBe('los servicios de protección de menores');
    expect(es['labour_standards_name']).toBe('la oficina de normas laborales');
    const en = storyVariables(one, 'en-US');
    expect(en['org_jurisdiction']).toBe('your area');
    expect(en['child_protection_name']).toBe('child protection services');
    // What the organisation configured is its own words, in any story.
    const two = readConfig('config.json', v2());
    expect(storyVariables(two, 'es-US')['org_jurisdiction']).toBe('England and Wales');
    expect(storyVariables(two, 'es-US')['escalation_first']).toBe('the duty manager');
  });

  it("use the configuration's words in the story's language, whatever the interface shows", () => {
    const file = v2();
    file['languages'] = {
      'es-US': {
        organisation: { jurisdiction: 'Inglaterra y Gales' },
        contacts: {
          internalEscalation: ['el gerente de turno'],
          childProtection: { name: 'la oficina local' },
        },
      },
    };
    // The app's live view, with the interface in English: a Spanish story still gets Spanish words.
    const live = liveConfig(readConfig('config.json', file), () => 'en-US');
    const es = storyVariables(live, 'es-US');
    expect(es['org_jurisdiction']).toBe('Inglaterra y Gales');
    expect(es['escalation_first']).toBe('el gerente de turno');
    expect(es['escalation_next']).toBe('the regional security lead');
    expect(es['child_protection_name']).toBe('la oficina local');
    expect(storyVariables(live, 'en-US')['org_jurisdiction']).toBe('England and Wales');
    // A story in a language the game does not know reads the English fallbacks.
    expect(storyVariables(readConfig('config.json', v1()), 'fr-CA')['org_jurisdiction']).toBe('your area');
  });

  it('have fallbacks in every language, none of them English outside English', () => {
    for (const locale of LOCALES) {
      const words = Object.values(STORY_FALLBACKS[locale]);
      expect(words.every((w) => w.trim() !== '')).toBe(true);
      if (locale === 'en-US') continue;
      expect(englishOnScreen(words.map((text) => ({ text, where: locale })))).toEqual([]);
    }
  });

  it('are all declared in stories/_shared/contacts.ink', () => {
    const ink = readFileSync(join(ROOT, 'stories', '_shared', 'contacts.ink'), 'utf8');
    for (const name of Object.keys(storyVariables(readConfig('config.json', v2()))))
      expect(ink, name).toMatch(new RegExp(`^VAR ${name} = `, 'm'));
  });
});

describe('presets (US, UK, Canada)', () => {
  const files = readdirSync(PRESETS).filter((f) => f.endsWith('.config.json'));
  const expected: Record<string, { emergency: string; first: string; jurisdiction: string }> = {
    'us.config.json': { emergency: '911', first: '1-888-373-7888', jurisdiction: 'United States' },
    'uk.config.json': { emergency: '999', first: '08000 121 700', jurisdiction: 'England and Wales' },
    'ca.config.json': { emergency: '911', first: '1-833-900-1010', jurisdiction: 'Canada' },
  };

  it('are exactly the three regions', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file} validates at the current version, is marked for review and carries placeholder policy`, () => {
      const raw = JSON.parse(readFileSync(join(PRESETS, file), 'utf8')) as Loose;
      expect(raw['version']).toBe(CONFIG_VERSION);
      const c = readConfig(file, raw, { encounterIds: IDS });
      expect(c.reviewed).toBe(false);
      expect(c.contacts.emergencyNumber).toBe(want.emergency);
      expect(c.contacts.hotline.phone).toBe(want.first);
      expect(c.organisation.jurisdiction).toBe(want.jurisdiction);
      expect(c.contacts.hotlines.length).toBeGreaterThan(1);
      expect(c.policy.briefing).toMatch(/^Placeholder/);
      expect(c.policy.debrief).toMatch(/^Placeholder/);
    });
  }

  it('the bundled default is the US preset', () => {
    const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;
    expect(read(join(ROOT, 'src', 'config', 'default.config.json'))).toEqual(
      read(join(PRESETS, 'us.config.json')),
    );
  });
});

describe('the documented example', () => {
  it('in README.md validates', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const block = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const c = readConfig('README.md', JSON.parse(block));
    expect(c.organisation.jurisdiction).toBe('England and Wales');
  });
});
