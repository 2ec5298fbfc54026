// The encounter overlay's logic, apart from its DOM: who is named before a line, the coaching
// verdict on a choice, which choices are looks and which are acts, the 1–9 shortcuts, and the stage's
// description of a scene.

import { describe, expect, it } from 'vitest';
import { SPEAKER_NARRATOR, SPEAKER_OFFICER } from '../../src/core/vocabulary.ts';
import { shortcutChoice, splitChoices } from '../../src/ui/learner/encounter-choices.ts';
import { sceneLine } from '../../src/ui/learner/encounter-layout.ts';
import { coachingVerdict, lineClass, speakerName } from '../../src/ui/learner/encounter-log.ts';
import { STRINGS } from '../../src/ui/strings/strings.ts';
import { choice } from './helpers.ts';

const E = STRINGS.encounter;
const CAST = [{ id: 'maria', name: 'Maria', description: 'A housekeeper' }];

describe('the dialogue log', () => {
  it('names the officer, nobody for narration, a character by name, and an unknown speaker by id', () => {
    expect(speakerName(SPEAKER_OFFICER, CAST)).toBe(E.officer);
    expect(speakerName(SPEAKER_NARRATOR, CAST)).toBe('');
    expect(speakerName('maria', CAST)).toBe('Maria');
    expect(speakerName('guest', CAST)).toBe('guest');
  });

  it('classes a line as the officer’s, spoken or narration', () => {
    expect(lineClass(SPEAKER_OFFICER, E.officer)).toBe('line officer');
    expect(lineClass('maria', 'Maria')).toBe('line spoken');
    expect(lineClass(SPEAKER_NARRATOR, '')).toBe('line narration');
  });
});

describe('the coaching note', () => {
  it('calls a critical error first, then judges by the sum of the scores', () => {
    const tags = (...t: string[]) => choice(0, 'x', ...t, 'why: Because.').tags;
    expect(coachingVerdict(tags('score: trust +2', 'critical: take_documents'))).toBe(E.coachingCritical);
    expect(coachingVerdict(tags('score: trust +2', 'score: safety -1'))).toBe(E.coachingGood);
    expect(coachingVerdict(tags('score: trust -2'))).toBe(E.coachingMixed);
    expect(coachingVerdict(tags('score: trust +1', 'score: safety -1'))).toBe('');
    expect(coachingVerdict(tags())).toBe('');
  });
});

describe('the choices', () => {
  it('sorts looks from acts and leaves the report choice out of both', () => {
    const look = choice(0, 'Look at the van', 'observe: van', 'reveals: nothing');
    const act = choice(1, 'Say hello');
    const report = choice(2, 'Write the report', 'report');
    const { looks, acts } = splitChoices([look, act, report]);
    expect(looks).toEqual([look]);
    expect(acts).toEqual([act]);
  });

  it('reads keys 1 to 9 as the first nine choices and nothing else', () => {
    expect(shortcutChoice('1')).toBe(0);
    expect(shortcutChoice('9')).toBe(8);
    for (const key of ['0', '10', 'a', ' ', '', '1.5', 'Enter']) expect(shortcutChoice(key), key).toBeNull();
  });
});

describe('the stage', () => {
  it('describes a scene by title and description, and no scene as nothing', () => {
    expect(sceneLine({ title: 'Lobby', description: 'A quiet hotel lobby.' })).toBe(
      'Lobby. A quiet hotel lobby.',
    );
    expect(sceneLine(undefined)).toBe('');
  });
});
