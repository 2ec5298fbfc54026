// Test helpers: the real catalogs from stories/catalog, and small builders for beats.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryAnalysis } from '../../src/core/encounter/analysis.ts';
import type { StoryChoice, StoryLine, StoryStep } from '../../src/core/encounter/beats.ts';
import {
  CATALOG_FILES,
  loadCatalogs,
  type Catalogs,
  type RawCatalogs,
} from '../../src/core/encounter/catalog.ts';
import { readConfig, type AppConfig } from '../../src/core/config/config.ts';
import {
  parseChoiceTags,
  parseGlobalTags,
  parseLineTags,
  type EncounterMeta,
} from '../../src/core/tags/tags.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export function realCatalogs(): Catalogs {
  const raw = Object.fromEntries(
    Object.entries(CATALOG_FILES).map(([k, f]) => [
      k,
      JSON.parse(readFileSync(join(ROOT, 'stories', 'catalog', f), 'utf8')),
    ]),
  ) as unknown as RawCatalogs;
  return loadCatalogs(raw);
}

export function defaultConfig(): AppConfig {
  return readConfig(
    'default.config.json',
    JSON.parse(readFileSync(join(ROOT, 'src', 'config', 'default.config.json'), 'utf8')),
  );
}

export function line(text: string, ...tags: string[]): StoryLine {
  const parsed = parseLineTags(tags);
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return { text, tags: parsed.value, knot: 'k' };
}

export function choice(index: number, text: string, ...tags: string[]): StoryChoice {
  const parsed = parseChoiceTags(tags);
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return { index, id: `k.${index}`, text, tags: parsed.value };
}

export function step(lines: StoryLine[], choices: StoryChoice[] = [], ended = false): StoryStep {
  return { lines, choices, ended, problems: [] };
}

export function meta(overrides: Partial<EncounterMeta> = {}): EncounterMeta {
  const base = parseGlobalTags([
    'grammar: 1',
    'id: hotel.test',
    'title: Test',
    'setting: hotel',
    'summary: s',
    'minutes: 5',
    'situation: labour_trafficking',
    'minor: no',
    'content_note: n',
    'distractor: not.speaks_other_language',
    'distractor: not.cheap_clothes',
  ]).value;
  return { ...base, ...overrides };
}

export function analysis(overrides: Partial<StoryAnalysis> = {}): StoryAnalysis {
  return {
    max: { trust: 4, safety: 2, observe: 3, document: 3, report: 2 },
    min: {},
    indicators: {
      'hotel.staff_contractor_exploitation': [{ via: 'look', text: 'Staff van' }],
      'hotel.few_possessions_long_stay': [{ via: 'line', text: 'One plastic bag' }],
      'hotel.side_door_entry': [{ via: 'look', text: 'Side door' }],
    },
    maxSeen: 3,
    endings: [],
    criticalErrors: [],
    myths: [],
    states: 1,
    paths: 1,
    longestPath: 1,
    truncated: false,
    ...overrides,
  };
}

/** A configuration file as version 1 of the schema allowed it: one hotline, before hotlines became a list. */
export interface V1ConfigFile {
  version: 1;
  region: string;
  reviewed: boolean;
  organisation: { name: string };
  contacts: {
    emergencyNumber: string;
    hotline: { name: string; phone: string; text: string };
    internalEscalation: string[];
  };
}

/** A valid version 1 file (a UK hotel group); spread it and override what a test needs. */
export function v1ConfigFile(): V1ConfigFile {
  return {
    version: 1,
    region: 'UK',
    reviewed: true,
    organisation: { name: 'Example Hotels' },
    contacts: {
      emergencyNumber: '999',
      hotline: { name: 'the helpline', phone: '08000 121 700', text: '' },
      internalEscalation: ['the duty manager'],
    },
  };
}
