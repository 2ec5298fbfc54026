// The LMS bridge and the xAPI sender on the real store and a real story, in Node: the bridge writes to
// an in-memory recorder, suspends, and a fresh store resumes by replaying the suspend data; the sender's
// statements all pass Learning Locker's xAPI validator.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from '../../src/core/lms/assignment.ts';
import { readConfig } from '../../src/core/config/config.ts';
import {
  decodeSuspend,
  encodeSuspend,
  LMS_FORMAT,
  LZ_CODEC,
  SUSPEND_VERSION,
  type LmsHeld,
  type LmsInteraction,
  type LmsReport,
} from '../../src/core/lms/lms.ts';
import { pathFacts } from '../../src/core/encounter/log.ts';
import { VERBS, type Statement } from '../../src/core/lms/xapi.ts';
import {
  DAMAGED_SUSPEND_KEY,
  keepDamagedSuspend,
  runBridge,
  type DamagedSuspend,
  type Recorder,
} from '../../src/lms/bridge.ts';
import { startXapiSender } from '../../src/lms/xapi-sender.ts';
import { LMS_NOTICE_TEXTS, LMS_WORDBOOK } from '../../src/ui/strings/strings-lms.ts';
import { activeLocale, useLocale } from '../../src/i18n/messages.ts';
import { englishOnScreen } from '../browser/english-on-screen.ts';
import { STRINGS } from '../../src/ui/strings/strings.ts';
import { createAppStore, type AppStore } from '../../src/state/store.ts';
import { ROOT } from '../../scripts/check/library.ts';
import { compiled, depsFor, memoryStorage } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'night-lobby.ink');
const FILE_ID = () => compiled(FILE).meta.id;

/** What the app hands the bridge: the notices' and the records' words, in the language in use. */
const WORDS = {
  texts: LMS_NOTICE_TEXTS,
  language: { words: LMS_WORDBOOK, language: activeLocale },
} as const;

function newStore(): AppStore {
  return createAppStore(depsFor(compiled(FILE), memoryStorage(), 42));
}

/** Takes the first choice on offer (or files the report) `n` times, or until the debrief. */
function advance(store: AppStore, n = Infinity): void {
  for (let i = 0; i < n; i++) {
    const s = store.getState().session;
    if (!s) return;
    if (s.state.awaitingReport) {
      store.getState().submitReport({
        observed: [...pathFacts(s.state.log).seen],
        who: 'Two adults at the desk',
        when: '01:40',
        where: 'Front desk',
        action: 'hotline',
        notes: '',
      });
    } else {
      const c = s.state.choices.find((x) => !x.tags.report);
      if (!c) throw new Error('no choice on offer');
      store.getState().choose(c.index);
    }
  }
}

/** The LMS side: what a SCORM runtime would hold. */
class MemoryLms {
  suspend = '';
  interactions: LmsInteraction[] = [];
  reports: LmsReport[] = [];
  finals: { complete: boolean }[] = [];
  /** Every write and commit, in order. */
  writes: string[] = [];
  held: LmsHeld | undefined;
  recorder(name = 'Example, Alex'): Recorder {
    return {
      learnerName: name,
      suspendData: this.suspend,
      interactionCount: this.interactions.length,
      ...(this.held ? { held: this.held } : {}),
      errors: [],
      writeSuspend: (d) => {
        this.writes.push('suspend');
        this.suspend = d;
      },
      writeInteraction: (n, i) => {
        this.writes.push('interaction');
        this.interactions[n] = i;
      },
      writeReport: (r) => {
        this.writes.push('report');
        this.reports.push(r);
      },
      commit: (final) => {
        this.writes.push(final ? 'final' : 'commit');
        if (final) this.finals.push({ complete: final.complete });
      },
    };
  }
}

const PASSED_90: LmsHeld = {
  completion: 'completed',
  success: 'passed',
  score: 90,
  progress: 1,
  objectives: [],
};

const assignment = (id: string): Assignment => ({
  format: ASSIGNMENT_FORMAT,
  version: ASSIGNMENT_VERSION,
  title: 'Night shift',
  encounters: [id],
  mode: 'assessment',
  passMark: 60,
});

