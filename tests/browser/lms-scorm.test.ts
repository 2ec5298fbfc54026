// SCORM 1.2 and 2004 packages in a stand-in LMS: scorm-again's runtime as window.API / API_1484_11 in a
// host page, the unzipped package in an iframe. Initialise, play one encounter by clicking, suspend
// (the LMS relaunches the SCO with what it saved), resume at the same point, finish; then check what
// the runtime recorded.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from '../../src/core/lms/assignment.ts';
import { decodeSuspend, SUSPEND_LIMIT, type LmsStandard } from '../../src/core/lms/lms.ts';
import { DAMAGED_SUSPEND_KEY, type DamagedSuspend } from '../../src/lms/bridge.ts';
import { STORAGE_KEYS } from '../../src/core/storage-keys.ts';
import { buildPackage } from '../../scripts/lms/lms-package.ts';
import { OUT_DIR, ROOT } from './server.ts';
import {
  ON_OFFER,
  watchErrors,
  transcriptLines,
  takeFirst,
  playToReport,
  fileReport,
  shot,
  settled,
  useBrowser,
} from './play.ts';
import { axe } from './axe.ts';
import { allowedOnScreen, englishIn } from './screen-text.ts';
import { englishOnScreen } from './english-on-screen.ts';

const WORK = join(ROOT, 'test-results', 'lms');
const ENCOUNTER = 'store.busy_saturday';
const ASSIGNMENT: Assignment = {
  format: ASSIGNMENT_FORMAT,
  version: ASSIGNMENT_VERSION,
  title: 'Store refresher',
  encounters: [ENCOUNTER],
  mode: 'assessment',
  passMark: 50,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.png': 'image/png',
};

const RUNTIMES = {
  scorm12: { file: 'scorm12.js', global: 'Scorm12API', window: 'API' },
  scorm2004: { file: 'scorm2004.js', global: 'Scorm2004API', window: 'API_1484_11' },
} as const;

