// The picker's encounters: a section per setting with a card per enabled encounter (duration, focus,
// best result, open; and for trainers a link that presents it to a class).

import { isEncounterEnabled } from '../../core/config/config.ts';
import type { EncounterMeta } from '../../core/tags/tags.ts';
import { PRESENTER_PARAMS } from '../../core/classroom/presenter-params.ts';
import type { Setting } from '../../core/vocabulary.ts';
import { showInstructorTools, type UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { PICKER_STRINGS as S } from '../strings/strings-picker.ts';
import { STRINGS } from '../strings/strings.ts';

/** The link that opens the presenter for an encounter. */
export const presentHref = (id: string): string => `?${PRESENTER_PARAMS.present}=${encodeURIComponent(id)}`;

/** The meta line's result: the best percent, or not played yet. */
export const bestLine = (best: number | undefined): string =>
  best === undefined ? S.notPlayed : S.best({ percent: best });

function encounterCard(ctx: UiContext, meta: EncounterMeta): HTMLElement {
  const { store } = ctx;
  return h(
    'li',
    { class: 'card encounter-card' },
    h('h4', {}, meta.title),
    h('p', {}, meta.summary),
    h(
      'p',
      { class: 'meta' },
      h('span', {}, S.minutes({ n: meta.minutes })),
      meta.focus ? h('span', {}, meta.focus) : null,
      h('span', {}, bestLine(store.getState().best[meta.id])),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'aria-label': `${S.open}: ${meta.title}`,
        onclick: () => store.getState().select(meta.id),
      },
      S.open,
    ),
    showInstructorTools(ctx) &&
      h(
        'a',
        {
          class: 'button-link present-link',
          href: presentHref(meta.id),
          'aria-label': `${STRINGS.presenter.present}: ${meta.title}`,
        },
        STRINGS.presenter.present,
      ),
  );
}

/** A setting's section, or null when the organisation enabled none of its encounters. */
export function settingSection(ctx: UiContext, setting: Setting): HTMLElement | null {
  const list = ctx.encounters.filter(
    (e) => e.meta.setting === setting && isEncounterEnabled(ctx.config, e.meta.id),
  );
  if (list.length === 0) return null;
  const headingId = `setting-${setting}`;
  return h(
    'section',
    { class: `setting setting-${setting}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, STRINGS.settingNames[setting]),
    h('p', { class: 'refresher', 'data-setting': setting }),
    h(
      'ul',
      { class: 'cards' },
      list.map(({ meta }) => encounterCard(ctx, meta)),
    ),
  );
}