describe('the LMS bridge', () => {
  it('records, suspends, resumes by replay and completes with one interaction per decision', async () => {
    const id = compiled(FILE).meta.id;
    const launch = { format: LMS_FORMAT, standard: 'scorm12', assignment: assignment(id) } as const;
    const lms = new MemoryLms();
    let store = newStore();
    let end = await runBridge(store, launch, lms.recorder(), WORDS);
    expect(store.getState().learnerName).toBe('Alex Example');
    expect(store.getState().selected).toBe(id);
    await store.getState().start('assessment');
    advance(store, 4);
    const transcript = store.getState().session!.state.transcript.map((l) => l.text);
    expect(decodeSuspend('s', lms.suspend).session?.choices).toHaveLength(4);
    const before = lms.interactions.length;
    expect(before).toBe(4);
    end();
    expect(lms.finals).toEqual([{ complete: false }]);

    // Relaunch: a new page, a new store; the bridge replays the saved steps.
    store = newStore();
    end = await runBridge(store, launch, lms.recorder(), WORDS);
    expect(store.getState().session!.state.transcript.map((l) => l.text)).toEqual(transcript);
    expect(lms.interactions).toHaveLength(before);
    advance(store);
    expect(store.getState().lastDebrief).not.toBeNull();
    const decisions = store.getState().lastLog!.filter((e) => e.kind === 'choice').length;
    // Every choice plus the report, each written once.
    expect(lms.interactions).toHaveLength(decisions + 1);
    expect(new Set(lms.interactions.map((i) => i.id)).size).toBe(decisions + 1);
    expect(lms.interactions.at(-1)?.response).toBe('hotline');
    const report = lms.reports.at(-1)!;
    expect(report.completion).toBe('completed');
    expect(report.score.raw).toBe(store.getState().lastDebrief!.total.percent);
    expect(report.success).toBe(report.score.raw >= 60 ? 'passed' : 'failed');
    expect(report.objectives.map((o) => o.id)).toEqual(
      store.getState().lastDebrief!.dimensions.map((d) => d.id),
    );
    expect(decodeSuspend('s', lms.suspend)).toMatchObject({ current: 1, interactions: decisions + 1 });
    end();
    expect(lms.finals.at(-1)).toEqual({ complete: true });
  });

  it('starts afresh, with a notice, when the suspend data is damaged', async () => {
    const id = compiled(FILE).meta.id;
    const lms = new MemoryLms();
    lms.suspend = 'garbage!';
    const store = newStore();
    await runBridge(
      store,
      { format: LMS_FORMAT, standard: 'scorm2004', assignment: assignment(id) },
      lms.recorder(''),
      WORDS,
    );
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/^Your saved place could not be read \(.+\), so the assignment starts/);
    expect(store.getState().selected).toBe(id);
    expect(store.getState().learnerName).toBeNull();
  });

  it("says so in the learner's language, the reason included, with no English", async () => {
    await useLocale('es-US');
    try {
      const lms = new MemoryLms();
      lms.suspend = 'garbage!';
      const store = newStore();
      const launch = {
        format: LMS_FORMAT,
        standard: 'scorm2004',
        assignment: assignment(FILE_ID()),
      } as const;
      await runBridge(store, launch, lms.recorder(''), { ...WORDS, keepDamaged: () => true });
      const [notice] = store.getState().notices;
      expect(notice?.text).toMatch(
        /^No se pudo leer el punto donde iba \(.+\), así que la asignación empieza/,
      );
      expect(notice?.text).toContain(DAMAGED_SUSPEND_KEY);
      expect(englishOnScreen([{ text: notice!.text, where: 'notice' }], [DAMAGED_SUSPEND_KEY])).toEqual([]);
    } finally {
      await useLocale('en-US');
    }
  });
});