/** The host page: the runtime, a way to relaunch the SCO with the data saved so far, the SCO frame. */
function hostPage(standard: keyof typeof RUNTIMES): string {
  const r = RUNTIMES[standard];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in LMS</title>
<script src="/runtime.js"></script></head><body>
<script>
  const settings = { logLevel: 5, autocommit: false };
  window.${r.window} = new ${r.global}(settings);
  // ?cmi=<json>: what the LMS holds at launch (a test's record); otherwise only the learner.
  const preset = new URLSearchParams(location.search).get('cmi');
  window.${r.window}.loadFromJSON(preset ? JSON.parse(preset) : { ${standard === 'scorm12' ? "core: { student_name: 'Example, Alex', student_id: 'alex' }" : "learner_name: 'Alex Example', learner_id: 'alex'"} }, 'cmi');
  // Like an LMS: a new runtime for the next launch, holding what the last one saved.
  window.relaunch = () => {
    const saved = window.${r.window}.renderCMIToJSONObject().cmi;
    const api = new ${r.global}(settings);
    api.loadFromJSON(saved, 'cmi');
    window.${r.window} = api;
  };
</script>
<iframe id="sco" title="Course" src="/sco/index.html?renderer=canvas" style="width:1200px;height:760px"></iframe>
</body></html>`;
}

async function serve(
  standard: keyof typeof RUNTIMES,
  scoDir: string,
): Promise<{ server: Server; url: string }> {
  const runtime = readFileSync(join(ROOT, 'node_modules', 'scorm-again', 'dist', RUNTIMES[standard].file));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/' || path === '/host.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(standard));
    } else if (path === '/runtime.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(runtime);
    } else if (path.startsWith('/sco/')) {
      const file = normalize(join(scoDir, path.slice(5)));
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function unpack(standard: LmsStandard): Promise<{ dir: string; files: string[] }> {
  const zip = await buildPackage({ standard, assignment: ASSIGNMENT, distDir: OUT_DIR, outDir: WORK });
  const dir = join(WORK, standard);
  rmSync(dir, { recursive: true, force: true });
  const entries = unzipSync(readFileSync(zip));
  for (const [name, data] of Object.entries(entries)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return { dir, files: Object.keys(entries) };
}

const browser = useBrowser();

const sco = (page: Page): Frame => {
  const f = page.frame({ url: /\/sco\/index\.html/ });
  if (!f) throw new Error('the SCO frame is not there');
  return f;
};

/** Takes the first choice or look on offer and waits for the story to answer. */
async function cmi(page: Page, standard: keyof typeof RUNTIMES): Promise<Record<string, unknown>> {
  return page.evaluate(
    (w) =>
      (window as unknown as Record<string, { renderCMIToJSONObject(): { cmi: Record<string, unknown> } }>)[
        w
      ]!.renderCMIToJSONObject().cmi,
    RUNTIMES[standard].window,
  );
}

describe.each(['scorm12', 'scorm2004'] as const)('%s package in scorm-again', (standard) => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const { dir } = await unpack(standard);
    ({ server, url } = await serve(standard, dir));
  });
  afterAll(() => new Promise<void>((ok) => server?.close(() => ok())));

  it('initialises, plays, suspends, resumes at the same point and finishes; the LMS holds the record', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 860 } });
    const errors = watchErrors(page);
    await page.goto(`${url}host.html`);
    let frame = sco(page);
    // The bridge opens the assigned encounter; the learner starts it, in the assignment's mode only.
    await frame.getByRole('button', { name: 'Start the encounter: Assessment' }).waitFor();
    expect(await frame.getByRole('button', { name: 'Start the encounter: Practice' }).count()).toBe(0);
    await frame.getByRole('button', { name: 'Start the encounter: Assessment' }).click();
    await frame.waitForSelector(ON_OFFER);
    for (let i = 0; i < 3; i++) await takeFirst(frame);
    const lines = await transcriptLines(frame);
    const offered = await frame.$$eval('.choices button, .observe button', (b) =>
      b.map((x) => x.textContent),
    );
    const before = await cmi(page, standard);
    const suspend = String(before['suspend_data']);
    expect(suspend.length).toBeGreaterThan(0);
    expect(decodeSuspend('suspend_data', suspend).session?.choices).toHaveLength(3);

    // Suspend: the SCO page goes away (it commits and finishes), the LMS relaunches it.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() => !document.getElementById('sco')?.getAttribute('src')?.includes('sco/'));
    // The SCO commits as it unloads; wait for the LMS to hold the exit it wrote.
    const exitOf = (c: Record<string, unknown>) =>
      standard === 'scorm12' ? (c['core'] as Record<string, unknown>)['exit'] : c['exit'];
    await expect.poll(async () => exitOf(await cmi(page, standard)), { timeout: 30_000 }).toBe('suspend');
    await page.evaluate(() => {
      (window as unknown as { relaunch(): void }).relaunch();
      (document.getElementById('sco') as HTMLIFrameElement).src = '/sco/index.html?renderer=canvas';
    });
    await page.waitForFunction(() => document.getElementById('sco')?.getAttribute('src')?.includes('sco/'));
    // The frame is the relaunched SCO once it has navigated away from about:blank.
    await expect
      .poll(() => page.frames().some((f) => /\/sco\/index\.html/.test(f.url())), { timeout: 30_000 })
      .toBe(true);
    frame = sco(page);
    await frame.waitForSelector(ON_OFFER);
    expect(await transcriptLines(frame)).toEqual(lines);
    expect(
      await frame.$$eval('.choices button, .observe button', (b) => b.map((x) => x.textContent)),
    ).toEqual(offered);

    // Play to the report and file it.
    await playToReport(frame, takeFirst);
    await frame.check('input[name="action"][value="supervisor"]');
    await frame.fill('textarea, input[type="text"]', 'Two adults at the tills');
    await frame.click('.report-form button[type="submit"]');
    await frame.waitForSelector('#debrief-heading');
    const percent = Number((await frame.textContent('.total'))?.match(/(\d+)%/)?.[1]);

    // The certificate carries the LMS's learner name, locked.
    await frame.getByRole('button', { name: 'Progress' }).click();
    await frame.waitForSelector('#cert-name');
    expect(await frame.inputValue('#cert-name')).toBe('Alex Example');
    expect(await frame.$eval('#cert-name', (i) => (i as HTMLInputElement).readOnly)).toBe(true);
    await frame.locator('.cert-section').scrollIntoViewIfNeeded();
    await shot(page, `lms-${standard}-certificate`);
    expect(await axe(frame)).toEqual([]);

    const done = await cmi(page, standard);
    const data = standard === 'scorm12' ? (done['core'] as Record<string, unknown>) : done;
    const score = data['score'] as Record<string, string>;
    expect(Number(score['raw'])).toBe(percent);
    expect(score['max']).toBe('100');
    const passed = percent >= ASSIGNMENT.passMark;
    if (standard === 'scorm12') {
      expect(data['lesson_status']).toBe(passed ? 'passed' : 'failed');
    } else {
      expect(done['completion_status']).toBe('completed');
      expect(done['success_status']).toBe(passed ? 'passed' : 'failed');
      expect(Number(score['scaled'])).toBe(percent / 100);
    }
    // One objective per scoring dimension of the encounter.
    const objectives = Object.values(done['objectives'] as Record<string, Record<string, unknown>>);
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    expect(objectives.map((o) => o['id'])).toEqual(expect.arrayContaining(['observe', 'document', 'report']));
    // One interaction per decision: every choice taken plus the report, none doubled by the resume.
    const interactions = Object.values(done['interactions'] as Record<string, Record<string, unknown>>);
    const steps = decodeSuspend('suspend_data', String(done['suspend_data']));
    expect(steps.session).toBeUndefined();
    expect(steps.interactions).toBe(interactions.length);
    expect(new Set(interactions.map((i) => i['id'])).size).toBe(interactions.length);
    expect(interactions.length).toBeGreaterThan(4);
    for (const i of interactions) {
      expect(i['type']).toBe('choice');
      expect(['correct', 'neutral', standard === 'scorm12' ? 'wrong' : 'incorrect']).toContain(i['result']);
    }
    const report = interactions.at(-1)!;
    // SCORM 1.2 takes single letters (supervisor is the third action, c); 2004 the identifier itself.
    if (standard === 'scorm12') expect(report['student_response']).toBe('c');
    else expect(report['learner_response']).toBe('supervisor');
    expect(String(done['suspend_data']).length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(errors).toEqual([]);
    await page.close();
  });
  it.runIf(standard === 'scorm2004')(
    "opens in Spanish when the LMS's learner_preference.language is es, not remembered on the device",
    async () => {
      const preset = {
        learner_name: 'Alex Example',
        learner_id: 'alex',
        learner_preference: { language: 'es' },
      };
      const page = await browser().newPage({ viewport: { width: 1280, height: 860 } });
      const errors = watchErrors(page);
      await page.goto(`${url}host.html?cmi=${encodeURIComponent(JSON.stringify(preset))}`);
      const frame = sco(page);
      const start = frame.getByRole('button', { name: 'Empezar el encuentro: Evaluación' });
      await start.waitFor();
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('es-US');
      expect(
        await frame.getByText('Sábado de mucho movimiento: las compras grandes').count(),
      ).toBeGreaterThan(0);
      expect(await frame.getByRole('button', { name: 'Start the encounter: Assessment' }).count()).toBe(0);
      // The LMS's preference is its own: this device's remembered choice is left alone.
      expect(await frame.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.locale)).toBeNull();
      const allowed = allowedOnScreen('es-US');
      const english: string[] = [];
      const check = async (screen: string) => {
        await settled(frame);
        english.push(...(await englishIn(frame, screen, allowed)));
      };
      await check('picker');
      // Played in Spanish, recorded under the same ids as in English.
      await start.click();
      await frame.waitForSelector(ON_OFFER);
      await check('encounter');
      await takeFirst(frame);
      await expect
        .poll(async () => {
          const c = await cmi(page, standard);
          const list = (c['interactions'] as Record<string, { id?: string }> | undefined) ?? {};
          return Object.values(list)[0]?.id ?? '';
        })
        .toMatch(new RegExp(`^${ENCOUNTER.replace('.', '\\.')}\\.1\\.`));
      await playToReport(frame, takeFirst);
      await check('report');
      await fileReport(frame, 'supervisor');
      await check('debrief');
      expect(english).toEqual([]);
      // SCORM's description holds one language: the one in use, the report's from the catalog.
      const c = await cmi(page, standard);
      const interactions = Object.values(
        (c['interactions'] as Record<string, { description?: string; learner_response?: string }>) ?? {},
      );
      const report = interactions.at(-1)!;
      expect(report.learner_response).toBe('supervisor');
      expect(report.description).toBe('Informe de incidente: la medida tomada');
      expect(
        englishOnScreen(
          interactions.map((i) => ({ text: i.description ?? '', where: 'description' })),
          allowed,
        ),
      ).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.runIf(standard === 'scorm2004')(
    "keeps the learner's own choice on this device over the LMS's learner_preference.language",
    async () => {
      const preset = {
        learner_name: 'Alex Example',
        learner_id: 'alex',
        learner_preference: { language: 'es' },
      };
      const context = await browser().newContext({ viewport: { width: 1280, height: 860 } });
      await context.addInitScript((key) => localStorage.setItem(key, 'en-US'), STORAGE_KEYS.locale);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${url}host.html?cmi=${encodeURIComponent(JSON.stringify(preset))}`);
      const frame = sco(page);
      // The assignment's start button appears once the LMS has answered and the bridge chose the encounter.
      await frame.getByRole('button', { name: 'Start the encounter: Assessment' }).waitFor();
      await settled(frame);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en-US');
      expect(await frame.getByRole('button', { name: 'Empezar el encuentro: Evaluación' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('keeps passed / 90 when the suspend data cannot be read: nothing written until an encounter is finished (H2, L6)', async () => {
    // SCORM 1.2: text that is not lz-string. 2004: a decompression bomb (1.1 M characters unpacked).
    const damaged =
      standard === 'scorm12'
        ? '!!!this is not lz-string'
        : readFileSync(join(ROOT, 'tests', 'fixtures', 'lms', 'lz-bomb.txt'), 'utf8').trim();
    const preset =
      standard === 'scorm12'
        ? {
            core: {
              student_name: 'Example, Alex',
              student_id: 'alex',
              lesson_status: 'passed',
              score: { raw: '90', min: '0', max: '100' },
            },
            suspend_data: damaged,
          }
        : {
            learner_name: 'Alex Example',
            learner_id: 'alex',
            completion_status: 'completed',
            success_status: 'passed',
            score: { scaled: '0.9', raw: '90', min: '0', max: '100' },
            suspend_data: damaged,
          };
    const record = (c: Record<string, unknown>) => {
      const d = standard === 'scorm12' ? (c['core'] as Record<string, unknown>) : c;
      const score = d['score'] as Record<string, string>;
      return {
        status: standard === 'scorm12' ? d['lesson_status'] : [c['completion_status'], c['success_status']],
        raw: Number(score['raw']),
        suspend: c['suspend_data'],
      };
    };
    const held = {
      status: standard === 'scorm12' ? 'passed' : ['completed', 'passed'],
      raw: 90,
      suspend: damaged,
    };
    const page = await browser().newPage({ viewport: { width: 1280, height: 860 } });
    const errors = watchErrors(page);
    await page.goto(`${url}host.html?cmi=${encodeURIComponent(JSON.stringify(preset))}`);
    const frame = sco(page);
    await frame.getByText(/Your saved place could not be read/).waitFor();
    await frame.getByRole('button', { name: 'Start the encounter: Assessment' }).waitFor();
    expect(record(await cmi(page, standard))).toEqual(held);
    // A copy of the unreadable data stays on this device for support.
    const kept = JSON.parse(
      (await frame.evaluate((k) => localStorage.getItem(k), DAMAGED_SUSPEND_KEY)) ?? '[]',
    ) as DamagedSuspend[];
    expect(kept.map((c) => [c.standard, c.data])).toEqual([[standard, damaged]]);

    // Steps of a new attempt do not write either.
    await frame.getByRole('button', { name: 'Start the encounter: Assessment' }).click();
    await frame.waitForSelector(ON_OFFER);
    for (let i = 0; i < 2; i++) await takeFirst(frame);
    expect(record(await cmi(page, standard))).toEqual(held);

    // A finished encounter is written: new suspend data, never below passed / 90.
    await playToReport(frame, takeFirst);
    await fileReport(frame, 'supervisor');
    const percent = Number((await frame.textContent('.total'))?.match(/(\d+)%/)?.[1]);
    const done = await cmi(page, standard);
    expect(record(done)).toMatchObject({ status: held.status, raw: Math.max(90, percent) });
    expect(decodeSuspend('suspend_data', String(done['suspend_data'])).results).toHaveLength(1);
    if (standard === 'scorm2004')
      expect(Number((done['score'] as Record<string, string>)['scaled'])).toBe(Math.max(90, percent) / 100);
    expect(errors).toEqual([]);
    await page.close();
  });
});
