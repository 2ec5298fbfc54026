// Checking the Organisation set-up form: the values read as a configuration file against the schema,
// each problem shown next to its field (aria-invalid, the field's error slot) and in a summary whose
// links move focus to the field.

import { readConfig, type AppConfig } from '../../core/config/config.ts';
import {
  fieldOfPath,
  fieldProblem,
  fileFromForm,
  type FieldProblem,
  type OrgField,
} from '../../core/config/org-form.ts';
import { DataError } from '../../core/validate.ts';
import { fill, h } from '../dom.ts';
import { ORG_STRINGS as T } from '../strings/strings-org.ts';
import { problemText } from '../strings/strings-validation.ts';
import { errorId, inputId, type OrgFormState } from './org-setup-fields.ts';

/** The name the configuration file is read and downloaded under. */
export const CONFIG_FILE_NAME = 'config.json';

export interface FormCheck {
  /** The configuration the form describes, or null while there is any problem. */
  valid: AppConfig | null;
  problems: FieldProblem[];
}

/** Reads the form's values as a configuration file; a refused logo upload is a problem too. */
export function checkForm(state: OrgFormState, encounterIds: readonly string[]): FormCheck {
  let valid: AppConfig | null = null;
  let problems: FieldProblem[] = [];
  try {
    valid = readConfig(CONFIG_FILE_NAME, fileFromForm(state.values), { encounterIds });
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    problems = e.reasons.map((p) => ({
      path: p.path ?? '',
      text: problemText(p),
      field: fieldOfPath(p.path ?? ''),
    }));
  }
  if (state.uploadProblem) {
    problems.push(fieldProblem(state.uploadProblem));
    valid = null;
  }
  return { valid, problems };
}

/** Each field's problems as one line, in the order found; problems about no field are left out. */
export function fieldMessages(problems: readonly FieldProblem[]): Map<OrgField, string> {
  const byField = new Map<OrgField, string>();
  for (const p of problems) {
    if (!p.field) continue;
    const before = byField.get(p.field);
    byField.set(p.field, before ? `${before} ${p.text}` : p.text);
  }
  return byField;
}

/** The summary's heading, also announced: no problems, or how many. */
export const summaryLine = (count: number): string => (count === 0 ? T.noProblems : T.problems({ n: count }));

/** Where the problems are shown: the screen (fields and error slots), the summary, the announcement. */
export interface ProblemDisplay {
  root: HTMLElement;
  summary: HTMLElement;
  summaryCount: HTMLElement;
}

export function showProblems(display: ProblemDisplay, problems: readonly FieldProblem[]): void {
  const { root, summary, summaryCount } = display;
  const byId = (id: string) => root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  for (const slot of root.querySelectorAll<HTMLElement>('.field-error')) slot.textContent = '';
  for (const bad of root.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
  for (const [field, text] of fieldMessages(problems)) {
    const slot = byId(errorId(field));
    if (slot) slot.textContent = text;
    byId(inputId(field))?.setAttribute('aria-invalid', 'true');
  }
  summary.classList.toggle('ok', problems.length === 0);
  fill(
    summary,
    h('h3', { id: 'org-summary-heading' }, summaryLine(problems.length)),
    problems.length === 0
      ? null
      : h(
          'ul',
          {},
          problems.map((p) => {
            const field = p.field;
            if (!field) return h('li', {}, p.text);
            const link = h(
              'a',
              {
                href: `#${inputId(field)}`,
                onclick: (ev: Event) => {
                  ev.preventDefault();
                  byId(inputId(field))?.focus();
                },
              },
              p.text,
            );
            return h('li', {}, link);
          }),
        ),
  );
  summaryCount.textContent = summaryLine(problems.length);
}
