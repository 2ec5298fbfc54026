// The instructor's assignment composer: encounters ticked by setting, put in order, a mode, a pass
// mark and a title; the assignment is checked like a file and handed out as a link or a file.

import type { EncounterEntry } from '../../core/encounter/analysis.ts';
import { MODES, type Mode } from '../../core/encounter/log.ts';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  assignmentFileText,
  encodeAssignment,
  readAssignment,
  type Assignment,
} from '../../core/lms/assignment.ts';
import { DataError } from '../../core/validate.ts';
import { SETTINGS } from '../../core/vocabulary.ts';
import type { UiContext } from '../context.ts';
import { fill, h } from '../dom.ts';
import { PROGRAMME_STRINGS as P } from '../strings/strings-programme.ts';
import { STRINGS } from '../strings/strings.ts';
import { download } from './download.ts';
import { problemsText } from '../strings/strings-validation.ts';

const modeName = (m: Mode) => (m === 'assessment' ? STRINGS.note.assessment : STRINGS.note.practice);

/** Swaps item `i` with its neighbour `by` places away; false (and no change) past either end. */
export function moveItem(list: string[], i: number, by: number): boolean {
  const j = i + by;
  const a = list[i];
  const b = list[j];
  if (a === undefined || b === undefined) return false;
  list[i] = b;
  list[j] = a;
  return true;
}

/** Adds `id` at the end when ticked (once), removes it when unticked. */
export function setChosen(list: string[], id: string, on: boolean): void {
  const at = list.indexOf(id);
  if (on && at < 0) list.push(id);
  if (!on && at >= 0) list.splice(at, 1);
}

/** The file name for an assignment: its title in lowercase letters, digits and dashes. */
export function assignmentFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `assignment-${slug || 'set'}.json`;
}

/** The link that opens `a` in this game: this page's address with only the assignment in its query. */
export function assignmentLink(page: string, a: Assignment): string {
  const url = new URL(page);
  url.search = '';
  url.hash = '';
  url.searchParams.set('assignment', encodeAssignment(a));
  return url.toString();
}

/** The list of chosen encounters with up and down buttons; `move` reorders and redraws. */
function showOrder(
  order: HTMLElement,
  chosen: readonly string[],
  titleOf: (id: string) => string,
  move: (i: number, by: number) => void,
): void {
  if (chosen.length === 0) {
    fill(order, h('li', { class: 'hint' }, P.orderEmpty));
    return;
  }
  const button = (i: number, by: number, text: string, label: string, disabled: boolean) =>
    h(
      'button',
      { type: 'button', class: 'small', 'aria-label': label, disabled, onclick: () => move(i, by) },
      text,
    );
  fill(
    order,
    chosen.map((id, i) =>
      h(
        'li',
        {},
        h('span', { class: 'order-title' }, titleOf(id)),
        ' ',
        button(i, -1, P.moveUp, P.moveUpLabel({ title: titleOf(id) }), i === 0),
        button(i, 1, P.moveDown, P.moveDownLabel({ title: titleOf(id) }), i === chosen.length - 1),
      ),
    ),
  );
}

/** A fieldset of checkboxes per setting that has encounters; `toggle` hears each tick. */
function encounterGroups(
  encounters: readonly EncounterEntry[],
  toggle: (id: string, on: boolean) => void,
): HTMLElement[] {
  return SETTINGS.flatMap((setting) => {
    const list = encounters.filter((e) => e.meta.setting === setting);
    if (list.length === 0) return [];
    return [
      h(
        'fieldset',
        { class: 'assign-group' },
        h('legend', {}, STRINGS.settingNames[setting]),
        list.map(({ meta }) => {
          const box = h('input', { type: 'checkbox', id: `assign-${meta.id}`, value: meta.id });
          box.addEventListener('change', () => toggle(meta.id, box.checked));
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
}

/** Shows the assignment's link with a copy button, and a button that downloads it as a file. */
function showOutput(output: HTMLElement, a: Assignment): void {
  const link = h('input', {
    id: 'assign-link',
    type: 'text',
    readonly: true,
    value: assignmentLink(window.location.href, a),
  });
  const copied = h('span', { class: 'copy-status', role: 'status' });
  const copy = () => {
    link.select();
    const done = () => (copied.textContent = P.copied);
    const failed = () => (copied.textContent = P.copyFailed);
    if (navigator.clipboard) void navigator.clipboard.writeText(link.value).then(done, failed);
    else failed();
  };
  output.hidden = false;
  fill(
    output,
    h('div', { class: 'field' }, h('label', { for: 'assign-link' }, P.link), link),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'primary', onclick: copy }, P.copy),
      h(
        'button',
        {
          type: 'button',
          onclick: () => download(assignmentFileName(a.title), assignmentFileText(a), 'application/json'),
        },
        P.download,
      ),
      copied,
    ),
  );
}

export function composer(ctx: UiContext): HTMLElement {
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

  const renderOrder = () => showOrder(order, chosen, titleOf, move);
  const move = (i: number, by: number) => {
    if (!moveItem(chosen, i, by)) return;
    renderOrder();
    order.querySelectorAll<HTMLButtonElement>('button')[2 * (i + by) + (by < 0 ? 0 : 1)]?.focus();
  };
  const groups = encounterGroups(ctx.encounters, (id, on) => {
    setChosen(chosen, id, on);
    renderOrder();
  });

  const create = () => {
    const value = {
      format: ASSIGNMENT_FORMAT,
      version: ASSIGNMENT_VERSION,
      title: title.value.trim(),
      encounters: [...chosen],
      mode: modes.querySelector<HTMLInputElement>('input:checked')?.value,
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
      status.textContent = P.invalid({ problems: problemsText(e.reasons) });
      return;
    }
    status.textContent = '';
    showOutput(output, a);
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
