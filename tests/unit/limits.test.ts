// Audit M1 and L4: every import and stored record has size, count and length limits with refusals
// that name the limit and the field; a damaged stored record is moved aside, never deleting the good
// ones; invisible bidi controls are refused in text the app shows as its own.

import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_FORMAT,
  type Assignment,
  decodeAssignment,
  encodeAssignment,
  readAssignment,
  readAssignmentFile,
} from '../../src/core/lms/assignment.ts';
import { historyFile, type AttemptRecord } from '../../src/core/progress/history.ts';
import { readHistoryExport, readHistoryFile } from '../../src/core/progress/history-read.ts';
import { summarise, TREND_POINTS } from '../../src/core/progress/history-summary.ts';
import {
  cleanFileName,
  cleanLearnerName,
  COUNT_LIMITS,
  FILE_NAME_SHOWN,
  FILE_LIMITS,
  sizeProblem,
  TEXT_LIMITS,
  textProblem,
} from '../../src/core/limits.ts';
import { readProgrammeFiles } from '../../src/core/progress/programme.ts';
import { DataError, Reader, SHOWN_PROBLEMS } from '../../src/core/validate.ts';
import { SETTINGS } from '../../src/core/vocabulary.ts';
import { memoryHistory } from '../../src/state/history.ts';
import { createProgrammeStore, PROGRAMME_KEY } from '../../src/state/programme.ts';

function record(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
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

const exportText = (attempts: unknown[], learner?: string) =>
  JSON.stringify({ ...historyFile([], new Date('2026-02-01'), learner), attempts });

const RLO = '\u202E';

describe('history import limits (M1)', () => {
  it('refuses a file over the size limit before parsing it, naming the limit', () => {
    const text = exportText([record({ title: 'x'.repeat(6_000_000) })]);
    expect(() => readHistoryFile('huge.json', text)).toThrow(
      /huge\.json: is too large \(6\.0 MB; at most 5\.0 MB\)/,
    );
  });

  it('refuses an over-long title, naming the attempt and the field', () => {
    const long = 'T'.repeat(TEXT_LIMITS.title + 1);
    expect(() => readHistoryFile('h.json', exportText([record(), record({ id: 'b', title: long })]))).toThrow(
      `attempts[1].title: is too long (${TEXT_LIMITS.title + 1} characters; at most ${TEXT_LIMITS.title})`,
    );
  });

  it('refuses more attempts than one file may hold', () => {
    const many = Array.from({ length: COUNT_LIMITS.attemptsPerFile + 1 }, (_, i) => record({ id: `r${i}` }));
    expect(() => readHistoryFile('many.json', exportText(many))).toThrow(
      `attempts: has too many entries (${COUNT_LIMITS.attemptsPerFile + 1}; at most ${COUNT_LIMITS.attemptsPerFile})`,
    );
  });

  it('refuses over-long lists inside an attempt and over-long ids', () => {
    const missed = Array.from({ length: COUNT_LIMITS.listPerAttempt + 1 }, (_, i) => ({
      id: `m${i}`,
      description: 'd',
    }));
    expect(() => readHistoryFile('h.json', exportText([record({ missed })]))).toThrow(
      /attempts\[0\]\.missed: has too many entries/,
    );
    expect(() => readHistoryFile('h.json', exportText([record({ critical: ['c'.repeat(500)] })]))).toThrow(
      /attempts\[0\]\.critical\[0\]: is too long/,
    );
  });

  it('refuses bidi controls in a learner name or a title (L4)', () => {
    expect(() => readHistoryExport('h.json', exportText([record()], `Sam${RLO}evil`))).toThrow(
      /learner: contains an invisible control character \(U\+202E\)/,
    );
    expect(() => readHistoryFile('h.json', exportText([record({ title: `Call 0900${RLO}` })]))).toThrow(
      /attempts\[0\]\.title: contains an invisible control character/,
    );
  });

  it('names at most a fixed number of problems in one message', () => {
    const bad = Array.from({ length: 50 }, (_, i) => ({ ...record({ id: `b${i}` }), percent: 'lots' }));
    try {
      readHistoryFile('bad.json', exportText(bad));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).problems).toHaveLength(50);
      expect((e as DataError).message).toContain(`and ${50 - SHOWN_PROBLEMS} more problems`);
    }
  });

  it('the instructor summary refuses files beyond its count, and reads the rest', () => {
    const text = exportText([record()], 'Sam');
    const files = Array.from({ length: FILE_LIMITS.programmeFiles + 2 }, (_, i) => ({
      name: `f${i}.json`,
      text,
    }));
    const { loaded, refused } = readProgrammeFiles(files);
    expect(loaded).toHaveLength(FILE_LIMITS.programmeFiles);
    expect(refused.map((r) => r.file)).toEqual([
      `f${FILE_LIMITS.programmeFiles}.json`,
      `f${FILE_LIMITS.programmeFiles + 1}.json`,
    ]);
    expect(refused[0]!.reason).toMatch(/at most 500 at once/);
  });
});

