// `npm run check:translations` over a story tree: each translation is paired with its English source
// by path, checked for parity and staleness by content hash, and the coverage per language is counted.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTranslations, sourceHash } from '../../scripts/check/check-translations.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'parity');
const SOURCE = readFileSync(join(FIXTURES, 'source.ink'), 'utf8');
const TRANSLATION = readFileSync(join(FIXTURES, 'translation.ink'), 'utf8');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'parity-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('check:translations', () => {
  it('passes an up-to-date translation and counts what is not translated yet', () => {
    const root = tree({
      'stories/hotel/parity.ink': SOURCE,
      'stories/hotel/other.ink': SOURCE,
      'stories/es-US/hotel/parity.ink': TRANSLATION.replace('HASH', sourceHash(SOURCE)),
    });
    expect(checkTranslations(root)).toEqual({
      problems: [],
      coverage: [
        {
          locale: 'es-US',
          translated: 1,
          of: 2,
          missing: ['hotel/other.ink'],
          catalogs: false,
          scenes: { translated: 0, of: 0 },
          captions: false,
        },
      ],
    });
  });

  it('reports a stale translation once its source changes, and a translation with no source', () => {
    const old = sourceHash(SOURCE);
    const changed = SOURCE.replace('One small bag', 'A single small bag');
    const root = tree({
      'stories/hotel/parity.ink': changed,
      'stories/es-US/hotel/parity.ink': TRANSLATION.replace('HASH', old),
      'stories/es-US/hotel/gone.ink': TRANSLATION,
    });
    const { problems } = checkTranslations(root);
    expect(problems).toEqual([
      'stories/es-US/hotel/gone.ink: translates stories/hotel/gone.ink, which does not exist',
      `stories/hotel/parity.ink:1 ↔ stories/es-US/hotel/parity.ink:1: stale: translated from source ${old}, but the source is now ${sourceHash(changed)}; bring the translation up to date, then update its translation-of: line`,
    ]);
  });

  it('finds no problem in the project’s own translations', () => {
    expect(checkTranslations(join(import.meta.dirname, '..', '..')).problems).toEqual([]);
  });
});
