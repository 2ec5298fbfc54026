// The labour-standards contact: where a worker owed pay, but free and not coerced, is pointed for
// labor-rights help (issue #12, the wage-theft calibration case). Optional in the file, set in every
// preset for review, read into the story variable, and edited by the set-up form.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LABOUR_STANDARDS,
  readConfig,
  STORY_VARIABLES,
  storyVariables,
  toConfigFile,
} from '../../src/core/config/config.ts';
import { fieldOfPath, fileFromForm, formValuesFrom, ORG_FIELDS } from '../../src/core/config/org-form.ts';
import { DataError } from '../../src/core/validate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (p: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;
const contactsOf = (f: Record<string, unknown>) => f['contacts'] as Record<string, unknown>;

describe('the labour-standards contact', () => {
  it('is optional: without it the default wording is used and the file leaves it out', () => {
    const f = read('src/config/presets/us.config.json');
    delete contactsOf(f)['labourStandards'];
    const c = readConfig('config.json', f);
    expect(c.contacts.labourStandards).toEqual(DEFAULT_LABOUR_STANDARDS);
    expect(storyVariables(c)[STORY_VARIABLES.labourStandardsName]).toBe(DEFAULT_LABOUR_STANDARDS.name);
    expect(toConfigFile(c)['contacts']).not.toHaveProperty('labourStandards');
  });

  it('is set in every preset, each different, with the preset still marked for review', () => {
    const names = ['us', 'uk', 'ca'].map((region) => {
      const c = readConfig(region, read(`src/config/presets/${region}.config.json`));
      expect(c.reviewed, region).toBe(false);
      expect(c.contacts.labourStandards.name, region).not.toBe(DEFAULT_LABOUR_STANDARDS.name);
      expect(storyVariables(c)[STORY_VARIABLES.labourStandardsName]).toBe(c.contacts.labourStandards.name);
      return c.contacts.labourStandards.name;
    });
    expect(new Set(names).size).toBe(3);
    const def = readConfig('default', read('src/config/default.config.json'));
    expect(def.contacts.labourStandards.name).toBe(names[0]);
  });

  it('is checked by name, and problems point at its form fields', () => {
    const f = read('src/config/presets/us.config.json');
    contactsOf(f)['labourStandards'] = { name: '', phone: 'ring us', fax: '1' };
    let problems: string[] = [];
    try {
      readConfig('config.json', f);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems = [...e.problems];
    }
    const text = problems.join('\n');
    expect(text).toContain('contacts.labourStandards.phone: must be a phone number');
    expect(text).toContain('contacts.labourStandards.fax');
    expect(fieldOfPath('contacts.labourStandards.phone')).toBe(ORG_FIELDS.labourStandardsPhone);
    expect(fieldOfPath('contacts.labourStandards.name')).toBe(ORG_FIELDS.labourStandardsName);
  });

  it('round-trips through the file and the set-up form', () => {
    const ca = read('src/config/presets/ca.config.json');
    const c = readConfig('ca', ca);
    expect(readConfig('again', toConfigFile(c))).toEqual(c);
    const v = formValuesFrom(ca);
    expect(v.labourStandardsName).toBe(c.contacts.labourStandards.name);
    v.labourStandardsPhone = '1-800-555-0199';
    const back = readConfig('form', fileFromForm(v));
    expect(back.contacts.labourStandards).toEqual({
      name: c.contacts.labourStandards.name,
      phone: '1-800-555-0199',
    });
    v.labourStandardsName = '';
    v.labourStandardsPhone = '';
    expect(contactsOf(fileFromForm(v))).not.toHaveProperty('labourStandards');
  });
});
