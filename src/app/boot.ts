// Boot, loaded by src/main.ts: load the configuration, build the store, open what the link asks for,
// mount the overlay. Phaser and howler are loaded later and lazily; the first screen and the first
// choice never wait for them.

import { encounterIndex, loadHeaders } from 'virtual:second-look/encounters';
import { encounterList, type EarlyEncounter } from './encounter-list.ts';
import { activeLocale } from '../i18n/messages.ts';
import { assetUrls, loadBundledCatalogs, type SceneRegistry } from './catalogs.ts';
import { loadConfig } from './config.ts';
import { deviceConfigPort } from './device-config.ts';
import { later } from '../state/lazy.ts';
import { detectLms } from './lms-detect.ts';
import { wordFailure } from '../ui/failure-words.ts';
import { isEncounterEnabled, liveConfig, type AppConfig } from '../core/config/config.ts';
import type { AppStore } from '../state/types.ts';
import { lazyStoryOpener } from './story-opener.ts';
import { startPresentation, type Presentation } from './presentation.ts';
import type { UiContext } from '../ui/context.ts';
import { INSTRUCTOR_PARAM, PRESENTER_PARAMS, RELAY_META } from '../core/classroom/presenter-params.ts';
import type { VoteFeed } from '../core/classroom/classroom.ts';
import { createAppStore } from '../state/store.ts';
import { SCREENS } from '../state/keys.ts';
import { openAssignmentLink } from './assignment-link.ts';
import {
  createProgrammeStore,
  stampAttempt,
  type ProgrammeProblem,
  type ProgrammeStore,
} from '../state/programme.ts';
import type { ConfigProblem } from '../core/config/config-notices.ts';
import { h } from '../ui/dom.ts';
import { mountShell, type Shell } from '../ui/shell.ts';
import { technicalDetails } from '../ui/shell-parts.ts';
import { startPrivacy } from './privacy.ts';
import { startOfflineWhenIdle } from './offline-start.ts';
import { followLanguage, languagePort, startLanguage } from './language.ts';
import { STRINGS } from '../ui/strings/strings.ts';

/** The words for refused files and values, loaded only when there is something to word. */
const validationWords = () => import('../ui/strings/strings-validation.ts');
/** The words of the store's notices, loaded with the first notice (src/state/notices.ts). */
const noticeWords = () => import('../ui/strings/strings-notices.ts');

/** Says what was wrong with the configuration and the saved programme, if anything. */
async function notifyProblems(
  store: AppStore,
  config: readonly ConfigProblem[],
  programme: readonly ProgrammeProblem[],
): Promise<void> {
  if (config.length === 0 && programme.length === 0) return;
  const [{ configProblemText, dataErrorText }, { programmeProblemText }] = await Promise.all([
    validationWords(),
    noticeWords(),
  ]);
  for (const problem of config) store.getState().notify(configProblemText(problem));
  for (const p of programme) store.getState().notify(programmeProblemText(p, dataErrorText));
}

/** The start-up failure screen: what happened in the active language, the error's text as details. */
async function showFatal(root: HTMLElement, e: unknown): Promise<void> {
  const { text, detail } = await wordFailure(({ cause }) => cause, e);
  root.replaceChildren(
    h(
      'main',
      { id: 'main' },
      h('h1', {}, STRINGS.startFailed),
      h('p', { role: 'alert' }, text || STRINGS.startFailed),
      detail ? technicalDetails(detail) : null,
    ),
  );
}

/** Tells the learner, in the active language, that `sentence` failed; the error's text as details. */
function notifyFailure(store: AppStore, sentence: (args: { cause: string }) => string, e: unknown): void {
  void wordFailure(sentence, e).then(({ text, detail }) => store.getState().notify(text, detail));
}

/**
 * Draws the overlay; choosing another language draws it again in that language, and says so.
 * Returns that redraw, for a language the LMS decides (src/app/lms.ts).
 */
