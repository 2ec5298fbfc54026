// The forced-criminality and sales-crew encounters of issue 12, played by keyboard alone in real
// Chromium along their best path to the debrief: every screen is checked with axe-core, nothing is
// logged as an error, the scene offers its hotspots, and the debrief names the signs they teach.
// Screenshots go to test-results/screenshots/crew-<id>-<nn>-<what>.png.

import type { ReportAction } from '../../src/core/vocabulary.ts';
import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import {
  encounterUrl,
  fileReport,
  ON_OFFER,
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
  /** Indicators shown on this path; ticked on the report. */
  seen: string[];
  /** Words from the debrief that the path must show. */
  debrief: string[];
  action: ReportAction;
  /**
   * When the replay variant (picked at random by the game) changes the act phase: the first choice
   * text that shows variant 2 is on offer, and that variant's remaining steps and report action.
   */
  variants?: { shownBy: string; variant1: string[]; variant2: string[]; variant2Action: ReportAction };
}

const WALKS: Walk[] = [
  {
    id: 'transit.courier',
    steps: [
      "I'll keep an eye on him",
      'Look at the boy on the bench by Bay 4',
      'Ask at ticket window 2',
      'Stop at the snack kiosk',
      'Walk over to the bench by Bay 4',
      'Your bus is running twenty minutes late',
      "You haven't.",
      'I believe you.',
      '"Keep him in sight."',
      'Stay a minute.',
      'Sixteen, alone',
    ],
    seen: [
      'transit.few_belongings_wrong_clothes',
      'transit.ticket_bought_by_other',
      'transit.fear_of_uniforms',
      'transit.unsure_destination_or_contact',
      'transit.scripted_inconsistent_story',
    ],
    debrief: ['under 18', 'Police and child protection'],
    action: 'police',
  },
  {
    id: 'store.sales_crew',
    steps: [
      "I'll note the van and the times",
      'Look out at the car park',
      'Ask at the tills',
      'Go back to the customer-service counter',
      'Point her to the outlet',
      'Where are you all staying tonight?',
      "Her phone's got ten more minutes",
      'Can you leave if you want to?',
    ],
    seen: [
      'retail.watcher_outside',
      'retail.group_led_by_one_payer',
      'retail.cannot_say_where_lives',
      'retail.not_allowed_to_buy_or_speak',
      'retail.worker_coached_monitored',
      'retail.discreet_help_seeking',
    ],
    debrief: ['Only people without papers'],
    // Variant 1: Kayla asks the officer to do nothing, and the control room is the exact report.
    action: 'supervisor',
    // Variant 2: no controller on the lot; Kayla asks about the number and calls it herself.
    variants: {
      shownBy: 'Offer her the back office',
      variant1: ['"Not yet."'],
      variant2: ['Offer her the back office', 'Let Ren answer'],
      variant2Action: 'hotline',
    },
  },
];

const browser = useBrowser();

describe.each(WALKS)('$id in the browser, by keyboard', (walk) => {
  it('plays the best path to the debrief with no axe violations or console errors', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page, { console: true });
    const violations: string[] = [];
    const name = walk.id.replace('.', '-');
    let count = 0;
    const snap = async (what: string, fullPage = false) => {
      await shot(page, `crew-${name}-${String(++count).padStart(2, '0')}-${what}`, {
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

    const { phases, sawHotspots } = await walkSteps(page, walk.steps, snap, 'keyboard');
    let action = walk.action;
    if (walk.variants) {
      const second = (await page.locator(ON_OFFER).filter({ hasText: walk.variants.shownBy }).count()) > 0;
      if (second) action = walk.variants.variant2Action;
      const rest = second ? walk.variants.variant2 : walk.variants.variant1;
      const more = await walkSteps(page, rest, snap, 'keyboard');
      for (const p of more.phases) phases.add(p);
    }
    expect(sawHotspots).toBe(true);
    expect(phases).toEqual(new Set(['briefing', 'observe', 'talk', 'act']));

    await page.waitForSelector(SEL.reportForm);
    for (const id of walk.seen) await page.check(`input[name="observed"][value="${id}"]`);
    await page.fill('#report-who', 'The people described in my notes');
    await page.fill('#report-when', 'This afternoon, from the start of the shift');
    await page.fill('#report-where', 'As described in my notes');
    await snap('report');
    await fileReport(page, action);
    await snap('debrief', true);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('No critical errors');
    expect(text).not.toContain('What your policy expected');
    for (const words of walk.debrief) expect(text).toContain(words);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
