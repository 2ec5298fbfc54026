// Property-based tests (fast-check) of every parser of outside data: configuration, history imports,
// assignment files and links, URL parameters, LMS suspend data, learner names and relay messages.
// For each: well-formed values are accepted (and round-trip), and anything else is a DataError (or a
// Parsed failure) that names a field, never another exception. Run counts stay modest so the unit
// suite stays fast on a loaded 2-core machine; a failure prints the shrunk counterexample and seed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  decodeAssignment,
  encodeAssignment,
  readAssignment,
  readAssignmentFile,
  type Assignment,
} from '../../src/core/lms/assignment.ts';
import { CODE_ALPHABET } from '../../src/core/classroom/relay-protocol.ts';
import { parseConfigText, readConfig, toConfigFile } from '../../src/core/config/config.ts';
import { salvageConfig, salvageConfigText } from '../../src/core/config/config-salvage.ts';
import { historyFile, type AttemptRecord } from '../../src/core/progress/history.ts';
import { readHistoryExport } from '../../src/core/progress/history-read.ts';
import { cleanLearnerName, HIDDEN_CONTROLS, TEXT_LIMITS, textProblem } from '../../src/core/limits.ts';
import { decodeSuspend, encodeSuspend, type SuspendState } from '../../src/core/lms/lms.ts';
import { MODES } from '../../src/core/encounter/log.ts';
import {
  CLIENT_MSG,
  LIMITS as RELAY_LIMITS,
  parseClientMessage,
  parseServerMessage,
} from '../../src/core/classroom/relay-protocol.ts';
import { readLaunchParams } from '../../src/core/links/url-params.ts';
import { LOCALES } from '../../src/core/locale.ts';
import { DataError } from '../../src/core/validate.ts';
import { SETTINGS } from '../../src/core/vocabulary.ts';

/** Runs per property: enough to find the common mistakes, few enough to keep the suite quick. */
const RUNS = { numRuns: 150 };
const FEW = { numRuns: 60 };

/** Calls `f`; passes when it returns or throws a DataError whose problems each name a field. */
function acceptsOrRefuses(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    expect(e.message.startsWith(`${e.source}: `)).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------------
// Generators.

/** Text the app may show as its own: non-empty, no hidden controls, at most `max` characters. */
const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) })
    .filter((s) => s.trim().length > 0 && textProblem(s, max) === null);
/** Hostile text: any code points, including bidi and control characters. */
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const phone = fc.stringMatching(/^[0-9+][0-9 ()\-.]{1,24}$/);
const jsonish = fc.jsonValue({ maxDepth: 4 });
/** Strings that look like the inputs: JSON of arbitrary values, mangled JSON, or anything. */
const textInput = fc.oneof(
  jsonish.map((v) => JSON.stringify(v)),
  jsonish.map((v) => JSON.stringify(v).slice(0, -1)),
  anyText,
);

const validConfig = fc.record({
  version: fc.constant(2),
  region: fc.constantFrom('UK', 'US', 'CA', 'IE', 'NZ'),
  reviewed: fc.boolean(),
  organisation: fc.record({ name: text(80), jurisdiction: text(80) }),
  contacts: fc.record({
    emergencyNumber: phone,
    hotlines: fc.array(fc.record({ name: text(80), phone, text: fc.constant('') }), {
      minLength: 1,
      maxLength: 5,
    }),
    internalEscalation: fc.array(text(120), { minLength: 1, maxLength: 8 }),
  }),
});

const record: fc.Arbitrary<AttemptRecord> = fc.record({
  id: text(TEXT_LIMITS.id),
  encounterId: text(TEXT_LIMITS.id),
  title: text(TEXT_LIMITS.title),
  setting: fc.constantFrom(...SETTINGS),
  mode: fc.constantFrom(...MODES),
  finishedAt: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  percent: fc.integer({ min: 0, max: 100 }),
  dimensions: fc.array(
    fc.record({ id: text(100), name: text(200), score: fc.integer(), max: fc.integer() }),
    { maxLength: 4 },
  ),
  missed: fc.array(fc.record({ id: text(100), description: text(300) }), { maxLength: 4 }),
  critical: fc.array(text(100), { maxLength: 3 }),
});