describe('the LMS record is never lowered (audit H2, L6)', () => {
  const id = () => compiled(FILE).meta.id;
  const launch = (standard: 'scorm12' | 'scorm2004' = 'scorm12') =>
    ({ format: LMS_FORMAT, standard, assignment: assignment(id()) }) as const;
  const unreadable: [string, string][] = [
    ['not lz-string', '!!!this is not lz-string'],
    ['a newer format', LZ_CODEC.compress(JSON.stringify([SUSPEND_VERSION + 1, 0, [], 0]))],
    ['too long for SCORM 1.2', encodeSuspend({ current: 0, results: [], interactions: 0 }).padEnd(5000, 'A')],
    [
      'a decompression bomb',
      readFileSync(join(ROOT, 'tests', 'fixtures', 'lms', 'lz-bomb.txt'), 'utf8').trim(),
    ],
  ];

  it.each(unreadable)(
    'writes nothing at launch when the suspend data is %s, and keeps a copy',
    async (_what, data) => {
      const lms = new MemoryLms();
      lms.suspend = data;
      lms.held = PASSED_90;
      const store = newStore();
      const kept: DamagedSuspend[] = [];
      const end = await runBridge(store, launch(), lms.recorder(), {
        ...WORDS,
        keepDamaged: (c) => (kept.push(c), true),
      });
      expect(
        store
          .getState()
          .notices.map((n) => n.text)
          .join(' '),
      ).toMatch(/saved place could not be read/);
      expect(
        store
          .getState()
          .notices.map((n) => n.text)
          .join(' '),
      ).toContain(DAMAGED_SUSPEND_KEY);
      expect(lms.writes).toEqual([]);
      expect(kept).toEqual([expect.objectContaining({ standard: 'scorm12', data })]);
      // Steps in a new attempt do not replace the unreadable data either.
      await store.getState().start('assessment');
      advance(store, 3);
      expect(lms.writes).toEqual([]);
      expect(lms.suspend).toBe(data);
      end();
      expect(lms.writes).toEqual(['final']);
      expect(lms.finals).toEqual([{ complete: false }]);
    },
  );

  it('after a failed read, writes once an encounter is finished, never below passed / 90', async () => {
    const lms = new MemoryLms();
    lms.suspend = 'garbage!';
    lms.held = PASSED_90;
    lms.interactions = [{ id: 'earlier' } as LmsInteraction];
    const store = newStore();
    await runBridge(store, launch('scorm2004'), lms.recorder(), WORDS);
    await store.getState().start('assessment');
    advance(store);
    expect(store.getState().lastDebrief).not.toBeNull();
    const percent = store.getState().lastDebrief!.total.percent;
    expect(lms.reports).toHaveLength(1);
    expect(lms.reports[0]).toMatchObject({
      completion: 'completed',
      success: 'passed',
      score: { raw: Math.max(90, percent) },
    });
    // The new suspend data now reads, and the interactions follow the one the LMS held.
    expect(decodeSuspend('s', lms.suspend)).toMatchObject({ current: 1, results: [{ encounterId: id() }] });
    expect(lms.interactions[0]).toEqual({ id: 'earlier' });
    expect(lms.interactions.length).toBeGreaterThan(2);
    expect(decodeSuspend('s', lms.suspend).interactions).toBe(lms.interactions.length);
  });

  it('on a good read, writes at launch what the LMS holds, not less', async () => {
    const lms = new MemoryLms();
    lms.suspend = encodeSuspend({ current: 0, results: [], interactions: 0 });
    lms.held = PASSED_90;
    const store = newStore();
    await runBridge(store, launch(), lms.recorder(), WORDS);
    expect(lms.writes).toEqual(['report', 'commit']);
    expect(lms.reports[0]).toMatchObject({ completion: 'completed', success: 'passed', score: { raw: 90 } });
  });

  it("begins the LMS's session before anything else is written (cmi5's initialized)", async () => {
    const lms = new MemoryLms();
    const rec = lms.recorder();
    rec.begin = () => lms.writes.push('begin');
    await runBridge(newStore(), launch(), rec, WORDS);
    expect(lms.writes).toEqual(['begin', 'report', 'commit']);
  });

  it('keeps up to three distinct damaged copies in browser storage', () => {
    const m = new Map<string, string>();
    const storage = {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
    } as Storage;
    const copy = (data: string): DamagedSuspend => ({ standard: 'scorm12', at: 'now', reason: 'r', data });
    for (const d of ['a', 'b', 'a', 'c', 'd']) expect(keepDamagedSuspend(storage, copy(d))).toBe(true);
    expect((JSON.parse(m.get(DAMAGED_SUSPEND_KEY)!) as DamagedSuspend[]).map((c) => c.data)).toEqual([
      'a',
      'c',
      'd',
    ]);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    } as unknown as Storage;
    expect(keepDamagedSuspend(full, copy('x'))).toBe(false);
  });
});

