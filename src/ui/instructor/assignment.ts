// Assignment mode for learners: the picker shows only the assigned encounters in order, with the
// fixed mode, the pass mark and each encounter's status; the debrief shows pass or fail against the
// mark. Also the "Open an assignment file" control on the ordinary picker and the learner-name field.

import { passes, readAssignmentFile, type Assignment } from '../../core/lms/assignment.ts';
import type { Debrief } from '../../core/encounter/debrief.ts';
import type { Mode } from '../../core/encounter/log.ts';
import { FILE_LIMITS } from '../../core/limits.ts';
import { DataError } from '../../core/validate.ts';
import { encounterStatus, STATUS } from '../../state/programme.ts';
import type { UiContext, View } from '../context.ts';
import { fill, h } from '../dom.ts';
import { readBounded } from '../file-read.ts';
import { STRINGS } from '../strings/strings.ts';
import { PICKER_STRINGS } from '../strings/strings-picker.ts';
import { dataErrorText } from '../strings/strings-validation.ts';

const A = STRINGS.assignment;
const modeName = (m: Mode) => (m === 'assessment' ? STRINGS.note.assessment : STRINGS.note.practice);

/** The active assignment, if any. */
function activeAssignment(ctx: UiContext): Assignment | null {
  return ctx.programme?.getState().assignment ?? null;
}

/** The mode an encounter must be played in under the active assignment, or null when free. */
export function fixedMode(ctx: UiContext, encounterId: string): Mode | null {
  const a = activeAssignment(ctx);
  return a && a.encounters.includes(encounterId) ? a.mode : null;
}

/** A labelled text field bound to the learner's stored name or staff ID. */
export function learnerField(ctx: UiContext, id: string, label: string): HTMLElement {
  const input = h('input', {
    id,
    type: 'text',
    autocomplete: 'name',
    value: ctx.programme?.getState().learner ?? '',
  });
  input.addEventListener('change', () => ctx.programme?.getState().setLearner(input.value));
  // Another field with the same value (the certificate's name) may change it; follow, then let go.
  const unsubscribe = ctx.programme?.subscribe((s) => {
    if (!input.isConnected) unsubscribe?.();
    else if (document.activeElement !== input) input.value = s.learner;
  });
  return h('div', { class: 'field learner-field' }, h('label', { for: id }, label), input);
}

/** Enters an assignment from a file's text; a broken or foreign file is a notice and changes nothing. */
function openAssignmentFile(ctx: UiContext, name: string, text: string): boolean {
  try {
    const a = readAssignmentFile(
      name,
      text,
      ctx.encounters.map((e) => e.meta.id),
    );
    ctx.programme?.getState().enterAssignment(a);
    ctx.store.getState().notify(A.opened({ title: a.title }));
    return true;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    ctx.store.getState().notify(A.notOpened({ reason: dataErrorText(e) }));
    return false;
  }
}

/** "Open an assignment file", for the ordinary picker. */
export function assignmentOpener(ctx: UiContext): HTMLElement {
  const input = h('input', { type: 'file', id: 'assignment-import', accept: 'application/json,.json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file)
      void readBounded(file, FILE_LIMITS.assignmentFile).then((read) =>
        read.refused === undefined
          ? openAssignmentFile(ctx, read.name, read.text)
          : ctx.store
              .getState()
              .notify(A.notOpened({ reason: dataErrorText(new DataError(read.name, [read.refused])) })),
      );
    input.value = '';
  });
  return h(
    'section',
    { class: 'card assignment-open', 'aria-labelledby': 'assignment-open-heading' },
    h('h3', { id: 'assignment-open-heading' }, A.openFile),
    h('p', { class: 'hint' }, A.openFileHelp),
    h('label', { for: 'assignment-import', class: 'file-label' }, A.openFile),
    input,
  );
}

/** The picker in assignment mode, or null when no assignment is active. */
export function assignmentPickerView(ctx: UiContext): View | null {
  const a = activeAssignment(ctx);
  if (!a) return null;
  const { store, encounters } = ctx;
  const entries = a.encounters.flatMap((id) => encounters.filter((e) => e.meta.id === id));
  const tally = h('p', { class: 'assignment-tally', 'aria-live': 'polite' });
  const list = h('ol', { class: 'cards assignment-list' });
  const el = h(
    'section',
    { class: 'screen picker assignment-picker', 'aria-labelledby': 'picker-heading' },
    h('h2', { id: 'picker-heading', tabindex: '-1' }, A.heading({ title: a.title })),
    h('p', { class: 'lead' }, A.intro),
    h('p', { class: 'assignment-facts' }, A.facts({ mode: modeName(a.mode), mark: a.passMark / 100 })),
    tally,
    learnerField(ctx, 'assignment-learner', A.learner),
  );
  const session = store.getState().session;
  if (session) {
    const title = encounters.find((e) => e.meta.id === session.encounterId)?.meta.title ?? '';
    el.append(
      h(
        'section',
        { class: 'card resume', 'aria-labelledby': 'resume-heading' },
        h('h3', { id: 'resume-heading' }, PICKER_STRINGS.resumeHeading),
        h('p', {}, title),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            { type: 'button', class: 'primary', onclick: () => void store.getState().resume() },
            PICKER_STRINGS.resume,
          ),
          h('button', { type: 'button', onclick: () => store.getState().abandon() }, PICKER_STRINGS.discard),
        ),
      ),
    );
  }
  el.append(
    list,
    h(
      'p',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'leave-assignment',
          onclick: () => {
            ctx.programme?.getState().leaveAssignment();
            store.getState().notify(A.left);
          },
        },
        A.leave,
      ),
    ),
  );

  const render = () => {
    const attempts = store.getState().attempts;
    const statuses = entries.map((e) => encounterStatus(a, e.meta.id, attempts));
    tally.textContent = A.tally({
      passed: statuses.filter((s) => s === STATUS.passed).length,
      total: entries.length,
    });
    fill(
      list,
      entries.map(({ meta }, i) =>
        h(
          'li',
          { class: 'card encounter-card', 'data-encounter': meta.id },
          h('h3', {}, `${i + 1}. ${meta.title}`),
          h('p', {}, meta.summary),
          h(
            'p',
            { class: 'meta' },
            h('span', {}, STRINGS.settingNames[meta.setting]),
            h('span', {}, PICKER_STRINGS.minutes({ n: meta.minutes })),
            h(
              'span',
              { class: `status status-${statuses[i] ?? STATUS.notStarted}` },
              A.status[statuses[i] ?? STATUS.notStarted],
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'aria-label': `${PICKER_STRINGS.open}: ${meta.title}`,
              onclick: () => store.getState().select(meta.id),
            },
            PICKER_STRINGS.open,
          ),
        ),
      ),
    );
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.attempts !== prev.attempts) render();
  });
  render();
  void store.getState().loadHistory();
  return { el, destroy: unsubscribe };
}

/** The debrief's pass or fail against the assignment's mark, when the attempt counts for it. */
export function assignmentResult(d: Debrief, ctx: UiContext): HTMLElement | null {
  const a = activeAssignment(ctx);
  if (!a || !a.encounters.includes(d.encounter.id) || a.mode !== d.mode) return null;
  const ok = passes(a, d.total.percent);
  return h(
    'p',
    { class: `card assignment-result ${ok ? 'passed' : 'not-passed'}` },
    h(
      'strong',
      {},
      A.result({ passed: ok ? 'yes' : 'no', percent: d.total.percent / 100, mark: a.passMark / 100 }),
    ),
  );
}
