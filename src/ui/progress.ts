// The progress page: results per setting and per scoring dimension (latest, best, trend), the signs
// this learner misses most, and moving the history between devices (export / import).

import { summarise, type ProgressRow } from '../core/history.ts';
import type { UiContext, View } from './context.ts';
import { fill, h } from './dom.ts';
import { STRINGS } from './strings.ts';

const P = STRINGS.progress;

function table(caption: string, first: string, rows: ProgressRow[]): HTMLElement {
  return h(
    'table',
    { class: 'score-table progress-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [first, P.attempts, P.latest, P.best, P.trend].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.label),
          h('td', {}, String(r.attempts)),
          h('td', {}, `${r.latest}%`),
          h('td', {}, `${r.best}%`),
          h('td', {}, r.trend.map((v) => `${v}%`).join(' → ')),
        ),
      ),
    ),
  );
}

export function progressView(ctx: UiContext): View {
  const { store } = ctx;
  const body = h('div', { class: 'progress-body', 'aria-live': 'polite' });
  const fileInput = h('input', { type: 'file', id: 'history-import', accept: 'application/json,.json' });
  const el = h(
    'section',
    { class: 'screen progress', 'aria-labelledby': 'progress-heading' },
    h('h2', { id: 'progress-heading', tabindex: '-1' }, P.heading),
    body,
    h(
      'section',
      { class: 'card transfer', 'aria-labelledby': 'transfer-heading' },
      h('h3', { id: 'transfer-heading' }, P.transfer),
      h('p', {}, P.transferHelp),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              const blob = new Blob([store.getState().exportHistory()], { type: 'application/json' });
              const a = h('a', { href: URL.createObjectURL(blob), download: 'second-look-history.json' });
              a.click();
              URL.revokeObjectURL(a.href);
            },
          },
          P.export,
        ),
        h('label', { for: 'history-import', class: 'file-label' }, P.import),
        fileInput,
      ),
    ),
  );
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void file.text().then((text) => store.getState().importHistory(file.name, text));
    fileInput.value = '';
  });

  let shown: unknown = null;
  const render = () => {
    const attempts = store.getState().attempts;
    if (attempts === shown) return;
    shown = attempts;
    if (attempts.length === 0) {
      fill(body, h('p', {}, P.empty));
      return;
    }
    const p = summarise(attempts, STRINGS.settingNames);
    fill(
      body,
      table(P.bySetting, P.setting, p.settings),
      table(P.byDimension, P.dimension, p.dimensions),
      h('h3', {}, P.mostMissed),
      h(
        'ol',
        { class: 'most-missed' },
        p.mostMissed.map((m) =>
          h(
            'li',
            {},
            h('span', {}, m.description),
            ' ',
            h('span', { class: 'meta' }, `(${P.missedTimes(m.count)})`),
          ),
        ),
      ),
    );
  };
  const unsubscribe = store.subscribe(render);
  render();
  void store.getState().loadHistory();
  return { el, destroy: unsubscribe };
}
