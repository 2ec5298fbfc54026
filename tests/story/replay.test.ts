import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import { play, type Step } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'night-lobby.ink');
const PATH: Step[] = [
  'Could be nothing',
  'Check the registration list',
  'Look at the man in the armchair',
  'Glance at the things on the counter',
  'Evening. Dana will look after you',
  'Dana, this is a cash booking',
  'We use a phone interpreter',
  'Are you being trafficked',
  { report: { observed: 'seen', who: 'two adults', when: '01:40', where: 'front desk', action: 'hotline' } },
];

describe('practice and assessment modes', () => {
  it('practice: replaying from a decision re-takes the choices before it and stops there', async () => {
    const { debrief, store } = await play(FILE, PATH);
    expect(debrief.mode).toBe('practice');
    const critical = debrief.decisions.find((d) => d.critical)!;
    expect(critical.text).toContain('Are you being trafficked');
    expect(await store.getState().replayFrom(critical.step)).toBe(true);
    const session = store.getState().session!;
    // The same seed and the same earlier choices: the learner is back at the decision they got wrong.
    expect(session.seed).toBe(42);
    expect(session.state.choices.map((c) => c.text)).toEqual(expect.arrayContaining([critical.text]));
    const officer = session.state.transcript.filter((l) => l.speaker === 'officer').map((l) => l.text);
    expect(officer.at(-1)).toContain('phone interpreter');
    expect(session.state.log.filter((e) => e.kind === 'choice')).toHaveLength(critical.step);
    // Choosing better this time leads to a different debrief.
    const better = session.state.choices.find((c) => c.text.includes('Are you OK to talk'))!;
    store.getState().choose(better.index);
    expect(store.getState().session?.state.transcript.length).toBeGreaterThan(
      session.state.transcript.length,
    );
  });

  it('assessment: the mode is recorded with the attempt and replay is refused', async () => {
    const { debrief, store } = await play(FILE, PATH, { mode: 'assessment' });
    expect(debrief.mode).toBe('assessment');
    expect(store.getState().lastAttempt?.mode).toBe('assessment');
    expect(await store.getState().replayFrom(2)).toBe(false);
    expect(store.getState().session).toBeNull();
  });
});
