// Vite plugin: compiles ink at build time. `import encounter from './x.ink'` gives a CompiledEncounter
// (story JSON + meta + analysis); `virtual:second-look/encounters` lists every encounter with a lazy
// loader. Compiler and checker problems become Vite errors naming the file and line: the dev overlay
// shows them and `vite build` fails.

import type { Plugin } from 'vite';
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

export function inkPlugin(): Plugin {
  return {
    name: 'second-look-ink',
    enforce: 'pre',
    resolveId(id) {
      return id === ENCOUNTERS_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(STORIES_DIR);
      const lib = loadLibrary();
      const entries: string[] = [];
      for (const path of encounterFiles()) {
        this.addWatchFile(path);
        // The picker needs only the header; the full compile happens once, when the story is imported.
        const meta = headerMeta(path, lib.ctx);
        entries.push(
          `{ meta: ${JSON.stringify(meta)}, load: () => import(${JSON.stringify(path)}).then((m) => m.default) }`,
        );
      }
      return `export const encounters = [\n${entries.join(',\n')}\n];\n`;
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
      return { code: `export default ${JSON.stringify(built.compiled)};`, map: null };
    },
  };
}
