// A built encounter's file (assets/<name>-<hash>.json): one line of JSON with its header and analysis,
// then the story JSON for inkjs. The build writes it (scripts/build/vite-plugin-ink.ts); the
// encounter's module reads it, and so does the page's first script when the boot hint has already
// fetched it for a link straight into the encounter (src/main.ts, src/app/early.ts), without loading
// that module.

import type { CompiledEncounter } from './analysis.ts';
import { DEFAULT_LOCALE } from '../locale.ts';

/**
 * Written in the module as an object literal, the header and analysis were compiled into the module's
 * code (V8 object-literal boilerplates, 8–12 kB an encounter), which the page keeps for as long as it
 * keeps the module, that is until it closes; read from the file, they are data the game drops with
 * the encounter (docs/performance.md, "Heap").
 */
export function writeEncounterFile(compiled: CompiledEncounter): string {
  const { story, ...rest } = compiled;
  return `${JSON.stringify(rest)}\n${story}`;
}

/** Reads a file `writeEncounterFile` wrote; `file` names it in the error when the text is not one. */
export function readEncounterFile(text: string, file: string): CompiledEncounter {
  const cut = text.indexOf('\n');
  let head: unknown = null;
  try {
    head = cut > 0 ? JSON.parse(text.slice(0, cut)) : null;
  } catch {
    head = null;
  }
  if (!head || typeof head !== 'object' || Array.isArray(head) || cut === text.length - 1)
    throw new Error(`${file}: not an encounter file (a line of JSON, then the story)`);
  return { ...(head as Omit<CompiledEncounter, 'story'>), story: text.slice(cut + 1) };
}

/**
 * How the boot hint names the encounter file it fetched (scripts/build/vite-plugin-preload.ts):
 * the encounter's id, and `@<locale>` for a translation.
 */
export function encounterFileKey(id: string, locale: string): string {
  return locale === DEFAULT_LOCALE ? id : `${id}@${locale}`;
}
