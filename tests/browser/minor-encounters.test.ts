// The encounters about young people who are stranded, with an older "boyfriend", or with an
// unrelated adult at a hotel, played in real Chromium along their best path to the debrief: every
// screen is checked with axe-core, nothing is logged as an error, the scene draws its hotspots, and
// the debrief names the signs they teach.
// Screenshots go to test-results/screenshots/minor-<id>-<nn>-<what>.png.

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
    id: 'transit.stranded_after_dark',
    steps: [
      'Note the times',
      'Look at the boy by the far bench',
      'Stay where you are',
      'Want a hot chocolate',
      "What's happened tonight",
      'Is he coming back here',
      'Tell him straight',
      'Call 911 now',
      'Let Nell handle it',
    ],
    seen: [
      'transit.stranded_after_refusal',
      'transit.commercial_sex_around_terminal',
      'transit.fear_of_uniforms',
      'transit.few_belongings_wrong_clothes',
    ],
    teaches: ['stranded with no money or ID', 'selling sex in or around the station'],
    // A possible minor sold for sex in real time, seen through the Bay 4 doors: the emergency number.
    action: 'emergency',
  },
  {
    id: 'hospital.older_boyfriend',
    steps: [
      "Got it. I'll stay near the seats",
      'Look at the notices in the podium logbook',
      'Look at the pair on the right-hand seats',
      "It's busy with the snow",
      'Back Ines calmly',
      'Talk about the snow',
      'Radio',
      'Step to the side, and speak low',
    ],
    seen: [
      'hospital.minor_unaccompanied_older_partner',
      'hospital.companion_speaks_for_patient',
      'hospital.companion_wont_leave',
      'hospital.rush_to_leave_ama',
    ],
    teaches: ['older "boyfriend"'],
  },
  {
    id: 'hotel.third_floor',
    steps: [
      "Thanks. I'll stay close",
      'Look at the CCTV monitor',
      'Look at the guest on the phone by the window',
      "We can't help with that, sir",
      'Keep it ordinary',
      'at her level',
      'Be honest',
      ': police and',
      'from behind the desk',
    ],
    seen: [
      'hotel.buyer_asks_adult_services',
      'hotel.minor_with_unrelated_adult',
      'hotel.minor_adult_roles',
      'hotel.companion_holds_id_money_keys',
    ],
    teaches: [
      '"adult services"',
      'dressed and made up to look much older',
      'the adult answers for the child',
    ],
    action: 'emergency',
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
      await shot(page, `minor-${name}-${String(++count).padStart(2, '0')}-${what}`, {
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
