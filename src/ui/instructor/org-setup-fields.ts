// The Organisation set-up form's building blocks, shared by its sections: the ids of a field and of
// its error slot, the slot itself, and a labelled text field. Each section receives an OrgFormCtx:
// the values being edited and what to do after a change.

import type { OrgField, OrgFormValues } from '../../core/config/org-form.ts';
import { h } from '../dom.ts';

/** The form's model and the state of a logo upload; `values` is replaced when starting afresh. */
export interface OrgFormState {
  values: OrgFormValues;
  /** Why the last logo file was refused, or ''. */
  uploadProblem: string;
  /** What the uploaded logo was (name and size), or ''. */
  uploadNote: string;
}

/** What every section of the form needs: the state, and what to do after a change. */
export interface OrgFormCtx {
  state: OrgFormState;
  /** Checks the values against the schema and shows every problem. */
  validate(): void;
  /** Rebuilds the fields (the shape of the form changed), then focuses the element with `focusId`. */
  render(focusId?: string): void;
}

export const inputId = (field: OrgField): string => `org-${field}`;
export const errorId = (field: OrgField): string => `org-${field}-error`;

/** Where a field's problems are written (see org-setup-validation.ts). */
export const errorSlot = (field: OrgField): HTMLElement =>
  h('p', { class: 'field-error', id: errorId(field) });

/** The aria-describedby of a field: its hint, if any, then its error slot. */
export const describedBy = (field: OrgField, hint?: string): string =>
  [hint, errorId(field)].filter(Boolean).join(' ');

export interface TextFieldOptions {
  type?: string;
  hint?: string;
  multiline?: boolean;
  max?: number;
  autocomplete?: string;
}

/** A labelled input (or textarea) that writes through `set` and revalidates on every keystroke. */
export function textField(
  ctx: Pick<OrgFormCtx, 'validate'>,
  field: OrgField,
  label: string,
  value: string,
  set: (v: string) => void,
  opts: TextFieldOptions = {},
): HTMLElement {
  const hintId = opts.hint ? `${inputId(field)}-hint` : undefined;
  const attrs = {
    id: inputId(field),
    name: field,
    'aria-describedby': describedBy(field, hintId),
    maxlength: opts.max,
    autocomplete: opts.autocomplete ?? 'off',
    oninput: (ev: Event) => {
      set((ev.target as HTMLInputElement | HTMLTextAreaElement).value);
      ctx.validate();
    },
  };
  const control = opts.multiline
    ? h('textarea', { ...attrs, rows: 4 }, value)
    : h('input', { ...attrs, type: opts.type ?? 'text', value });
  return h(
    'div',
    { class: 'field' },
    h('label', { for: inputId(field) }, label),
    opts.hint ? h('p', { class: 'hint', id: hintId }, opts.hint) : null,
    control,
    errorSlot(field),
  );
}
