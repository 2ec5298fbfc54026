// The overlay shell's fixed parts: the top bar's navigation, the step-out dialog (a pause with the
// support contacts), the notices, and the display settings applied to the page. mountShell
// (shell.ts) puts them in the page and keeps them in step with the store.

import type { Hotline } from '../core/config/sections.ts';
import type { AppConfig } from '../core/config/config.ts';
import { SCREENS, type Screen } from '../state/keys.ts';
import type { Notice } from '../state/notices.ts';
import type { AppActions, AppState } from '../state/store.ts';
import { fill, h } from './dom.ts';
import { STRINGS } from './strings/strings.ts';

/** What the shell's buttons do, read from the store when pressed. */
export type ShellActions = () => Pick<AppActions, 'goTo' | 'stepOut' | 'dismissNotice'>;

/** A hotline as the step-out dialog lists it: name, number, and the text line if there is one. */
export const hotlineLine = (line: Pick<Hotline, 'name' | 'phone' | 'text'>): string =>
  `${line.name}: ${line.phone}${line.text ? ` (${line.text})` : ''}`;

/** Whether a screen is where Back leads from settings: every screen but settings and org set-up. */
export const isBackTarget = (screen: Screen): boolean =>
  screen !== SCREENS.settings && screen !== SCREENS.orgSetup;

/** The top bar's navigation; the step-out and instructor buttons are shown only when they apply. */
export function topNav(actions: ShellActions): {
  nav: HTMLElement;
  stepOutButton: HTMLButtonElement;
  instructorButton: HTMLButtonElement;
} {
  const go = (screen: Screen, label: string) =>
    h('button', { type: 'button', onclick: () => actions().goTo(screen) }, label);
  const stepOutButton = h(
    'button',
    { type: 'button', class: 'step-out', onclick: () => actions().stepOut(true) },
    STRINGS.nav.stepOut,
  );
  // Shown only to trainers (Settings → "Show the instructor tools", or a `?instructor` link).
  const instructorButton = go(SCREENS.instructor, STRINGS.nav.instructor);
  const nav = h(
    'nav',
    { 'aria-label': STRINGS.nav.label },
    go(SCREENS.picker, STRINGS.nav.scenarios),
    go(SCREENS.progress, STRINGS.nav.progress),
    go(SCREENS.settings, STRINGS.nav.settings),
    instructorButton,
    stepOutButton,
  );
  return { nav, stepOutButton, instructorButton };
}

/** The step-out dialog: support contacts, back to the encounter, or leave it for the picker. */
export function stepOutDialog(contacts: AppConfig['contacts'], actions: ShellActions): HTMLDialogElement {
  const dialog = h('dialog', { class: 'step-out-dialog', 'aria-labelledby': 'step-out-heading' });
  fill(
    dialog,
    h('h2', { id: 'step-out-heading' }, STRINGS.stepOut.heading),
    h('p', {}, STRINGS.stepOut.body),
    h('p', {}, STRINGS.stepOut.support),
    h(
      'ul',
      {},
      contacts.hotlines.map((line) => h('li', {}, hotlineLine(line))),
      h('li', {}, STRINGS.stepOut.emergency({ number: contacts.emergencyNumber })),
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => actions().stepOut(false) },
        STRINGS.stepOut.back,
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            actions().stepOut(false);
            actions().goTo(SCREENS.picker);
          },
        },
        STRINGS.stepOut.leave,
      ),
    ),
  );
  dialog.addEventListener('cancel', (ev) => {
    ev.preventDefault();
    actions().stepOut(false);
  });
  return dialog;
}

/**
 * An error's own text under a message, collapsed behind a localized "Technical details": for an author
 * or instructor (it names the file, line or field), never the sentence a learner reads. It is the
 * text of logs and tools, in English, and marked so.
 */
export function technicalDetails(detail: string): HTMLElement {
  return h(
    'details',
    { class: 'technical-details' },
    h('summary', {}, STRINGS.technicalDetails),
    h('code', { lang: 'en', translate: 'no' }, detail),
  );
}

/** Lists the notices, each with a button that dismisses it (and its technical details, if any). */
export function showNotices(region: HTMLElement, notices: readonly Notice[], actions: ShellActions): void {
  fill(
    region,
    notices.map((n, i) =>
      h(
        'div',
        { class: 'notice' },
        h(
          'p',
          {},
          n.text,
          ' ',
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => actions().dismissNotice(i) },
            STRINGS.notices.dismiss,
          ),
        ),
        n.detail ? technicalDetails(n.detail) : null,
      ),
    ),
  );
}

/** The learner's display settings, as attributes and classes on <html>. */
export function applySettings(s: AppState['settings']): void {
  const html = document.documentElement;
  html.dataset['textSize'] = s.textSize;
  html.classList.toggle('high-contrast', s.highContrast);
  html.classList.toggle('reduced-motion', s.reducedMotion);
  html.classList.toggle('dyslexia-font', s.dyslexiaFont);
}
