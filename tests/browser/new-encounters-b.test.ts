// The new encounters of issue 12 (set B), played in real Chromium along their best path to the
// debrief: every screen is checked with axe-core, nothing is logged as an error, the scene draws its
// hotspots and new cast, and the debrief names the signs they teach.
// Screenshots go to test-results/screenshots/newb-<id>-<nn>-<what>.png.

import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  encounterUrl,
  fileReport,
  SEL,
  shot,
  startEncounter,
  useBrowser,
  walkSteps,
  watchErrors,
} from './play.ts';

interface Walk {
  id: string;
  /** A piece of the text of each choice or observation target to take, in order. */
  steps: string[];
  /** Indicators shown on this path in every variant; ticked on the report. */
  seen: string[];
  /** Words from the debrief's description of each sign the encounter was written to teach. */
  teaches: string[];
  /** The report action for this path; police and child protection unless the path ends in immediate danger. */
  action?: 'police' | 'emergency';
}

const WALKS: Walk[] = [
  {
    id: 'transit.spare_room',
    steps: [
      "Let's both watch who he sits with",
      'Look at the far bench',
      'Stop at the snack kiosk',
      'Walk toward the far bench',
      'Set a second cocoa',
      'None of that is on you',
      'Evening.',
      'Wish them a good evening',
      'Watch them for me.',
      'Busy night.',
      'Seventeen. Nowhere safe to sleep',
    ],
    seen: [
      'transit.few_belongings_wrong_clothes',
      'transit.recruiter_at_terminal',
      'transit.malnourished_drugged',
      'transit.restricted_monitored_movement',
    ],
    teaches: ['offering a place to stay'],
  },
];

const browser = useBrowser();

describe.each(WALKS)('$id in the browser', (walk) => {
  it('plays the best path to the debrief with no axe violations or console errors', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];
    const name = walk.id.replace('.', '-');
    let count = 0;
    const snap = async (what: string, fullPage = false) => {
      await shot(page, `newb-${name}-${String(++count).padStart(2, '0')}-${what}`, {
        settle: true,
        fullPage,
      });
      violations.push(...(await axe(page, `${walk.id} ${what}`)));
    };

    await page.goto(encounterUrl(walk.id));
    await page.waitForSelector('#note-heading');
    expect(await page.textContent('main')).toContain('You can step out at any time');
    await snap('content-note');
    await startEncounter(page);
    await snap('briefing');

    const { phases, sawHotspots } = await walkSteps(page, walk.steps, snap);
    expect(sawHotspots).toBe(true);
    expect(phases).toEqual(new Set(['briefing', 'observe', 'talk', 'act']));

    await page.waitForSelector(SEL.reportForm);
    for (const id of walk.seen) await page.check(`input[name="observed"][value="${id}"]`);
    await page.fill('#report-who', 'A young person and an older man, as described in my notes');
    await page.fill('#report-when', 'Tonight, from the start of the shift');
    await page.fill('#report-where', 'The hall, the bench and the corridor');
    await page.check(`#action-${walk.action ?? 'police'}`);
    await snap('report');
    expect(await page.getByRole('button', { name: 'File the report' }).count()).toBe(1);
    await fileReport(page, walk.action ?? 'police');
    await snap('debrief', true);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('No critical errors');
    if (!walk.action) {
      // Police and child protection is the exact rung for a minor: no "what your policy expected".
      expect(text).toContain('Police and child protection');
      expect(text).not.toContain('What your policy expected');
    }
    expect(text).toContain('under 18');
    for (const words of walk.teaches) expect(text).toContain(words);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
