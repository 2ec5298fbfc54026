// Compiling ink (Node only: build plugin, checker, tests). Part of the story adapter, the one layer
// that imports inkjs. Every compiler message becomes a Diagnostic with the file and line it names.

import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import * as inkFull from 'inkjs/full';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Diagnostic, Severity } from '../../core/encounter/diagnostics.ts';

export interface CompileResult {
  /** The story JSON, or null when compilation failed or any error was found (a missing INCLUDE too). */
  json: string | null;
  diagnostics: Diagnostic[];
  /** Absolute paths of every INCLUDEd file, for watch mode. */
  includes: string[];
}

// inkjs builds the set of characters allowed in names (all of Unicode's letter ranges) anew for
// every parser, one per file and per INCLUDE: that was about 40% of compiling. The set is only
// read once built, so every parser shares the first one.
// (InkParser is exported at run time but missing from inkjs's type declarations.)
const parserProto = (inkFull as unknown as { InkParser?: { prototype: object } }).InkParser?.prototype;
const identifierChars = parserProto && Object.getOwnPropertyDescriptor(parserProto, 'identifierCharSet');
if (parserProto && identifierChars?.get) {
  const build = identifierChars.get;
  let shared: unknown = null;
  Object.defineProperty(parserProto, 'identifierCharSet', {
    configurable: true,
    get(this: object): unknown {
      shared ??= build.call(this);
      return shared;
    },
  });
}

const MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?(?:line (\d+):\s*)?(.*)$/s;

/** Turns `ERROR: 'hotel.ink' line 7: message` into a Diagnostic; `display` maps ink's file names to paths. */
function parseCompilerMessage(raw: string, fallbackFile: string, display: (f: string) => string): Diagnostic {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { file: fallbackFile, severity: 'error', message: raw.trim() };
  const kind = m[1] ?? 'ERROR';
  const severity: Severity = kind.includes('ERROR') ? 'error' : kind === 'TODO' ? 'info' : 'warning';
  const d: Diagnostic = { file: m[2] ? display(m[2]) : fallbackFile, severity, message: (m[4] ?? '').trim() };
  if (m[3]) d.line = Number(m[3]);
  return d;
}

/**
 * Compiles the ink file at `path` (or `source`, when given, as the contents of that file).
 * Never throws for bad ink: problems come back as diagnostics. Paths in diagnostics are relative to `cwd`.
 */
export function compileInk(path: string, source?: string, cwd: string = process.cwd()): CompileResult {
  const abs = resolve(path);
  const root = dirname(abs);
  const display = (f: string) => relative(cwd, resolve(root, f)) || f;
  const file = display(abs);
  const diagnostics: Diagnostic[] = [];
  const includes: string[] = [];
  let text: string;
  try {
    text = source ?? readFileSync(abs, 'utf8');
  } catch (e) {
    return {
      json: null,
      includes,
      diagnostics: [{ file, severity: 'error', message: `cannot read the file (${(e as Error).message})` }],
    };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) {
    return { json: null, includes, diagnostics: [{ file, severity: 'error', message: 'the file is empty' }] };
  }
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(root, name),
    LoadInkFileContents: (full: string) => {
      includes.push(full);
      try {
        return readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        const line = text
          .split(/\r?\n/)
          .findIndex((l) => /^\s*INCLUDE\s/.test(l) && l.includes(relative(root, full)));
        const d: Diagnostic = {
          file,
          severity: 'error',
          message: `INCLUDE: cannot find "${relative(cwd, full)}"`,
        };
        if (line >= 0) d.line = line + 1;
        diagnostics.push(d);
        return '';
      }
    },
  };
  const messages: string[] = [];
  const options = new CompilerOptions(
    abs,
    [],
    true,
    (message: string) => messages.push(message),
    fileHandler,
  );
  const compiler = new Compiler(text, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (story && !compiler.errors.length) json = story.ToJson() ?? null;
  } catch (e) {
    if (messages.length === 0 && compiler.errors.length === 0)
      messages.push(`ERROR: ${(e as Error).message}`);
  }
  const seen = new Set<string>();
  for (const raw of [...messages, ...compiler.errors, ...compiler.warnings, ...compiler.authorMessages]) {
    if (seen.has(raw)) continue;
    seen.add(raw);
    diagnostics.push(parseCompilerMessage(raw, file, display));
  }
  // A missing INCLUDE compiles as an empty file: the story would run without it, so it gets no JSON.
  if (diagnostics.some((d) => d.severity === 'error')) json = null;
  if (json === null && !diagnostics.some((d) => d.severity === 'error'))
    diagnostics.push({ file, severity: 'error', message: 'compilation failed' });
  return { json, diagnostics, includes };
}
