// The LMS's say in the game's language: the negotiation rule (src/core/locale.ts decideLocale), what
// lms.json says about a package's languages, and the SCORM adapter reading the learner's preference.

import { describe, expect, it } from 'vitest';
import { decideLocale, fixedLocale, lmsLanguageTags, lmsLaunchSources } from '../../src/core/locale.ts';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION } from '../../src/core/lms/assignment.ts';
import { launchTitle, readLaunch } from '../../src/core/lms/lms.ts';
import { DataError } from '../../src/core/validate.ts';
import { openScorm } from '../../src/lms/scorm.ts';

describe("the LMS's learner language preference, as language tags", () => {
  it('reads the forms LMSs store: tags, underscores, three-letter codes, cmi5 lists', () => {
    expect(lmsLanguageTags('es')).toEqual(['es']);
    expect(lmsLanguageTags(' es_MX ')).toEqual(['es-MX']);
    expect(lmsLanguageTags('spa')).toEqual(['es']);
    expect(lmsLanguageTags('ENG')).toEqual(['en']);
    expect(lmsLanguageTags('fr-FR,es-419, en-GB')).toEqual(['es-419', 'en-GB']);
  });

  it('leaves out what is not a language the game speaks', () => {
    expect(lmsLanguageTags('')).toEqual([]);
    expect(lmsLanguageTags(null)).toEqual([]);
    expect(lmsLanguageTags('Spanish')).toEqual([]);
    expect(lmsLanguageTags('fr-CA')).toEqual([]);
  });
});

describe('deciding the language (package, link, device, LMS, browser)', () => {
  const browser = ['en-US'];

  it('lets a supported LMS preference decide, to the nearest language', () => {
    expect(decideLocale({ lms: 'es', browser })).toBe('es-US');
    expect(decideLocale({ lms: 'es-MX', browser })).toBe('es-US');
    expect(decideLocale({ lms: 'en-GB', browser: ['es-US'] })).toBe('en-US');
    // Over the browser's languages, which only guess.
    expect(decideLocale({ lms: 'es', browser: ['en-US', 'en'] })).toBe('es-US');
  });

  it("yields to the learner's own choice on this device", () => {
    expect(decideLocale({ lms: 'es', remembered: 'en-US', browser })).toBe('en-US');
    expect(decideLocale({ lms: 'en-US', remembered: 'es-US', browser })).toBe('es-US');
    // A remembered value the game does not speak (an older build's, a hand edit) is passed over.
    expect(decideLocale({ lms: 'es', remembered: 'fr-FR', browser })).toBe('es-US');
  });

  it('passes over a preference the game does not speak', () => {
    expect(decideLocale({ lms: 'fr-FR', remembered: 'es-US', browser })).toBe('es-US');
    expect(decideLocale({ lms: 'de', browser: ['es-MX'] })).toBe('es-US');
    expect(decideLocale({ lms: 'de' })).toBe('en-US');
  });

  it('yields to a ?lang= link and to a package that fixes its language', () => {
    expect(decideLocale({ linked: 'en-US', lms: 'es', browser })).toBe('en-US');
    expect(decideLocale({ linked: 'es', remembered: 'en-US', lms: 'en', browser })).toBe('es-US');
    expect(decideLocale({ fixed: 'en-US', linked: 'es-US', lms: 'es', browser })).toBe('en-US');
    expect(decideLocale({ fixed: 'es-US', remembered: 'en-US', lms: 'en', browser })).toBe('es-US');
  });

  // Each source, alone against every weaker one asking for the other language, wins.
  it.each([
    ['the package', { fixed: 'es-US', linked: 'en', remembered: 'en-US', lms: 'en', browser: ['en-US'] }],
    ['a ?lang= link', { linked: 'es', remembered: 'en-US', lms: 'en', browser: ['en-US'] }],
    ['the device', { remembered: 'es-US', lms: 'en', browser: ['en-US'] }],
    ['the LMS', { lms: 'es', browser: ['en-US'] }],
    ['the browser', { browser: ['es-MX'] }],
  ] as const)('%s decides over every source below it', (_who, sources) => {
    expect(decideLocale(sources)).toBe('es-US');
  });

  it('takes a fixed language only from a one-language package', () => {
    expect(fixedLocale(['es-US'])).toBe('es-US');
    expect(fixedLocale(['en-US', 'es-US'])).toBeNull();
    expect(fixedLocale(undefined)).toBeNull();
    expect(decideLocale({ fixed: fixedLocale(['en-US', 'es-US']), lms: 'es' })).toBe('es-US');
  });
});

