// Settings screen: the interface language, sound volumes and mute, captions, text size, high contrast, reduced motion,
// instructor tools, privacy on this device (shared-device mode, clearing the learner's data).

import { SCREENS } from '../../state/keys.ts';
import { TEXT_SIZES, type Settings } from '../../state/settings.ts';
import type { UiContext, View } from '../context.ts';
import { h } from '../dom.ts';
import { languageChoice } from './language.ts';
import { privacySettings } from './privacy.ts';
import { STRINGS } from '../strings/strings.ts';
import { SETTINGS_STRINGS } from '../strings/strings-settings.ts';

const T = SETTINGS_STRINGS;
type VolumeKey = 'master' | 'music' | 'ambience' | 'effects';
type FlagKey = 'muted' | 'captions' | 'highContrast' | 'reducedMotion' | 'dyslexiaFont' | 'instructorTools';

export function settingsView(ctx: UiContext, onDone: () => void): View {
  const { store } = ctx;
  const s = store.getState().settings;
  const set = (patch: Partial<Settings>) => store.getState().setSettings(patch);
  const slider = (key: VolumeKey, label: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: `set-${key}` }, label),
      h('input', {
        type: 'range',
        id: `set-${key}`,
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(s[key] * 100),
        oninput: (ev: Event) => set({ [key]: Number((ev.target as HTMLInputElement).value) / 100 }),
      }),
    );
  const toggle = (key: FlagKey, label: string, help?: string) =>
    h(
      'div',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        id: `set-${key}`,
        checked: s[key],
        ...(help ? { 'aria-describedby': `set-${key}-help` } : {}),
        onchange: (ev: Event) => set({ [key]: (ev.target as HTMLInputElement).checked }),
      }),
      h('label', { for: `set-${key}` }, label),
      help ? h('p', { class: 'hint', id: `set-${key}-help` }, help) : null,
    );
  const el = h(
    'section',
    { class: 'screen settings', 'aria-labelledby': 'settings-heading' },
    h('h2', { id: 'settings-heading', tabindex: '-1' }, T.heading),
    ctx.language
      ? h(
          'div',
          { class: 'setting-language' },
          languageChoice(ctx),
          h('p', { class: 'hint' }, T.languageHelp),
        )
      : null,
    h(
      'fieldset',
      {},
      h('legend', {}, T.sound),
      slider('master', T.master),
      slider('ambience', T.ambience),
      slider('effects', T.effects),
      slider('music', T.music),
      toggle('muted', T.muted),
      toggle('captions', T.captions),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, T.display),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'set-text-size' }, T.textSize),
        h(
          'select',
          {
            id: 'set-text-size',
            onchange: (ev: Event) =>
              set({ textSize: (ev.target as HTMLSelectElement).value as Settings['textSize'] }),
          },
          TEXT_SIZES.map((size) =>
            h('option', { value: size, selected: s.textSize === size }, T.textSizes[size]),
          ),
        ),
      ),
      toggle('highContrast', T.highContrast),
      toggle('reducedMotion', T.reducedMotion),
      toggle('dyslexiaFont', T.dyslexiaFont),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, T.trainers),
      toggle('instructorTools', T.instructorTools, T.instructorToolsHelp),
    ),
    privacySettings(ctx),
    h('button', { type: 'button', class: 'primary', onclick: onDone }, T.done),
    h(
      'p',
      { class: 'org-setup-link' },
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          id: 'org-setup-open',
          'aria-describedby': 'org-setup-help',
          onclick: () => store.getState().goTo(SCREENS.orgSetup),
        },
        STRINGS.org.openSetup,
      ),
      ' ',
      h('span', { id: 'org-setup-help', class: 'hint' }, STRINGS.org.openSetupHelp),
    ),
  );
  return { el, destroy: () => undefined };
}
