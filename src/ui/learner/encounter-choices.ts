// The encounter overlay's actions: the observation targets that mirror the scene's hotspots, and the
// numbered choices with their 1–9 keyboard shortcuts.

import type { StoryChoice } from '../../core/encounter/beats.ts';
import type { SceneManifest } from '../../core/encounter/scene-manifest.ts';
import { fill, h } from '../dom.ts';
import { STRINGS } from '../strings/strings.ts';

const E = STRINGS.encounter;
const MAX_SHORTCUT = 9;

/** What the buttons do: pick an option, and light up (or clear) a hotspot in the scene. */
export interface ChoiceActions {
  pick(index: number): void;
  focusHotspot(id: string | null): void;
}

/** The story's choices sorted into looks (observations) and acts; the report choice is neither. */
export function splitChoices(list: readonly StoryChoice[]): { looks: StoryChoice[]; acts: StoryChoice[] } {
  return {
    looks: list.filter((c) => c.tags.observe !== undefined),
    acts: list.filter((c) => c.tags.observe === undefined && !c.tags.report),
  };
}

/** Which choice (0-based) a key picks: "1" to "9" pick the first nine; anything else, none. */
export function shortcutChoice(key: string): number | null {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= MAX_SHORTCUT ? n - 1 : null;
}

/** Fills the observe and choices sections with `list`, hiding a section that has nothing. */
export function showChoices(
  sections: { observe: HTMLElement; choices: HTMLElement },
  list: readonly StoryChoice[],
  scene: SceneManifest | undefined,
  actions: ChoiceActions,
): void {
  const { observe, choices } = sections;
  const { looks, acts } = splitChoices(list);
  fill(
    observe,
    looks.length > 0 ? h('h3', { id: 'observe-heading' }, E.look) : null,
    looks.length > 0 ? h('p', { class: 'hint' }, E.lookHint) : null,
    h(
      'ul',
      { class: 'look-list' },
      looks.map((c) => h('li', {}, lookButton(c, scene, actions))),
    ),
  );
  observe.hidden = looks.length === 0;
  fill(
    choices,
    acts.length > 0 ? h('h3', { id: 'choices-heading' }, E.choices) : null,
    h(
      'ol',
      { class: 'choice-list' },
      acts.map((c, i) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'choice',
              'data-index': c.index,
              'aria-keyshortcuts': i < MAX_SHORTCUT ? String(i + 1) : undefined,
              onclick: () => actions.pick(c.index),
            },
            i < MAX_SHORTCUT ? h('kbd', { 'aria-hidden': 'true' }, String(i + 1)) : null,
            h('span', {}, c.text),
          ),
        ),
      ),
    ),
  );
  choices.hidden = acts.length === 0;
}

function lookButton(c: StoryChoice, scene: SceneManifest | undefined, actions: ChoiceActions): HTMLElement {
  const hotspot = scene?.hotspots.find((x) => x.id === c.tags.observe);
  return h(
    'button',
    {
      type: 'button',
      class: 'look',
      'data-hotspot': c.tags.observe,
      onclick: () => actions.pick(c.index),
      onfocus: () => actions.focusHotspot(c.tags.observe ?? null),
      onblur: () => actions.focusHotspot(null),
      onmouseenter: () => actions.focusHotspot(c.tags.observe ?? null),
      onmouseleave: () => actions.focusHotspot(null),
    },
    h('span', { class: 'look-label' }, hotspot?.label ?? c.text),
    hotspot && hotspot.label !== c.text ? h('span', { class: 'look-detail' }, c.text) : null,
  );
}