const assignment: fc.Arbitrary<Assignment> = fc.record({
  format: fc.constant(ASSIGNMENT_FORMAT),
  version: fc.constant(ASSIGNMENT_VERSION),
  title: text(TEXT_LIMITS.title),
  encounters: fc.uniqueArray(text(TEXT_LIMITS.id), { minLength: 1, maxLength: 6 }),
  mode: fc.constantFrom(...MODES),
  passMark: fc.integer({ min: 0, max: 100 }),
});

// ---------------------------------------------------------------------------------------------

describe('config.json (fuzzed)', () => {
  it('accepts every well-formed configuration, and it round-trips through the file form', () => {
    fc.assert(
      fc.property(validConfig, (file) => {
        const config = readConfig('config.json', file);
        expect(readConfig('again', toConfigFile(config))).toEqual(config);
        expect(salvageConfig('config.json', file)).toEqual({ config, dropped: [], droppedReasons: [] });
      }),
      RUNS,
    );
  });

  it('refuses anything else with a field-named DataError, reading values or text', () => {
    fc.assert(
      fc.property(jsonish, (value) => {
        acceptsOrRefuses(() => readConfig('config.json', value));
        acceptsOrRefuses(() => salvageConfig('config.json', value));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(textInput, (s) => {
        acceptsOrRefuses(() => parseConfigText('config.json', s));
        acceptsOrRefuses(() => salvageConfigText('config.json', s));
      }),
      RUNS,
    );
  });

  it('keeps the contacts whatever a single optional field holds (M3)', () => {
    const optional = fc.constantFrom(
      ['organisation', 'logo'],
      ['policy'],
      ['policy', 'briefing'],
      ['training'],
      ['encounters'],
      ['xapi'],
      ['reviewed'],
      ['extraField'],
      ['contacts', 'childProtection'],
    );
    fc.assert(
      fc.property(validConfig, optional, fc.oneof(jsonish, anyText), (file, path, value) => {
        const expected = readConfig('config.json', file);
        const broken = structuredClone(file) as Record<string, unknown>;
        let node = broken;
        for (const key of path.slice(0, -1)) {
          node[key] = typeof node[key] === 'object' && node[key] !== null ? node[key] : {};
          node = node[key] as Record<string, unknown>;
        }
        node[path.at(-1)!] = value;
        const { config, dropped } = salvageConfig('config.json', broken);
        expect(config.contacts.emergencyNumber).toBe(expected.contacts.emergencyNumber);
        expect(config.contacts.hotlines).toEqual(expected.contacts.hotlines);
        expect(config.contacts.internalEscalation).toEqual(expected.contacts.internalEscalation);
        expect(config.organisation.name).toBe(expected.organisation.name);
        expect(config.region).toBe(expected.region);
        for (const p of dropped) expect(p).toMatch(/^[A-Za-z]/);
      }),
      RUNS,
    );
  });
});

describe('history imports (fuzzed)', () => {
  it('reads back every well-formed export exactly', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 5 }),
        fc.option(text(TEXT_LIMITS.learner)),
        (attempts, learner) => {
          const file = JSON.stringify(historyFile(attempts, new Date('2026-01-01'), learner ?? undefined));
          expect(readHistoryExport('h.json', file)).toEqual({ learner: learner ?? '', attempts });
        },
      ),
      RUNS,
    );
  });

  it('refuses anything else with a field-named DataError', () => {
    const exportLike = fc.record({
      format: fc.constantFrom('second-look-history', 'other'),
      version: fc.constantFrom(1, 2, '1'),
      learner: fc.oneof(anyText, jsonish),
      attempts: fc.array(
        fc.oneof(
          record.map((r) => ({ ...r }) as unknown),
          jsonish,
        ),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          textInput,
          exportLike.map((v) => JSON.stringify(v)),
        ),
        (s) => acceptsOrRefuses(() => readHistoryExport('h.json', s)),
      ),
      RUNS,
    );
  });

  it('never lets a hidden control character through in an accepted record (L4)', () => {
    fc.assert(
      fc.property(record, anyText, fc.constantFrom('title', 'id', 'encounterId'), (r, s, field) => {
        const file = JSON.stringify(historyFile([{ ...r, [field]: s }], new Date(0)));
        try {
          const { attempts } = readHistoryExport('h.json', file);
          expect(HIDDEN_CONTROLS.test(attempts[0]![field])).toBe(false);
        } catch (e) {
          expect(e).toBeInstanceOf(DataError);
        }
      }),
      RUNS,
    );
  });
});

