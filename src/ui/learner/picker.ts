// The scenario picker: encounters grouped by setting with duration, focus and best result; and the
// content note shown before an encounter starts.

import { activeLocale } from '../../i18n/messages.ts';
import { isEncounterEnabled } from '../../core/config/config.ts';
import { refresherStatus, suggestions } from '../../core/progress/history-summary.ts';
import { SETTINGS, type Setting } from '../../core/vocabulary.ts';
import { PRESENTER_PARAMS } from '../../core/classroom/presenter-params.ts';
import { SCREENS } from '../../state/keys.ts';
import { assignmentOpener, assignmentPickerView, fixedMode } from '../instructor/assignment.ts';
import { showInstructorTools, type UiContext, type View } from '../context.ts';
import { fill, h } from '../dom.ts';
import { policyNote } from '../instructor/org-view.ts';
import { STRINGS } from '../strings/strings.ts';
import { PICKER_STRINGS } from '../strings/strings-picker.ts';
import { languageChoice } from './language.ts';

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
  const { store, encounters } = ctx;
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
    const list = encounters.filter(
      (e) => e.meta.setting === setting && isEncounterEnabled(ctx.config, e.meta.id),
    );
    if (list.length === 0) continue;
    const headingId = `setting-${setting}`;
    el.append(
      h(
        'section',
        { class: `setting setting-${setting}`, 'aria-labelledby': headingId },
        h('h3', { id: headingId }, STRINGS.settingNames[setting]),
        h('p', { class: 'refresher', 'data-setting': setting }),
        h(
          'ul',
          { class: 'cards' },
          list.map(({ meta }) => {
            const best = state.best[meta.id];
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
                h('span', {}, best === undefined ? S.notPlayed : S.best({ percent: best })),
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
                    href: `?${PRESENTER_PARAMS.present}=${encodeURIComponent(meta.id)}`,
                    'aria-label': `${STRINGS.presenter.present}: ${meta.title}`,
                  },
                  STRINGS.presenter.present,
                ),
            );
          }),
        ),
      ),
    );
  }
  if (ctx.programme) el.append(assignmentOpener(ctx));
  // Refreshers and suggestions come from the attempt history, which loads after the page shows.
  const suggest = h('section', { class: 'card suggest', 'aria-labelledby': 'suggest-heading', hidden: true });
  el.querySelector('.lead')?.after(suggest);
  const renderHistory = () => {
    const attempts = store.getState().attempts;
    const now = new Date();
    for (const p of el.querySelectorAll<HTMLElement>('p.refresher')) {
      const status = refresherStatus(
        attempts,
        p.dataset['setting'] as Setting,
        now,
        ctx.config.training.refresherDays,
      );
      p.textContent = status
        ? status.due
          ? S.refresherDue({ last: formatDate(status.lastAt) })
          : S.refresherNext({ last: formatDate(status.lastAt), due: formatDate(status.dueAt) })
        : '';
      p.classList.toggle('due', Boolean(status?.due));
    }
    const list = suggestions(attempts).filter(
      (x) =>
        encounters.some((e) => e.meta.id === x.encounterId) && isEncounterEnabled(ctx.config, x.encounterId),
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
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.attempts !== prev.attempts) renderHistory();
  });
  renderHistory();
  void store.getState().loadHistory();
  return { el, destroy: unsubscribe };
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(activeLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
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
