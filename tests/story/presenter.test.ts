// Presenter mode through the real store, story adapter and compiled encounter: the class votes
// (hands and phones), the instructor takes the majority or overrides it, the story pauses at its
// discussion prompts, and the class record lines the votes up with the decision log.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import type { FeedStatus, Tally, VoteFeed, VoteQuestion } from '../../src/core/classroom/classroom.ts';
import { choicesOf } from '../../src/core/encounter/log.ts';
import { classRecord, openDecision, TAKEN_BY } from '../../src/core/classroom/presenter.ts';
import { MSG } from '../../src/core/classroom/presenter-protocol.ts';
import { createPresenter, type Presenter } from '../../src/state/presenter.ts';
import { compiled, depsFor, memoryStorage } from './harness.ts';
import { REPORT_ACTIONS } from '../../src/core/vocabulary.ts';
import { useLocale } from '../../src/i18n/messages.ts';
import { presenterProblemText } from '../../src/ui/strings/strings-presenter.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'night-lobby.ink');

/** A relay stand-in: records what the presenter opens and lets the test cast phone votes. */
class FakeFeed implements VoteFeed {
  opened: VoteQuestion[] = [];
  closed = 0;
  private tallyListeners = new Set<(key: string, tally: Tally, voters: number) => void>();
  join() {
    return { code: 'K7Q4', url: 'http://192.168.1.20:8080/' };
  }
  status(): FeedStatus {
    return 'open';
  }
  open(q: VoteQuestion) {
    this.opened.push(q);
  }
  close() {
    this.closed += 1;
  }
  onTally(l: (key: string, tally: Tally, voters: number) => void) {
    this.tallyListeners.add(l);
    return () => this.tallyListeners.delete(l);
  }
  onStatus() {
    return () => undefined;
  }
  dispose() {}
  vote(key: string, tally: Tally, voters: number) {
    for (const l of this.tallyListeners) l(key, tally, voters);
  }
}

function make(feed?: VoteFeed): Presenter {
  const c = compiled(FILE);
  const { storage: _unused, ...deps } = depsFor(c, memoryStorage());
  return createPresenter({ ...deps, encounterId: c.meta.id, feed: feed ?? null });
}

/** Passes any discussion prompt on screen; returns the prompts passed. */
function passPrompts(p: Presenter): string[] {
  const passed: string[] = [];
  while (p.session().pending.length > 0) {
    passed.push(p.session().pending[0]!);
    p.command({ type: MSG.continue });
  }
  return passed;
}

function optionIndex(p: Presenter, wanted: string): number {
  const options = openDecision(p.session())?.options ?? [];
  const hit = options.find((o) => o.text.includes(wanted));
  if (!hit) throw new Error(`no option "${wanted}" among: ${options.map((o) => o.text).join(' | ')}`);
  return hit.index;
}

describe('presenter mode with a real encounter', () => {
  it('votes, overrides, pauses for discussion, files the report and builds the class record', async () => {
    const feed = new FakeFeed();
    const p = make(feed);
    await p.start();
    const prompts: string[] = [];
    const path: { wanted: string; how: 'majority' | 'override' }[] = [
      { wanted: 'Could be nothing', how: 'majority' },
      { wanted: 'Check the registration list', how: 'override' },
      { wanted: 'Look at the man in the armchair', how: 'majority' },
      { wanted: 'Glance at the things on the counter', how: 'majority' },
      { wanted: 'Evening. Dana will look after you', how: 'majority' },
      { wanted: 'Dana, this is a cash booking', how: 'majority' },
      { wanted: 'We use a phone interpreter', how: 'majority' },
      { wanted: 'Are you being trafficked', how: 'majority' },
    ];
    for (const { wanted, how } of path) {
      prompts.push(...passPrompts(p));
      const d = openDecision(p.session())!;
      expect(feed.opened.at(-1)?.key).toBe(d.key); // phones see the open question
      const target = optionIndex(p, wanted);
      const other = d.options.find((o) => o.index !== target)!.index;
      const winner = how === 'majority' ? target : other;
      p.command({ type: MSG.hands, key: d.key, index: winner, count: 3 });
      feed.vote(d.key, { [winner]: 2 }, 2);
      expect(p.snapshot().session.decisions.at(-1)?.phones).toEqual({ [winner]: 2 });
      if (how === 'majority') p.command({ type: MSG.takeMajority, key: d.key });
      else p.command({ type: MSG.choose, key: d.key, index: target });
      expect(p.snapshot().problem).toBeNull();
    }
    prompts.push(...passPrompts(p));
    expect(prompts.some((q) => q.includes('Who does the talking'))).toBe(true);
    expect(p.snapshot().awaitingReport).toBe(true);
    expect(p.snapshot().checklist.length).toBeGreaterThan(0);

    // A refused command is explained, and changes nothing.
    p.command({ type: MSG.takeMajority, key: 'hotel.night_lobby#99' });
    expect(p.snapshot().problem).toEqual({ code: 'noDecision', params: { key: 'hotel.night_lobby#99' } });

    p.command({
      type: MSG.report,
      report: {
        observed: [],
        who: 'two adults',
        when: '01:40',
        where: 'front desk',
        action: 'hotline',
        notes: '',
      },
    });
    const snap = p.snapshot();
    expect(snap.ended).toBe(true);
    expect(snap.session.revealed).toBe(false);
    p.command({ type: MSG.reveal });
    expect(p.snapshot().session.revealed).toBe(true);

    const debrief = p.store.getState().lastDebrief!;
    expect(debrief.mode).toBe('assessment');
    const rows = classRecord(p.session(), p.log());
    expect(rows.map((r) => r.text)).toEqual(choicesOf(p.log()).map((c) => c.text));
    expect(rows.map((r) => r.text)).toEqual(expect.arrayContaining(debrief.decisions.map((d) => d.text)));
    expect(rows.map((r) => r.by)).toEqual(path.map((x) => TAKEN_BY[x.how]));
    expect(rows[1]?.majorityText).toBeDefined();
    expect(rows[0]?.votes.reduce((a, v) => a + v.votes, 0)).toBe(5);
    expect(feed.closed).toBeGreaterThanOrEqual(path.length);
    p.dispose();
  });

  it('plays without a relay, and does not take a majority that does not exist', async () => {
    const p = make();
    await p.start();
    passPrompts(p);
    const d = openDecision(p.session())!;
    p.command({ type: MSG.takeMajority, key: d.key });
    expect(p.snapshot().problem).toEqual({ code: 'noVotes', params: {} });
    expect(openDecision(p.session())?.key).toBe(d.key);
    // The state's own refusal (no report is asked for yet), worded by the console in Spanish.
    p.command({
      type: MSG.report,
      report: { observed: [], who: '', when: '', where: '', action: REPORT_ACTIONS[0], notes: '' },
    });
    const refused = p.snapshot().problem;
    expect(refused).toEqual({ code: 'notAwaitingReport', params: {} });
    await useLocale('es-US');
    try {
      expect(presenterProblemText(refused!)).toBe('la historia no está esperando el informe de incidente');
    } finally {
      await useLocale('en-US');
    }
    expect(p.snapshot().feed).toBeNull();
    p.dispose();
  });
});