describe('the xAPI sender (an LRS configured, no LMS)', () => {
  it('sends valid statements for an encounter: initialized, one answered per decision, outcome, terminated', async () => {
    const sent: Statement[] = [];
    const headers: Record<string, string>[] = [];
    const store = newStore();
    let n = 0;
    startXapiSender(
      store,
      { endpoint: 'https://lrs.example.org/xapi', auth: 'Basic dGVzdDp0ZXN0' },
      {
        fetch: async (url, init) => {
          expect(url).toBe('https://lrs.example.org/xapi/statements');
          headers.push(init.headers);
          sent.push(...(JSON.parse(init.body) as Statement[]));
          return { ok: true, status: 200 };
        },
        actor: { objectType: 'Agent', account: { homePage: 'https://game.example.org', name: 'learner-1' } },
        activityBase: 'https://game.example.org/second-look/',
        uuid: () => `0b6c5f3e-1a2b-4c3d-8e4f-${String(++n).padStart(12, '0')}`,
        titles: { [compiled(FILE).meta.id]: { 'en-US': compiled(FILE).meta.title } },
        words: LMS_WORDBOOK,
        language: () => 'en-US',
        notSent: () => 'not sent',
      },
    );
    store.getState().select(compiled(FILE).meta.id);
    await store.getState().start('assessment');
    advance(store);
    await expect.poll(() => sent.at(-1)?.verb.id).toBe(VERBS.terminated);
    for (const s of sent) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
    const decisions = store.getState().lastLog!.filter((e) => e.kind === 'choice').length;
    const verbs = sent.map((s) => s.verb.id);
    expect(verbs[0]).toBe(VERBS.initialized);
    expect(verbs.filter((v) => v === VERBS.answered)).toHaveLength(decisions + 1);
    const percent = store.getState().lastDebrief!.total.percent;
    expect(verbs.slice(-3)).toEqual([
      VERBS.completed,
      percent >= 80 ? VERBS.passed : VERBS.failed,
      VERBS.terminated,
    ]);
    expect(sent[0]!.object.id).toBe(
      `https://game.example.org/second-look/encounters/${compiled(FILE).meta.id}`,
    );
    expect(headers[0]).toMatchObject({
      Authorization: 'Basic dGVzdDp0ZXN0',
      'X-Experience-API-Version': '1.0.3',
    });
  });

  it('says once, in the words it is given, that statements could not be sent; the LRS answer as details', async () => {
    const store = newStore();
    startXapiSender(
      store,
      { endpoint: 'https://lrs.example.org/xapi', auth: 'Basic dGVzdDp0ZXN0' },
      {
        fetch: async () => ({ ok: false, status: 401 }),
        actor: { objectType: 'Agent', account: { homePage: 'https://game.example.org', name: 'learner-1' } },
        activityBase: 'https://game.example.org/second-look/',
        uuid: () => '0b6c5f3e-1a2b-4c3d-8e4f-000000000001',
        titles: {},
        words: LMS_WORDBOOK,
        language: () => 'es-US',
        notSent: () => 'No se pudo enviar su progreso.',
      },
    );
    store.getState().select(compiled(FILE).meta.id);
    await store.getState().start('assessment');
    advance(store);
    await expect.poll(() => store.getState().notices.length).toBe(1);
    expect(store.getState().notices).toEqual([
      { text: 'No se pudo enviar su progreso.', detail: 'Error: HTTP 401' },
    ]);
  });
});

