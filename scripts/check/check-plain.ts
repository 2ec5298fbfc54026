// `npm run check:stories -- --plain <file-or-folder>…`: explores any ink, without the project's tag
// grammar or library (src/story/checker/plain-explore.ts), and reports its endings, how far exploration
// went and every problem found, as `file:line: severity: message`. A bound reached is stated, not
// an error: plain ink may be larger than any bound.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  formatDiagnostic,
  hasErrors,
  lineOf,
  type Diagnostic,
} from '../../src/core/encounter/diagnostics.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { explorePlain, type PlainResult } from '../../src/story/checker/plain-explore.ts';

export interface PlainLimits {
  maxStates: number;
  maxMs: number;
  maxDepth: number;
}

export interface PlainReport {
  file: string;
  diagnostics: Diagnostic[];
  result: PlainResult | null;
}

/** Every .ink file at `path` (a file, or a folder searched all the way down), sorted. */
export function inkFilesAt(path: string): string[] {
  if (!existsSync(path)) return [path];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? inkFilesAt(join(path, e.name)) : e.name.endsWith('.ink') ? [join(path, e.name)] : [],
    );
}

/** Places a diagnostic with a hint at the line of the file (or an included file) that holds it. */
function place(d: Diagnostic, sources: ReadonlyMap<string, string>): Diagnostic {
  if (d.line !== undefined || !d.hint) return d;
  for (const [file, text] of sources) {
    const line = lineOf(text, d.hint);
    if (line !== undefined) return { ...d, file, line };
  }
  return d;
}

export function checkPlain(path: string, root: string, limits: PlainLimits): PlainReport {
  const file = relative(root, resolve(path)) || path;
  if (!existsSync(path))
    return { file, diagnostics: [{ file, severity: 'error', message: 'no such file' }], result: null };
  const compiled = compileInk(path, undefined, root);
  if (!compiled.json) return { file, diagnostics: compiled.diagnostics, result: null };
  const sources = new Map<string, string>([[file, readFileSync(path, 'utf8')]]);
  for (const inc of compiled.includes)
    if (existsSync(inc)) sources.set(relative(root, inc), readFileSync(inc, 'utf8'));
  const result = explorePlain(compiled.json, file, limits);
  return {
    file,
    diagnostics: [...compiled.diagnostics, ...result.diagnostics.map((d) => place(d, sources))],
    result,
  };
}

export function plainSummary(r: PlainReport): string {
  const a = r.result;
  if (!a) return `\n${r.file}: not explored`;
  const lines = [
    `\n${r.file}: ${a.endings.length} ending(s), ${a.states} states${a.truncated ? ` (incomplete: ${a.bounds.join(', ')})` : ''}`,
    ...a.endings.map((e) => `  ends after: “${e}”`),
  ];
  if (a.unreachedKnots.length) lines.push(`  never reached: ${a.unreachedKnots.join(', ')}`);
  if (a.unexploredKnots.length) lines.push(`  not fully explored: ${a.unexploredKnots.join(', ')}`);
  return lines.join('\n');
}

/** Checks every target; prints the report (JSON with `json`); returns the exit code. */
export function runPlain(
  targets: readonly string[],
  root: string,
  limits: PlainLimits,
  json: boolean,
): number {
  const reports = targets.flatMap(inkFilesAt).map((f) => checkPlain(f, root, limits));
  const failed = reports.some((r) => hasErrors(r.diagnostics));
  if (json) console.log(JSON.stringify({ ok: !failed, files: reports }, null, 2));
  else {
    for (const r of reports) for (const d of r.diagnostics) console.log(formatDiagnostic(d));
    for (const r of reports) console.log(plainSummary(r));
    console.log(
      `\n${reports.length} file(s) explored, ${reports.filter((r) => hasErrors(r.diagnostics)).length} with errors.`,
    );
  }
  return failed ? 1 : 0;
}