describe('assignment files and links (fuzzed)', () => {
  it('round-trips every well-formed assignment through a link and a file', () => {
    fc.assert(
      fc.property(assignment, (a) => {
        expect(decodeAssignment(encodeAssignment(a))).toEqual(a);
        expect(readAssignmentFile('a.json', JSON.stringify(a))).toEqual(a);
      }),
      RUNS,
    );
  });

  it('refuses any other link code, file or value with a DataError', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.base64String({ maxLength: 400 }), textInput), (s) => {
        acceptsOrRefuses(() => decodeAssignment(s));
        acceptsOrRefuses(() => readAssignmentFile('a.json', s));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          jsonish,
          assignment.chain((a) => jsonish.map((passMark) => ({ ...a, passMark }))),
        ),
        (v) => acceptsOrRefuses(() => readAssignment('a.json', v, ['hotel.night_lobby'])),
      ),
      RUNS,
    );
  });
});

describe('URL parameters (fuzzed)', () => {
  const known = ['hotel.night_lobby', 'store.fitting_rooms'];
  const name = fc.constantFrom(
    'encounter',
    'start',
    'present',
    'console',
    'instructor',
    'assignment',
    'lang',
    'x',
  );
  const query = fc
    .array(fc.tuple(name, fc.oneof(anyText, fc.constantFrom(...known), fc.webSegment())), { maxLength: 6 })
    .map((pairs) => new URLSearchParams(pairs).toString());

  it('never throws, and whatever it returns is well formed', () => {
    fc.assert(
      fc.property(fc.oneof(query, anyText), (search) => {
        const p = readLaunchParams(search, known);
        if (p.encounter !== null) expect(known).toContain(p.encounter);
        for (const v of [p.present, p.console, p.assignment])
          if (v !== null) expect(HIDDEN_CONTROLS.test(v)).toBe(false);
        if (p.console !== null) expect(p.console).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        for (const problem of p.problems)
          expect(problem).toMatch(/^(encounter|present|console|assignment|lang): /);
        if (p.lang !== null) expect(LOCALES).toContain(p.lang);
      }),
      RUNS,
    );
  });

  it('accepts well-formed values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...known),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.boolean(),
        (id, channel, instructor) => {
          const search = `?encounter=${id}&present=${id}&console=${channel}${instructor ? '&instructor' : ''}`;
          expect(readLaunchParams(search, known)).toEqual({
            encounter: id,
            start: false,
            present: id,
            console: channel,
            instructor,
            assignment: null,
            lang: null,
            problems: [],
          });
        },
      ),
      RUNS,
    );
  });
});

