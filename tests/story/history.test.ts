import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import { attemptFromDebrief, type AttemptRecord } from '../../src/core/progress/history.ts';
import { readHistoryFile } from '../../src/core/progress/history-read.ts';
import { refresherStatus, suggestions, summarise } from '../../src/core/progress/history-summary.ts';
import { DataError } from '../../src/core/validate.ts';
import { memoryHistory } from '../../src/state/history.ts';
import { play, type Step } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'night-lobby.ink');
const PATH: Step[] = [
  'Could be nothing',
  'Walk on into the lobby',
  'Head back to the desk',
  'Step up beside Dana',
  'Evening. Dana will look after you',
  'Stay at the desk and let them go',
  'Keep it in your notebook',
  { report: { observed: [], action: 'log' } },
];
const NAMES = { hotel: 'Hotel', hospital: 'Hospital', store: 'Store', transit: 'Transit' };

function record(overrides: Partial<AttemptRecord>): AttemptRecord {
  return {
    id: 'a',
    encounterId: 'hotel.night_lobby',
    title: 'Night shift',
    setting: 'hotel',
    mode: 'practice',
    finishedAt: '2026-01-01T10:00:00.000Z',
    percent: 50,
    dimensions: [{ id: 'trust', name: 'Trust', score: 1, max: 2 }],
    missed: [{ id: 'hotel.side_door_entry', description: 'Side door' }],
    critical: [],
    ...overrides,
  };
}

describe('attempt history', () => {
  it('keeps every completed debrief in the history store', async () => {
    const history = memoryHistory();
    const { debrief, store } = await play(FILE, PATH, { history });
    await new Promise((r) => setTimeout(r, 0));
    const { attempts } = await history.list();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.percent).toBe(debrief.total.percent);
    expect(attempts[0]!.missed.map((m) => m.id)).toEqual(debrief.missed.map((m) => m.id));
    expect(store.getState().attempts).toHaveLength(1);
  });

  it('summarises latest, best and trend per setting and dimension, oldest first, and the most-missed signs', () => {
    const p = summarise(
      [
        record({
          id: '2',
          finishedAt: '2026-02-01T00:00:00Z',
          percent: 80,
          dimensions: [{ id: 'trust', name: 'Trust', score: 2, max: 2 }],
          missed: [],
        }),
        record({ id: '1', finishedAt: '2026-01-01T00:00:00Z', percent: 40 }),
        record({ id: '3', finishedAt: '2026-03-01T00:00:00Z', percent: 60, setting: 'store' }),
      ],
      NAMES,
    );
    expect(p.settings).toEqual([
      { key: 'hotel', label: 'Hotel', attempts: 2, latest: 80, best: 80, trend: [40, 80] },
      { key: 'store', label: 'Store', attempts: 1, latest: 60, best: 60, trend: [60] },
    ]);
    expect(p.dimensions[0]).toMatchObject({ key: 'trust', trend: [50, 100, 50], latest: 50, best: 100 });
    expect(p.mostMissed).toEqual([{ id: 'hotel.side_door_entry', description: 'Side door', count: 2 }]);
  });

  it('exports and imports a history file; duplicates are skipped', async () => {
    const history = memoryHistory();
    const { store } = await play(FILE, PATH, { history });
    const text = store.getState().exportHistory();
    expect(readHistoryFile('x.json', text)).toHaveLength(1);
    const other = memoryHistory();
    const { store: second } = await play(FILE, PATH, { history: other, seed: 7 });
    expect(await second.getState().importHistory('x.json', text)).toBe(true);
    expect(second.getState().attempts).toHaveLength(2);
    expect(await second.getState().importHistory('x.json', text)).toBe(true);
    expect(second.getState().attempts).toHaveLength(2);
    expect((await other.list()).attempts).toHaveLength(2);
  });

  it('refuses a malformed or foreign file with the reason, and keeps what is saved', async () => {
    const history = memoryHistory();
    const { store } = await play(FILE, PATH, { history });
    for (const [text, reason] of [
      ['{"not json', 'is not a JSON file'],
      ['{"format":"something-else"}', 'is not a Second Look history export'],
      ['{"format":"second-look-history","version":9,"attempts":[]}', 'cannot read (version 9)'],
      [
        '{"format":"second-look-history","version":1,"attempts":[{"id":"x"}]}',
        'attempts[0].encounterId: is missing',
      ],
    ] as const) {
      expect(await store.getState().importHistory('bad.json', text)).toBe(false);
      expect(store.getState().notices.at(-1)?.text).toContain(reason);
      expect(store.getState().notices.at(-1)?.text).toContain('Nothing already saved was changed');
    }
    expect((await history.list()).attempts).toHaveLength(1);
    expect(() => readHistoryFile('bad.json', '[]')).toThrow(DataError);
  });

  it('leaves a damaged stored record out of the progress page and says so', async () => {
    const good = attemptFromDebrief((await play(FILE, PATH)).debrief, new Date('2026-01-01'), 'good');
    const history = memoryHistory([good, { id: 'broken', percent: 'lots' }]);
    const { store } = await play(FILE, PATH, { history });
    await store.getState().loadHistory();
    expect(store.getState().attempts.map((a) => a.id)).toContain('good');
    expect(store.getState().attempts.map((a) => a.id)).not.toContain('broken');
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toContain('1 saved attempt could not be read');
  });
});

