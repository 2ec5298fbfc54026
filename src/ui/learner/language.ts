// The language choice, on the first screen and in Settings: one button per language, each named in
// its own language (and marked with it, so a screen reader says "Español" in Spanish).

import { LOCALES, LOCALE_NAMES } from '../../core/locale.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { STRINGS } from '../strings/strings.ts';

export function languageChoice(ctx: UiContext): HTMLElement | null {
  const port = ctx.language;
  if (!port) return null;
  const labelId = 'language-choice-label';
  return h(
    'div',
    { class: 'language-choice row', role: 'group', 'aria-labelledby': labelId },
    h('span', { id: labelId, class: 'language-label' }, STRINGS.language.label),
    LOCALES.map((locale) =>
      h(
        'button',
        {
          type: 'button',
          class: 'language-option',
          lang: locale,
          'data-locale': locale,
          'aria-pressed': String(port.current() === locale),
          onclick: () => void port.change(locale),
        },
        LOCALE_NAMES[locale],
      ),
    ),
  );
}
