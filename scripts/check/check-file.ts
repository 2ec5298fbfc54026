// Checking one encounter file for `npm run check:stories` (scripts/check/check-stories.ts): compile,
// explore, then the checks that need the whole file (scored dimensions, catalog explanations, endings,
// knots never reached). Used by the command, its worker threads (check-worker.ts) and the tests.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { contactClaims } from '../../src/core/encounter/claims.ts';
import { hasErrors, type Diagnostic } from '../../src/core/encounter/diagnostics.ts';
import type { StoryAnalysis } from '../../src/core/encounter/analysis.ts';
import type { EncounterMeta } from '../../src/core/tags/tags.ts';
import { encounterValidity, type EncounterValidity } from '../../src/core/encounter/validity.ts';
import { buildEncounter, ROOT, type Library } from './library.ts';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  meta: EncounterMeta | null;
  analysis: StoryAnalysis | null;
  unreachedKnots: string[];
  ms: number;
  /** With --validity: the validity report's figures for this encounter (src/core/encounter/validity.ts). */
  validity?: EncounterValidity;
}

/** How far to explore, and whether to gather the validity report's data. */
export interface CheckOptions {
  maxStates?: number;
  maxMs?: number;
  validity?: boolean;
  /** A bound reached is a warning stating what was covered, not an error (for ink outside stories/). */
  lenient?: boolean;
}

/** Checks one file; never throws for bad input. */
export function checkFile(path: string, lib: Library, bounds: CheckOptions = {}): FileReport {
  const started = Date.now();
  const file = relative(ROOT, resolve(path)) || path;
  const report: FileReport = { file, diagnostics: [], meta: null, analysis: null, unreachedKnots: [], ms: 0 };
  const fail = (message: string) => {
    report.diagnostics.push({ file, severity: 'error', message });
    report.ms = Date.now() - started;
    return report;
  };
  if (!existsSync(path)) return fail('no such file');
  if (statSync(path).isDirectory()) return fail('is a folder, not an .ink file');
  const bytes = readFileSync(path);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is not UTF-8 text (save it as UTF-8 in your editor)');
  }
  if (source.includes('\u0000')) return fail('is not a text file (it contains binary data)');
  try {
    const built = buildEncounter(path, lib, bounds, source);
    report.diagnostics.push(...built.diagnostics, ...contactClaims(file, source));
    if (built.compiled) {
      report.meta = built.compiled.meta;
      report.analysis = built.compiled.analysis;
      if (built.explored?.validity)
        report.validity = encounterValidity(built.compiled.meta.id, file, built.explored.validity);
      const a = built.compiled.analysis;
      const used = new Set<string>();
      for (const match of source.matchAll(/#\s*score:\s*([a-z_]+)/g)) if (match[1]) used.add(match[1]);
      for (const dim of used) {
        if ((a.max[dim] ?? 0) <= 0)
          report.diagnostics.push({
            file,
            severity: 'error',
            message: `dimension "${dim}" is scored but its maximum on every path is ${a.max[dim] ?? 0}`,
          });
      }
      for (const c of a.criticalErrors) {
        if (!lib.catalogs.criticalErrors.get(c)?.explanation)
          report.diagnostics.push({
            file,
            severity: 'error',
            message: `critical error "${c}" has no explanation in the catalog`,
          });
      }
      if (a.endings.length === 0 && !hasErrors(report.diagnostics))
        report.diagnostics.push({ file, severity: 'error', message: 'no path reaches an "ending" tag' });
      report.unreachedKnots = built.explored?.unreachedKnots ?? [];
      if (!a.truncated && !hasErrors(report.diagnostics)) {
        for (const k of report.unreachedKnots) {
          const line = source.split(/\r?\n/).findIndex((l) => new RegExp(`^\\s*={2,}\\s*${k}\\b`).test(l));
          report.diagnostics.push({
            file,
            ...(line >= 0 ? { line: line + 1 } : {}),
            severity: 'warning',
            message: `knot "${k}" is never reached by any path`,
          });
        }
      }
      // Past a bound, a knot not met may still be reachable: said as such, never as unreached.
      for (const k of built.explored?.unexploredKnots ?? [])
        report.diagnostics.push({
          file,
          severity: 'info',
          message: `knot "${k}" was not fully explored (exploration stopped at a bound before reaching it)`,
        });
    }
  } catch (e) {
    return fail(`could not be checked: ${(e as Error).message}`);
  }
  report.ms = Date.now() - started;
  return report;
}
