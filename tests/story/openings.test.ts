// The early first step (src/core/encounter/opening.ts) against the engine: for every encounter, in
// every language it is written in, for every replay variant and for several organisations'
// configurations (the bundled default, each regional preset, one of our own with words of its own),
// the opening filled with that configuration's words is exactly the step the game's runner gives.
// A variant whose first step the build could not prove has no opening (the game waits for inkjs).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEncounter, encounterFiles, loadLibrary, STORIES_DIR } from '../../scripts/check/library.ts';
import { openingsOf } from '../../scripts/check/openings.ts';
import { readConfig, storyVariables, STORY_VARIABLES, type AppConfig } from '../../src/core/config/config.ts';
import { fillOpening, placeholder, sameStep } from '../../src/core/encounter/opening.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/core/locale.ts';
import { StoryRunner } from '../../src/story/runner.ts';
import { compileInk } from '../../src/story/checker/compile.ts';

const lib = loadLibrary();
const CONFIG_DIR = 'src/config';
const read = (file: string): AppConfig => readConfig(file, JSON.parse(readFileSync(file, 'utf8')));
const presets = readdirSync(join(CONFIG_DIR, 'presets')).map((f) => join(CONFIG_DIR, 'presets', f));
const ownConfig = readConfig('own', {
  version: 2,
  region: 'US',
  reviewed: true,
  organisation: { name: 'Bayview Transit & Hotels, Inc.', jurisdiction: 'the State of Oregon' },
  contacts: {
    emergencyNumber: '911',
    hotlines: [{ name: 'the Example Line', phone: '1-800-555-0100', text: '55500', isPolice: true }],
    internalEscalation: ['the shift lead', 'the regional manager'],
  },
});
const configs: [string, AppConfig][] = [
  ['default', read(join(CONFIG_DIR, 'default.config.json'))],
  ...presets.map((p): [string, AppConfig] => [relative(CONFIG_DIR, p), read(p)]),
  ['own', ownConfig],
];

const versions = encounterFiles().flatMap((path) => [
  [DEFAULT_LOCALE, path] as const,
  ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)
    .map((l) => [l, join(STORIES_DIR, l, relative(STORIES_DIR, path))] as const)
    .filter(([, f]) => existsSync(f)),
]);

describe('an encounter opening shown before the engine loads', () => {
  it.each(versions.map(([l, f]) => [relative(STORIES_DIR, f), l, f]))(
    '%s: filled with each configuration, equals the engine’s first step (%s)',
    (_name, locale, file) => {
      const c = buildEncounter(file, lib).compiled;
      expect(c).not.toBeNull();
      const openings = c!.openings ?? [];
      expect(openings).toHaveLength(c!.meta.variants);
      // Every encounter in the library opens before the engine: none is left waiting for inkjs.
      expect(openings.every((o) => o !== null)).toBe(true);
      for (const [name, config] of configs) {
        for (let variant = 1; variant <= c!.meta.variants; variant++) {
          const variables = { ...storyVariables(config, locale), [STORY_VARIABLES.variant]: variant };
          const engine = new StoryRunner(c!.story, { ctx: {}, variables }).continue();
          const filled = fillOpening(openings[variant - 1]!, variables);
          expect(filled, `${name}, variant ${variant}`).toEqual(engine);
        }
      }
    },
  );
});

describe('openings the build refuses', () => {
  const compile = (source: string) => {
    const r = compileInk('fixture.ink', source, process.cwd());
    if (!r.json) throw new Error(JSON.stringify(r.diagnostics));
    return r.json;
  };
  const base = { org_name: 'Acme', hotline_is_police: 0 };

  it('fills a configuration word wherever the story prints it', () => {
    const story = compile(
      'VAR org_name = ""\nVAR hotline_is_police = 0\nYou work for {org_name}.\n* [Ask {org_name}] -> END\n',
    );
    const [opening] = openingsOf(story, 1, base);
    expect(opening?.step.lines[0]?.text).toBe(`You work for ${placeholder(0)}.`);
    const filled = fillOpening(opening!, { org_name: 'Harbor Inn' });
    expect(filled?.lines[0]?.text).toBe('You work for Harbor Inn.');
    expect(filled?.choices[0]?.text).toBe('Ask Harbor Inn');
  });

  it('gives none when the first step depends on a yes/no fact', () => {
    const story = compile(
      'VAR org_name = ""\nVAR hotline_is_police = 0\n{hotline_is_police: The line is the police.|The line is not the police.}\n* [Go] -> END\n',
    );
    expect(openingsOf(story, 1, base)).toEqual([null]);
  });

  it('gives none when the first step depends on whether a word is empty', () => {
    const story = compile(
      'VAR org_name = ""\nVAR hotline_is_police = 0\n{org_name != "": Named.|Unnamed.}\n* [Go] -> END\n',
    );
    expect(openingsOf(story, 1, base)).toEqual([null]);
  });

  it('cannot fill an opening without a word it needs', () => {
    const story = compile('VAR org_name = ""\nVAR hotline_is_police = 0\nAt {org_name}.\n* [Go] -> END\n');
    const [opening] = openingsOf(story, 1, base);
    expect(fillOpening(opening!, { hotline_is_police: 0 })).toBeNull();
  });

  it('leaves a word ink would reshape to the engine (empty, or spaces at an end)', () => {
    const story = compile(
      'VAR org_name = ""\nVAR hotline_is_police = 0\nAt {org_name} today.\n* [Go] -> END\n',
    );
    const [opening] = openingsOf(story, 1, base);
    expect(fillOpening(opening!, { org_name: 'Acme' })?.lines[0]?.text).toBe('At Acme today.');
    for (const word of ['', ' Acme', 'Acme ', 'Ac  me'])
      expect(fillOpening(opening!, { org_name: word }), JSON.stringify(word)).toBeNull();
  });

  it('tells steps apart by content, not by key order', () => {
    const a = { lines: [], choices: [], ended: true, problems: [] };
    expect(sameStep(a, { problems: [], ended: true, choices: [], lines: [] })).toBe(true);
    expect(sameStep(a, { ...a, ended: false })).toBe(false);
  });
});
