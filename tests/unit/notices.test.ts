// Notices about an error say what happened and what to do in the learner's language; the error's own
// text (English, naming the file, line or field) is kept apart as the technical details (issue #13).

import { afterEach, describe, expect, it } from 'vitest';
import type { EncounterEntry } from '../../src/core/encounter/analysis.ts';
import { EncounterError } from '../../src/core/encounter/encounter.ts';
import { DataError } from '../../src/core/validate.ts';
import { useLocale } from '../../src/i18n/messages.ts';
import { FAILURE_KINDS, failureOf } from '../../src/state/failure.ts';
import { LATE_KIT } from '../../src/state/late-kit.ts';
import { ready } from '../../src/state/lazy.ts';
import { createAppStore, type StoreDeps } from '../../src/state/store.ts';
import { EngineError, SavedStateError, StepLimitError, StoryError } from '../../src/story/errors.ts';
import { failureText, NOTICE_TEXTS } from '../../src/ui/strings/strings-notices.ts';
import { englishOnScreen } from '../browser/english-on-screen.ts';
import { defaultConfig, realCatalogs } from './helpers.ts';

afterEach(() => useLocale('en-US'));

const refusal = () =>
  new DataError('bad.json', [{ path: 'attempts[0].score', code: 'notNumber', params: {} }]);

describe('what went wrong, as a code', () => {
  it.each([
    [refusal(), 'data'],
    [new StepLimitError('the story printed 5000 lines'), 'storyLoops'],
    [new EngineError('TypeError: x is undefined'), 'engine'],
    [new SavedStateError('the saved story state could not be loaded (Unexpected token)'), 'savedState'],
    [new StoryError('ink line 12 of hotel.ink: divert target not found'), 'storyBroken'],
    [new EncounterError('the story ended without passing through the incident report'), 'storyBroken'],
    [new TypeError('Failed to fetch dynamically imported module: /assets/x.js'), 'offline'],
    [new TypeError('Failed to fetch'), 'offline'],
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'storage'],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), 'unexpected'],
    ['a thrown string', 'unexpected'],
  ] as const)('%s is %s', (error, kind) => {
    expect(failureOf(error).kind).toBe(kind);
  });

  it("keeps the error's own text, with its name, as the detail", () => {
    expect(failureOf(new StepLimitError('the story printed 5000 lines')).detail).toBe(
      'StepLimitError: the story printed 5000 lines',
    );
    expect(failureOf(new EngineError('TypeError: x')).detail).toBe('EngineError: TypeError: x');
    expect(failureOf(refusal()).detail).toContain('bad.json: attempts[0].score');
    expect(failureOf(new Error('')).detail).toBe('Error');
  });
});

describe('a failure in words', () => {
  it('has a message of its own for every kind, in every language, without the error text', async () => {
    for (const locale of ['en-US', 'es-US'] as const) {
      await useLocale(locale);
      const texts = FAILURE_KINDS.filter((k) => k !== 'data').map((kind) =>
        failureText({ kind, detail: 'StoryError: SECRET DETAIL' }),
      );
      expect(new Set(texts).size).toBe(texts.length);
      for (const t of texts) expect(t).not.toContain('SECRET');
    }
  });

  it('words a refusal from its reasons, field path included, in Spanish', async () => {
    await useLocale('es-US');
    const text = failureText(failureOf(refusal()));
    expect(text).toContain('attempts[0].score');
    expect(englishOnScreen([{ text, where: 'notice' }], ['attempts[0].score', 'bad.json'])).toEqual([]);
  });
});

/** A store whose one encounter fails to load with `error`. */
function storeFailingWith(error: unknown) {
  const entry: EncounterEntry = {
    id: 'broken',
    get meta(): never {
      throw new Error('not read');
    },
    load: () => Promise.reject(error),
  };
  const deps: StoreDeps = {
    encounters: [entry],
    catalogs: ready(realCatalogs()),
    kit: ready(LATE_KIT),
    texts: ready(NOTICE_TEXTS),
    config: defaultConfig(),
    ctx: {},
    opener: { open: () => Promise.reject(new Error('not used')) },
  };
  return createAppStore(deps);
}

describe('a notice about an error', () => {
  const inkFault = new StoryError('hotel/night-lobby.ink line 40: divert target "lobyy" not found');

  it('says what happened and what to do, with the error text only as the details', async () => {
    const store = storeFailingWith(inkFault);
    store.getState().select('broken');
    await store.getState().start('practice');
    const notice = store.getState().notices.at(-1)!;
    expect(notice.text).toMatch(/^The encounter could not be loaded\. The encounter's story has a fault/);
    expect(notice.text).not.toContain('lobyy');
    expect(notice.detail).toBe('StoryError: hotel/night-lobby.ink line 40: divert target "lobyy" not found');
  });

  it('is all Spanish on a Spanish screen, and the details still name the file and line', async () => {
    await useLocale('es-US');
    const store = storeFailingWith(inkFault);
    store.getState().select('broken');
    await store.getState().start('practice');
    const notice = store.getState().notices.at(-1)!;
    expect(notice.text).toMatch(
      /^No se pudo cargar el encuentro\. La historia del encuentro tiene una falla/,
    );
    expect(englishOnScreen([{ text: notice.text, where: 'notice' }])).toEqual([]);
    expect(notice.detail).toContain('hotel/night-lobby.ink line 40');
  });

  it('says to check the connection when the story could not be fetched', async () => {
    await useLocale('es-US');
    const store = storeFailingWith(new TypeError('Failed to fetch dynamically imported module: /x.js'));
    store.getState().select('broken');
    await store.getState().start('practice');
    const notice = store.getState().notices.at(-1)!;
    expect(notice.text).toContain('Revise la conexión');
    expect(notice.detail).toBe('TypeError: Failed to fetch dynamically imported module: /x.js');
  });

  it('has no details when the notice reports no error', () => {
    const store = storeFailingWith(inkFault);
    store.getState().tell('replayChanged');
    expect(store.getState().notices).toEqual([{ text: NOTICE_TEXTS.replayChanged() }]);
  });
});