describe("lms.json's languages and titles", () => {
  const assignment = {
    format: ASSIGNMENT_FORMAT,
    version: ASSIGNMENT_VERSION,
    title: 'Night shift',
    encounters: ['hotel.a'],
    mode: 'assessment',
    passMark: 80,
  };
  const base = { format: 'second-look-lms', standard: 'scorm2004', assignment };

  it('reads them, and reads a package from before languages without them', () => {
    const launch = readLaunch('lms.json', {
      ...base,
      languages: ['es-US'],
      titles: { 'es-US': 'Turno de noche' },
    });
    expect(launch.languages).toEqual(['es-US']);
    expect(launchTitle(launch, 'es-US')).toBe('Turno de noche');
    expect(launchTitle(launch, 'en-US')).toBe('Night shift');
    const old = readLaunch('lms.json', base);
    expect(old.languages).toBeUndefined();
    expect(fixedLocale(old.languages)).toBeNull();
  });

  it('refuses an unknown or repeated language and an unknown title language, naming the field', () => {
    const bad = (extra: object) => () => readLaunch('lms.json', { ...base, ...extra });
    expect(bad({ languages: ['fr-FR'] })).toThrow(DataError);
    expect(bad({ languages: ['fr-FR'] })).toThrow(/lms\.json: languages\[0\]: must be one of en-US, es-US/);
    expect(bad({ languages: ['es-US', 'es-US'] })).toThrow(/languages: "es-US" is listed twice/);
    expect(bad({ languages: [] })).toThrow(/languages: needs at least 1/);
    expect(bad({ titles: { fr: 'Nuit' } })).toThrow(/titles\.fr: is not a known field/);
  });
});

describe('the SCORM adapters read the learner language preference', () => {
  /** A window whose LMS runtime answers `values` (and '' for anything else). */
  function windowWith(name: 'API' | 'API_1484_11', values: Record<string, string>): Window {
    const get = (e: string) => values[e] ?? '';
    const ok = () => 'true';
    const api =
      name === 'API'
        ? {
            LMSInitialize: ok,
            LMSFinish: ok,
            LMSGetValue: get,
            LMSSetValue: ok,
            LMSCommit: ok,
            LMSGetLastError: () => 0,
            LMSGetErrorString: () => '',
          }
        : {
            Initialize: ok,
            Terminate: ok,
            GetValue: get,
            SetValue: ok,
            Commit: ok,
            GetLastError: () => 0,
            GetErrorString: () => '',
          };
    const win = { [name]: api, opener: null } as unknown as Window & { parent: Window };
    (win as { parent: Window }).parent = win;
    return win;
  }

  it('SCORM 1.2 cmi.student_preference.language, SCORM 2004 cmi.learner_preference.language', () => {
    const v12 = openScorm(windowWith('API', { 'cmi.student_preference.language': 'es' }), 'scorm12');
    expect(v12?.languagePreference).toBe('es');
    const v2004 = openScorm(
      windowWith('API_1484_11', { 'cmi.learner_preference.language': 'es-MX' }),
      'scorm2004',
    );
    expect(v2004?.languagePreference).toBe('es-MX');
    expect(openScorm(windowWith('API_1484_11', {}), 'scorm2004')?.languagePreference).toBe('');
  });
});

describe('an LMS launch on a device many learners share', () => {
  const page = { remembered: 'en-US', browser: ['en-US'] };
  it("keeps this device's remembered choice on a personal device, above the LMS", () => {
    const sources = lmsLaunchSources(page, { fixed: null, lms: 'es', sharedDevice: false });
    expect(decideLocale(sources)).toBe('en-US');
  });
  it("lets the LMS's preference for this learner outrank a choice an earlier learner left on a shared device", () => {
    const sources = lmsLaunchSources(page, { fixed: null, lms: 'es', sharedDevice: true });
    expect(sources.remembered).toBeUndefined();
    expect(decideLocale(sources)).toBe('es-US');
  });
  it('still follows a link and a one-language package on a shared device', () => {
    expect(
      decideLocale(
        lmsLaunchSources({ ...page, linked: 'es' }, { fixed: null, lms: 'en', sharedDevice: true }),
      ),
    ).toBe('es-US');
    expect(decideLocale(lmsLaunchSources(page, { fixed: 'es-US', lms: 'en', sharedDevice: true }))).toBe(
      'es-US',
    );
  });
});