function drawOverlay(
  root: HTMLElement,
  ctx: UiContext,
  presentation: Presentation,
  sharedBanner: ((ctx: UiContext) => HTMLElement | null) | null,
): () => void {
  const draw = (): Shell => {
    const drawn = mountShell(root, ctx, {
      onStageHost: (host) => presentation.showStage(host),
      onStageGone: () => presentation.hideStage(),
    });
    presentation.attachCaptions(drawn.captions);
    const banner = sharedBanner?.(ctx);
    if (banner) root.querySelector('header')?.after(banner);
    return drawn;
  };
  let shell: Shell | null = null;
  const redraw = () => {
    shell?.destroy();
    shell = draw();
    shell.announce(STRINGS.language.changed);
  };
  ctx.language = languagePort(window, redraw);
  shell = draw();
  return redraw;
}

/**
 * Opens what the page asks for: the encounter a reload left off in, or a directly linked one (while
 * an assignment is open, only one of its encounters, in its mode).
 */
async function openRequested(
  store: AppStore,
  programme: ProgrammeStore,
  config: AppConfig,
  ids: readonly string[],
  params: URLSearchParams,
): Promise<void> {
  const direct = params.get('encounter');
  // A reload or a reopened tab in the middle of an encounter goes straight back to the same point.
  if (store.getState().session) {
    await store.getState().resume();
    return;
  }
  if (!direct || !ids.includes(direct) || !isEncounterEnabled(config, direct)) return;
  const assignment = programme.getState().assignment;
  if (assignment && !assignment.encounters.includes(direct)) return;
  store.getState().select(direct);
  if (params.has('start'))
    await shownOrStarted(store, store.getState().start(assignment?.mode ?? 'practice'));
}

/**
 * Resolves when the encounter is on screen (its opening, before the story engine has come) or when
 * `started` settles, whichever is first; rejects if `started` fails first.
 */
function shownOrStarted(store: AppStore, started: Promise<void>): Promise<void> {
  let off = () => {};
  const shown = new Promise<void>((resolve) => {
    off = store.subscribe((state) => {
      if (state.session && state.screen === SCREENS.encounter) resolve();
    });
  });
  return Promise.race([started, shown]).finally(off);
}

export interface BootOptions {
  /** fetch, answering config.json with the request src/main.ts started (src/app/early.ts). */
  fetcher: typeof fetch;
  /** The linked encounter, already asked for by src/main.ts. */
  encounter?: EarlyEncounter | undefined;
}

