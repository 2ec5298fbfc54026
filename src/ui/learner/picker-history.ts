// What the picker shows from the attempt history (which loads after the page shows): each setting's
// refresher line, due or next, and suggestions of encounters to try again for a sign missed.

import type { AppConfig } from '../../core/config/config.ts';
import { isEncounterEnabled } from '../../core/config/config.ts';
import { refresherStatus, suggestions, type RefresherStatus } from '../../core/progress/history-summary.ts';
import type { Setting } from '../../core/vocabulary.ts';
import { activeLocale } from '../../i18n/messages.ts';
import type { UiContext } from '../context.ts';
import { fill, h } from '../dom.ts';
import { PICKER_STRINGS as S } from '../strings/strings-picker.ts';

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(activeLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** A setting's refresher line: due since the last attempt, when the next is due, or nothing yet. */
export function refresherLine(status: RefresherStatus | null): string {
  if (!status) return '';
  return status.due
    ? S.refresherDue({ last: formatDate(status.lastAt) })
    : S.refresherNext({ last: formatDate(status.lastAt), due: formatDate(status.dueAt) });
}

/** The suggestions to show: only encounters this game has and the organisation enabled. */
export function offeredSuggestions<T extends { encounterId: string }>(
  list: readonly T[],
  known: readonly string[],
  config: AppConfig,
): T[] {
  return list.filter((x) => known.includes(x.encounterId) && isEncounterEnabled(config, x.encounterId));
}

/** Fills the refresher lines under `screen` (p.refresher[data-setting]) and the suggestions card. */
export function showHistory(screen: HTMLElement, suggest: HTMLElement, ctx: UiContext): void {
  const { store } = ctx;
  const attempts = store.getState().attempts;
  const now = new Date();
  for (const p of screen.querySelectorAll<HTMLElement>('p.refresher')) {
    const setting = p.dataset['setting'] as Setting;
    const status = refresherStatus(attempts, setting, now, ctx.config.training.refresherDays);
    p.textContent = refresherLine(status);
    p.classList.toggle('due', Boolean(status?.due));
  }
  const list = offeredSuggestions(
    suggestions(attempts),
    ctx.encounters.map((e) => e.meta.id),
    ctx.config,
  );
  suggest.hidden = list.length === 0;
  fill(
    suggest,
    h('h3', { id: 'suggest-heading' }, S.suggestHeading),
    h(
      'ul',
      {},
      list.map((x) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => store.getState().select(x.encounterId) },
            x.title,
          ),
          ` ${S.suggestWhy({ sign: x.sign })}`,
        ),
      ),
    ),
  );
}
