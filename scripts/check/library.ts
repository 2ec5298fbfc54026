// Node-side access to the content library: catalogs, scene and sound manifests, and encounters.
// Shared by the Vite ink plugin, the story checker and the tests, so all three say the same thing.

import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { CompiledEncounter } from '../../src/core/encounter/analysis.ts';
import {
  CATALOG_FILES,
  loadCatalogs,
  tagContext,
  type Catalogs,
  type RawCatalogs,
} from '../../src/core/encounter/catalog.ts';
import { hasErrors, lineOf, lineOfShown, type Diagnostic } from '../../src/core/encounter/diagnostics.ts';
import {
  readSceneManifest,
  readSoundManifest,
  type SceneManifest,
} from '../../src/core/encounter/scene-manifest.ts';
import { DataError } from '../../src/core/validate.ts';
import { fileProblem } from '../../src/core/reasons.ts';
import { storyVariables, readConfig } from '../../src/core/config/config.ts';
import { parseGlobalTags, type EncounterMeta, type TagContext } from '../../src/core/tags/tags.ts';
import { SETTINGS } from '../../src/core/vocabulary.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { SEED_SCHEME, StoryRunner } from '../../src/story/runner.ts';
import { exploreStory, type ExploreOptions } from '../../src/story/checker/explore.ts';
import { openingsOf } from './openings.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const STORIES_DIR = join(ROOT, 'stories');
const CATALOG_DIR = join(STORIES_DIR, 'catalog');
const SCENES_DIR = join(ROOT, 'assets', 'scenes');
const SOUNDS_FILE = join(ROOT, 'assets', 'audio', 'sounds.json');
export const DEFAULT_CONFIG_FILE = join(ROOT, 'src', 'config', 'default.config.json');

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(relative(ROOT, path), [fileProblem('notJson', { detail: (e as Error).message })]);
  }
}

export interface Library {
  catalogs: Catalogs;
  scenes: Map<string, SceneManifest>;
  sounds: Set<string>;
  ctx: TagContext;
  variables: Record<string, string | number>;
  /** Files the library was read from, for watch mode. */
  files: string[];
}

export function loadLibrary(): Library {
  const files: string[] = [];
  const read = (path: string) => {
    files.push(path);
    return readJson(path);
  };
  const raw = Object.fromEntries(
    Object.entries(CATALOG_FILES).map(([key, file]) => [key, read(join(CATALOG_DIR, file))]),
  ) as unknown as RawCatalogs;
  const catalogs = loadCatalogs(raw);
  const scenes = new Map<string, SceneManifest>();
  if (existsSync(SCENES_DIR)) {
    for (const f of readdirSync(SCENES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const path = join(SCENES_DIR, f);
      const scene = readSceneManifest(relative(ROOT, path), read(path));
      scenes.set(scene.id, scene);
    }
  }
  const sounds = existsSync(SOUNDS_FILE)
    ? new Set(readSoundManifest(relative(ROOT, SOUNDS_FILE), read(SOUNDS_FILE)).map((s) => s.id))
    : new Set<string>();
  const config = readConfig(relative(ROOT, DEFAULT_CONFIG_FILE), read(DEFAULT_CONFIG_FILE));
  const ctx: TagContext = { ...tagContext(catalogs), scenes: new Set(scenes.keys()), sounds };
  return { catalogs, scenes, sounds, ctx, variables: storyVariables(config), files };
}

/** Every encounter file: stories/<setting>/*.ink. */
export function encounterFiles(): string[] {
  const out: string[] = [];
  for (const setting of SETTINGS) {
    const dir = join(STORIES_DIR, setting);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.ink'))
      .sort())
      out.push(join(dir, f));
  }
  return out;
}

export interface BuiltEncounter {
  compiled: CompiledEncounter | null;
  diagnostics: Diagnostic[];
  includes: string[];
  explored: ReturnType<typeof exploreStory> | null;
}

export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'second-look');

let codeFingerprint: string | null = null;
/** A hash of the engine code the exploration depends on, so a code change never reuses old results. */
function engineFingerprint(): string {
  if (codeFingerprint) return codeFingerprint;
  const hash = createHash('sha256');
  for (const dir of ['src/core', 'src/story']) {
    const files = readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(ROOT, join(e.parentPath, e.name)))
      .sort();
    for (const f of files) hash.update(f).update(readFileSync(join(ROOT, f)));
  }
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

/** SECOND_LOOK_CACHE=off turns the exploration cache off (for measuring: `npm run bench` does). */
function cacheOff(): boolean {
  return process.env['SECOND_LOOK_CACHE'] === 'off';
}

/**
 * Explores a compiled story, reusing an earlier result for the same story, library data, engine
 * code and bounds (the build, the checker and the tests all explore the same files). Results cut
 * short by the time bound are never cached, since they depend on the machine's speed.
 */
