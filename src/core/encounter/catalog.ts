// Catalogs: the training facts the engine scores against. The data lives in stories/catalog/*.json
// (content, edited by writers and reviewers); this module defines their shape and validates them.

import { INDICATOR_CATEGORIES, type IndicatorCategory } from '../vocabulary.ts';
import type { TagContext } from '../tags/tags.ts';
import { DataError, Reader, join } from '../validate.ts';
import { fileProblem, reason, ROOT_PATH } from '../reasons.ts';
import { PROCEDURE } from './procedure.ts';

/** Settings as named in the shared indicator reference (`retail` is the store setting). */
const INDICATOR_SETTINGS = ['hotel', 'hospital', 'retail', 'transit'] as const;
export type IndicatorSetting = (typeof INDICATOR_SETTINGS)[number];

export interface Indicator {
  id: string;
  setting: IndicatorSetting;
  category: IndicatorCategory;
  description: string;
  /** Why it matters, in plain words, for the debrief. */
  why: string;
  sources: string[];
  /** For writers only, never shown to learners: e.g. that a source's attribution is unverified. */
  note?: string;
}

const DIMENSION_GROUPS = ['principle', 'procedure'] as const;
export type DimensionGroup = (typeof DIMENSION_GROUPS)[number];

export interface Dimension {
  id: string;
  name: string;
  group: DimensionGroup;
  description: string;
  source: string;
}

export interface CriticalError {
  id: string;
  title: string;
  /** Why it endangers the person, for the debrief. */
  explanation: string;
  /** What to do instead. */
  instead: string;
  source: string;
}

export interface Misconception {
  id: string;
  myth: string;
  correction: string;
  source: string;
}

/** Plausible things that are NOT indicators, offered on the report checklist. */
export interface Distractor {
  id: string;
  label: string;
  explanation: string;
}

export interface Catalogs {
  indicators: ReadonlyMap<string, Indicator>;
  dimensions: ReadonlyMap<string, Dimension>;
  criticalErrors: ReadonlyMap<string, CriticalError>;
  misconceptions: ReadonlyMap<string, Misconception>;
  distractors: ReadonlyMap<string, Distractor>;
}

export interface RawCatalogs {
  indicators: unknown;
  dimensions: unknown;
  criticalErrors: unknown;
  misconceptions: unknown;
  distractors: unknown;
}

export const CATALOG_FILES = {
  indicators: 'indicators.json',
  dimensions: 'dimensions.json',
  criticalErrors: 'critical-errors.json',
  misconceptions: 'misconceptions.json',
  distractors: 'distractors.json',
} as const satisfies Record<keyof RawCatalogs, string>;

const ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
/** Notes for writers that must never reach learner-facing text. */
const WRITER_ONLY = /\[UNVERIFIED\]|unverified/i;

function readList<T extends { id: string }>(
  file: string,
  data: unknown,
  keys: readonly string[],
  readItem: (r: Reader, obj: Record<string, unknown>, path: string) => Omit<T, 'id'>,
): Map<string, T> {
  const r = new Reader(file);
  const out = new Map<string, T>();
  r.array(data, '').forEach((item, i) => {
    const path = join('', i);
    const obj = r.object(item, path);
    if (!obj) return;
    r.onlyKeys(obj, ['id', ...keys], path);
    const id = r.text(obj, 'id', path);
    if (id && !ID.test(id)) r.fail(join(path, 'id'), 'notDottedId', { id });
    if (out.has(id)) r.fail(join(path, 'id'), 'appearsTwice', { id });
    out.set(id, { id, ...readItem(r, obj, path) } as T);
  });
  r.done();
  return out;
}

