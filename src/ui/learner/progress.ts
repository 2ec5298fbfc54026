// The progress page: results per setting and per scoring dimension (latest, best, trend), the signs
// this learner misses most, and moving the history between devices (export / import).

import { activeLocale } from '../../i18n/messages.ts';
import { formatPercent } from '../../i18n/format.ts';
import type { AttemptRecord } from '../../core/progress/history.ts';
import { summarise, type ProgressRow } from '../../core/progress/history-summary.ts';
import { FILE_LIMITS } from '../../core/limits.ts';
import { attemptsCsv } from '../../core/progress/programme.ts';
import { CSV_STRINGS } from '../strings/strings-csv.ts';
import { learnerField } from '../instructor/assignment.ts';
import type { UiContext, View } from '../context.ts';
import { fill, h } from '../dom.ts';
import { readBounded } from '../file-read.ts';
import { privacyCard } from './privacy.ts';
import { STRINGS } from '../strings/strings.ts';
import { PROGRESS_STRINGS } from '../strings/strings-progress.ts';
import { DataError } from '../../core/validate.ts';

const P = PROGRESS_STRINGS;

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
          h('td', {}, formatPercent(r.latest)),
          h('td', {}, formatPercent(r.best)),
          h('td', {}, r.trend.map((v) => formatPercent(v)).join(' → ')),
        ),
      ),
    ),
  );
}

export function progressView(ctx: UiContext): View {
  const { store } = ctx;
  const body = h('div', { class: 'progress-body' });
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
      ctx.programme ? learnerField(ctx, 'learner-name', STRINGS.export.learner) : null,
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              const learner = ctx.programme?.getState().learner || undefined;
              const blob = new Blob([store.getState().exportHistory(learner)], { type: 'application/json' });
              const a = h('a', { href: URL.createObjectURL(blob), download: 'second-look-history.json' });
              a.click();
              URL.revokeObjectURL(a.href);
            },
          },
          P.export,
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              const csv = attemptsCsv(
                ctx.programme?.getState().learner ?? '',
                store.getState().attempts,
                CSV_STRINGS.attempts,
              );
              const blob = new Blob([csv], { type: 'text/csv' });
              const a = h('a', { href: URL.createObjectURL(blob), download: 'second-look-results.csv' });
              a.click();
              URL.revokeObjectURL(a.href);
            },
          },
          STRINGS.export.csv,
        ),
        h('label', { for: 'history-import', class: 'file-label' }, P.import),
        fileInput,
      ),
    ),
    privacyCard(ctx),
  );
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file)
      void readBounded(file, FILE_LIMITS.historyFile).then(async (read) => {
        if (read.refused === undefined) await store.getState().importHistory(read.name, read.text);
        else await store.getState().tell('importRefused', new DataError(read.name, [read.refused]));
      });
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
      p.mostMissed.length === 0 ? h('p', {}, P.noneMissed) : null,
      h(
        'ol',
        { class: 'most-missed' },
        p.mostMissed.map((m) =>
          h(
            'li',
            {},
            h('span', {}, m.description),
            ' ',
            h('span', { class: 'meta' }, `(${P.missedTimes({ n: m.count })})`),
          ),
        ),
      ),
      compareSection(attempts),
      certificateSection(attempts, ctx),
    );
  };
  const unsubscribe = store.subscribe(render);
  render();
  void store.getState().loadHistory();
  return { el, destroy: unsubscribe };
}

