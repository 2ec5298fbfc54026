// The calibration encounters of issue 12 (set C: not trafficking, but not nothing), played in real
// Chromium by keyboard alone along their best path to the debrief. Every screen is checked with
// axe-core, nothing is logged as an error, the scene draws its hotspots, and the debrief shows the
// situation, the exact middle rung of the ladder and no critical errors.
// Screenshots go to test-results/screenshots/newc-<id>-<nn>-<what>.png.

import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  chooseByKey,
  encounterUrl,
  fileReportByKeyboard,
  ON_OFFER,
  SEL,
  shot,
  tabTo,
  useBrowser,
  watchErrors,
  type KeyboardReport,
} from './play.ts';

interface Walk {
  id: string;
  /**
   * A piece of the text of each choice or look to take, in order; one in `optional` is taken only when
   * it is on offer (the replay variant, picked by the attempt's seed, decides).
   */
  steps: string[];
  optional?: string[];
  report: KeyboardReport;
  /** Words the debrief must show: the situation, and why this differs from trafficking. */
  debrief: string[];
}

const WALKS: Walk[] = [
  {
    id: 'hotel.regular_guest',
    steps: [
      'Has she or anyone with her caused a problem',
      'Look at the front-desk screen',
      'Go back to the desk',
      'No key, and no word about any guest',
      'Phone 412',
      "No. You're a guest.",
      'If someone else held her key',
      'Log the visitor',
    ],
    report: {
      observed: ['hotel.heavy_foot_traffic_room'],
      who: 'Man, 40s, golf jacket, car key on a big ring',
      when: 'About 01:45',
      where: 'Front desk',
      action: 'log',
    },
    debrief: ['Not trafficking: a different response', 'Tonight she held all of them herself'],
  },
  {
    id: 'hospital.same_story',
    steps: [
      'X-ray is patients only, right?',
      'Glance at the bay curtain',
      'Stand by the sink',
      // Variant 2: Shane refuses the X-ray rule at first, and a calm second word moves him.
      "X-ray's staff and patients only",
      'By the doors to the waiting room',
      'What do you need from me?',
      'Offer her the ambulance bay door',
      'Radio',
    ],
    optional: ["X-ray's staff and patients only"],
    report: {
      observed: ['hospital.companion_speaks_for_patient', 'hospital.patient_defers_fearful'],
      who: 'Woman, 30s, gray fleece (Kim); man, 30s, quilted vest (Shane)',
      when: 'Sunday, 23:30 to 00:30',
      where: 'ED bay 6 and the waiting room',
      action: 'supervisor',
    },
    debrief: [
      'Not trafficking: a different response',
      'The care team and the advocate know what she has asked for',
    ],
  },
  {
    id: 'store.back_pay',
    steps: [
      "Let's hear it from her",
      'Look out of the front window',
      'Look at the staff noticeboard',
      'Ren mentioned pay',
      'Are you free to come and go',
      'All good. Just chatting.',
      "I'll tell the store, without naming you",
      'Threats, a debt',
      'Radio',
    ],
    report: {
      observed: [],
      who: 'Tess, contract cleaner; Gary, crew lead',
      when: 'Tuesday, 12:50',
      where: 'Fitting rooms',
      action: 'supervisor',
    },
    debrief: ['Not trafficking: a different response', 'force, fraud or coercion'],
  },
];

const browser = useBrowser();

describe.each(WALKS)('$id in the browser, keyboard only', (walk) => {
  it('plays the best path to the debrief with no axe violations or console errors', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];
    const name = walk.id.replace('.', '-');
    let count = 0;
    const snap = async (what: string, fullPage = false) => {
      await shot(page, `newc-${name}-${String(++count).padStart(2, '0')}-${what}`, {
        settle: true,
        fullPage,
      });
      violations.push(...(await axe(page, `${walk.id} ${what}`)));
    };

    await page.goto(encounterUrl(walk.id));
    await page.waitForSelector('#note-heading');
    expect(await page.textContent('main')).toContain('You can step out at any time');
    await snap('content-note');
    await tabTo(page, 'the start button', { selector: 'button', text: 'Start the encounter: Practice' });
    await page.keyboard.press('Enter');
    await page.waitForSelector(SEL.choice);
    await snap('briefing');

    const phases = new Set<string>();
    let sawHotspots = false;
    for (const step of walk.steps) {
      const phase = (await page.textContent('.phases li.current'))?.trim().toLowerCase() ?? 'unknown';
      if (!sawHotspots && (await page.$$(SEL.look)).length > 0) {
        sawHotspots = true;
        await snap('observe-hotspots');
      } else if (!phases.has(phase) && phase !== 'briefing') {
        await snap(phase);
      }
      phases.add(phase);
      if (walk.optional?.includes(step)) {
        await page.waitForSelector(ON_OFFER, { state: 'visible' });
        const offered = await page.$$eval(
          SEL.choice,
          (buttons, wanted) => buttons.some((b) => (b.textContent ?? '').includes(wanted)),
          step,
        );
        if (!offered) continue;
      }
      await chooseByKey(page, step);
    }
    expect(sawHotspots).toBe(true);
    expect([...phases].sort()).toEqual(['act', 'briefing', 'observe', 'talk']);

    await snap('report');
    await fileReportByKeyboard(page, walk.report);
    await snap('debrief', true);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('No critical errors');
    // The exact rung: the debrief has no "what your policy expected" correction.
    expect(text).not.toContain('What your policy expected');
    for (const words of walk.debrief) expect(text).toContain(words);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
