// The CSV files in the interface's language: the header row is in the active locale, while the
// columns' order and every cell (ids of measures, tables, settings, statuses) stay the same, so files
// exported in English and in Spanish line up column for column.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv.ts';
import { readHistoryExport } from '../../src/core/progress/history-read.ts';
import {
  ATTEMPT_CSV_COLUMNS,
  attemptsCsv,
  readProgrammeFiles,
  summariseProgramme,
  summaryCsv,
  SUMMARY_CSV_COLUMNS,
} from '../../src/core/progress/programme.ts';
import { useLocale } from '../../src/i18n/messages.ts';
import { CSV_STRINGS } from '../../src/ui/strings/strings-csv.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'programme');
const file = (name: string) => ({ name, text: readFileSync(join(DIR, name), 'utf8') });

/** The CSV text in each language, written while that language is active. */
async function inEachLanguage(write: () => string): Promise<{ en: string[][]; es: string[][] }> {
  await useLocale('en-US');
  const en = parseCsv(write());
  await useLocale('es-US');
  const es = parseCsv(write());
  return { en, es };
}

afterEach(() => useLocale('en-US'));

describe('CSV headers in the active language', () => {
  it("writes a learner's results with the header in the active language and the same cells", async () => {
    const { attempts } = readHistoryExport('alice.json', file('alice.json').text);
    const { en, es } = await inEachLanguage(() => attemptsCsv('Alice Ng', attempts, CSV_STRINGS.attempts));
    expect(en[0]).toHaveLength(ATTEMPT_CSV_COLUMNS.length);
    expect(es[0]).toHaveLength(ATTEMPT_CSV_COLUMNS.length);
    expect(en[0]?.[ATTEMPT_CSV_COLUMNS.indexOf('learner')]).toBe('Learner');
    expect(es[0]?.[ATTEMPT_CSV_COLUMNS.indexOf('learner')]).toBe('Participante');
    expect(es[0]?.[ATTEMPT_CSV_COLUMNS.indexOf('measure')]).toBe('Medida');
    // Every header is translated: none is left as the English word.
    expect(es[0]?.filter((w, i) => w === en[0]?.[i])).toEqual([]);
    // The rows are the same, cell for cell: ids, numbers and the learner's own words.
    expect(es.slice(1)).toEqual(en.slice(1));
    expect(en.length).toBeGreaterThan(1);
    const measure = ATTEMPT_CSV_COLUMNS.indexOf('measure');
    expect(new Set(es.slice(1).map((r) => r[measure]))).toEqual(
      new Set(['total_percent', 'dimension', 'indicator']),
    );
  });

  it('writes the program summary with the header in the active language and the same cells', async () => {
    const { loaded } = readProgrammeFiles([file('alice.json'), file('bob.json')]);
    const s = summariseProgramme(loaded);
    const { en, es } = await inEachLanguage(() => summaryCsv(s, CSV_STRINGS.summary));
    expect(en[0]).toEqual(['Table', 'Assignment', 'Learner', 'Item ID', 'Item', 'Measure', 'Value']);
    expect(es[0]).toEqual([
      'Tabla',
      'Asignación',
      'Participante',
      'ID del elemento',
      'Elemento',
      'Medida',
      'Valor',
    ]);
    expect(es.slice(1)).toEqual(en.slice(1));
    expect(new Set(es.slice(1).map((r) => r[0]))).toContain('learners');
  });

  it('falls back to the column ids when no words are given (the core knows no language)', () => {
    const { attempts } = readHistoryExport('alice.json', file('alice.json').text);
    expect(parseCsv(attemptsCsv('', attempts))[0]).toEqual([...ATTEMPT_CSV_COLUMNS]);
    const s = summariseProgramme(readProgrammeFiles([file('bob.json')]).loaded);
    expect(parseCsv(summaryCsv(s))[0]).toEqual([...SUMMARY_CSV_COLUMNS]);
  });

  it('has words for every column id, distinct within a file, in every language', async () => {
    for (const locale of ['en-US', 'es-US'] as const) {
      await useLocale(locale);
      for (const [columns, words] of [
        [ATTEMPT_CSV_COLUMNS, CSV_STRINGS.attempts],
        [SUMMARY_CSV_COLUMNS, CSV_STRINGS.summary],
      ] as const) {
        const row = columns.map((c) => (words as Record<string, string>)[c] ?? '');
        expect(
          row.every((w) => w.trim().length > 0),
          `${locale}: ${row.join(', ')}`,
        ).toBe(true);
        expect(new Set(row).size, `${locale}: ${row.join(', ')}`).toBe(columns.length);
        expect(Object.keys(words).sort()).toEqual([...columns].sort());
      }
    }
  });
});
