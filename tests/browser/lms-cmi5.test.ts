// The cmi5 package against a small local LRS (this test's HTTP server): the cmi5 launch handshake, one
// encounter played by clicking, a relaunch that resumes from the saved state, and every statement the
// game sent checked with Learning Locker's xAPI validator and against the cmi5 context rules.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from '../../src/core/lms/assignment.ts';
import { decodeSuspend } from '../../src/core/lms/lms.ts';
import { CMI5, VERBS } from '../../src/core/lms/xapi.ts';
import { buildPackage } from '../../scripts/lms/lms-package.ts';
import { OUT_DIR, ROOT } from './server.ts';
import {
  ON_OFFER,
  watchErrors,
  transcriptLines,
  takeFirst,
  playToReport,
  fileReport,
  useBrowser,
  settled,
} from './play.ts';
import { allowedOnScreen, englishIn } from './screen-text.ts';
import { englishOnScreen, englishWords } from './english-on-screen.ts';
import { STORAGE_KEYS } from '../../src/core/storage-keys.ts';

const WORK = join(ROOT, 'test-results', 'lms');
const ASSIGNMENT: Assignment = {
  format: ASSIGNMENT_FORMAT,
  version: ASSIGNMENT_VERSION,
  title: 'Store refresher',
  encounters: ['store.busy_saturday'],
  mode: 'assessment',
  passMark: 50,
};
const ACTOR = {
  objectType: 'Agent',
  name: 'Alex Example',
  account: { homePage: 'https://lms.example.org', name: 'alex' },
};
const REGISTRATION = '6f1c7a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const ACTIVITY = 'https://lms.example.org/courses/store-refresher/au';
const COURSE = 'https://lms.example.org/courses/store-refresher';
/** src/lms/cmi5.ts's SUSPEND_STATE_ID (that module needs the browser build of @xapi/cmi5). */
const SUSPEND_STATE_ID = 'second-look-suspend';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
};

interface Lrs {
  server: Server;
  url: string;
  statements: Record<string, unknown>[];
  state: Map<string, string>;
  session: { id: string };
  /** The LMS's cmi5LearnerPreferences agent profile, by the actor's account name (none: 404). */
  preferences: Map<string, Record<string, unknown>>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((ok) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => ok(s));
  });

async function startLrs(scoDir: string): Promise<Lrs> {
  const statements: Record<string, unknown>[] = [];
  const state = new Map<string, string>();
  const session = { id: 'session-1' };
  const preferences = new Map<string, Record<string, unknown>>();
  const server = createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(u.pathname);
    if (path === '/fetch' && req.method === 'POST') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ 'auth-token': 'dGVzdDp0ZXN0' }));
    } else if (path === '/xapi/statements' && req.method === 'GET') {
      // Enough of the statement query API for the AU to read what the LRS holds.
      const q = u.searchParams;
      const found = statements.filter(
        (s) =>
          (!q.get('verb') || (s['verb'] as { id: string }).id === q.get('verb')) &&
          (!q.get('activity') || (s['object'] as { id: string }).id === q.get('activity')) &&
          (!q.get('registration') ||
            (s['context'] as { registration?: string } | undefined)?.registration === q.get('registration')),
      );
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ statements: found, more: '' }));
    } else if (path === '/xapi/statements') {
      const data = JSON.parse(await body(req)) as Record<string, unknown> | Record<string, unknown>[];
      const list = Array.isArray(data) ? data : [data];
      statements.push(...list);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(list.map((s) => s['id'])));
    } else if (path === '/xapi/activities/state') {
      const id = u.searchParams.get('stateId') ?? '';
      // Each registration has its own state.
      const key = `${u.searchParams.get('registration') ?? ''}|${id}`;
      if (id === 'LMS.LaunchData') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            contextTemplate: {
              contextActivities: { grouping: [{ objectType: 'Activity', id: COURSE }] },
              extensions: { [CMI5.sessionId]: session.id },
            },
            launchMode: 'Normal',
            moveOn: 'CompletedAndPassed',
            masteryScore: 0.5,
          }),
        );
      } else if (req.method === 'GET') {
        const saved = state.get(key);
        if (saved === undefined) res.writeHead(404).end();
        else res.writeHead(200, { 'content-type': 'text/plain' }).end(saved);
      } else {
        state.set(key, await body(req));
        res.writeHead(204).end();
      }
    } else if (
      path === '/xapi/agents/profile' &&
      u.searchParams.get('profileId') === 'cmi5LearnerPreferences'
    ) {
      // The learner's preferences as the LMS keeps them (cmi5 section 11).
      const agent = JSON.parse(u.searchParams.get('agent') ?? '{}') as { account?: { name?: string } };
      const profile = preferences.get(agent.account?.name ?? '');
      if (profile) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(profile));
      else res.writeHead(404).end();
    } else if (path.startsWith('/xapi/')) {
      res.writeHead(404).end();
    } else if (path.startsWith('/sco/')) {
      const file = normalize(join(scoDir, path.slice(5)));
      let data: Buffer | null = null;
      try {
        data = readFileSync(file);
      } catch {
        data = null;
      }
      if (data)
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(data);
      else res.writeHead(404).end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { server, url, statements, state, session, preferences };
}