export function loadCatalogs(raw: RawCatalogs): Catalogs {
  const errors: DataError[] = [];
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof DataError) {
        errors.push(e);
        return fallback;
      }
      throw e;
    }
  };
  const indicators = attempt(
    () =>
      readList<Indicator>(
        CATALOG_FILES.indicators,
        raw.indicators,
        ['setting', 'category', 'description', 'why', 'sources', 'note'],
        (r, o, p) => {
          const ind = {
            setting: r.oneOf(o, 'setting', INDICATOR_SETTINGS, p),
            category: r.oneOf(o, 'category', INDICATOR_CATEGORIES, p),
            description: r.text(o, 'description', p),
            why: r.text(o, 'why', p),
            sources: r.texts(o, 'sources', p, { min: 1 }),
            ...(o['note'] !== undefined ? { note: r.text(o, 'note', p) } : {}),
          };
          // Learners see the description, why and sources: a verification note belongs in `note`.
          const learnerText: [string, string][] = [
            ['description', ind.description],
            ['why', ind.why],
            ...ind.sources.map((x, i): [string, string] => [`sources[${i}]`, x]),
          ];
          for (const [field, text] of learnerText)
            if (WRITER_ONLY.test(text)) r.fail(join(p, field), 'writerNote');
          return ind;
        },
      ),
    new Map(),
  );
  for (const ind of indicators.values()) {
    if (!ind.id.startsWith(`${ind.setting}.`))
      errors.push(
        new DataError(CATALOG_FILES.indicators, [
          { path: ind.id, ...reason('idPrefix', { prefix: `${ind.setting}.` }) },
        ]),
      );
  }
  const dimensions = attempt(
    () =>
      readList<Dimension>(
        CATALOG_FILES.dimensions,
        raw.dimensions,
        ['name', 'group', 'description', 'source'],
        (r, o, p) => ({
          name: r.text(o, 'name', p),
          group: r.oneOf(o, 'group', DIMENSION_GROUPS, p),
          description: r.text(o, 'description', p),
          source: r.text(o, 'source', p),
        }),
      ),
    new Map(),
  );
  const criticalErrors = attempt(
    () =>
      readList<CriticalError>(
        CATALOG_FILES.criticalErrors,
        raw.criticalErrors,
        ['title', 'explanation', 'instead', 'source'],
        (r, o, p) => ({
          title: r.text(o, 'title', p),
          explanation: r.text(o, 'explanation', p),
          instead: r.text(o, 'instead', p),
          source: r.text(o, 'source', p),
        }),
      ),
    new Map(),
  );
  const misconceptions = attempt(
    () =>
      readList<Misconception>(
        CATALOG_FILES.misconceptions,
        raw.misconceptions,
        ['myth', 'correction', 'source'],
        (r, o, p) => ({
          myth: r.text(o, 'myth', p),
          correction: r.text(o, 'correction', p),
          source: r.text(o, 'source', p),
        }),
      ),
    new Map(),
  );
  const distractors = attempt(
    () =>
      readList<Distractor>(
        CATALOG_FILES.distractors,
        raw.distractors,
        ['label', 'explanation'],
        (r, o, p) => ({ label: r.text(o, 'label', p), explanation: r.text(o, 'explanation', p) }),
      ),
    new Map(),
  );
  if (errors.length > 0) {
    throw new DataError(
      'catalogs',
      errors.flatMap((e) =>
        e.reasons.map((p) => ({
          ...p,
          path: p.path === null ? e.source : `${e.source}: ${p.path || ROOT_PATH}`,
        })),
      ),
    );
  }
  for (const required of Object.values(PROCEDURE)) {
    if (!dimensions.has(required))
      throw new DataError(CATALOG_FILES.dimensions, [fileProblem('missingProcedure', { id: required })]);
  }
  return { indicators, dimensions, criticalErrors, misconceptions, distractors };
}

export function tagContext(c: Catalogs): TagContext {
  return {
    indicators: new Set(c.indicators.keys()),
    dimensions: new Set(c.dimensions.keys()),
    criticalErrors: new Set(c.criticalErrors.keys()),
    misconceptions: new Set(c.misconceptions.keys()),
    distractors: new Set(c.distractors.keys()),
  };
}
