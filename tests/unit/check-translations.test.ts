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

  it('refuses a translation that states what the configured hotline is like, with its line', () => {
    const translation = TRANSLATION.replace('HASH', sourceHash(SOURCE)).replace(
      'El vestíbulo está tranquilo.',
      'El vestíbulo está tranquilo. En la línea de ayuda no son la policía.',
    );
    const root = tree({
      'stories/hotel/parity.ink': SOURCE,
      'stories/es-US/hotel/parity.ink': translation,
    });
    const line = translation.split('\n').findIndex((l) => l.includes('línea de ayuda')) + 1;
    const { problems } = checkTranslations(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^stories/es-US/hotel/parity.ink:${line}: states a fact about the hotline \\(isPolice\\)`),
    );
  });

  it('checks scene words and captions by file and id, and counts the scenes translated', () => {
    const assets = join(import.meta.dirname, '..', '..', 'assets');
    const scene = readFileSync(join(assets, 'scenes', 'rail_platform.json'), 'utf8');
    const root = tree({
      'assets/scenes/rail_platform.json': scene,
      'assets/scenes/airport_gate.json': readFileSync(join(assets, 'scenes', 'airport_gate.json'), 'utf8'),
      'assets/scenes/es-US/rail_platform.json': JSON.stringify({
        title: 'Andén 2',
        description: '',
        hotspots: { train: 'Tren' },
      }),
      'assets/audio/sounds.json': readFileSync(join(assets, 'audio', 'sounds.json'), 'utf8'),
      'assets/audio/es-US/sounds.json': JSON.stringify({ ui_click: '[Clic]', thunder: '[Trueno]' }),
    });
    const report = checkTranslations(root);
    expect(report.problems).toContain('assets/scenes/es-US/rail_platform.json: "description" must be text');
    expect(report.problems).toContain('assets/scenes/es-US/rail_platform.json: bench: not translated');
    expect(report.problems).toContain('assets/audio/es-US/sounds.json: thunder: no sound with this id');
    expect(report.problems).toContain('assets/audio/es-US/sounds.json: page_turn: not translated');
    expect(report.problems).not.toContain('assets/scenes/es-US/rail_platform.json: train: not translated');
    expect(report.coverage[0]).toMatchObject({ scenes: { translated: 1, of: 2 }, captions: true });
  });

  it('finds no problem in the project’s own translations', () => {
    expect(checkTranslations(join(import.meta.dirname, '..', '..')).problems).toEqual([]);
  });
});