export async function boot(root: HTMLElement, early: BootOptions): Promise<void> {
  try {
    // The interface language first, so the first screen is drawn in it.
    await startLanguage(window);
    const scenes: SceneRegistry = new Map();
    const opener = lazyStoryOpener(scenes);
    // (src/main.ts has already asked for the story adapter and a directly linked encounter.)
    const params = new URLSearchParams(window.location.search);
    const direct = params.get('encounter');
    const lmsLaunch = detectLms();
    // Every encounter in the learner's language. Their headers load beside the configuration unless
    // the link starts an encounter: then after its first choice is on screen.
    const list = encounterList(encounterIndex, loadHeaders, activeLocale, early.encounter);
    const encounters = list.entries;
    const quickStart = direct !== null && params.has('start');
    if (!quickStart) list.headers().catch(() => undefined);
    const loaded = await loadConfig(early.fetcher, {
      storage: window.localStorage,
      encounterIds: list.ids,
    });
    // The configuration's words (contact names, policy text) in the language in use, read at each use.
    const config = liveConfig(loaded.config, activeLocale);
    // Presenter mode (projector or instructor console) has its own boot, loaded only when asked for.
    if (params.has(PRESENTER_PARAMS.present) || params.has(PRESENTER_PARAMS.console)) {
      const [{ startPresenterMode }] = await Promise.all([import('./presenter-mode.ts'), list.headers()]);
      // Phone voting when the classroom relay served this page (`npm run classroom`); hands only otherwise.
      const relayServed = document.querySelector(`meta[name="${RELAY_META}"]`) !== null;
      await startPresenterMode(root, params, {
        config,
        encounters,
        scenes,
        opener,
        ...(relayServed
          ? { feed: () => import('./relay-feed.ts').then((m): Promise<VoteFeed> => m.connectRelay()) }
          : {}),
      });
      startOfflineWhenIdle(root, { xapi: false, relay: relayServed });
      return;
    }
    // Shared-device mode keeps the learner's data in sessionStorage only (src/app/privacy.ts).
    const device = startPrivacy(window, config.privacy);
    const programmeProblems: ProgrammeProblem[] = [];
    const programme = createProgrammeStore(list.ids, device.personal, (p) => programmeProblems.push(p));
    // Stories were checked against the catalogs at build time; the browser does not re-check ids.
    // The first screen is drawn below; an encounter's opening shows before the story engine, which
    // is asked for only once that screen is up (src/state/session-slice.ts).
    let firstScreenDrawn = () => {};
    const drawn = new Promise<void>((resolve) => (firstScreenDrawn = resolve));
    const store = createAppStore({
      drawn: () => drawn,
      encounters,
      catalogs: later(loadBundledCatalogs),
      texts: later(() => noticeWords().then((m) => m.NOTICE_TEXTS)),
      config,
      ctx: {},
      opener,
      storage: device.personal,
      history: later(device.history),
      decorateAttempt: (record) => stampAttempt(record, programme.getState()),
    });
    await notifyProblems(store, loaded.problems, programmeProblems);
    await openAssignmentLink(store, programme, encounters);
    const lms = await lmsLaunch;
    // A trainer's link turns the instructor tools on for this device; an LMS launch never shows them.
    if (!lms && params.has(INSTRUCTOR_PARAM)) store.getState().setSettings({ instructorTools: true });
    const uiCtx: UiContext = {
      store,
      config,
      encounters,
      scenes,
      programme,
      catalogs: loadBundledCatalogs,
      instructorToolsAllowed: !lms,
      deviceConfig: deviceConfigPort(() => window.localStorage, loaded),
      privacy: device.port(Boolean(lms), () => store.getState().attempts.length > 0),
    };
    const presentation = startPresentation(store, scenes, assetUrls);
    // Outside an LMS, open what the page asks for before the overlay is drawn, so the first thing
    // drawn is that screen (the encounter's first choice, for a direct link), not the picker.
    if (!lms) await openRequested(store, programme, config, list.ids, params);
    // Only an encounter's own screen can be drawn before every header is in.
    if (store.getState().screen !== SCREENS.encounter) await list.headers();
    // The shared-device banner's view, loaded only on a shared device (the mode holds until a reload).
    const banner = device.mode.on ? (await import('../ui/learner/privacy.ts')).sharedBanner : null;
    const redraw = drawOverlay(root, uiCtx, presentation, banner);
    firstScreenDrawn();
    // (A direct link's headers, now that its first choice is up.)
    await list.headers().catch((e: unknown) => notifyFailure(store, STRINGS.headersFailed, e));
    if (!lms && config.xapi)
      void import('./lms.ts')
        .then(({ startXapi }) => startXapi(store, config, encounters, device.personal))
        .catch((e: unknown) => notifyFailure(store, STRINGS.xapiFailed, e));
    // Inside an LMS package the LMS's suspend data decides where the learner resumes.
    if (lms) {
      // The package's assignment is the set on offer: its encounters, in order, in its mode only.
      const { startLms } = await import('./lms.ts');
      await startLms(
        store,
        lms,
        encounters,
        config,
        (assignment) => programme.getState().enterAssignment(assignment),
        (locale) => followLanguage(window, locale, redraw),
        device.mode.on,
      );
    }
    // Offline use (service worker, status line), after the first screen or choice is up.
    startOfflineWhenIdle(root, { xapi: !lms && Boolean(config.xapi), relay: false });
  } catch (e) {
    await showFatal(root, e);
    throw e;
  }
}
