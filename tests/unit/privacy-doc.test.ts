// docs/privacy.md stays true to the code: it names every storage key, database and cache the game
// owns (from the typed table in src/core/storage-keys.ts), and no code reads or writes browser
// storage under a name typed where it is used, so the table is the whole list.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DAMAGED_SUFFIX,
  HISTORY_DB,
  HISTORY_STORE,
  PRECACHE_PREFIX,
  RUNTIME_CACHE,
  STORAGE_KEYS,
  versionCopyKey,
} from '../../src/core/storage-keys.ts';
import { PROGRAMME_KEY } from '../../src/state/programme.ts';
import { PERSIST_KEY } from '../../src/state/persist.ts';
import { sourceFiles } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'privacy.md'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The names the doc puts in code spans. */
const named = new Set([...doc.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));

describe('docs/privacy.md', () => {
  it('names every storage key the code uses', () => {
    const missing = Object.values(STORAGE_KEYS).filter((k) => !named.has(k));
    expect(missing, `keys not in docs/privacy.md: ${missing.join(', ')}`).toEqual([]);
  });

  it('names the copies kept of unusable saves, the database, its store and the caches', () => {
    expect(named).toContain(`${STORAGE_KEYS.state}${DAMAGED_SUFFIX}`);
    expect(named).toContain(versionCopyKey(STORAGE_KEYS.state, NaN).replace('NaN', '<N>'));
    expect(doc).toContain(`IndexedDB database \`${HISTORY_DB}\``);
    expect(named).toContain(HISTORY_STORE);
    expect(named).toContain(`${PRECACHE_PREFIX}<version>`);
    expect(named).toContain(RUNTIME_CACHE);
  });

  it('is linked from the README', () => {
    expect(readme).toContain('(docs/privacy.md)');
  });
});

describe('storage names in the code', () => {
  it('come from the typed table: no storage call, database or cache is given a name typed in place', () => {
    const literal =
      /\b(?:getItem|setItem|removeItem|deleteDatabase|createStore|caches\.open|caches\.delete|indexedDB\.open)\(\s*(?:['"]|`(?!\$\{))/;
    const found: string[] = [];
    for (const file of sourceFiles(ROOT, 'src')) {
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (literal.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it('the older names are the table’s', () => {
    expect(PERSIST_KEY).toBe(STORAGE_KEYS.state);
    expect(PROGRAMME_KEY).toBe(STORAGE_KEYS.programme);
  });
});