function cachedExplore(json: string, lib: Library, opts: ExploreOptions): ReturnType<typeof exploreStory> {
  // Without the cache, no key: hashing the library and the engine's code would be thrown away.
  if (cacheOff()) return exploreStory(json, opts);
  const { ctx: _ctx, scenes: _scenes, ...plainOpts } = opts;
  const libHash = createHash('sha256');
  for (const f of lib.files) libHash.update(readFileSync(f));
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        json,
        plainOpts,
        seeds: SEED_SCHEME,
        lib: libHash.digest('hex'),
        code: engineFingerprint(),
      }),
    )
    .digest('hex')
    .slice(0, 32);
  const path = join(CACHE_DIR, `explore-${key}.json`);
  if (existsSync(path)) {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof exploreStory>;
    } catch {
      // a damaged cache entry is ignored and rewritten
    }
  }
  const result = exploreStory(json, opts);
  if (!result.analysis.truncated) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, path);
    } catch {
      // caching is an optimisation only
    }
  }
  return result;
}

/** Places a diagnostic found by exploration at the source line of the tag or text it names. */
function locate(d: Diagnostic, sources: Map<string, string>, file: string): Diagnostic {
  if (d.line !== undefined) return d;
  if (d.hint) {
    for (const [path, text] of sources) {
      const line = lineOf(text, d.hint);
      if (line !== undefined) return { ...d, file: path, line };
    }
    // A choice's text as shown has its variables filled in.
    for (const [path, text] of sources) {
      const line = lineOfShown(text, d.hint);
      if (line !== undefined) return { ...d, file: path, line };
    }
  }
  const quoted = /#([a-z_]+: [^(]*?)(?::|$)/.exec(d.message)?.[1] ?? /"([^"]+)"/.exec(d.message)?.[1];
  if (!quoted) return d;
  for (const [path, text] of sources) {
    const line = lineOf(text, quoted.trim());
    if (line !== undefined) return { ...d, file: path, line };
  }
  return { ...d, file };
}

export function buildEncounter(
  path: string,
  lib: Library,
  opts: ExploreOptions = {},
  source?: string,
): BuiltEncounter {
  const file = relative(ROOT, path);
  const result = compileInk(path, source, ROOT);
  const diagnostics = [...result.diagnostics];
  if (!result.json || hasErrors(diagnostics))
    return { compiled: null, diagnostics, includes: result.includes, explored: null };
  const explored = cachedExplore(result.json, lib, {
    ctx: lib.ctx,
    scenes: lib.scenes,
    variables: lib.variables,
    dimensions: [...lib.catalogs.dimensions.keys()],
    file,
    ...opts,
  });
  const sources = new Map<string, string>([[file, source ?? readFileSync(path, 'utf8')]]);
  for (const inc of result.includes)
    if (existsSync(inc)) sources.set(relative(ROOT, inc), readFileSync(inc, 'utf8'));
  diagnostics.push(...explored.diagnostics.map((d) => locate(d, sources, file)));
  const setting = basename(resolve(path, '..'));
  const compiled: CompiledEncounter = {
    meta: metaOf(result.json, lib),
    story: result.json,
    contentHash: createHash('sha256').update(result.json).digest('hex').slice(0, 16),
    analysis: explored.analysis,
    variants: explored.byVariant,
    scenes: scenesUsed(result.json, lib),
  };
  compiled.openings = openingsOf(result.json, compiled.meta.variants, lib.variables);
  if ((SETTINGS as readonly string[]).includes(setting) && compiled.meta.setting !== setting)
    diagnostics.push({
      file,
      line: lineOf(sources.get(file) ?? '', '# setting:') ?? 1,
      severity: 'error',
      message: `"setting: ${compiled.meta.setting}" does not match the folder "${setting}"`,
    });
  return { compiled, diagnostics, includes: result.includes, explored };
}

/** The manifests of every scene a compiled story names in a `bg` tag. */
function scenesUsed(json: string, lib: Library): SceneManifest[] {
  const ids = new Set([...json.matchAll(/"\^\s*bg:\s*([a-z0-9_]+)/g)].map((m) => m[1] ?? ''));
  return [...ids].flatMap((id) => {
    const scene = lib.scenes.get(id);
    return scene ? [scene] : [];
  });
}

/**
 * The global tags at the top of an ink file, read without compiling it (ink treats every tag before
 * the first line of content as global; comments and blank lines may come between them).
 */
function headerTags(source: string): string[] {
  const tags: string[] = [];
  for (const raw of source.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    if (!line.startsWith('#')) break;
    tags.push(
      ...line
        .split('#')
        .map((t) => t.trim())
        .filter(Boolean),
    );
  }
  return tags;
}

/** An encounter's metadata from the header of its ink file, without compiling it (ids checked against `ctx` when given). */
export function headerMeta(path: string, ctx?: TagContext): EncounterMeta {
  return parseGlobalTags(headerTags(readFileSync(path, 'utf8')), ctx).value;
}

function metaOf(json: string, lib: Library) {
  return new StoryRunner(json, { ctx: lib.ctx }).meta;
}
