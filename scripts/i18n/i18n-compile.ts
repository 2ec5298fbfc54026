// The message catalogs' compiler (docs/i18n.md). Interface wording lives in ICU MessageFormat
// catalogs, one JSON file per namespace and locale under src/i18n/messages/<locale>/. This turns each
// into a TypeScript module under src/i18n/generated/<locale>/: plain strings stay strings, messages
// with arguments become typed functions (`minutes({ n: 3 })`), compiled ahead of time by
// @messageformat/core so the browser ships no ICU parser. `npm run i18n` writes the modules;
// tests/unit/i18n.test.ts checks they are fresh and that every locale matches English.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { parse, type Token } from '@messageformat/parser';

export const SOURCE_LOCALE = 'en-US';
export const MESSAGES_DIR = join('src', 'i18n', 'messages');
export const GENERATED_DIR = join('src', 'i18n', 'generated');

/** A catalog: nested objects whose leaves are ICU messages. */
export interface Catalog {
  [key: string]: string | Catalog;
}

/** A problem in a catalog, named by file and key path. */
export interface CatalogProblem {
  file: string;
  key: string;
  message: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.key}: ${p.message}`).join('\n'));
    this.name = 'CatalogError';
  }
}

/** What a message's arguments must be: `number` for plural, ordinal and number; text for the rest. */
type ArgType = 'number' | 'string';

/** The arguments a message takes, by name. Throws the parser's error for bad ICU syntax. */
export function messageArgs(message: string): Map<string, ArgType> {
  const args = new Map<string, ArgType>();
  const visit = (tokens: readonly Token[]) => {
    for (const t of tokens) {
      if (t.type === 'argument') {
        if (!args.has(t.arg)) args.set(t.arg, 'string');
      } else if (t.type === 'function') {
        args.set(t.arg, t.key === 'number' ? 'number' : (args.get(t.arg) ?? 'string'));
      } else if (t.type === 'plural' || t.type === 'selectordinal') {
        args.set(t.arg, 'number');
        for (const c of t.cases) visit(c.tokens);
      } else if (t.type === 'select') {
        if (!args.has(t.arg)) args.set(t.arg, 'string');
        for (const c of t.cases) visit(c.tokens);
      }
    }
  };
  visit(parse(message, { cardinal: [], ordinal: [] }));
  return args;
}

/** Every leaf of a catalog as [dotted key, message]. */
export function leaves(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[prefix + k, v]] : leaves(v, `${prefix}${k}.`),
  );
}

/** Reads one catalog file; a file that is not JSON of nested strings is a problem naming it. */
export function readCatalog(file: string): Catalog {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CatalogError([{ file, key: '(file)', message: `is not valid JSON (${(e as Error).message})` }]);
  }
  const problems: CatalogProblem[] = [];
  const check = (v: unknown, key: string) => {
    if (typeof v === 'string') return;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) check(x, key ? `${key}.${k}` : k);
      return;
    }
    problems.push({ file, key: key || '(file)', message: 'must be a message (text) or a group of messages' });
  };
  check(data, '');
  if (problems.length > 0) throw new CatalogError(problems);
  return data as Catalog;
}

/** The TypeScript type of a catalog: strings, or functions of their arguments. */
function typeOf(
  catalog: Catalog,
  file: string,
  problems: CatalogProblem[],
  indent = '  ',
  prefix = '',
): string {
  const lines = Object.entries(catalog).map(([k, v]) => {
    const name = /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
    if (typeof v !== 'string')
      return `${indent}${name}: {\n${typeOf(v, file, problems, indent + '  ', `${prefix}${k}.`)}${indent}};`;
    let args: Map<string, ArgType>;
    try {
      args = messageArgs(v);
    } catch (e) {
      problems.push({
        file,
        key: prefix + k,
        message: `is not a valid ICU message: ${(e as Error).message}`,
      });
      return `${indent}${name}: string;`;
    }
    if (args.size === 0) return `${indent}${name}: string;`;
    const params = [...args]
      .map(([a, t]) => `${a}: ${t === 'number' ? 'number' : 'string | number'}`)
      .join('; ');
    return `${indent}${name}: (d: { ${params} }) => string;`;
  });
  return lines.join('\n') + '\n';
}

/** The interface's name for a namespace: `picker` → `PickerMessages`. */
export function interfaceName(namespace: string): string {
  return namespace.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()) + 'Messages';
}

/**
 * Compiles one namespace of one locale to TypeScript. English declares the interface; every other
 * locale is typed by it, so the type-checker also refuses a translation with a missing key, an extra
 * key or different arguments.
 */
export function compileNamespace(locale: string, namespace: string, catalog: Catalog, file: string): string {
  const problems: CatalogProblem[] = [];
  const type = typeOf(catalog, file, problems);
  if (problems.length > 0) throw new CatalogError(problems);
  const mf = new MessageFormat(locale, { strict: false, currency: 'USD' });
  let js: string;
  try {
    js = compileModule(mf, catalog as never);
  } catch (e) {
    throw new CatalogError([{ file, key: '(file)', message: (e as Error).message }]);
  }
  const iface = interfaceName(namespace);
  const header = `// Generated by \`npm run i18n\` from ${relative(process.cwd(), file).split('\\').join('/')}. Do not edit.\n`;
  const typeDecl =
    locale === SOURCE_LOCALE
      ? `export interface ${iface} {\n${type}}\n`
      : `import type { ${iface} } from '../${SOURCE_LOCALE}/${namespace}.ts';\n`;
  // A message without arguments is plain text in the interface: unwrap `() => "…"` to the literal.
  const body = js
    .replace(/^export default /m, `const messages: ${iface} = `)
    .replace(/: \(\) => ("(?:[^"\\]|\\.)*")/g, ': $1')
    .replace(/^import \{ ([^}]*) \} from "@messageformat\/runtime";$/m, (_line, names: string) =>
      typedRuntime(names),
    )
    .trimEnd();
  return `${header}${typeDecl}\n${body};\n\nexport default messages;\n`;
}

