import { afterEach, describe, expect, it } from 'vitest';
import { takeEarlyEncounterFile } from '../../src/app/early.ts';
import { EARLY_ENCOUNTER_FILE } from '../../src/core/config/config-request.ts';
import type { CompiledEncounter } from '../../src/core/encounter/analysis.ts';
import {
  encounterFileKey,
  readEncounterFile,
  writeEncounterFile,
} from '../../src/core/encounter/encounter-file.ts';

// A stand-in with the shape the file keeps: everything but the story on the first line.
const encounter = {
  meta: { id: 'hotel.mini', title: 'Mini' },
  contentHash: '0123456789abcdef',
  story: '{"inkVersion":21,"root":[["^Hello.","\\n",null]]}',
} as unknown as CompiledEncounter;

describe('an encounter file', () => {
  it('reads back what was written, the story text unchanged', () => {
    const text = writeEncounterFile(encounter);
    expect(text.split('\n')).toHaveLength(2);
    expect(text.split('\n')[0]).not.toContain('inkVersion');
    expect(readEncounterFile(text, 'mini.json')).toEqual(encounter);
  });

  it('names the file when the text is not one (an error page, a truncated download)', () => {
    for (const bad of [
      '<!doctype html><p>Not found</p>',
      '{"meta":{}}',
      '{"meta":{}}\n',
      '[1,2]\n{}',
      '{"meta":\n{}',
    ])
      expect(() => readEncounterFile(bad, 'assets/mini-1.json'), bad).toThrow(
        /^assets\/mini-1\.json: not an encounter file/,
      );
  });
});

describe("the boot hint's early request", () => {
  const early = () => ({
    key: 'hotel.mini@es-US',
    href: 'https://x/assets/mini.json',
    text: Promise.resolve('t'),
  });

  it('names a translation by its locale, and English by the id alone', () => {
    expect(encounterFileKey('hotel.mini', 'en-US')).toBe('hotel.mini');
    expect(encounterFileKey('hotel.mini', 'es-US')).toBe('hotel.mini@es-US');
  });

  const slot = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete slot[EARLY_ENCOUNTER_FILE];
  });

  it('is taken once, by the encounter and language it is for', () => {
    slot[EARLY_ENCOUNTER_FILE] = early();
    expect(takeEarlyEncounterFile('hotel.mini@es-US')?.href).toBe('https://x/assets/mini.json');
    expect(slot[EARLY_ENCOUNTER_FILE]).toBeUndefined();
    expect(takeEarlyEncounterFile('hotel.mini@es-US')).toBeNull();
  });

  it('is dropped, not taken, when it is for another language or is not a request', () => {
    slot[EARLY_ENCOUNTER_FILE] = early();
    expect(takeEarlyEncounterFile('hotel.mini')).toBeNull();
    expect(slot[EARLY_ENCOUNTER_FILE]).toBeUndefined();
    slot[EARLY_ENCOUNTER_FILE] = { key: 'hotel.mini', href: 'x', text: 'not a promise' };
    expect(takeEarlyEncounterFile('hotel.mini')).toBeNull();
    expect(takeEarlyEncounterFile('hotel.mini')).toBeNull();
  });
});
