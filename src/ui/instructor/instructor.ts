// Instructor tools: compose an assignment (encounters grouped by setting, their order, mode, pass
// mark, title) and hand it out as a link or a file; and import many learners' history exports into a
// programme summary (completion, average per dimension, miss rates per sign and per setting).
// Imported files live only in this tab: other people's results are not stored in this browser.

import { PROGRAMME_STRINGS } from '../strings/strings-programme.ts';
import { CSV_STRINGS } from '../strings/strings-csv.ts';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  assignmentFileText,
  encodeAssignment,
  readAssignment,
  type Assignment,
} from '../../core/lms/assignment.ts';
import { MODES, type Mode } from '../../core/encounter/log.ts';
import {
  summariseProgramme,
  summaryCsv,
  type LearnerExport,
  type RefusedFile,
} from '../../core/progress/programme.ts';
import { summaryNodes } from './programme-summary.ts';
import { DataError } from '../../core/validate.ts';
import { SETTINGS } from '../../core/vocabulary.ts';
import type { UiContext, View } from '../context.ts';
import { fill, h } from '../dom.ts';
import { readHistoryExports } from '../file-read.ts';
import { STRINGS } from '../strings/strings.ts';

const P = PROGRAMME_STRINGS;
const modeName = (m: Mode) => (m === 'assessment' ? STRINGS.note.assessment : STRINGS.note.practice);
/** Imported exports survive moving between screens, not a reload. */
let imported: LearnerExport[] = [];

function download(name: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  a.click();
  URL.revokeObjectURL(a.href);
}

export function instructorView(ctx: UiContext): View {
  const el = h(
    'section',
    { class: 'screen instructor', 'aria-labelledby': 'instructor-heading' },
    h('h2', { id: 'instructor-heading', tabindex: '-1' }, P.heading),
    composer(ctx),
    results(ctx),
  );
  return { el, destroy: () => undefined };
}

// ---------------------------------------------------------------------------------------------

function composer(ctx: UiContext): HTMLElement {
  const chosen: string[] = [];
  const titleOf = (id: string) => ctx.encounters.find((e) => e.meta.id === id)?.meta.title ?? id;
  const title = h('input', { id: 'assign-title', type: 'text', required: true });
  const mark = h('input', {
    id: 'assign-mark',
    type: 'number',
    min: 0,
    max: 100,
    step: 1,
    value: 70,
    inputmode: 'numeric',
  });
  const modes = h(
    'fieldset',
    { class: 'assign-modes' },
    h('legend', {}, P.mode),
    MODES.map((m) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'radio', name: 'assign-mode', value: m, checked: m === 'assessment' }),
        ` ${modeName(m)}`,
      ),
    ),
  );
  const order = h('ol', { class: 'assign-order', 'aria-labelledby': 'assign-order-heading' });
  const status = h('p', { class: 'assign-status', role: 'status', 'aria-live': 'polite' });
  const output = h('div', { class: 'assign-output', hidden: true });

  const renderOrder = () => {
    if (chosen.length === 0) {
      fill(order, h('li', { class: 'hint' }, P.orderEmpty));
      return;
    }
    fill(
      order,
      chosen.map((id, i) =>
        h(
          'li',
          {},
          h('span', { class: 'order-title' }, titleOf(id)),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              'aria-label': P.moveUpLabel({ title: titleOf(id) }),
              disabled: i === 0,
              onclick: () => move(i, -1),
            },
            P.moveUp,
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              'aria-label': P.moveDownLabel({ title: titleOf(id) }),
              disabled: i === chosen.length - 1,
              onclick: () => move(i, 1),
            },
            P.moveDown,
          ),
        ),
      ),
    );
  };
  const move = (i: number, by: number) => {
    const j = i + by;
    const a = chosen[i];
    const b = chosen[j];
    if (a === undefined || b === undefined) return;
    chosen[i] = b;
    chosen[j] = a;
    renderOrder();
    order.querySelectorAll<HTMLButtonElement>('button')[2 * j + (by < 0 ? 0 : 1)]?.focus();
  };

  const groups = SETTINGS.flatMap((setting) => {
    const list = ctx.encounters.filter((e) => e.meta.setting === setting);
    if (list.length === 0) return [];
    return [
      h(
        'fieldset',
        { class: 'assign-group' },
        h('legend', {}, STRINGS.settingNames[setting]),
        list.map(({ meta }) => {
          const box = h('input', { type: 'checkbox', id: `assign-${meta.id}`, value: meta.id });
          box.addEventListener('change', () => {
            const at = chosen.indexOf(meta.id);
            if (box.checked && at < 0) chosen.push(meta.id);
            if (!box.checked && at >= 0) chosen.splice(at, 1);
            renderOrder();
          });
          return h(
            'div',
            { class: 'check' },
            box,
            h('label', { for: `assign-${meta.id}` }, ` ${meta.title}`),
          );
        }),
      ),
    ];
  });

  const create = () => {
    const mode = modes.querySelector<HTMLInputElement>('input:checked')?.value;
    const value = {
      format: ASSIGNMENT_FORMAT,
      version: ASSIGNMENT_VERSION,
      title: title.value.trim(),
      encounters: [...chosen],
      mode,
      passMark: mark.value === '' ? null : Number(mark.value),
    };
    let a: Assignment;
    try {
      a = readAssignment(
        'assignment',
        value,
        ctx.encounters.map((e) => e.meta.id),
      );
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      output.hidden = true;
      status.textContent = P.invalid({ problems: e.problems.join('; ') });
      return;
    }
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = '';
    url.searchParams.set('assignment', encodeAssignment(a));
    const link = h('input', { id: 'assign-link', type: 'text', readonly: true, value: url.toString() });
    const copied = h('span', { class: 'copy-status', role: 'status' });
    status.textContent = '';
    output.hidden = false;
    fill(
      output,
      h('div', { class: 'field' }, h('label', { for: 'assign-link' }, P.link), link),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            onclick: () => {
              link.select();
              const done = () => (copied.textContent = P.copied);
              const failed = () => (copied.textContent = P.copyFailed);
              if (navigator.clipboard) void navigator.clipboard.writeText(link.value).then(done, failed);
              else failed();
            },
          },
          P.copy,
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () =>
              download(
                `assignment-${
                  a.title
                    .toLowerCase()
                    .replace(/[^a-z0-9]+/g, '-')
                    .replace(/^-|-$/g, '') || 'set'
                }.json`,
                assignmentFileText(a),
                'application/json',
              ),
          },
          P.download,
        ),
        copied,
      ),
    );
  };

  renderOrder();
  return h(
    'section',
    { class: 'card composer', 'aria-labelledby': 'compose-heading' },
    h('h3', { id: 'compose-heading' }, P.composeHeading),
    h('p', { class: 'hint' }, P.composeHelp),
    h('div', { class: 'field' }, h('label', { for: 'assign-title' }, P.title), title),
    modes,
    h('div', { class: 'field' }, h('label', { for: 'assign-mark' }, P.passMark), mark),
    h('h4', {}, P.encounters),
    h('div', { class: 'assign-groups' }, groups),
    h('h4', { id: 'assign-order-heading' }, P.order),
    order,
    h('button', { type: 'button', class: 'primary', onclick: create }, P.create),
    status,
    output,
  );
}

