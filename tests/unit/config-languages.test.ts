import { describe, expect, it } from 'vitest';
import {
  configIn,
  liveConfig,
  readConfig,
  storyVariables,
  toConfigFile,
  STORY_VARIABLES,
} from '../../src/core/config/config.ts';
import { fileFromForm, formValuesFrom } from '../../src/core/config/org-form.ts';
import { DataError } from '../../src/core/validate.ts';
import { defaultConfig } from './helpers.ts';

/** The default configuration file with `languages` replaced. */
function withLanguages(languages: unknown): Record<string, unknown> {
  const file = toConfigFile(defaultConfig());
  return { ...file, languages };
}

function problems(data: unknown): string[] {
  try {
    readConfig('test', data);
  } catch (e) {
    if (e instanceof DataError) return [...e.problems];
    throw e;
  }
  return [];
}

describe('configuration words per language', () => {
  it('refuses numbers and facts, unknown fields and unknown locales, naming the field', () => {
    const found = problems(
      withLanguages({
        'es-US': {
          contacts: { hotlines: [{ name: 'la línea', phone: '911' }], emergencyNumber: '112' },
          organisation: { logo: 'x.png', motto: 'y' },
        },
        'fr-FR': {},
        'en-US': {},
      }),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^languages\.es-US\.contacts\.hotlines\[0\]\.phone: numbers/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^languages\.es-US\.contacts\.emergencyNumber: numbers/),
    );
    expect(found).toContainEqual(expect.stringMatching(/^languages\.es-US\.organisation\.logo: /));
    expect(found).toContainEqual(
      expect.stringMatching(/^languages\.es-US\.organisation\.motto: is not a field/),
    );
    expect(found).toContainEqual(expect.stringMatching(/^languages\.fr-FR: is not a language/));
    expect(found).toContainEqual(expect.stringMatching(/^languages\.en-US: /));
  });

  it('refuses more hotlines than contacts has, and text that is not text', () => {
    const cfg = defaultConfig();
    const many = Array.from({ length: cfg.contacts.hotlines.length + 1 }, () => ({ name: 'x' }));
    const found = problems(
      withLanguages({ 'es-US': { contacts: { hotlines: many }, policy: { briefing: 3 } } }),
    );
    expect(found).toContainEqual(expect.stringMatching(/^languages\.es-US\.contacts\.hotlines: has/));
    expect(found).toContain('languages.es-US.policy.briefing: must be text');
  });

  it('shows the given words in that language and English where none are given', () => {
    const file = toConfigFile(defaultConfig());
    const config = readConfig(
      'test',
      withLanguages({ 'es-US': { contacts: { internalEscalation: ['la sala de control'] } } }),
    );
    const es = configIn(config, 'es-US');
    const english = (file['contacts'] as { internalEscalation: string[] }).internalEscalation;
    expect(es.contacts.internalEscalation[0]).toBe('la sala de control');
    // Not given: the English step, hotline name and policy.
    expect(es.contacts.internalEscalation[1]).toBe(english[1]);
    expect(es.contacts.hotline.name).toBe(config.contacts.hotline.name);
    expect(es.policy).toEqual(config.policy);
    // Numbers never change.
    expect(es.contacts.hotline.phone).toBe(config.contacts.hotline.phone);
    expect(configIn(config, 'en-US').contacts.internalEscalation[0]).toBe(english[0]);
  });

  it('the default configuration has Spanish names that differ from the English', () => {
    const config = defaultConfig();
    const es = configIn(config, 'es-US');
    expect(es.contacts.hotline.name).toMatch(/^la línea/);
    expect(es.contacts.internalEscalation[0]).not.toBe(config.contacts.internalEscalation[0]);
    expect(es.policy.briefing).not.toBe(config.policy.briefing);
    // Read after "a" in Spanish stories: never "a el".
    for (const name of [...es.contacts.internalEscalation, ...es.contacts.hotlines.map((h) => h.name)])
      expect(name).not.toMatch(/^el /);
  });

  it('keeps the words through toConfigFile and back', () => {
    const config = defaultConfig();
    const again = readConfig('again', JSON.parse(JSON.stringify(toConfigFile(config))));
    expect(again.languages).toEqual(config.languages);
    expect(configIn(again, 'es-US')).toEqual(configIn(config, 'es-US'));
  });

  it('a live view follows the language in use, and is saved in its own words', () => {
    const config = defaultConfig();
    let locale = 'en-US';
    const live = liveConfig(config, () => locale);
    const escalation = STORY_VARIABLES.escalationFirst;
    const spanish = configIn(config, 'es-US').contacts.internalEscalation[0];
    expect(storyVariables(live, 'en-US')[escalation]).toBe(config.contacts.internalEscalation[0]);
    // A story gets the words of its own language, whichever language the interface is in.
    expect(storyVariables(live, 'es-US')[escalation]).toBe(spanish);
    locale = 'es-US';
    expect(storyVariables(live, 'es-US')[escalation]).toBe(spanish);
    expect(storyVariables(live, 'en-US')[escalation]).toBe(config.contacts.internalEscalation[0]);
    expect(live.policy.debrief).toBe(configIn(config, 'es-US').policy.debrief);
    expect(toConfigFile(live)).toEqual(toConfigFile(config));
  });

  it('the set-up form keeps the words it does not edit', () => {
    const config = defaultConfig();
    const values = formValuesFrom(toConfigFile(config));
    values.name = 'Harbour Hotel';
    const again = readConfig('form', fileFromForm(values));
    expect(again.organisation.name).toBe('Harbour Hotel');
    expect(again.languages).toEqual(config.languages);
  });
});
