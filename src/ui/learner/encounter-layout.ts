// The encounter overlay's layout: the stage (the scene host and its description) beside the panel
// (the story's phases, the dialogue log, coaching, looks, choices, the report), and what the stage
// says about where the story is.

import type { SceneManifest } from '../../core/encounter/scene-manifest.ts';
import { STORY_PHASES } from '../../core/vocabulary.ts';
import { fill, h } from '../dom.ts';
import { STRINGS } from '../strings/strings.ts';

const E = STRINGS.encounter;

export interface EncounterLayout {
  el: HTMLElement;
  phaseList: HTMLElement;
  sceneText: HTMLElement;
  /** The dialogue log: a live region that announces the lines added. */
  transcript: HTMLElement;
  /** Practice mode only: a short coaching note on the choice just made. */
  coaching: HTMLElement;
  observe: HTMLElement;
  choices: HTMLElement;
  reportHost: HTMLElement;
}

export function encounterLayout(): EncounterLayout {
  const phaseList = h('ol', { class: 'phases', 'aria-label': E.phasesLabel });
  const sceneHost = h('div', { id: 'scene-host', class: 'scene-host', 'aria-hidden': 'true' });
  const sceneText = h('p', { class: 'scene-description' });
  const transcript = h('div', {
    class: 'transcript',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-label': E.story,
    tabindex: '0',
  });
  const observe = h('section', { class: 'observe', 'aria-labelledby': 'observe-heading', hidden: true });
  const choices = h('section', { class: 'choices', 'aria-labelledby': 'choices-heading', hidden: true });
  const reportHost = h('div', { class: 'report-host' });
  const coaching = h('div', { class: 'coaching', role: 'status', 'aria-live': 'polite', hidden: true });
  const el = h(
    'section',
    { class: 'screen encounter', 'aria-label': E.label },
    h('div', { class: 'stage' }, h('h2', { class: 'visually-hidden' }, E.scene), sceneHost, sceneText),
    h('div', { class: 'panel' }, phaseList, transcript, coaching, observe, choices, reportHost),
  );
  return { el, phaseList, sceneText, transcript, coaching, observe, choices, reportHost };
}

/** Lists the story's phases, marking the current one (aria-current="step"). */
export function showPhases(list: HTMLElement, current: string): void {
  fill(
    list,
    STORY_PHASES.map((p) =>
      h(
        'li',
        { class: p === current ? 'current' : '', 'aria-current': p === current ? 'step' : undefined },
        STRINGS.phases[p],
      ),
    ),
  );
}

/** What the stage's description reads for a scene: its title and description, or nothing. */
export const sceneLine = (scene: Pick<SceneManifest, 'title' | 'description'> | undefined): string =>
  scene ? `${scene.title}. ${scene.description}` : '';
