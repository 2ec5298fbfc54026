// The story checker: `npm run check:stories [files…] [--json] [--coverage]`.
// Compiles each encounter, checks every tag and id, explores every reachable state and reports
// problems as `file:line: severity: message`, then a summary per file. Exit 0 clean, 1 errors, 2 usage.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { contactClaims } from '../../src/core/encounter/claims.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/core/encounter/diagnostics.ts';
import { DataError } from '../../src/core/validate.ts';
import { SETTINGS } from '../../src/core/vocabulary.ts';
import type { StoryAnalysis } from '../../src/core/encounter/analysis.ts';
import type { EncounterMeta } from '../../src/core/tags/tags.ts';
import { buildEncounter, CACHE_DIR, encounterFiles, loadLibrary, ROOT, type Library } from './library.ts';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_MS, DEFAULT_MAX_STATES } from '../../src/story/checker/explore.ts';
import { runPlain } from './check-plain.ts';
import { balancedShares } from '../../src/core/balance.ts';
import {
  encounterValidity,
  libraryValidity,
  type EncounterValidity,
} from '../../src/core/encounter/validity.ts';
import { validityMarkdown, validityText } from './validity-report.ts';

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

const USAGE = `Usage: npm run check:stories -- [options] [files…]

Checks every encounter under stories/ (or just the files given).
  --json              machine-readable output
  --coverage          print which catalog indicators and misconceptions the library covers
  --coverage-file F   also write that table to the file F (npm run docs:coverage writes docs/coverage.md)
  --validity          print the validity report: acceptable options, best-is-longest and -shortest,
                      critical-only alternatives, reused best wordings, disclosure, naive players
                      (docs/validity.md)
  --validity-file F   also write the validity report as Markdown to F (npm run docs:validity)
  --jobs N            check with N processes (default: one per core when there is enough work to share)
  --serial            the same as --jobs 1
  --max-states N      stop exploring a file after N distinct states (default ${DEFAULT_MAX_STATES})
  --max-seconds N     stop exploring a file after N seconds (default ${DEFAULT_MAX_MS / 1000})
  --lenient           a bound reached is a warning stating how far exploration went, not an error
  --plain             explore any ink (files or folders) without the project's tags or library:
                      endings, loops, runtime errors, how far exploration went (docs/checker.md)
  --help              this text`;

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

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function summaryText(r: FileReport): string {
  const a = r.analysis;
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length;
  const lines = [`\n${r.file}: ${errors} error(s), ${warnings} warning(s), ${r.ms} ms`];
  if (!a || !r.meta) return lines.join('\n');
  lines.push(
    `  ${r.meta.title} (${r.meta.id}) · ${r.meta.setting} · ${r.meta.situation}${r.meta.minor ? ' · minor' : ''}`,
    `  states ${a.states}${a.truncated ? ` (incomplete: ${(a.bounds ?? []).join(', ') || 'bound reached'})` : ''} · paths ${a.paths} · longest path ${a.longestPath} choices`,
    `  endings: ${a.endings.map((e) => `${e.id} (“${e.title}”)`).join(', ') || 'none'}`,
    `  critical errors reachable: ${a.criticalErrors.join(', ') || 'none'}`,
    `  indicators it can show (${Object.keys(a.indicators).length}): ${Object.keys(a.indicators).join(', ')}`,
    `  ${pad('dimension', 16)}${pad('min', 6)}max`,
  );
  for (const d of Object.keys(a.max)) {
    if ((a.max[d] ?? 0) === 0 && (a.min[d] ?? 0) === 0) continue;
    lines.push(`  ${pad(d, 16)}${pad(String(a.min[d] ?? 0), 6)}${a.max[d] ?? 0}`);
  }
  return lines.join('\n');
}

