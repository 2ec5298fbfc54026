// The scenario picker: encounters grouped by setting with duration, focus and best result; and the
// content note shown before an encounter starts. The setting sections and cards are built in
// picker-cards.ts, the refreshers and suggestions in picker-history.ts.

import { SETTINGS } from '../../core/vocabulary.ts';
import { SCREENS } from '../../state/keys.ts';
import { assignmentOpener, assignmentPickerView, fixedMode } from '../instructor/assignment.ts';
import type { UiContext, View } from '../context.ts';
import { h } from '../dom.ts';
import { policyNote } from '../instructor/org-view.ts';
import { STRINGS } from '../strings/strings.ts';
import { PICKER_STRINGS } from '../strings/strings-picker.ts';
import { languageChoice } from './language.ts';
import { settingSection } from './picker-cards.ts';
import { showHistory } from './picker-history.ts';

const S = PICKER_STRINGS;

/** "You have an encounter in progress": resume it or start over. */
function resumeCard(ctx: UiContext): HTMLElement {
  const { store, encounters } = ctx;
  const id = store.getState().session?.encounterId;
  const title = encounters.find((e) => e.meta.id === id)?.meta.title ?? '';
  return h(
    'section',
    { class: 'card resume', 'aria-labelledby': 'resume-heading' },
    h('h3', { id: 'resume-heading' }, S.resumeHeading),
    h('p', {}, title),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => void store.getState().resume() },
        S.resume,
      ),
      h('button', { type: 'button', onclick: () => store.getState().abandon() }, S.discard),
    ),
  );
}

export function pickerView(ctx: UiContext): View {
  const assigned = assignmentPickerView(ctx);
  if (assigned) return assigned;
  const { store } = ctx;
  const state = store.getState();
  const el = h('section', { class: 'screen picker', 'aria-labelledby': 'picker-heading' });
  el.append(
    h('h2', { id: 'picker-heading', tabindex: '-1' }, S.heading),
    h('p', { class: 'lead' }, S.intro),
    languageChoice(ctx) ?? '',
  );

  if (state.session) el.append(resumeCard(ctx));
  if (state.lastDebrief) {
    el.append(
      h(
        'p',
        {},
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => store.getState().goTo(SCREENS.debrief) },
          S.lastDebrief,
        ),
      ),
    );
  }

  for (const setting of SETTINGS) {
    const section = settingSection(ctx, setting);
    if (section) el.append(section);
  }
  if (ctx.programme) el.append(assignmentOpener(ctx));
  // Refreshers and suggestions come from the attempt history, which loads after the page shows.
  const suggest = h('section', { class: 'card suggest', 'aria-labelledby': 'suggest-heading', hidden: true });
  el.querySelector('.lead')?.after(suggest);
  const renderHistory = () => showHistory(el, suggest, ctx);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.attempts !== prev.attempts) renderHistory();
  });
  renderHistory();
  void store.getState().loadHistory();
  return { el, destroy: unsubscribe };
}

export function contentNoteView(ctx: UiContext): View {
  const { store, encounters } = ctx;
  const entry = encounters.find((e) => e.meta.id === store.getState().selected);
  const N = STRINGS.note;
  const el = h('section', { class: 'screen content-note', 'aria-labelledby': 'note-heading' });
  if (!entry) {
    store.getState().goTo(SCREENS.picker);
    return { el, destroy: () => undefined };
  }
  const { meta } = entry;
  const start = h(
    'fieldset',
    { class: 'modes' },
    h('legend', {}, N.modes),
    h(
      'div',
      { class: 'mode', 'data-mode': 'practice' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'aria-describedby': 'mode-practice-help',
          onclick: () => void store.getState().start('practice'),
        },
        `${N.start}: ${N.practice}`,
      ),
      h('p', { id: 'mode-practice-help', class: 'hint' }, N.practiceHelp),
    ),
    h(
      'div',
      { class: 'mode', 'data-mode': 'assessment' },
      h(
        'button',
        {
          type: 'button',
          'aria-describedby': 'mode-assessment-help',
          onclick: () => void store.getState().start('assessment'),
        },
        `${N.start}: ${N.assessment}`,
      ),
      h('p', { id: 'mode-assessment-help', class: 'hint' }, N.assessmentHelp),
    ),
  );
  // Under an assignment the mode is fixed: only its start button is offered.
  const fixed = fixedMode(ctx, meta.id);
  if (fixed) {
    for (const mode of start.querySelectorAll<HTMLElement>('.mode'))
      if (mode.dataset['mode'] !== fixed) mode.remove();
    const legend = start.querySelector('legend');
    if (legend)
      legend.textContent = STRINGS.assignment.fixedMode({
        mode: fixed === 'assessment' ? N.assessment : N.practice,
      });
  }
  el.append(
    h('h2', { id: 'note-heading', tabindex: '-1' }, meta.title),
    h('p', { class: 'lead' }, meta.summary),
    h(
      'div',
      { class: 'card note', role: 'note', 'aria-labelledby': 'content-note-title' },
      h('h3', { id: 'content-note-title' }, N.contentNote),
      h('p', {}, meta.contentNote),
      h('p', {}, N.stepOutHint),
    ),
    ...[policyNote(ctx.config, 'briefing')].filter((x) => x !== null),
    h(
      'p',
      { class: 'meta' },
      PICKER_STRINGS.minutes({ n: meta.minutes }),
      meta.focus ? ` · ${meta.focus}` : '',
    ),
    start,
    h('button', { type: 'button', onclick: () => store.getState().goTo(SCREENS.picker) }, N.back),
  );
  return { el, destroy: () => undefined };
}
