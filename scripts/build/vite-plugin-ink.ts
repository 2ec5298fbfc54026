// Vite plugin: compiles ink at build time. `import encounter from './x.ink'` gives a CompiledEncounter
// (story JSON + meta + analysis); `virtual:second-look/encounters` lists every encounter's id with a
// lazy loader, and a loader for every header (`virtual:second-look/encounter-headers`, a chunk of its
// own: a link straight into an encounter draws its first choice without the other headers).
// Compiler and checker problems become Vite errors naming the file and line: the dev overlay shows
// them and `vite build` fails.
// In a build the encounter is a file of its own (assets/<name>-<hash>.json: a line of JSON with its
// header and analysis, then the story JSON) that the encounter's module fetches, as a plain inkjs page
// fetches its story: it is data, not code for the browser to parse and compile, and it downloads beside
// the module. In `npm run dev` the encounter stays inside the module.
// The module's default export is a function that gives a new CompiledEncounter each time it is
// called (a loader's `import(…).then((m) => m.default())`), never the encounter itself: the browser
// keeps every module it has loaded until the page closes, and a module that kept its story (as a
// resolved promise did) held every story opened since the page loaded (docs/performance.md, "Heap").
// The game drops an encounter when the learner leaves it; opening it again reads the file from the
// browser's cache.

import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { CompiledEncounter } from '../../src/core/encounter/analysis.ts';
import { writeEncounterFile } from '../../src/core/encounter/encounter-file.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/core/locale.ts';
import { formatDiagnostic, hasErrors } from '../../src/core/encounter/diagnostics.ts';
import {
  buildEncounter,
  encounterFiles,
  headerMeta,
  loadLibrary,
  ROOT,
  STORIES_DIR,
} from '../check/library.ts';

const ENCOUNTERS_MODULE = 'virtual:second-look/encounters';
const RESOLVED = `\0${ENCOUNTERS_MODULE}`;
/** Every encounter's header, in every language: a chunk of its own, which a direct link never waits for. */
const HEADERS_MODULE = 'virtual:second-look/encounter-headers';
const RESOLVED_HEADERS = `\0${HEADERS_MODULE}`;
/** Reads a built encounter's file (its header and analysis, then the story JSON). */
const ENCOUNTER_FILE_MODULE = join(ROOT, 'src/core/encounter/encounter-file.ts');

/**
 * The module for a built encounter: a function making the CompiledEncounter anew at each call, from
 * what is inline or (in a build) from its file. The module keeps no encounter itself.
 */
function encounterModule(compiled: CompiledEncounter, storyUrl: string | null): string {
  if (storyUrl === null) return `export default () => Promise.resolve(${JSON.stringify(compiled)});`;
  return [
    `import { readEncounterFile } from ${JSON.stringify(ENCOUNTER_FILE_MODULE)};`,
    `const url = ${storyUrl};`,
    `export default () => fetch(url).then((r) => {`,
    `  if (!r.ok) throw new Error(\`\${url}: \${r.status} \${r.statusText}\`);`,
    `  return r.text();`,
    `}).then((text) => readEncounterFile(text, url));`,
  ].join('\n');
}

/** Each built encounter's story file (under the build folder), by the .ink file's path; set as the bundle is written. */
export const storyFiles = new Map<string, string>();

export function inkPlugin(): Plugin {
  let building = false;
  /** Emitted story files by the .ink file's path, until their names are known. */
  const emitted = new Map<string, string>();
  return {
    name: 'second-look-ink',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      if (id === ENCOUNTERS_MODULE) return RESOLVED;
      return id === HEADERS_MODULE ? RESOLVED_HEADERS : null;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_HEADERS) return null;
      this.addWatchFile(STORIES_DIR);
      const lib = loadLibrary();
      const index: string[] = [];
      const headers: Record<string, Record<string, unknown>> = {};
      const load = (path: string): string => `() => import(${JSON.stringify(path)}).then((m) => m.default())`;
      for (const path of encounterFiles()) {
        this.addWatchFile(path);
        // Its translations (stories/<locale>/<setting>/<name>.ink), proven by npm run check:translations.
        const translated = LOCALES.filter((l) => l !== DEFAULT_LOCALE)
          .map((l) => [l, join(STORIES_DIR, l, relative(STORIES_DIR, path))] as const)
          .filter(([, file]) => existsSync(file));
        for (const [, file] of translated) this.addWatchFile(file);
        // The picker needs only the header; the full compile happens once, when the story is imported.
        const meta = headerMeta(path, lib.ctx);
        headers[meta.id] = { [DEFAULT_LOCALE]: meta };
        for (const [l, file] of translated) headers[meta.id]![l] = headerMeta(file, lib.ctx);
        const translations = translated.map(([l, file]) => `${JSON.stringify(l)}: ${load(file)}`);
        index.push(
          `{ id: ${JSON.stringify(meta.id)}, load: ${load(path)}${translations.length ? `, translations: { ${translations.join(', ')} }` : ''} }`,
        );
      }
      if (id === RESOLVED_HEADERS) return `export const headers = ${JSON.stringify(headers)};\n`;
      return [
        `export const encounterIndex = [\n${index.join(',\n')}\n];`,
        `export const loadHeaders = () => import(${JSON.stringify(HEADERS_MODULE)}).then((m) => m.headers);`,
        '',
      ].join('\n');
    },
    transform(source, id) {
      if (!id.endsWith('.ink')) return null;
      const lib = loadLibrary();
      for (const f of lib.files) this.addWatchFile(f);
      const built = buildEncounter(id, lib, {}, source);
      for (const inc of built.includes) this.addWatchFile(inc);
      const problems = built.diagnostics.filter((d) => d.severity !== 'info');
      for (const d of problems.filter((d) => d.severity === 'warning')) this.warn(formatDiagnostic(d));
      if (hasErrors(problems) || !built.compiled) {
        const first = problems.find((d) => d.severity === 'error');
        this.error({
          message: problems
            .filter((d) => d.severity === 'error')
            .map(formatDiagnostic)
            .join('\n'),
          id: first ? `${ROOT}/${first.file}` : id,
          loc: { file: first ? `${ROOT}/${first.file}` : id, line: first?.line ?? 1, column: 0 },
        });
      }
      if (!building) return { code: encounterModule(built.compiled, null), map: null };
      const ref = this.emitFile({
        type: 'asset',
        name: `${basename(id, '.ink')}.json`,
        source: writeEncounterFile(built.compiled),
      });
      emitted.set(id, ref);
      return { code: encounterModule(built.compiled, `import.meta.ROLLUP_FILE_URL_${ref}`), map: null };
    },
    generateBundle: {
      // Before index.html is written (scripts/vite-plugin-preload.ts reads the names).
      order: 'pre',
      handler() {
        storyFiles.clear();
        for (const [id, ref] of emitted) storyFiles.set(id, this.getFileName(ref));
      },
    },
  };
}