describe('stored attempts (M1)', () => {
  it('moves an over-long or damaged stored record aside and keeps every good one', async () => {
    const good = record({ id: 'good' });
    const hugeTitle = record({ id: 'huge', title: 'x'.repeat(1_000_000) });
    const hugeExtra = { ...record({ id: 'extra' }), note: 'y'.repeat(FILE_LIMITS.storedAttempt) };
    const history = memoryHistory([good, hugeTitle, hugeExtra, { id: 'broken' }]);
    const first = await history.list();
    expect(first.attempts.map((a) => a.id)).toEqual(['good']);
    expect(first.damaged).toBe(3);
    expect(history.quarantine.size).toBe(3);
    // The bad ones are kept for support, out of the way: the next launch reads only the good one.
    const second = await history.list();
    expect(second).toEqual({ attempts: [good], damaged: 0 });
  });
});

describe('assignment limits (M1, L4)', () => {
  const assignment = {
    format: ASSIGNMENT_FORMAT,
    version: 1,
    title: 'Night shift refresher',
    encounters: ['hotel.night_lobby'],
    mode: 'practice' as const,
    passMark: 70,
  } satisfies Assignment;

  it('refuses an over-long title or a bidi control in it, naming the field', () => {
    expect(() =>
      readAssignment('a.json', { ...assignment, title: 'x'.repeat(TEXT_LIMITS.title + 1) }),
    ).toThrow(/a\.json: title: is too long/);
    expect(() => readAssignment('a.json', { ...assignment, title: `Call 0900 123 456${RLO}` })).toThrow(
      /title: contains an invisible control character \(U\+202E\)/,
    );
  });

  it('refuses an oversize file or link before decoding it', () => {
    expect(() => readAssignmentFile('a.json', ' '.repeat(FILE_LIMITS.assignmentFile + 1))).toThrow(
      /a\.json: is too large/,
    );
    const code = encodeAssignment({ ...assignment, title: 'ok' });
    expect(decodeAssignment(code).title).toBe('ok');
    expect(() => decodeAssignment(code + 'A'.repeat(FILE_LIMITS.assignmentLink))).toThrow(
      /assignment link: is too large/,
    );
  });
});

describe('text the app shows as its own (L4)', () => {
  it('refuses each bidi control and allows ordinary text, tabs and new lines', () => {
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200F',
      '\u0000',
    ])
      expect(textProblem(`a${c}b`, 100)).toMatch(/invisible control character/);
    expect(textProblem('Café – 東京\tline\nnext', 100)).toBeNull();
    expect(textProblem('مرحبا', 100)).toBeNull();
    expect(textProblem('abc', 2)).toBe('is too long (3 characters; at most 2)');
  });

  it('the reader applies a default length limit to every text field', () => {
    const r = new Reader('f');
    expect(r.text({ x: 'y'.repeat(TEXT_LIMITS.text + 1) }, 'x', 'p')).toBe('');
    expect(r.problems[0]).toMatch(/^p\.x: is too long/);
  });

  it('cleans a learner name from any source: typed, saved or from an LMS', () => {
    expect(cleanLearnerName(`  Sam ${RLO}Lee\u2066 `)).toBe('Sam Lee');
    expect(cleanLearnerName('n'.repeat(5000))).toHaveLength(TEXT_LIMITS.learner);
    const saved = new Map<string, string>([
      [PROGRAMME_KEY, JSON.stringify({ learner: `${'z'.repeat(4_000_000)}${RLO}` })],
    ]);
    const store = createProgrammeStore([], {
      getItem: (k) => saved.get(k) ?? null,
      setItem: (k, v) => void saved.set(k, v),
    });
    expect(store.getState().learner).toHaveLength(TEXT_LIMITS.learner);
    store.getState().setLearner(`Ana${RLO}`);
    expect(store.getState().learner).toBe('Ana');
  });

  it('says how big a file is against its limit', () => {
    expect(sizeProblem(10, 10)).toBeNull();
    expect(sizeProblem(52_400_000, 5_000_000)).toBe('is too large (52.4 MB; at most 5.0 MB)');
    expect(sizeProblem(150_000, 100_000)).toBe('is too large (150 KB; at most 100 KB)');
  });
});

describe('progress summary of many attempts (M1)', () => {
  it(`shows only the latest ${TREND_POINTS} points of a trend`, () => {
    const attempts = Array.from({ length: 5000 }, (_, i) =>
      record({
        id: `r${i}`,
        percent: i % 101,
        finishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    const names = Object.fromEntries(SETTINGS.map((s) => [s, s])) as Record<
      (typeof SETTINGS)[number],
      string
    >;
    const p = summarise(attempts, names);
    const hotel = p.settings.find((s) => s.key === 'hotel');
    expect(hotel?.attempts).toBe(5000);
    expect(hotel?.trend).toHaveLength(TREND_POINTS);
    expect(hotel?.best).toBe(100);
  });
});

describe('file names in notices (audit L4)', () => {
  it('removes hidden controls and shortens a long name in the middle', () => {
    expect(cleanFileName(`report\u202Efdp.exe`)).toBe('reportfdp.exe');
    const long = `${'a'.repeat(100)}-history.json`;
    const shown = cleanFileName(long);
    expect(shown).toHaveLength(FILE_NAME_SHOWN);
    expect(shown.startsWith('aaa')).toBe(true);
    expect(shown.endsWith('-history.json')).toBe(true);
    expect(shown).toContain('…');
    expect(cleanFileName('history.json')).toBe('history.json');
  });
});