describe('LMS suspend data (fuzzed)', () => {
  const small = fc.integer({ min: 0, max: 10_000 });
  const state: fc.Arbitrary<SuspendState> = fc.record(
    {
      current: small,
      results: fc.array(
        fc.record({
          encounterId: text(60),
          percent: fc.integer({ min: 0, max: 100 }),
          dimensions: fc.array(
            fc.record({ id: text(30), name: text(30), score: fc.integer({ min: -50, max: 50 }), max: small }),
            { maxLength: 4 },
          ),
        }),
        { maxLength: 4 },
      ),
      interactions: small,
      session: fc.record({
        seed: fc.integer(),
        mode: fc.constantFrom(...MODES),
        choices: fc.array(fc.integer({ min: -1, max: 20 }), { maxLength: 30 }),
      }),
    },
    { requiredKeys: ['current', 'results', 'interactions'] },
  );

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(state, (s) => void expect(decodeSuspend('suspend data', encodeSuspend(s))).toEqual(s)),
      RUNS,
    );
  });

  it('refuses arbitrary strings with a DataError, never another error or a hang', () => {
    const uriSafe = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'),
      maxLength: 2000,
    });
    const mangled = state.chain((s) => {
      const code = encodeSuspend(s);
      return fc.integer({ min: 0, max: code.length }).map((cut) => code.slice(0, cut) + code.slice(cut + 1));
    });
    fc.assert(
      fc.property(fc.oneof(anyText, uriSafe, mangled), (s) =>
        acceptsOrRefuses(() => decodeSuspend('suspend data', s, { maxDecompressed: 200_000 })),
      ),
      FEW,
    );
  });
});

describe('learner names (fuzzed)', () => {
  it('a cleaned name has no hidden controls, fits the limit and is stable', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 600 })), (s) => {
        const name = cleanLearnerName(s);
        expect(HIDDEN_CONTROLS.test(name)).toBe(false);
        expect(name.length).toBeLessThanOrEqual(TEXT_LIMITS.learner);
        expect(cleanLearnerName(name)).toBe(name);
      }),
      RUNS,
    );
  });

  it('leaves an ordinary name as it is', () => {
    fc.assert(
      fc.property(text(TEXT_LIMITS.learner), (s) => void expect(cleanLearnerName(s)).toBe(s.trim())),
      RUNS,
    );
  });
});

describe('relay messages (fuzzed)', () => {
  const code = fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 4, maxLength: 4 });
  const key = text(RELAY_LIMITS.maxKeyChars);
  const option = fc.integer({ min: 0, max: 999 });
  const question = fc.record({
    key,
    prompt: text(RELAY_LIMITS.maxPromptChars),
    options: fc
      .uniqueArray(option, { minLength: 1, maxLength: RELAY_LIMITS.maxOptions })
      .chain((indexes) =>
        fc.tuple(
          ...indexes.map((index) => text(RELAY_LIMITS.maxOptionChars).map((t) => ({ index, text: t }))),
        ),
      ),
  });
  const valid = fc.oneof(
    fc.record({ type: fc.constant(CLIENT_MSG.vote), key, option }),
    fc.record({ type: fc.constant(CLIENT_MSG.join), code }),
    fc.record({ type: fc.constant(CLIENT_MSG.open), question }),
    fc.constant({ type: CLIENT_MSG.end }),
  );

  it('accepts every well-formed client message as it was sent', () => {
    fc.assert(
      fc.property(
        valid,
        (m) => void expect(parseClientMessage(JSON.stringify(m))).toEqual({ ok: true, value: m }),
      ),
      RUNS,
    );
  });

  it('refuses anything else with a reason, never a throw', () => {
    const messageLike = fc.record({
      type: fc.oneof(fc.constantFrom(...Object.values(CLIENT_MSG), 'tally', 'question', 'ended'), anyText),
      key: fc.oneof(anyText, jsonish),
      option: jsonish,
      code: fc.oneof(code, anyText),
      question: fc.oneof(
        question.map((q) => ({ ...q, prompt: `${q.prompt}\u202E` })),
        jsonish,
      ),
      tally: jsonish,
      voters: jsonish,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          textInput,
          messageLike.map((m) => JSON.stringify(m)),
        ),
        (raw) => {
          for (const parsed of [parseClientMessage(raw), parseServerMessage(raw)]) {
            if (!parsed.ok) expect(parsed.error).toMatch(/^(server )?message/);
          }
        },
      ),
      RUNS,
    );
  });
});