describe('refreshers and suggestions', () => {
  it('a refresher is due the configured number of days after the last attempt in a setting', () => {
    const attempts = [
      record({ id: '1', finishedAt: '2026-01-01T00:00:00Z' }),
      record({ id: '2', finishedAt: '2026-03-01T00:00:00Z' }),
    ];
    const before = refresherStatus(attempts, 'hotel', new Date('2026-05-01T00:00:00Z'), 90);
    expect(before).toEqual({ lastAt: '2026-03-01T00:00:00Z', dueAt: '2026-05-30T00:00:00.000Z', due: false });
    expect(refresherStatus(attempts, 'hotel', new Date('2026-06-01T00:00:00Z'), 90)?.due).toBe(true);
    expect(refresherStatus(attempts, 'hotel', new Date('2026-04-01T00:00:00Z'), 30)?.due).toBe(true);
    expect(refresherStatus(attempts, 'store', new Date('2026-06-01T00:00:00Z'))).toBeNull();
  });

  it('suggests the encounters where the most-missed signs were missed', () => {
    const attempts = [
      record({ id: '1', encounterId: 'hotel.a', title: 'A', missed: [{ id: 'x', description: 'Sign X' }] }),
      record({
        id: '2',
        encounterId: 'store.b',
        title: 'B',
        setting: 'store',
        finishedAt: '2026-02-01T00:00:00Z',
        missed: [
          { id: 'x', description: 'Sign X' },
          { id: 'y', description: 'Sign Y' },
        ],
      }),
    ];
    expect(suggestions(attempts)).toEqual([{ encounterId: 'store.b', title: 'B', sign: 'Sign X' }]);
  });
});

describe('a save whose story has changed', () => {
  it('is explained and set aside (and exported), never loaded into the new story', async () => {
    const { compiled, depsFor, memoryStorage } = await import('./harness.ts');
    const { createAppStore, PERSIST_KEY } = await import('../../src/state/store.ts');
    const encounter = compiled(FILE);
    const storage = memoryStorage();
    const first = createAppStore(depsFor(encounter, storage));
    first.getState().select(encounter.meta.id);
    await first.getState().start('practice');
    first.getState().choose(first.getState().session!.state.choices[0]!.index);
    // Pretend the story was edited after this save was made.
    const saved = JSON.parse(storage.getItem(PERSIST_KEY) as string) as {
      state: { session: { contentHash: string } };
    };
    saved.state.session.contentHash = 'an-older-version';
    storage.setItem(PERSIST_KEY, JSON.stringify(saved));

    const second = createAppStore(depsFor(encounter, storage));
    expect(await second.getState().resume()).toBe(false);
    expect(second.getState().session).toBeNull();
    expect(second.getState().notices.at(-1)?.text).toContain('has been updated since you left');
    expect(second.getState().setAside.map((s) => s.contentHash)).toEqual(['an-older-version']);
    const exported = JSON.parse(second.getState().exportHistory()) as { setAside: unknown[] };
    expect(exported.setAside).toHaveLength(1);
    // It survives a reload too.
    expect(createAppStore(depsFor(encounter, storage)).getState().setAside).toHaveLength(1);
  });
});
