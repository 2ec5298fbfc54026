// A writer's typo that loops for ever must not hang a learner's tab: the runner (the same code the
// game runs) stops the step at STEP_LIMITS, the game says so in a notice, and the learner keeps
// their place and record and can choose again.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import { SCREENS } from '../../src/state/keys.ts';
import { createAppStore } from '../../src/state/store.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { STEP_LIMITS } from '../../src/story/runner.ts';
import { compiled, depsFor, memoryStorage } from './harness.ts';

const MINI = join(ROOT, 'tests', 'fixtures', 'stories', 'mini.ink');

/** Mini, with "Talk to Ana" leading into a loop that keeps printing. */
function looping() {
  const source = readFileSync(MINI, 'utf8')
    .replace('+ [Talk to Ana] -> talk', '+ [Talk to Ana] -> runaway')
    .concat('\n=== runaway ===\nStill talking.\n-> runaway\n');
  const json = compileInk(MINI, source, ROOT).json;
  if (!json) throw new Error('the looping story does not compile');
  return { ...compiled(MINI), story: json };
}

describe('a step that never reaches a choice, in the game', () => {
  it('shows a clear error, keeps the learner where they were, and lets them go on', async () => {
    const encounter = looping();
    const store = createAppStore(depsFor(encounter, memoryStorage()));
    store.getState().select(encounter.meta.id);
    await store.getState().start('practice');
    store.getState().choose(store.getState().session!.state.choices[0]!.index); // Begin
    const before = store.getState().session!;
    const talk = before.state.choices.find((c) => c.text === 'Talk to Ana')!;

    const started = Date.now();
    store.getState().choose(talk.index);
    expect(Date.now() - started).toBeLessThan(STEP_LIMITS.ms * 3);

    // The sentence says what happened and what to do; the runner's own words (the limit it hit) are
    // the technical details, not the sentence.
    const notice = store.getState().notices.at(-1)!;
    expect(notice.text).toMatch(
      /^That choice could not be played\. The story kept going without offering a choice/,
    );
    expect(notice.text).toMatch(/Your progress up to here is kept/);
    expect(notice.text).not.toMatch(/5000/);
    expect(notice.detail).toMatch(/^StepLimitError: the story printed 5000 lines without offering a choice/);
    expect(store.getState().session).toEqual(before);
    expect(store.getState().screen).toBe(SCREENS.encounter);

    // The story went back to where the learner was: another choice plays on.
    const trolley = before.state.choices.find((c) => c.text === 'Check the trolley')!;
    store.getState().choose(trolley.index);
    const after = store.getState().session!;
    expect(after.state.transcript.map((l) => l.text)).toContain('Just linen.');
  });
});
