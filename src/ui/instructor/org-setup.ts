// The Organisation set-up screen: a form for everything in the configuration file, starting from the
// set-up in use or a regional preset. Every change is checked against the schema at once; each
// problem shows next to its field (aria-invalid, aria-describedby) and in a summary. The result is
// downloaded as config.json or kept on this device (src/app/config.ts decides which one is used).
// The form's sections live beside this file (org-setup-*.ts); this one holds the state and the actions.

import { toConfigFile, type AppConfig } from '../../core/config/config.ts';
import { formValuesFrom } from '../../core/config/org-form.ts';
import type { UiContext, View } from '../context.ts';
import { fill, h } from '../dom.ts';
// (Its styles, org.css, come with every page's: src/ui/page-styles.ts.)
import { ORG_STRINGS as T } from '../strings/strings-org.ts';
import { contactsSection } from './org-setup-contacts.ts';
import { encountersSection } from './org-setup-encounters.ts';
import { downloadConfig } from './org-setup-export.ts';
import type { OrgFormCtx, OrgFormState } from './org-setup-fields.ts';
import { organisationSection, policySection, trainingSection } from './org-setup-sections.ts';
import { startBlocks } from './org-setup-start.ts';
import { checkForm, showProblems } from './org-setup-validation.ts';

export function orgSetupView(ctx: UiContext, onBack: () => void): View {
  const encounterIds = ctx.encounters.map((e) => e.meta.id);
  const state: OrgFormState = {
    values: formValuesFrom(toConfigFile(ctx.config)),
    uploadProblem: '',
    uploadNote: '',
  };
  let valid: AppConfig | null = null;

  const el = h('section', { class: 'screen org-setup', 'aria-labelledby': 'org-heading' });
  const form = h('form', { novalidate: true, 'aria-labelledby': 'org-heading' });
  const status = h('p', { class: 'org-status', role: 'status', 'aria-live': 'polite' });
  const summary = h('div', { class: 'error-summary', id: 'org-summary', tabindex: '-1' });
  const summaryCount = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const fields = h('div', { class: 'org-fields' });

  const validate = (): void => {
    const check = checkForm(state, encounterIds);
    valid = check.valid;
    showProblems({ root: el, summary, summaryCount }, check.problems);
    if (valid && status.textContent === T.fixFirst) status.textContent = '';
  };

  /** Rebuilds the fields (after adding or removing a hotline, a preset, a logo) and keeps focus. */
  const render = (focusId?: string): void => {
    fill(
      fields,
      organisationSection(formCtx),
      contactsSection(formCtx),
      policySection(formCtx),
      encountersSection(formCtx, ctx.encounters),
      trainingSection(formCtx),
    );
    validate();
    if (focusId) el.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`)?.focus();
  };
  const formCtx: OrgFormCtx = { state, validate, render };

  /** The valid configuration, or null after pointing the admin at the problems. */
  const ready = (): AppConfig | null => {
    validate();
    if (valid) return valid;
    status.textContent = T.fixFirst;
    summary.focus();
    return null;
  };

  const download = () => {
    const config = ready();
    if (config) downloadConfig(config);
  };

  const useHere = () => {
    const config = ready();
    if (!config || !ctx.deviceConfig?.save(config)) return;
    fill(
      status,
      T.savedHere,
      ' ',
      h('button', { type: 'button', class: 'link', onclick: () => window.location.reload() }, T.reload),
    );
  };

  const start = startBlocks({
    config: ctx.config,
    deviceConfig: ctx.deviceConfig,
    encounterIds,
    say: (text) => {
      status.textContent = text;
    },
    begin: (data, label) => {
      state.values = formValuesFrom(data);
      state.uploadProblem = '';
      state.uploadNote = '';
      render();
      status.textContent = T.started({ what: label });
    },
  });

  form.addEventListener('submit', (ev) => ev.preventDefault());
  form.append(
    start.row,
    fields,
    summary,
    h(
      'div',
      { class: 'row org-actions' },
      h('button', { type: 'button', class: 'primary', id: 'org-download', onclick: download }, T.download),
      h('button', { type: 'button', id: 'org-use-here', onclick: useHere }, T.useHere),
      h('button', { type: 'button', onclick: onBack }, T.back),
    ),
    status,
    summaryCount,
  );
  el.append(
    h('h2', { id: 'org-heading', tabindex: '-1' }, T.heading),
    h('p', { class: 'lead' }, T.intro),
    ...start.notices,
    form,
  );
  render();
  return { el, destroy: () => undefined };
}