function launchUrl(lrs: Lrs, registration = REGISTRATION, actor: object = ACTOR): string {
  const q = new URLSearchParams({
    endpoint: `${lrs.url}xapi/`,
    fetch: `${lrs.url}fetch`,
    actor: JSON.stringify(actor),
    registration,
    activityId: ACTIVITY,
  });
  return `${lrs.url}sco/index.html?${q}&renderer=canvas`;
}

const browser = useBrowser();
let lrs: Lrs;

beforeAll(async () => {
  const zip = await buildPackage({
    standard: 'cmi5',
    assignment: ASSIGNMENT,
    distDir: OUT_DIR,
    outDir: WORK,
  });
  const dir = join(WORK, 'cmi5');
  rmSync(dir, { recursive: true, force: true });
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  lrs = await startLrs(dir);
});

afterAll(async () => {
  await new Promise<void>((ok) => (lrs ? lrs.server.close(() => ok()) : ok()));
});

describe('cmi5 package with a local LRS', () => {
  it('sends valid cmi5 statements, saves its place in the activity state and resumes from it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 860 } });
    const errors = watchErrors(page);
    await page.goto(launchUrl(lrs));
    await page.getByRole('button', { name: 'Start the encounter: Assessment' }).click();
    await page.waitForSelector(ON_OFFER);
    for (let i = 0; i < 3; i++) await takeFirst(page);
    const lines = await transcriptLines(page);
    await expect.poll(() => [...lrs.state.values()].length, { timeout: 30_000 }).toBe(1);
    const saved = [...lrs.state.values()][0]!;
    expect(decodeSuspend('state', saved).session?.choices).toHaveLength(3);

    // A new launch (a new session) continues where the learner left off.
    lrs.session.id = 'session-2';
    await page.goto(launchUrl(lrs));
    await page.waitForSelector(ON_OFFER);
    expect(await transcriptLines(page)).toEqual(lines);

    await playToReport(page, takeFirst);
    await fileReport(page, 'supervisor');
    const percent = Number((await page.textContent('.total'))?.match(/(\d+)%/)?.[1]);
    const outcome = percent >= ASSIGNMENT.passMark ? VERBS.passed : VERBS.failed;
    await expect
      .poll(() => lrs.statements.filter((s) => (s['verb'] as { id: string }).id === outcome).length)
      .toBe(1);
    await page.goto('about:blank');
    await expect
      .poll(() => lrs.statements.filter((s) => (s['verb'] as { id: string }).id === VERBS.terminated).length)
      .toBeGreaterThanOrEqual(1);

    const verb = (s: Record<string, unknown>) => (s['verb'] as { id: string }).id;
    const ctx = (s: Record<string, unknown>) => s['context'] as Record<string, unknown>;
    const categories = (s: Record<string, unknown>) =>
      (
        ((ctx(s)['contextActivities'] as Record<string, { id: string }[]>)['category'] ?? []) as {
          id: string;
        }[]
      ).map((c) => c.id);
    for (const s of lrs.statements) {
      expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
      expect(s['actor']).toEqual(ACTOR);
      expect(ctx(s)['registration']).toBe(REGISTRATION);
    }
    const verbs = lrs.statements.map(verb);
    expect(verbs.filter((v) => v === VERBS.initialized)).toHaveLength(2);
    expect(verbs.filter((v) => v === VERBS.completed)).toHaveLength(1);
    const answered = lrs.statements.filter((s) => verb(s) === VERBS.answered);
    // One per decision: the choices and the report, none sent twice by the resume.
    expect(answered.length).toBeGreaterThan(4);
    expect(new Set(answered.map((s) => (s['object'] as { id: string }).id)).size).toBe(answered.length);
    for (const s of answered) {
      expect(categories(s)).not.toContain(CMI5.category);
      expect((s['object'] as { id: string }).id.startsWith(`${ACTIVITY}/`)).toBe(true);
    }
    for (const s of lrs.statements.filter((x) => [VERBS.completed, outcome].includes(verb(x) as never))) {
      expect(categories(s)).toEqual(expect.arrayContaining([CMI5.category, CMI5.moveOn]));
      expect((s['object'] as { id: string }).id).toBe(ACTIVITY);
      expect((ctx(s)['extensions'] as Record<string, unknown>)[CMI5.sessionId]).toBe('session-2');
    }
    const result = lrs.statements.find((s) => verb(s) === outcome)!['result'] as {
      score: { scaled: number };
    };
    expect(result.score.scaled).toBe(percent / 100);
    // completed comes before passed / failed, and nothing defined follows terminated in a session.
    expect(verbs.indexOf(VERBS.completed)).toBeLessThan(verbs.indexOf(outcome));
    expect(errors).toEqual([]);
    await page.close();
  });
  it('never lowers what the LRS holds: after passed / 90 and unreadable state, no outcome is sent again (H2)', async () => {
    const registration = '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a';
    const damaged = '!!!this is not lz-string';
    const earlier = (verb: string, result: Record<string, unknown>) => ({
      id: `00000000-0000-4000-8000-${String(lrs.statements.length).padStart(12, '0')}`,
      actor: ACTOR,
      verb: { id: verb, display: { en: verb.split('/').at(-1) } },
      object: { objectType: 'Activity', id: ACTIVITY },
      result,
      context: { registration },
      timestamp: '2026-11-30T10:00:00.000Z',
    });
    lrs.statements.push(
      earlier(VERBS.completed, { completion: true }),
      earlier(VERBS.passed, {
        success: true,
        completion: true,
        score: { scaled: 0.9, raw: 90, min: 0, max: 100 },
      }),
    );
    lrs.state.set(`${registration}|${SUSPEND_STATE_ID}`, damaged);
    lrs.session.id = 'session-h2';
    const mine = () =>
      lrs.statements.filter((s) => (s['context'] as { registration?: string }).registration === registration);
    const verbs = () => mine().map((s) => (s['verb'] as { id: string }).id);
    const before = mine().length;

    const page = await browser().newPage({ viewport: { width: 1280, height: 860 } });
    const errors = watchErrors(page);
    await page.goto(launchUrl(lrs, registration));
    await page.getByText(/Your saved place could not be read/).waitFor();
    await page.getByRole('button', { name: 'Start the encounter: Assessment' }).click();
    await page.waitForSelector(ON_OFFER);
    for (let i = 0; i < 2; i++) await takeFirst(page);
    // Only the launch's initialized: no answered statement, and the state is not replaced.
    expect(verbs().slice(before)).toEqual([VERBS.initialized]);
    expect(lrs.state.get(`${registration}|${SUSPEND_STATE_ID}`)).toBe(damaged);

    await playToReport(page, takeFirst);
    await fileReport(page, 'supervisor');
    // Finishing the encounter writes new state; no completed, passed or failed follows the earlier pass.
    await expect
      .poll(
        () =>
          decodeSuspend('state', lrs.state.get(`${registration}|${SUSPEND_STATE_ID}`) ?? '').results.length,
      )
      .toBe(1);
    await page.goto('about:blank');
    await expect.poll(() => verbs().includes(VERBS.terminated)).toBe(true);
    const sent = verbs().slice(before);
    expect(sent.filter((v) => v === VERBS.answered).length).toBeGreaterThan(4);
    expect(sent.filter((v) => [VERBS.completed, VERBS.passed, VERBS.failed].includes(v as never))).toEqual(
      [],
    );
    for (const s of mine().slice(before)) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("cmi5: the learner's language preference from the LMS (issue #13)", () => {
  const MARIA = {
    objectType: 'Agent',
    name: 'María Ejemplo',
    account: { homePage: 'https://lms.example.org', name: 'maria' },
  };
  const registration = '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b';
  const mine = () =>
    lrs.statements.filter((s) => (s['context'] as { registration?: string }).registration === registration);
  const verb = (s: Record<string, unknown>) => (s['verb'] as { id: string }).id;
  const definition = (s: Record<string, unknown>) =>
    (s['object'] as { definition?: Record<string, Record<string, string>> }).definition ?? {};

  it('opens in Spanish when the agent profile says es-US: no English on screen, both languages sent', async () => {
    lrs.preferences.set('maria', { languagePreference: 'es-US', audioPreference: 'on' });
    lrs.session.id = 'session-es';
    const allowed = allowedOnScreen('es-US');
    const page = await browser().newPage({ viewport: { width: 1280, height: 860 } });
    const errors = watchErrors(page);
    const english: string[] = [];
    const check = async (screen: string) => {
      await settled(page);
      english.push(...(await englishIn(page, screen, allowed)));
    };
    await page.goto(launchUrl(lrs, registration, MARIA));
    const start = page.getByRole('button', { name: 'Empezar el encuentro: Evaluación' });
    await start.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-US');
    await check('picker');
    // The LMS's preference is not this device's choice: nothing is remembered.
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.locale)).toBeNull();
    await start.click();
    await page.waitForSelector(ON_OFFER);
    await check('encounter');
    await takeFirst(page);
    await takeFirst(page);
    await check('encounter, two steps in');
    await playToReport(page, takeFirst);
    await check('report');
    await fileReport(page, 'supervisor');
    await check('debrief');
    expect(english).toEqual([]);

    await expect.poll(() => mine().filter((s) => verb(s) === VERBS.completed).length).toBe(1);
    const sent = mine();
    for (const s of sent) {
      expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
      expect((s['context'] as { language?: string }).language).toBe('es-US');
      expect(Object.keys((s['verb'] as { display: object }).display)).toEqual(['en-US', 'es-US']);
    }
    const course = definition(sent.find((s) => verb(s) === VERBS.completed)!);
    expect(Object.keys(course['name']!)).toEqual(['en-US', 'es-US']);
    expect(course['description']!['es-US']).toMatch(/^1 encuentro, modo de evaluación/);
    expect(course['description']!['en-US']).toMatch(/^1 encounter, assessment mode/);
    const answered = sent.filter((s) => verb(s) === VERBS.answered);
    expect(answered.length).toBeGreaterThan(4);
    for (const s of answered) {
      const d = definition(s);
      expect(Object.keys(d['name']!)).toEqual(['en-US', 'es-US']);
      // Every option in both languages: the one read, and the translation's at the same place.
      expect(Object.keys(d['description']!)).toEqual(['en-US', 'es-US']);
      expect(d['description']!['en-US']).not.toBe(d['description']!['es-US']);
    }
    // The es-US words are Spanish, the en-US ones English (the English judge of the screens).
    const options = answered.map((s) => definition(s)['description']!);
    const asShown = (locale: string) => options.map((o) => ({ text: o[locale]!, where: locale }));
    expect(englishOnScreen(asShown('es-US'), allowed)).toEqual([]);
    expect(options.filter((o) => englishWords(o['en-US']!).length > 0).length).toBeGreaterThan(
      options.length / 2,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the learner's own choice on this device over the LMS's preference", async () => {
    lrs.preferences.set('maria', { languagePreference: 'es-US' });
    const context = await browser().newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript((key) => localStorage.setItem(key, 'en-US'), STORAGE_KEYS.locale);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(launchUrl(lrs, '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', MARIA));
    await page.getByRole('button', { name: 'Start the encounter: Assessment' }).waitFor();
    // Waits for the LMS to have answered (initialized sent), then the page is still in English.
    await expect
      .poll(() =>
        lrs.statements.some(
          (s) =>
            verb(s) === VERBS.initialized &&
            (s['context'] as { registration?: string }).registration ===
              '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
        ),
      )
      .toBe(true);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    expect(await page.getByRole('button', { name: 'Empezar el encuentro: Evaluación' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
