// The incident report form: a checklist mixing present indicators, absent ones and distractors;
// who / when / where; the action; notes. Submitting sends one store action.

import type { IncidentReport } from '../../core/encounter/log.ts';
import type { ChecklistItem } from '../../core/encounter/report.ts';
import { REPORT_ACTIONS, type ReportAction } from '../../core/vocabulary.ts';
import type { UiContext, View } from '../context.ts';
import { h } from '../dom.ts';
import { STRINGS } from '../strings/strings.ts';
import { REPORT_STRINGS } from '../strings/strings-report.ts';

const R = REPORT_STRINGS;

/** The action as the report form and the debrief name it, with the organisation's contacts (data, not translated). */
export function actionLabel(action: ReportAction, ctx: Pick<UiContext, 'config'>): string {
  const c = ctx.config.contacts;
  const first = c.internalEscalation[0] ?? '';
  switch (action) {
    case 'emergency':
      return R.actions.emergency({ number: c.emergencyNumber });
    case 'police': {
      const contact = [c.childProtection.name, c.childProtection.phone].filter(Boolean).join(', ');
      return R.actions.police({ contact });
    }
    case 'hotline':
      return R.actions.hotline({ hotline: c.hotline.name, phone: c.hotline.phone, contact: first });
    case 'supervisor':
      return R.actions.supervisor({ contact: first });
    default:
      return STRINGS.actions[action];
  }
}

/** Where the form reads its checklist and sends the report; by default the store's session. */
export interface ReportSource {
  checklist: readonly ChecklistItem[];
  submit(report: IncidentReport): void;
}

export function reportFormView(
  ctx: Pick<UiContext, 'config'> & Partial<UiContext>,
  source?: ReportSource,
): View {
  const checklist = source?.checklist ?? ctx.store?.getState().session?.checklist ?? [];
  const error = h('p', { class: 'form-error', role: 'alert', id: 'report-error' });
  const field = (id: string, label: string, multiline: boolean) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      multiline
        ? h('textarea', { id, name: id, rows: 2, autocomplete: 'off' })
        : h('input', { id, name: id, type: 'text', autocomplete: 'off' }),
    );
  const form = h(
    'form',
    { class: 'report-form', 'aria-labelledby': 'report-heading', novalidate: true },
    h('h3', { id: 'report-heading', tabindex: '-1' }, R.heading),
    h('p', {}, R.intro),
    h(
      'fieldset',
      { class: 'checklist' },
      h('legend', {}, R.observed),
      checklist.map((item, i) =>
        h(
          'div',
          { class: 'check' },
          h('input', { type: 'checkbox', id: `obs-${i}`, name: 'observed', value: item.id }),
          h('label', { for: `obs-${i}` }, item.label),
        ),
      ),
    ),
    field('report-who', R.who, true),
    field('report-when', R.when, false),
    field('report-where', R.where, false),
    h(
      'fieldset',
      { class: 'actions', 'aria-describedby': 'report-error' },
      h('legend', {}, R.action),
      REPORT_ACTIONS.map((a) =>
        h(
          'div',
          { class: 'radio' },
          h('input', { type: 'radio', id: `action-${a}`, name: 'action', value: a }),
          h('label', { for: `action-${a}` }, actionLabel(a, ctx)),
        ),
      ),
    ),
    field('report-notes', R.notes, true),
    error,
    h('button', { type: 'submit', class: 'primary' }, R.submit),
  );

  const onSubmit = (ev: Event) => {
    ev.preventDefault();
    const data = new FormData(form);
    const action = data.get('action');
    if (typeof action !== 'string' || !(REPORT_ACTIONS as readonly string[]).includes(action)) {
      error.textContent = R.needAction;
      form.querySelector<HTMLInputElement>('input[name="action"]')?.focus();
      return;
    }
    const text = (name: string) => String(data.get(name) ?? '');
    const report: IncidentReport = {
      observed: data.getAll('observed').map(String),
      who: text('report-who'),
      when: text('report-when'),
      where: text('report-where'),
      action: action as ReportAction,
      notes: text('report-notes'),
    };
    if (source) source.submit(report);
    else ctx.store?.getState().submitReport(report);
  };
  form.addEventListener('submit', onSubmit);
  return { el: form, destroy: () => form.removeEventListener('submit', onSubmit) };
}