/** Two attempts of the same encounter side by side, dimension by dimension. */
function compareSection(attempts: readonly AttemptRecord[]): HTMLElement {
  const ordered = [...attempts].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  const label = (a: AttemptRecord) => `${a.title}, ${formatDate(a.finishedAt)}, ${a.percent}% (${a.mode})`;
  const pick = (id: string, text: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, text),
      h(
        'select',
        { id },
        ordered.map((a, i) =>
          h('option', { value: a.id, selected: (id === 'cmp-a' ? 1 : 0) === i }, label(a)),
        ),
      ),
    );
  const out = h('div', { class: 'compare-result', 'aria-live': 'polite' });
  const section = h(
    'section',
    { class: 'compare', 'aria-labelledby': 'compare-heading' },
    h('h3', { id: 'compare-heading' }, P.compare),
    h('p', { class: 'hint' }, P.compareHelp),
    h('div', { class: 'row' }, pick('cmp-a', P.compareFirst), pick('cmp-b', P.compareSecond)),
    out,
  );
  const update = () => {
    const a = ordered.find((x) => x.id === section.querySelector<HTMLSelectElement>('#cmp-a')?.value);
    const b = ordered.find((x) => x.id === section.querySelector<HTMLSelectElement>('#cmp-b')?.value);
    if (!a || !b) return;
    if (a.encounterId !== b.encounterId) {
      fill(out, h('p', {}, P.compareDifferent));
      return;
    }
    const dims = a.dimensions.map((d) => d.id);
    fill(
      out,
      h(
        'table',
        { class: 'score-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, P.dimension),
            h('th', { scope: 'col' }, label(a)),
            h('th', { scope: 'col' }, label(b)),
          ),
        ),
        h(
          'tbody',
          {},
          dims.map((id) => {
            const x = a.dimensions.find((d) => d.id === id);
            const y = b.dimensions.find((d) => d.id === id);
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, x?.name ?? id),
              h('td', {}, x ? `${x.score} / ${x.max}` : '–'),
              h('td', {}, y ? `${y.score} / ${y.max}` : '–'),
            );
          }),
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, P.criticalCount),
            h('td', {}, String(a.critical.length)),
            h('td', {}, String(b.critical.length)),
          ),
        ),
      ),
    );
  };
  section.addEventListener('change', update);
  if (ordered.length >= 2) queueMicrotask(update);
  else section.hidden = true;
  return section;
}

/** A completion certificate: shown on screen as a preview, printed on its own page (A4 or Letter). */
function certificateSection(attempts: readonly AttemptRecord[], ctx?: UiContext): HTMLElement {
  const done = [...new Map(attempts.map((a) => [a.encounterId, a])).values()].sort((a, b) =>
    a.title.localeCompare(b.title),
  );
  const name = h('input', { id: 'cert-name', type: 'text', autocomplete: 'name' });
  const certName = h('p', { class: 'cert-name' });
  const cert = h(
    'div',
    { class: 'certificate', 'aria-label': P.certificate },
    h('p', { class: 'cert-title' }, P.certTitle),
    h('p', {}, P.certPresented),
    certName,
    h('p', {}, P.certFor),
    h(
      'ul',
      {},
      done.map((a) => h('li', {}, `${a.title} (${formatDate(a.finishedAt)})`)),
    ),
    h('p', { class: 'cert-date' }, `${P.certDate} ${formatDate(new Date().toISOString())}`),
  );
  const section = h(
    'section',
    { class: 'card cert-section', 'aria-labelledby': 'cert-heading' },
    h('h3', { id: 'cert-heading' }, P.certificate),
    h('div', { class: 'field no-print' }, h('label', { for: 'cert-name' }, P.certYourName), name),
    h(
      'button',
      {
        type: 'button',
        class: 'no-print',
        onclick: () => {
          document.documentElement.classList.add('printing-certificate');
          window.addEventListener(
            'afterprint',
            () => document.documentElement.classList.remove('printing-certificate'),
            {
              once: true,
            },
          );
          window.print();
        },
      },
      P.certPrint,
    ),
    cert,
  );
  name.addEventListener('input', () => (certName.textContent = name.value));
  // The certificate name and the learner's name for exports are the same value, entered once.
  const stored = ctx?.programme?.getState().learner ?? '';
  if (stored) name.value = certName.textContent = stored;
  name.addEventListener('change', () => ctx?.programme?.getState().setLearner(name.value));
  const unsubscribe = ctx?.programme?.subscribe((s) => {
    if (!name.isConnected) unsubscribe?.();
    else if (document.activeElement !== name) name.value = certName.textContent = s.learner;
  });
  // Under an LMS the name is the one the LMS holds for the learner: filled in and not editable.
  const lmsName = ctx?.store.getState().learnerName;
  if (lmsName) {
    name.value = lmsName;
    name.readOnly = true;
    name.setAttribute('aria-describedby', 'cert-name-lms');
    name.after(h('p', { id: 'cert-name-lms', class: 'meta' }, P.certNameFromLms));
    certName.textContent = lmsName;
    if (ctx?.programme && ctx.programme.getState().learner !== lmsName)
      ctx.programme.getState().setLearner(lmsName);
  }
  if (done.length === 0) section.hidden = true;
  return section;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(activeLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
}
