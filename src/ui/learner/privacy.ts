// Shared-device mode and "Clear my data on this device" as the learner sees them: the Settings
// section, the Progress page's card, the banner on a shared device and the confirmation dialog. What
// clearing does is the app's (src/app/privacy.ts), reached through ctx.privacy.

import { SCREENS } from '../../state/keys.ts';
import type { UiContext } from '../context.ts';
import { h } from '../dom.ts';
import './privacy.css';
import { PRIVACY_STRINGS as T, type PrivacyDialog } from '../strings/strings-privacy.ts';

let dialogCount = 0;

/**
 * Asks to confirm `which` in a modal dialog (real DOM: keyboard, Escape cancels, focus starts on
 * Cancel and returns to `opener` when the dialog closes). Resolves true when confirmed.
 */
function confirmPrivacy(ctx: UiContext, which: PrivacyDialog, opener: HTMLElement): Promise<boolean> {
  const words = T.dialogs[which];
  const id = `privacy-dialog-${++dialogCount}`;
  return new Promise((resolve) => {
    let confirmed = false;
    const close = (yes: boolean) => {
      confirmed = yes;
      dialog.close();
    };
    const cancel = h('button', { type: 'button', autofocus: true, onclick: () => close(false) }, T.cancel);
    const dialog = h(
      'dialog',
      { class: 'privacy-dialog', 'aria-labelledby': `${id}-heading`, 'aria-describedby': `${id}-body` },
      h('h2', { id: `${id}-heading` }, words.heading),
      h(
        'div',
        { id: `${id}-body` },
        words.body.map((p) => h('p', {}, p)),
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'danger', onclick: () => close(true) }, words.confirm),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              close(false);
              ctx.store.getState().goTo(SCREENS.progress);
            },
          },
          T.exportFirst,
        ),
        cancel,
      ),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener.isConnected) opener.focus();
      resolve(confirmed);
    });
    (opener.closest('main') ?? document.body).append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

/** The "Clear my data on this device" button with its hint; nothing when the app gave no privacy port. */
function clearDataBlock(ctx: UiContext, idPrefix: string): HTMLElement | null {
  const port = ctx.privacy;
  if (!port) return null;
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'danger',
      id: `${idPrefix}-clear-data`,
      'aria-describedby': `${idPrefix}-clear-data-help`,
      onclick: () => {
        void confirmPrivacy(ctx, 'clear', button).then((yes) => (yes ? port.clearAll() : undefined));
      },
    },
    T.clear,
  );
  return h(
    'div',
    { class: 'clear-data' },
    button,
    h('p', { class: 'hint', id: `${idPrefix}-clear-data-help` }, T.clearHelp),
  );
}

/** Settings: shared-device mode (locked on when the organisation set it) and clearing the data. */
export function privacySettings(ctx: UiContext): HTMLElement | null {
  const port = ctx.privacy;
  if (!port) return null;
  const { on, byOrganisation } = port.shared;
  const box: HTMLInputElement = h('input', {
    type: 'checkbox',
    id: 'set-shared-device',
    checked: on,
    disabled: byOrganisation,
    'aria-describedby': byOrganisation
      ? 'set-shared-device-org set-shared-device-help'
      : 'set-shared-device-help',
    onchange: () => {
      const wanted = box.checked;
      box.checked = on;
      void confirmPrivacy(ctx, wanted ? 'sharedOn' : 'sharedOff', box).then((yes) =>
        yes ? port.setShared(wanted) : undefined,
      );
    },
  });
  return h(
    'fieldset',
    { class: 'privacy' },
    h('legend', {}, T.legend),
    h(
      'div',
      { class: 'check' },
      box,
      h('label', { for: 'set-shared-device' }, T.shared),
      byOrganisation
        ? h('p', { class: 'hint locked', id: 'set-shared-device-org' }, T.sharedByOrganisation)
        : null,
      h('p', { class: 'hint', id: 'set-shared-device-help' }, T.sharedHelp),
      port.lms ? h('p', { class: 'hint' }, T.lmsKeeps) : null,
    ),
    clearDataBlock(ctx, 'settings'),
  );
}

/** The Progress page's card: clearing the data, said where the learner sees what is kept. */
export function privacyCard(ctx: UiContext): HTMLElement | null {
  const block = clearDataBlock(ctx, 'progress');
  if (!block) return null;
  return h(
    'section',
    { class: 'card privacy-card', 'aria-labelledby': 'privacy-card-heading' },
    h('h3', { id: 'privacy-card-heading' }, T.progressHeading),
    block,
  );
}

/** The shared-device banner, shown on every screen while the device is in shared mode. */
export function sharedBanner(ctx: UiContext): HTMLElement | null {
  const port = ctx.privacy;
  if (!port?.shared.on) return null;
  const end: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      id: 'end-session',
      onclick: () => {
        void confirmPrivacy(ctx, 'end', end).then((yes) => (yes ? port.endSession() : undefined));
      },
    },
    T.endSession,
  );
  return h(
    'section',
    { class: 'shared-banner', 'aria-label': T.banner },
    h('p', {}, port.lms ? T.bannerLms : T.bannerText),
    h(
      'div',
      { class: 'row' },
      port.lms
        ? null
        : h(
            'button',
            { type: 'button', onclick: () => ctx.store.getState().goTo(SCREENS.progress) },
            T.exportFirst,
          ),
      end,
    ),
  );
}

/** The set-up form's checkbox: every device that uses this set-up is a shared device. */
export function sharedDeviceField(checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  return h(
    'div',
    { class: 'check' },
    h('input', {
      type: 'checkbox',
      id: 'org-shared-device',
      checked,
      'aria-describedby': 'org-shared-device-hint',
      onchange: (ev: Event) => onChange((ev.target as HTMLInputElement).checked),
    }),
    h('label', { for: 'org-shared-device' }, T.orgShared),
    h('p', { class: 'hint', id: 'org-shared-device-hint' }, T.orgSharedHint),
  );
}
