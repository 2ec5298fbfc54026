// The status line for offline use: "You are offline…", what needs the network, and "A new version is
// ready — Reload" as a real button. One polite live region; it only changes when the messages do, so
// nothing is announced twice (a change of language counts as a change).

import type { StatusMessage } from '../core/offline.ts';
import { STATUS_MESSAGES } from '../core/offline.ts';
import { activeLocale } from '../i18n/messages.ts';
import { fill, h } from './dom.ts';
import { OFFLINE_STRINGS } from './strings/strings-offline.ts';
import './offline.css';

export interface OfflineStatusView {
  el: HTMLElement;
  show(messages: readonly StatusMessage[]): void;
}

export function offlineStatusView(onReload: () => void): OfflineStatusView {
  const el = h('div', {
    class: 'net-status',
    role: 'status',
    'aria-live': 'polite',
    'aria-label': OFFLINE_STRINGS.label,
  });
  let shown = '';
  // The captions float over the top of the scene art; they move down by the status line's height.
  if (typeof ResizeObserver === 'function')
    new ResizeObserver(() =>
      document.documentElement.style.setProperty('--net-status-height', `${el.offsetHeight}px`),
    ).observe(el);
  return {
    el,
    show(messages) {
      // The same messages in another language are new words: shown again.
      const key = `${activeLocale()} ${messages.join(' ')}`;
      if (key === shown) return;
      shown = key;
      el.setAttribute('aria-label', OFFLINE_STRINGS.label);
      fill(
        el,
        messages.map((m) =>
          m === STATUS_MESSAGES.updateReady
            ? h(
                'p',
                { class: `net-line ${m}` },
                OFFLINE_STRINGS.status[m],
                ' ',
                h(
                  'button',
                  { type: 'button', class: 'primary reload', onclick: onReload },
                  OFFLINE_STRINGS.reload,
                ),
              )
            : h('p', { class: `net-line ${m}` }, OFFLINE_STRINGS.status[m]),
        ),
      );
    },
  };
}