describe('configuration: the optional xapi section', () => {
  const base = {
    version: 1,
    region: 'US',
    reviewed: false,
    organisation: { name: 'Example' },
    contacts: {
      emergencyNumber: '911',
      hotline: { name: 'Hotline', phone: '1-888-373-7888', text: '' },
      internalEscalation: ['the supervisor'],
    },
  };

  it('is read when present and left out otherwise', () => {
    expect(readConfig('config.json', base).xapi).toBeUndefined();
    const c = readConfig('config.json', {
      ...base,
      xapi: { endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic x' },
    });
    expect(c.xapi).toEqual({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic x' });
  });

  it('refuses a plain http:// LRS except on this computer (audit L8)', () => {
    const read = (endpoint: string) =>
      readConfig('config.json', { ...base, xapi: { endpoint, auth: 'Basic x' } });
    for (const endpoint of [
      'http://lrs.example.org/xapi/',
      'http://10.0.0.5:8080/xapi/',
      'http://localhost.example.org/xapi/',
      'http://127.0.0.1.nip.io/xapi/',
      'ftp://lrs.example.org/',
    ])
      expect(() => read(endpoint), endpoint).toThrow(
        /^config\.json: xapi\.endpoint: must be an https:\/\/ address/,
      );
    expect(() => read('http://lrs.example.org/xapi/')).toThrow(/credentials unencrypted/);
    for (const endpoint of [
      'https://lrs.example.org/xapi/',
      'HTTPS://lrs.example.org/xapi/',
      'http://localhost:8080/xapi/',
      'http://127.0.0.1/xapi/',
      'http://[::1]:9000/xapi/',
    ])
      expect(read(endpoint).xapi?.endpoint, endpoint).toBe(endpoint);
  });

  it('names the field of a mistake', () => {
    expect(() =>
      readConfig('config.json', { ...base, xapi: { endpoint: 'lrs.example.org', auth: 'Basic x' } }),
    ).toThrow(/config\.json: xapi\.endpoint: must be an https:\/\/ address/);
    expect(() =>
      readConfig('config.json', { ...base, xapi: { endpoint: 'https://lrs.example.org/' } }),
    ).toThrow(/xapi\.auth/);
    expect(() =>
      readConfig('config.json', { ...base, xapi: { endpoint: 'https://a.org/', auth: 'x', user: 'u' } }),
    ).toThrow(/xapi/);
  });
});

describe('the learner reads the LMS notices in their language (issue #13)', () => {
  const id = () => compiled(FILE).meta.id;
  const launch = (standard: 'scorm12' | 'scorm2004') =>
    ({ format: LMS_FORMAT, standard, assignment: assignment(id()) }) as const;

  async function inSpanish(run: () => Promise<void>): Promise<void> {
    await useLocale('es-US');
    try {
      await run();
    } finally {
      await useLocale('en-US');
    }
  }

  it('an unreadable place: the notice in English, and in Spanish with the reason worded in Spanish', async () => {
    const english = new MemoryLms();
    english.suspend = 'garbage!';
    const store = newStore();
    await runBridge(store, launch('scorm2004'), english.recorder(), WORDS);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(
        /^Your saved place could not be read \(.*decompressed.*\), so the assignment starts/,
      ),
    ]);
    await inSpanish(async () => {
      const lms = new MemoryLms();
      lms.suspend = 'garbage!';
      const spanish = newStore();
      await runBridge(spanish, launch('scorm2004'), lms.recorder(), {
        ...WORDS,
        keepDamaged: () => true,
      });
      const notice = spanish
        .getState()
        .notices.map((n) => n.text)
        .join(' ');
      expect(notice).toMatch(/^No se pudo leer el punto donde iba \(/);
      expect(notice).toContain(`“${DAMAGED_SUSPEND_KEY}”`);
      expect(notice).not.toMatch(/saved place|could not|decompressed/);
    });
  });

  it("describes the report interaction in the language in use (SCORM 2004's description)", async () => {
    const play = async () => {
      const lms = new MemoryLms();
      const store = newStore();
      await runBridge(store, launch('scorm2004'), lms.recorder(), WORDS);
      await store.getState().start('assessment');
      advance(store);
      return lms.interactions.filter((i) => i.report).map((i) => i.description);
    };
    expect(await play()).toEqual(['Incident report: the action taken']);
    await inSpanish(async () => expect(await play()).toEqual(['Informe de incidente: la medida tomada']));
  });

  it('names what the LMS refused, once, in a notice in the language in use', async () => {
    await inSpanish(async () => {
      const lms = new MemoryLms();
      const store = newStore();
      const rec = lms.recorder();
      // The LMS refuses the first write only: one refusal, one notice (the notice must not re-trigger itself).
      let refused = false;
      rec.writeSuspend = () => {
        if (!refused) rec.errors.push('cmi.suspend_data: 405 Incorrect Data Type');
        refused = true;
      };
      await runBridge(store, launch('scorm2004'), rec, WORDS);
      await store.getState().start('assessment');
      advance(store, 1);
      expect(store.getState().notices).toEqual([
        {
          text: expect.stringMatching(/^Su sistema de aprendizaje rechazó parte de los datos de progreso\./),
          detail: 'cmi.suspend_data: 405 Incorrect Data Type',
        },
      ]);
    });
  });

  it('the xAPI sender says in Spanish that the LRS refused the statements', async () => {
    await inSpanish(async () => {
      const store = newStore();
      startXapiSender(
        store,
        { endpoint: 'https://lrs.example.org/xapi', auth: 'Basic dGVzdDp0ZXN0' },
        {
          fetch: async () => ({ ok: false, status: 503 }),
          actor: { objectType: 'Agent', account: { homePage: 'https://game.example.org', name: 'l' } },
          activityBase: 'https://game.example.org/',
          uuid: () => '0b6c5f3e-1a2b-4c3d-8e4f-000000000001',
          titles: {},
          words: LMS_WORDBOOK,
          language: activeLocale,
          notSent: () => STRINGS.xapiNotSent,
        },
      );
      store.getState().select(id());
      await store.getState().start('assessment');
      await expect
        .poll(() => store.getState().notices)
        .toEqual([
          { text: expect.stringMatching(/^No se pudo enviar su progreso/), detail: 'Error: HTTP 503' },
        ]);
    });
  });
});