// ---------------------------------------------------------------------------------------------

function results(ctx: UiContext): HTMLElement {
  let describe: (id: string) => string | undefined = () => undefined;
  const names = () => ({
    encounter: (id: string) => ctx.encounters.find((e) => e.meta.id === id)?.meta.title,
    indicator: describe,
  });
  const input = h('input', {
    type: 'file',
    id: 'programme-import',
    multiple: true,
    accept: 'application/json,.json',
  });
  const messages = h('div', { class: 'import-messages', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { class: 'programme-summary' });
  const csvButton = h('button', { type: 'button' }, P.downloadCsv);
  const clearButton = h('button', { type: 'button' }, P.clear);

  const render = () => {
    const show = imported.length > 0;
    csvButton.hidden = clearButton.hidden = !show;
    if (!show) {
      fill(body, h('p', {}, P.none));
      return;
    }
    const s = summariseProgramme(imported, names());
    fill(body, summaryNodes(s));
  };

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void readHistoryExports(files).then(({ loaded, refused }) => {
      imported = [...imported, ...loaded];
      showMessages(loaded.length, refused);
      render();
    });
  });
  const showMessages = (n: number, refused: RefusedFile[]) =>
    fill(
      messages,
      n > 0 ? h('p', {}, P.loaded({ n })) : null,
      refused.length > 0
        ? h(
            'ul',
            { class: 'refused' },
            refused.map((r) => h('li', {}, P.refused({ file: r.file, reason: r.reason }))),
          )
        : null,
    );
  csvButton.addEventListener('click', () =>
    download(
      'second-look-programme-summary.csv',
      summaryCsv(summariseProgramme(imported, names()), CSV_STRINGS.summary),
      'text/csv',
    ),
  );
  clearButton.addEventListener('click', () => {
    imported = [];
    fill(messages);
    render();
  });
  render();
  // Descriptions of indicators nobody missed come from the catalogs, which load on demand.
  void ctx
    .catalogs?.()
    .then((c) => {
      describe = (id) => c.indicators.get(id)?.description;
      if (imported.length > 0 && body.isConnected) render();
    })
    .catch(() => undefined);
  return h(
    'section',
    { class: 'card results', 'aria-labelledby': 'results-heading' },
    h('h3', { id: 'results-heading' }, P.resultsHeading),
    h('p', { class: 'hint' }, P.resultsHelp),
    h('label', { for: 'programme-import', class: 'file-label' }, P.import),
    input,
    messages,
    body,
    h('div', { class: 'row' }, csvButton, clearButton),
  );
}
