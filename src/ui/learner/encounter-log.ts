// The encounter overlay's record of what happened: the dialogue lines (who said each one) and, in
// practice mode, the coaching note on the choice just made.

import type { TranscriptLine } from '../../core/encounter/encounter.ts';
import type { DecisionLog } from '../../core/encounter/log.ts';
import type { CharacterDecl, ChoiceTags } from '../../core/tags/tag-types.ts';
import { SPEAKER_NARRATOR, SPEAKER_OFFICER } from '../../core/vocabulary.ts';
import { fill, h } from '../dom.ts';
import { STRINGS } from '../strings/strings.ts';

const E = STRINGS.encounter;

/** The name shown before a line: the officer, nobody for narration, else the character's name (or id). */
export function speakerName(id: string, characters: readonly CharacterDecl[]): string {
  if (id === SPEAKER_OFFICER) return E.officer;
  if (id === SPEAKER_NARRATOR) return '';
  return characters.find((c) => c.id === id)?.name ?? id;
}

/** The class of a line: the officer's, someone else's, or narration (no name shown). */
export function lineClass(speaker: string, name: string): string {
  if (speaker === SPEAKER_OFFICER) return 'line officer';
  return name ? 'line spoken' : 'line narration';
}

function lineItem(line: TranscriptLine, characters: readonly CharacterDecl[]): HTMLElement {
  const name = speakerName(line.speaker, characters);
  return h(
    'p',
    { class: lineClass(line.speaker, name) },
    name ? h('span', { class: 'speaker' }, `${name}: `) : null,
    h('span', { class: 'text' }, line.text),
  );
}

/** The coaching verdict on a choice: a critical error, a good choice, a mixed one, or none. */
export function coachingVerdict(tags: Pick<ChoiceTags, 'scores' | 'critical'>): string {
  if (tags.critical.length > 0) return E.coachingCritical;
  const points = tags.scores.reduce((sum, x) => sum + x.value, 0);
  if (points > 0) return E.coachingGood;
  if (points < 0) return E.coachingMixed;
  return '';
}

/** Shows the coaching note on the last choice in `log`, or hides it when that choice has no "why". */
export function showCoaching(coaching: HTMLElement, log: DecisionLog): void {
  const last = [...log].reverse().find((e) => e.kind === 'choice');
  if (!last || last.kind !== 'choice' || !last.tags.why) {
    coaching.hidden = true;
    return;
  }
  const verdict = coachingVerdict(last.tags);
  fill(
    coaching,
    h('p', { class: 'coaching-title' }, E.coaching),
    verdict ? h('p', {}, verdict) : null,
    h('p', {}, last.tags.why),
  );
  coaching.classList.toggle('critical', last.tags.critical.length > 0);
  coaching.hidden = false;
}

/**
 * Brings the dialogue log up to `lines`, of which `shown` are on screen already (a shorter list, after
 * a restart, starts the log again), and scrolls to a line added. Returns how many are shown now.
 */
export function appendLines(
  log: HTMLElement,
  lines: readonly TranscriptLine[],
  shown: number,
  characters: readonly CharacterDecl[],
): number {
  if (lines.length < shown) {
    log.replaceChildren();
    shown = 0;
  }
  for (const line of lines.slice(shown)) log.append(lineItem(line, characters));
  if (lines.length > shown) log.lastElementChild?.scrollIntoView({ block: 'nearest' });
  return lines.length;
}
