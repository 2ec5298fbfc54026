// The Organisation set-up form's logic, apart from its DOM: which logo files are refused, the
// encounter choices, checking the form and grouping its problems by field, where the form starts
// from, and the file it writes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_TEXT_MAX, LIMITS, readConfig, toConfigFile } from '../../src/core/config/config.ts';
import { fieldProblem, formValuesFrom, ORG_FIELDS } from '../../src/core/config/org-form.ts';
import { hotlinePartMax } from '../../src/ui/instructor/org-setup-contacts.ts';
import { encounterChoiceId, withEncounter } from '../../src/ui/instructor/org-setup-encounters.ts';
import { configFileText } from '../../src/ui/instructor/org-setup-export.ts';
import type { OrgFormState } from '../../src/ui/instructor/org-setup-fields.ts';
import { logoFileProblem } from '../../src/ui/instructor/org-setup-logo.ts';
import {
  deviceConfigBroken,
  START_CURRENT,
  START_DEVICE,
  startingPoint,
} from '../../src/ui/instructor/org-setup-start.ts';
import { checkForm, fieldMessages, summaryLine } from '../../src/ui/instructor/org-setup-validation.ts';
import { ORG_STRINGS } from '../../src/ui/strings/strings-org.ts';
import { defaultConfig } from './helpers.ts';

const PRESETS = join(import.meta.dirname, '..', '..', 'src', 'config', 'presets');
const preset = (name: string) =>
  JSON.parse(readFileSync(join(PRESETS, `${name}.config.json`), 'utf8')) as unknown;

const stateOf = (data: unknown, uploadProblem = ''): OrgFormState => ({
  values: formValuesFrom(data),
  uploadProblem,
  uploadNote: '',
});

describe('the logo upload', () => {
  it('takes a PNG, JPEG or SVG up to the limit and refuses anything else, saying why', () => {
    expect(logoFileProblem({ name: 'a.png', type: 'image/png', size: 1024 })).toBe('');
    expect(logoFileProblem({ name: 'a.svg', type: 'image/svg+xml', size: 200 * 1024 })).toBe('');
    expect(logoFileProblem({ name: 'a.gif', type: 'image/gif', size: 10 })).toBe(
      ORG_STRINGS.logoType({ name: 'a.gif', type: 'image/gif' }),
    );
    expect(logoFileProblem({ name: 'notes', type: '', size: 10 })).toBe(
      ORG_STRINGS.logoNotImage({ name: 'notes' }),
    );
    const big = logoFileProblem({ name: 'big.jpg', type: 'image/jpeg', size: 200 * 1024 + 1 });
    expect(big).toBe(ORG_STRINGS.logoSize({ name: 'big.jpg', kb: 201, max: 200 }));
    expect(big).toMatch(/^organisation\.logo: big\.jpg is 201 KB/);
  });
});

describe('the hotline fields', () => {
  it('allow a short attribute for languages and hours and a name elsewhere', () => {
    expect(hotlinePartMax('languages')).toBe(ATTRIBUTE_TEXT_MAX);
    expect(hotlinePartMax('hours')).toBe(ATTRIBUTE_TEXT_MAX);
    for (const part of ['name', 'phone', 'text'] as const) expect(hotlinePartMax(part)).toBe(LIMITS.name);
  });
});

describe('the encounter choices', () => {
  it('makes an id safe for a selector from any encounter id', () => {
    expect(encounterChoiceId('hotel.front-desk_2')).toBe('org-enc-hotel-front-desk_2');
    expect(encounterChoiceId('store café/1')).toBe('org-enc-store-caf--1');
  });

  it('ticks an encounter once, at the end, and unticks it', () => {
    expect(withEncounter(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(withEncounter(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(withEncounter(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(withEncounter(['a', 'b'], 'c', false)).toEqual(['a', 'b']);
  });
});

describe('checking the form', () => {
  it('reads a good set-up as the configuration it describes, with no problems', () => {
    const config = defaultConfig();
    const check = checkForm(stateOf(toConfigFile(config)), []);
    expect(check.problems).toEqual([]);
    expect(check.valid).toEqual(config);
  });

  it('gives each problem its field, and a refused upload is a problem about the logo', () => {
    const state = stateOf(preset('uk'), ORG_STRINGS.logoNotImage({ name: 'x' }));
    state.values.emergencyNumber = '';
    const check = checkForm(state, []);
    expect(check.valid).toBeNull();
    const fields = check.problems.map((p) => p.field);
    expect(fields).toContain(ORG_FIELDS.emergencyNumber);
    expect(fields.at(-1)).toBe(ORG_FIELDS.logo);
  });

  it('joins the problems of one field into a line and leaves out those about no field', () => {
    const problems = [
      fieldProblem('organisation.name: is empty'),
      fieldProblem('lms: is not an object'),
      fieldProblem('region: is missing'),
      fieldProblem('organisation.name: is too long'),
    ];
    expect(problems[1]?.field).toBeNull();
    expect([...fieldMessages(problems)]).toEqual([
      [ORG_FIELDS.name, 'organisation.name: is empty organisation.name: is too long'],
      [ORG_FIELDS.region, 'region: is missing'],
    ]);
  });

  it('heads the summary with no problems, or how many', () => {
    expect(summaryLine(0)).toBe(ORG_STRINGS.noProblems);
    expect(summaryLine(1)).toBe('1 problem to fix');
    expect(summaryLine(3)).toBe('3 problems to fix');
  });
});

describe('where the form starts from', () => {
  const config = defaultConfig();

  it('tells a broken saved set-up from a good one', () => {
    expect(deviceConfigBroken('{ not json', [])).toBe(true);
    expect(deviceConfigBroken('{}', [])).toBe(true);
    expect(deviceConfigBroken(JSON.stringify(toConfigFile(config)), [])).toBe(false);
  });

  it('starts from the set-up in use, a preset, or the copy on this device', () => {
    expect(startingPoint(START_CURRENT, config, null)).toEqual({
      data: toConfigFile(config),
      label: ORG_STRINGS.startCurrent,
    });
    expect(startingPoint('ca', config, null)).toEqual({ data: preset('ca'), label: ORG_STRINGS.presets.ca });
    expect(startingPoint(START_DEVICE, config, '{"region":"x"}')).toEqual({
      data: { region: 'x' },
      label: ORG_STRINGS.startDevice,
    });
    expect(startingPoint(START_DEVICE, config, '{ broken')).toEqual({
      data: {},
      label: ORG_STRINGS.startDevice,
    });
    // Nothing saved: the device choice falls back to the set-up in use.
    expect(startingPoint(START_DEVICE, config, null).label).toBe(ORG_STRINGS.startCurrent);
  });
});

describe('the downloaded file', () => {
  it('is indented JSON ending in a newline that reads back as the same configuration', () => {
    const config = readConfig('uk', preset('uk'));
    const text = configFileText(config);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "');
    expect(readConfig('again', JSON.parse(text))).toEqual(config);
  });
});