function coverageText(reports: FileReport[], lib: Library): string {
  const out: string[] = [
    '# What the library teaches',
    '',
    'Generated by `npm run check:stories -- --coverage`.',
    '',
  ];
  const shown = new Set<string>();
  for (const setting of SETTINGS) {
    const here = reports.filter((r) => r.meta?.setting === setting);
    out.push(`## ${setting[0]?.toUpperCase()}${setting.slice(1)}`, '');
    if (here.length === 0) {
      out.push('No encounters yet.', '');
    }
    for (const r of here) {
      const ids = Object.keys(r.analysis?.indicators ?? {});
      ids.forEach((id) => shown.add(id));
      out.push(
        `- **${r.meta?.title}** (\`${r.meta?.id}\`, ${r.meta?.situation}): ${ids.map((i) => `\`${i}\``).join(', ') || 'no indicators'}`,
      );
    }
    const prefix = setting === 'store' ? 'retail' : setting;
    const all = [...lib.catalogs.indicators.values()].filter((i) => i.setting === prefix);
    const never = all.filter((i) => !shown.has(i.id));
    out.push('', `Shown: ${all.length - never.length} of ${all.length} ${prefix} indicators.`, '');
    if (never.length > 0) out.push(`Never shown: ${never.map((i) => `\`${i.id}\``).join(', ')}`, '');
  }
  const total = lib.catalogs.indicators.size;
  const covered = [...lib.catalogs.indicators.keys()].filter((id) => shown.has(id)).length;
  out.push(
    '## Overall',
    '',
    `${covered} of ${total} setting indicators (${Math.round((100 * covered) / total)}%) can be observed in some encounter.`,
    '',
  );
  const myths = new Set<string>();
  for (const r of reports) {
    for (const m of r.meta?.teaches ?? []) myths.add(m);
    for (const m of r.analysis?.myths ?? []) myths.add(m);
  }
  out.push('## Misconceptions answered in a debrief', '');
  for (const m of lib.catalogs.misconceptions.values())
    out.push(`- [${myths.has(m.id) ? 'x' : ' '}] ${m.myth} (\`${m.id}\`)`);
  out.push('');
  return out.join('\n');
}

const WORK_FILE = join(CACHE_DIR, 'check-work.json');

/** Distinct states each file had when last checked (the work its exploration takes), by path. */
function readWork(): Record<string, number> {
  try {
    const data = JSON.parse(readFileSync(WORK_FILE, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function writeWork(reports: FileReport[]): void {
  const work = readWork();
  for (const r of reports) if (r.analysis) work[resolve(ROOT, r.file)] = r.analysis.states;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(WORK_FILE, JSON.stringify(work));
  } catch {
    // only a hint for splitting the next run
  }
}

/**
 * How much work each file is expected to be: its states when last checked, if every file has been
 * checked before; otherwise its size (a cheap guess; unreadable files are quick).
 */
function workWeights(files: readonly string[]): (f: string) => number {
  const work = readWork();
  if (files.every((f) => typeof work[f] === 'number')) return (f) => work[f] ?? 0;
  return (f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
}

/**
 * Below this many states in all (a few seconds' work), one process checks everything: starting
 * another process and loading the library again costs more than sharing the work saves.
 */
const SHARE_ABOVE_STATES = 15000;

/** How many processes to check `targets` with, when not told: one per core if the work is big enough. */
function autoJobs(targets: readonly string[]): number {
  const work = readWork();
  const known = targets.every((f) => typeof work[f] === 'number');
  if (known && targets.reduce((sum, f) => sum + (work[f] ?? 0), 0) < SHARE_ABOVE_STATES) return 1;
  return availableParallelism();
}

/**
 * Checks files on several cores: this process checks one share itself (it has the library loaded
 * already), and one child process per other core loads the library once and checks its share.
 */
async function checkAll(
  targets: string[],
  lib: Library,
  bounds: CheckOptions,
  jobs: number | null = null,
): Promise<FileReport[]> {
  const processes = Math.min(jobs ?? autoJobs(targets), targets.length);
  if (processes < 2) {
    const reports = targets.map((f) => checkFile(f, lib, bounds));
    writeWork(reports);
    return reports;
  }
  const weight = workWeights(targets);
  const shares = balancedShares(targets, processes, weight);
  // This process starts its share at once; a child first spends a second or so starting tsx and
  // loading the library. So this process keeps the heaviest share.
  const load = (share: string[]) => share.reduce((sum, f) => sum + weight(f), 0);
  const mine = shares.reduce((best, s) => (load(s) > load(best) ? s : best));
  const theirs = shares.filter((s) => s !== mine);
  const boundArgs = [
    ...(bounds.maxStates ? ['--max-states', String(bounds.maxStates)] : []),
    ...(bounds.maxMs ? ['--max-seconds', String(Math.ceil(bounds.maxMs / 1000))] : []),
    ...(bounds.validity ? ['--validity'] : []),
    ...(bounds.lenient ? ['--lenient'] : []),
  ];
  // tsx's loader straight into node: its command line would start one more node process per child.
  const tsx = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const children = Promise.all(
    theirs.map(
      (share) =>
        new Promise<FileReport[]>((done, fail) => {
          const child = spawn(
            process.execPath,
            // A larger young generation: exploring makes many short-lived strings and copies, and
            // fewer, larger scavenges take less time in all (about a tenth of it went to GC).
            [
              '--max-semi-space-size=32',
              '--import',
              tsx,
              import.meta.filename,
              '--json',
              '--serial',
              ...boundArgs,
              ...share,
            ],
            {
              cwd: ROOT,
              stdio: ['ignore', 'pipe', 'inherit'],
            },
          );
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('error', fail);
          child.on('close', () => {
            try {
              done((JSON.parse(out) as { files: FileReport[] }).files);
            } catch {
              fail(new Error('a checker process did not report back'));
            }
          });
        }),
    ),
  );
  // The children run while this process checks its own share (their output waits in the pipe).
  const own = mine.map((f) => checkFile(f, lib, bounds));
  const results = [own, ...(await children)];
  writeWork(results.flat());
  const byFile = new Map(results.flat().map((r) => [r.file, r]));
  return targets.map((f) => byFile.get(relative(ROOT, f) || f) ?? checkFile(f, lib, bounds));
}

export async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let json = false;
  let coverage = false;
  let jobs: number | null = null;
  let coverageFile: string | null = null;
  let validityFile: string | null = null;
  let plain = false;
  const bounds: CheckOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--coverage') coverage = true;
    else if (arg === '--serial') jobs = 1;
    else if (arg === '--plain') plain = true;
    else if (arg === '--lenient') bounds.lenient = true;
    else if (arg === '--validity') bounds.validity = true;
    else if (arg === '--validity-file') {
      validityFile = argv[++i] ?? null;
      bounds.validity = true;
      if (!validityFile) {
        console.error(`--validity-file needs a file name\n\n${USAGE}`);
        return 2;
      }
    } else if (arg === '--coverage-file') {
      coverageFile = argv[++i] ?? null;
      if (!coverageFile) {
        console.error(`--coverage-file needs a file name\n\n${USAGE}`);
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg === '--max-states' || arg === '--max-seconds' || arg === '--jobs') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) {
        console.error(`${arg} needs a whole number above 0\n\n${USAGE}`);
        return 2;
      }
      if (arg === '--max-states') bounds.maxStates = n;
      else if (arg === '--jobs') jobs = n;
      else bounds.maxMs = n * 1000;
    } else if (arg.startsWith('-')) {
      console.error(`Unknown option "${arg}"\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (plain) {
    if (files.length === 0) {
      console.error(`--plain needs a file or folder\n\n${USAGE}`);
      return 2;
    }
    const limits = {
      maxStates: bounds.maxStates ?? DEFAULT_MAX_STATES,
      maxMs: bounds.maxMs ?? DEFAULT_MAX_MS,
      maxDepth: DEFAULT_MAX_DEPTH,
    };
    return runPlain(files, process.cwd(), limits, json);
  }
  let lib: Library;
  try {
    lib = loadLibrary();
  } catch (e) {
    console.error(e instanceof DataError ? `error: ${e.message}` : `error: ${(e as Error).message}`);
    return 1;
  }
  const targets = files.length > 0 ? files.map((f) => resolve(f)) : encounterFiles();
  const reports = await checkAll(targets, lib, bounds, jobs);
  const failed = reports.some((r) => hasErrors(r.diagnostics));
  const validity = reports.flatMap((r) => (r.validity ? [r.validity] : []));
  if (validityFile) writeFileSync(validityFile, await validityMarkdown(validity));
  if (json) {
    const library = bounds.validity ? { validity: libraryValidity(validity) } : {};
    console.log(JSON.stringify({ ok: !failed, files: reports, ...library }, null, 2));
  } else {
    for (const r of reports) for (const d of r.diagnostics) console.log(formatDiagnostic(d));
    for (const r of reports) console.log(summaryText(r));
    if (coverage) console.log(`\n${coverageText(reports, lib)}`);
    if (coverageFile) {
      writeFileSync(coverageFile, coverageText(reports, lib));
      console.log(`\nCoverage table written to ${coverageFile}`);
    }
    if (bounds.validity) console.log(validityText(validity));
    if (validityFile) console.log(`\nValidity report written to ${validityFile}`);
    console.log(
      `\n${reports.length} file(s) checked, ${reports.filter((r) => hasErrors(r.diagnostics)).length} with errors.`,
    );
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // Piping into `head` closes stdout early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`error: ${(e as Error).message}`);
      process.exitCode = 1;
    },
  );
}