/**
 * The runtime's `plural` and `select` return `unknown` (a case may hold any value); every case here
 * is text, so the generated module wraps them to return strings.
 */
function typedRuntime(names: string): string {
  const list = names.split(',').map((n) => n.trim());
  const wrapped: string[] = list.filter((n) => n === 'plural' || n === 'select');
  const imports = list.map((n) => (wrapped.includes(n) ? `${n} as ${n}Any` : n)).join(', ');
  // A select's value may be given as a number too (the interface types every text argument
  // `string | number`); the runtime matches it as text.
  const wrappers = wrapped.map((n) =>
    n === 'select'
      ? `const select = (value: string | number, data: Parameters<typeof selectAny>[1]): string => String(selectAny(String(value), data));`
      : `const ${n} = (...args: Parameters<typeof ${n}Any>): string => String(${n}Any(...args));`,
  );
  return [`import { ${imports} } from "@messageformat/runtime";`, ...wrappers].join('\n');
}

/** Locales (folders) and, per locale, namespaces (files) found under MESSAGES_DIR. */
export function catalogFiles(root: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const locale of readdirSync(join(root, MESSAGES_DIR)).sort()) {
    const files = readdirSync(join(root, MESSAGES_DIR, locale)).filter((f) => f.endsWith('.json'));
    out.set(locale, files.map((f) => f.slice(0, -'.json'.length)).sort());
  }
  return out;
}

/** Every generated module, by path relative to root: one per locale and namespace, plus an index per locale. */
export function generateAll(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const problems: CatalogProblem[] = [];
  for (const [locale, namespaces] of catalogFiles(root)) {
    for (const ns of namespaces) {
      const file = join(MESSAGES_DIR, locale, `${ns}.json`);
      try {
        out.set(
          join(GENERATED_DIR, locale, `${ns}.ts`),
          compileNamespace(locale, ns, readCatalog(join(root, file)), file),
        );
      } catch (e) {
        if (!(e instanceof CatalogError)) throw e;
        problems.push(...e.problems);
      }
    }
    const index = [
      `// Generated by \`npm run i18n\`: every namespace of ${locale}, loaded together. Do not edit.\n`,
      ...namespaces.map((ns) => `import ${ident(ns)} from './${ns}.ts';\n`),
      `\nexport default { ${namespaces.map((ns) => (ident(ns) === ns ? ns : `'${ns}': ${ident(ns)}`)).join(', ')} };\n`,
    ].join('');
    out.set(join(GENERATED_DIR, locale, 'index.ts'), index);
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return out;
}

function ident(ns: string): string {
  return ns.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
}

/**
 * How a translation differs from English: keys missing or extra, and messages whose arguments differ.
 * Each problem names the translation's file and the key.
 */
export function compareCatalogs(en: Catalog, other: Catalog, file: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const a = new Map(leaves(en));
  const b = new Map(leaves(other));
  for (const key of a.keys())
    if (!b.has(key)) problems.push({ file, key, message: 'is missing (English has it)' });
  for (const [key, message] of b) {
    const source = a.get(key);
    if (source === undefined) {
      problems.push({ file, key, message: 'is not in English (remove it, or add it to English first)' });
      continue;
    }
    let want: string, got: string;
    try {
      want = [...messageArgs(source)]
        .map(([n, t]) => `${n}:${t}`)
        .sort()
        .join(', ');
      got = [...messageArgs(message)]
        .map(([n, t]) => `${n}:${t}`)
        .sort()
        .join(', ');
    } catch (e) {
      problems.push({ file, key, message: `is not a valid ICU message: ${(e as Error).message}` });
      continue;
    }
    if (want !== got) problems.push({ file, key, message: `takes {${got}} but English takes {${want}}` });
  }
  return problems;
}
