// The set-up form's model: values from any file (current, version 1, broken), the file it writes,
// and which field each schema problem belongs to.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig, toConfigFile } from '../../src/core/config/config.ts';
import {
  emptyHotline,
  fieldOfPath,
  fieldProblem,
  fileFromForm,
  formValuesFrom,
  hotlineField,
  ORG_FIELDS,
} from '../../src/core/config/org-form.ts';
import { DataError } from '../../src/core/validate.ts';
import { v1ConfigFile } from './helpers.ts';

const PRESETS = join(import.meta.dirname, '..', '..', 'src', 'config', 'presets');
const preset = (name: string) =>
  JSON.parse(readFileSync(join(PRESETS, `${name}.config.json`), 'utf8')) as unknown;

describe('organisation set-up form model', () => {
  it('turns each preset into form values and back into the same configuration', () => {
    for (const name of ['us', 'uk', 'ca']) {
      const original = readConfig(name, preset(name));
      const again = readConfig(name, fileFromForm(formValuesFrom(preset(name))));
      expect(again, name).toEqual(original);
    }
  });

  it('reads a version 1 file into one hotline and writes it as version 2', () => {
    const base = v1ConfigFile();
    const v1 = {
      ...base,
      organisation: { name: 'Old Hotels' },
      contacts: { ...base.contacts, internalEscalation: ['the duty manager', 'the area manager'] },
    };
    const v = formValuesFrom(v1);
    expect(v.hotlines).toEqual([{ ...emptyHotline(), name: 'the helpline', phone: '08000 121 700' }]);
    expect(v.escalation).toBe('the duty manager\nthe area manager');
    v.jurisdiction = 'Wales';
    const c = readConfig('form', fileFromForm(v));
    expect(c.contacts.hotlines).toHaveLength(1);
    expect(c.organisation.jurisdiction).toBe('Wales');
  });

  it('takes what it can from a broken file and never throws', () => {
    for (const broken of [null, 42, 'text', [], { organisation: 'x', contacts: { hotlines: 'y' } }]) {
      const v = formValuesFrom(broken);
      expect(v.hotlines).toHaveLength(1);
      expect(v.name).toBe('');
    }
    expect(formValuesFrom({ region: 'CA', reviewed: 'yes' })).toMatchObject({
      region: 'CA',
      reviewed: false,
    });
  });

  it('writes escalation steps one per line, dropping blank lines, and keeps other sections', () => {
    const v = formValuesFrom({ ...toConfigFile(readConfig('uk', preset('uk'))), xapi: { endpoint: 'e' } });
    v.escalation = '  the control room \n\n the duty manager\n';
    v.refresherDays = '';
    v.briefing = '   ';
    const file = fileFromForm(v);
    expect((file['contacts'] as Record<string, unknown>)['internalEscalation']).toEqual([
      'the control room',
      'the duty manager',
    ]);
    expect(file['training']).toBeUndefined();
    expect(file['policy']).toEqual({ debrief: expect.stringMatching(/^Placeholder/) as unknown });
    expect(file['xapi']).toEqual({ endpoint: 'e' });
  });

  it('leaves an unreadable refresher value for the schema to refuse by name', () => {
    const v = formValuesFrom(preset('us'));
    v.refresherDays = 'ninety';
    expect(() => readConfig('config.json', fileFromForm(v))).toThrow(
      /training\.refresherDays: must be a number/,
    );
    v.refresherDays = '45';
    expect(readConfig('config.json', fileFromForm(v)).training.refresherDays).toBe(45);
  });

  it('puts every schema problem from the form next to a field', () => {
    const v = formValuesFrom(preset('uk'));
    v.name = '';
    v.jurisdiction = '';
    v.logo = 'ftp://x/logo.png';
    v.emergencyNumber = 'x';
    v.hotlines[1] = { ...emptyHotline(), phone: 'call' };
    v.escalation = '';
    v.allEncounters = false;
    v.enabled = ['nope'];
    v.refresherDays = '0';
    v.region = '';
    v.debrief = 'd'.repeat(2000);
    let problems: string[] = [];
    try {
      readConfig('config.json', fileFromForm(v), { encounterIds: ['hotel.night_lobby'] });
    } catch (e) {
      if (e instanceof DataError) problems = [...e.problems];
    }
    const fields = problems.map((p) => fieldProblem(p).field);
    expect(fields).not.toContain(null);
    expect(new Set(fields)).toEqual(
      new Set([
        ORG_FIELDS.name,
        ORG_FIELDS.jurisdiction,
        ORG_FIELDS.logo,
        ORG_FIELDS.emergencyNumber,
        hotlineField(1, 'name'),
        hotlineField(1, 'phone'),
        ORG_FIELDS.escalation,
        ORG_FIELDS.encounters,
        ORG_FIELDS.refresherDays,
        ORG_FIELDS.region,
        ORG_FIELDS.debrief,
      ]),
    );
  });

  it('maps paths to fields and leaves unknown sections to the summary', () => {
    expect(fieldOfPath('contacts.hotlines[3].text')).toBe('hotline-3-text');
    expect(fieldOfPath('contacts.hotlines[0]')).toBe(ORG_FIELDS.hotlines);
    expect(fieldOfPath('contacts.internalEscalation[2]')).toBe(ORG_FIELDS.escalation);
    expect(fieldOfPath('encounters.enabled[1]')).toBe(ORG_FIELDS.encounters);
    expect(fieldOfPath('xapi.endpoint')).toBeNull();
    expect(fieldProblem('reviewed: must be true or false')).toEqual({
      path: 'reviewed',
      text: 'reviewed: must be true or false',
      field: ORG_FIELDS.reviewed,
    });
  });
});
