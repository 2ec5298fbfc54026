// The Organisation set-up form's logo: an address, or an image file uploaded and kept as a data URL,
// with a preview and a way to remove it. Which files are refused, and why, is logoFileProblem.

import { LOGO_MAX_BYTES, LOGO_TYPES } from '../../core/config/config.ts';
import { ORG_FIELDS } from '../../core/config/org-form.ts';
import { h } from '../dom.ts';
import { ORG_STRINGS as T } from '../strings/strings-org.ts';
import { errorId, errorSlot, inputId, type OrgFormCtx } from './org-setup-fields.ts';

const FILE_INPUT_ID = 'org-logo-file';

/** What the form needs to know about a chosen file. */
export interface LogoFileFacts {
  name: string;
  /** The MIME type, '' when the browser does not know it. */
  type: string;
  size: number;
}

/** Why a logo file is refused (not an allowed image type, or too large), or '' when it is fine. */
export function logoFileProblem(file: LogoFileFacts): string {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type))
    return file.type ? T.logoType({ name: file.name, type: file.type }) : T.logoNotImage({ name: file.name });
  if (file.size > LOGO_MAX_BYTES)
    return T.logoSize({ name: file.name, kb: Math.ceil(file.size / 1024), max: LOGO_MAX_BYTES / 1024 });
  return '';
}

/** The logo's address field, file picker, error slot and (when there is a logo) preview. */
export function logoBlock(ctx: OrgFormCtx): HTMLElement {
  const { state } = ctx;
  const isData = state.values.logo.startsWith('data:');
  const hintId = `${inputId(ORG_FIELDS.logo)}-hint`;
  const file = h('input', {
    type: 'file',
    id: FILE_INPUT_ID,
    accept: LOGO_TYPES.join(','),
    'aria-describedby': `${hintId} ${errorId(ORG_FIELDS.logo)}`,
    onchange: (ev: Event) => void upload(ctx, (ev.target as HTMLInputElement).files?.[0]),
  });
  return h(
    'div',
    { class: 'logo-block' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: inputId(ORG_FIELDS.logo) }, T.logoUrl),
      h('input', {
        type: 'text',
        id: inputId(ORG_FIELDS.logo),
        value: isData ? '' : state.values.logo,
        placeholder: isData ? state.uploadNote || T.logoUploadedImage : '',
        disabled: isData,
        'aria-describedby': errorId(ORG_FIELDS.logo),
        oninput: (ev: Event) => {
          state.values.logo = (ev.target as HTMLInputElement).value;
          state.uploadProblem = '';
          ctx.validate();
        },
      }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: FILE_INPUT_ID }, T.logoFile),
      h('p', { class: 'hint', id: hintId }, T.logoHint({ kb: LOGO_MAX_BYTES / 1024 })),
      file,
    ),
    errorSlot(ORG_FIELDS.logo),
    state.values.logo ? logoPreview(ctx, isData) : null,
  );
}

function logoPreview(ctx: OrgFormCtx, isData: boolean): HTMLElement {
  const { state } = ctx;
  return h(
    'div',
    { class: 'row' },
    h('img', { class: 'logo-preview', src: state.values.logo, alt: T.logoPreview }),
    isData && state.uploadNote ? h('span', {}, state.uploadNote) : null,
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          state.values.logo = '';
          state.uploadNote = '';
          state.uploadProblem = '';
          ctx.render(inputId(ORG_FIELDS.logo));
        },
      },
      T.logoRemove,
    ),
  );
}

async function upload(ctx: OrgFormCtx, file: File | undefined): Promise<void> {
  if (!file) return;
  const { state } = ctx;
  state.uploadProblem = logoFileProblem(file);
  if (!state.uploadProblem) {
    try {
      state.values.logo = await readAsDataUrl(file);
      state.uploadNote = T.logoUploaded({ name: file.name, kb: Math.ceil(file.size / 1024) });
    } catch {
      state.uploadProblem = T.logoUnreadable({ name: file.name });
    }
  }
  ctx.render(FILE_INPUT_ID);
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}
