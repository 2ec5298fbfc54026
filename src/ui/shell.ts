// The overlay shell: landmarks, top bar, notices, the current screen, the step-out dialog and the
// captions region. It swaps screens when the store says so and applies display settings. The fixed
// parts (navigation, step-out dialog, notices, display settings) are built in shell-parts.ts.

import { SCREENS, type Screen } from '../state/keys.ts';
import type { Notice } from '../state/notices.ts';
import type { AppState } from '../state/store.ts';
import { showInstructorTools, type UiContext, type View } from './context.ts';
import { fill, h } from './dom.ts';
import {
  applySettings,
  isBackTarget,
  showNotices,
  technicalDetails,
  stepOutDialog,
  topNav,
  type ShellActions,
} from './shell-parts.ts';
import { encounterView } from './learner/encounter.ts';
import { orgBrand } from './instructor/org-view.ts';
import { wordFailure } from './failure-words.ts';
import { STRINGS } from './strings/strings.ts';

/**
 * A screen whose code loads when it is first shown, so the screens not needed before the first choice
 * (debrief, progress, instructor tools, organisation set-up) stay out of the first download. The
 * placeholder says it is loading; the real view replaces it and takes focus like any other screen.
 */
function lazyView(load: () => Promise<View>, onShown: (view: View) => void): View {
  const el = h('section', { class: 'screen loading', 'aria-busy': 'true' }, h('p', {}, STRINGS.loading));
  let view: View | null = null;
  let gone = false;
  void load().then(
    (v) => {
      if (gone) return v.destroy();
      view = v;
      el.replaceWith(v.el);
      onShown(v);
    },
    async (e: unknown) => {
      const { text, detail } = await wordFailure(STRINGS.loadFailed, e);
      el.setAttribute('aria-busy', 'false');
      if (!gone) fill(el, h('p', { role: 'alert' }, text), detail ? technicalDetails(detail) : null);
    },
  );
  return {
    el,
    destroy: () => {
      gone = true;
      view?.destroy();
    },
  };
}

export interface ShellHooks {
  /** Called when the encounter screen mounts, with the element for the scene art. */
  onStageHost?: (host: HTMLElement) => void;
  /** Called when the encounter screen goes away. */
  onStageGone?: () => void;
}

export interface Shell {
  captions: HTMLElement;
  /** Says `text` through the shell's own polite live region (e.g. that the language changed). */
  announce(text: string): void;
  destroy(): void;
}

/** Where a screen's Back or Done button leads. */
interface ScreenBack {
  toPrevious: () => void;
  toSettings: () => void;
}

/**
 * The screens whose code loads when first shown (the encounter alone is in the first download). The
 * picker, content note and settings load on first use (src/main.ts asks for the picker early when the
 * page opens on it), so a link straight into an encounter does not carry them.
 */
const LAZY_SCREENS: Record<
  Exclude<Screen, typeof SCREENS.encounter>,
  (ctx: UiContext, back: ScreenBack) => Promise<View>
> = {
  [SCREENS.picker]: (ctx) => import('./learner/picker.ts').then((m) => m.pickerView(ctx)),
  [SCREENS.contentNote]: (ctx) => import('./learner/picker.ts').then((m) => m.contentNoteView(ctx)),
  [SCREENS.debrief]: (ctx) => import('./learner/debrief.ts').then((m) => m.debriefView(ctx)),
  [SCREENS.progress]: (ctx) => import('./learner/progress.ts').then((m) => m.progressView(ctx)),
  [SCREENS.settings]: (ctx, back) =>
    import('./learner/settings.ts').then((m) => m.settingsView(ctx, back.toPrevious)),
  [SCREENS.instructor]: (ctx) => import('./instructor/instructor.ts').then((m) => m.instructorView(ctx)),
  [SCREENS.orgSetup]: (ctx, back) =>
    import('./instructor/org-setup.ts').then((m) => m.orgSetupView(ctx, back.toSettings)),
};

export function mountShell(root: HTMLElement, ctx: UiContext, hooks: ShellHooks = {}): Shell {
  const { store } = ctx;
  const main = h('main', { id: 'main', tabindex: '-1' });
  const notices = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
  const announcer = h('div', { class: 'visually-hidden announcer', role: 'status', 'aria-live': 'polite' });
  const captions = h('div', {
    class: 'captions',
    role: 'status',
    'aria-live': 'polite',
    'aria-label': STRINGS.captions,
  });
  const actions: ShellActions = () => store.getState();
  const { nav, stepOutButton, instructorButton } = topNav(actions);
  const dialog = stepOutDialog(ctx.config.contacts, actions);
  root.replaceChildren(
    h('a', { class: 'skip-link', href: '#main' }, STRINGS.skipLink),
    h('header', { class: 'topbar' }, h('h1', { class: 'brand' }, STRINGS.appName), orgBrand(ctx.config), nav),
    notices,
    main,
    captions,
    announcer,
    dialog,
  );

  let current: View | null = null;
  let currentScreen: Screen | null = null;
  let previousScreen: Screen = SCREENS.picker;

  const focusHeading = (view: View) => view.el.querySelector<HTMLElement>('h2')?.focus();

  const back: ScreenBack = {
    toPrevious: () => store.getState().goTo(previousScreen),
    toSettings: () => store.getState().goTo(SCREENS.settings),
  };

  const mount = (screen: Screen) => {
    current?.destroy();
    if (currentScreen === SCREENS.encounter) hooks.onStageGone?.();
    if (currentScreen && isBackTarget(currentScreen)) previousScreen = currentScreen;
    currentScreen = screen;
    current =
      screen === SCREENS.encounter
        ? encounterView(ctx)
        : lazyView(() => LAZY_SCREENS[screen](ctx, back), focusHeading);
    main.replaceChildren(current.el);
    document.title = `${STRINGS.appName}`;
    if (screen === SCREENS.encounter) {
      const host = current.el.querySelector<HTMLElement>('#scene-host');
      if (host) hooks.onStageHost?.(host);
    } else {
      current.el.querySelector<HTMLElement>('h2')?.focus();
    }
  };

  let lastNotices: readonly Notice[] = [];
  const render = (state: AppState, prev?: AppState) => {
    if (state.screen !== currentScreen) mount(state.screen);
    if (state.notices !== lastNotices) {
      lastNotices = state.notices;
      showNotices(notices, state.notices, actions);
    }
    if (!prev || prev.settings !== state.settings) applySettings(state.settings);
    stepOutButton.hidden = state.screen !== SCREENS.encounter;
    instructorButton.hidden = !showInstructorTools(ctx);
    if (state.steppedOut && !dialog.open) dialog.showModal();
    if (!state.steppedOut && dialog.open) dialog.close();
    main.setAttribute('aria-busy', String(state.loading));
  };
  const unsubscribe = store.subscribe(render);
  render(store.getState());
  // Entering or leaving an assignment changes what the picker shows.
  const unsubscribeProgramme = ctx.programme?.subscribe((s, prev) => {
    if (s.assignment !== prev.assignment && currentScreen === SCREENS.picker) mount(SCREENS.picker);
  });
  return {
    captions,
    announce: (text) => {
      // Filled after the region is in the page, so assistive technology hears the change.
      requestAnimationFrame(() => (announcer.textContent = text));
    },
    destroy: () => {
      unsubscribeProgramme?.();
      unsubscribe();
      current?.destroy();
    },
  };
}
