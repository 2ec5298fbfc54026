// Boot for presenter mode (loaded only when the URL asks for it):
//   ?present=<encounterId>  the projector: runs the story with its own, unpersisted store;
//   ?console=<channel>      the instructor console in a second window, synchronised over a
//                           BroadcastChannel; the projector can also show it as a panel on its page.

import { PRESENTER_STRINGS, protocolErrorText } from '../ui/strings/strings-presenter.ts';
import type { EncounterEntry } from '../core/encounter/analysis.ts';
import type { VoteFeed } from '../core/classroom/classroom.ts';
import type { AppConfig } from '../core/config/config.ts';
import { readLaunchParams } from '../core/links/url-params.ts';
import {
  CHANNEL_PREFIX,
  MSG,
  PRESENTER_PARAMS,
  ProtocolError,
  readMessage,
  type Message,
  type PresenterSnapshot,
} from '../core/classroom/presenter-protocol.ts';
import { createPresenter } from '../state/presenter.ts';
import type { StoryOpener } from '../state/store.ts';
import { h } from '../ui/dom.ts';
import { consoleView, type ConsoleLink } from '../ui/presenter/presenter-console.ts';
import { projectorView } from '../ui/presenter/presenter-projector.ts';
import { STRINGS } from '../ui/strings/strings.ts';
import { assetUrls, loadBundledCatalogs, type SceneRegistry } from './catalogs.ts';
import { later, ready } from '../state/lazy.ts';
import { NOTICE_TEXTS } from '../ui/strings/strings-notices.ts';
import { startPresentation } from './presentation.ts';
import type { Locale } from '../core/locale.ts';
import { activeLocale, useLocale } from '../i18n/messages.ts';

const P = PRESENTER_STRINGS;
/** How long the console waits for the projector's first answer before saying so. */
const CONSOLE_TIMEOUT_MS = 3000;

export interface PresenterModeDeps {
  config: AppConfig;
  encounters: readonly EncounterEntry[];
  scenes: SceneRegistry;
  opener: StoryOpener;
  /** The phone-voting relay, when one is configured (see src/core/classroom/classroom.ts). */
  feed?: () => Promise<VoteFeed | null>;
}

/** True when the URL asks for presenter mode. */
function channelId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function startPresenterMode(
  root: HTMLElement,
  params: URLSearchParams,
  deps: PresenterModeDeps,
): Promise<void> {
  // Malformed values (a channel that is not a channel name, an id with hidden characters) are left out.
  const launch = readLaunchParams(params.toString(), []);
  if (launch.console !== null) {
    mountConsoleWindow(root, launch.console, deps.config);
    return;
  }
  await mountProjector(root, launch.present ?? '', deps);
}

/**
 * Follows the class's language on this page: when `current` names another one, loads it and then
 * calls `refresh` so every view is shown again in it (a later change wins over a slower earlier one).
 */
function languageFollower(current: () => Locale | undefined, refresh: () => void): () => void {
  let wanted = activeLocale();
  return () => {
    const lang = current();
    if (!lang || lang === wanted) return;
    wanted = lang;
    void useLocale(lang).then(() => {
      if (wanted !== lang) return;
      document.documentElement.lang = lang;
      refresh();
    });
  };
}

/** Reads every message on the channel; one that breaks the protocol goes to `bad` with the reason. */
function onMessages(
  bc: BroadcastChannel,
  handle: (m: Message) => void,
  bad: (problem: string) => void,
): void {
  bc.onmessage = (ev: MessageEvent<unknown>) => {
    let m: Message;
    try {
      m = readMessage(ev.data);
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      bad(protocolErrorText(e));
      return;
    }
    handle(m);
  };
}

function mountConsoleWindow(root: HTMLElement, channel: string, config: AppConfig): void {
  document.title = `${STRINGS.appName}: ${P.console.heading}`;
  const bc = new BroadcastChannel(CHANNEL_PREFIX + channel);
  let snapshot: PresenterSnapshot | null = null;
  const listeners = new Set<() => void>();
  const notice = h('p', { class: 'notice', role: 'status' });
  const follow = languageFollower(
    () => snapshot?.lang,
    () => {
      document.title = `${STRINGS.appName}: ${P.console.heading}`;
      view.refresh();
    },
  );
  onMessages(
    bc,
    (m) => {
      if (m.type !== MSG.state) return;
      snapshot = m.snapshot;
      notice.textContent = '';
      follow();
      for (const l of listeners) l();
    },
    (problem) => (notice.textContent = problem),
  );
  const link: ConsoleLink = {
    current: () => snapshot,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    send: (cmd) => bc.postMessage(cmd),
  };
  const view = consoleView(link, config, 'h1');
  root.replaceChildren(h('main', { id: 'main', class: 'console-window' }, notice, view.el));
  bc.postMessage({ type: MSG.hello });
  setTimeout(() => {
    if (!snapshot) notice.textContent = P.console.lost;
  }, CONSOLE_TIMEOUT_MS);
  window.addEventListener('pagehide', () => bc.close());
}

/**
 * The instructor's controls beside the projector: a button that opens the console in a window of its
 * own (when a pop-up is blocked it says so and shows the panel instead), and the console as a panel
 * on this page.
 */
function instructorControls(
  main: HTMLElement,
  channel: string,
  link: ConsoleLink,
  config: AppConfig,
): { controls: HTMLElement; panel: HTMLElement; relabel: () => void } {
  const panel = h('aside', {
    id: 'console-panel',
    class: 'console-panel',
    'aria-label': P.console.heading,
    hidden: true,
  });
  const panelConsole = consoleView(link, config);
  panel.append(panelConsole.el);
  const blocked = h('p', { class: 'notice', role: 'status' });
  const toggle = h(
    'button',
    { type: 'button', class: 'panel-toggle', 'aria-expanded': 'false', 'aria-controls': 'console-panel' },
    P.showPanel,
  );
  const showPanel = (on: boolean) => {
    panel.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
    toggle.textContent = on ? P.hidePanel : P.showPanel;
    main.classList.toggle('with-panel', on);
  };
  toggle.addEventListener('click', () => showPanel(panel.hidden));
  const openWindow = h(
    'button',
    {
      type: 'button',
      class: 'open-console',
      title: P.openConsoleHelp,
      onclick: () => {
        const url = new URL(window.location.href);
        url.search = new URLSearchParams({ [PRESENTER_PARAMS.console]: channel }).toString();
        const w = window.open(url.toString(), `second-look-console-${channel}`, 'popup,width=720,height=860');
        if (!w) {
          blocked.textContent = P.consoleBlocked;
          showPanel(true);
        }
      },
    },
    P.openConsole,
  );
  const relabel = () => {
    panel.setAttribute('aria-label', P.console.heading);
    toggle.textContent = panel.hidden ? P.showPanel : P.hidePanel;
    openWindow.title = P.openConsoleHelp;
    openWindow.textContent = P.openConsole;
    panelConsole.refresh();
  };
  return { controls: h('div', { class: 'proj-controls' }, openWindow, toggle, blocked), panel, relabel };
}

/** The card before the class starts: title, what happens, the content note, start and back. */
function startCard(entry: EncounterEntry, begin: () => void, back: () => HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'proj-start card', 'aria-labelledby': 'proj-start-heading' },
    h('h1', { id: 'proj-start-heading' }, entry.meta.title),
    h('p', { class: 'lead' }, P.startIntro),
    h('h2', {}, STRINGS.note.contentNote),
    h('p', { class: 'note' }, entry.meta.contentNote),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'primary', onclick: begin }, P.start),
      back(),
    ),
  );
}

async function mountProjector(
  root: HTMLElement,
  encounterId: string,
  deps: PresenterModeDeps,
): Promise<void> {
  document.title = `${STRINGS.appName}: ${P.projector}`;
  document.documentElement.classList.add('presenting');
  const main = h('main', { id: 'main', class: 'projector-window' });
  const captions = h('div', {
    class: 'captions',
    role: 'status',
    'aria-live': 'polite',
    'aria-label': STRINGS.captions,
  });
  root.replaceChildren(main, captions);
  const entry = deps.encounters.find((e) => e.meta.id === encounterId);
  const back = () => h('a', { href: './', class: 'button-link' }, P.backToScenarios);
  if (!entry) {
    main.replaceChildren(
      h('h1', {}, STRINGS.appName),
      h('p', { role: 'alert' }, P.notFound({ id: encounterId })),
      back(),
    );
    return;
  }
  const feed = (await deps.feed?.().catch(() => null)) ?? null;
  const presenter = createPresenter({
    encounters: deps.encounters,
    catalogs: later(loadBundledCatalogs),
    texts: ready(NOTICE_TEXTS),
    config: deps.config,
    ctx: {},
    opener: deps.opener,
    encounterId,
    feed,
    officerName: STRINGS.encounter.officer,
    lang: activeLocale(),
  });
  const presentation = startPresentation(presenter.store, deps.scenes, assetUrls);
  presentation.attachCaptions(captions);

  const id = channelId();
  const bc = new BroadcastChannel(CHANNEL_PREFIX + id);
  const publish = () => bc.postMessage({ type: MSG.state, snapshot: presenter.snapshot() });
  onMessages(
    bc,
    (m) => {
      if (m.type === MSG.state) return;
      if (m.type === MSG.hello) publish();
      else presenter.command(m);
    },
    (problem) => console.warn(problem),
  );

  // The instructor's controls: a console window, or the console as a panel on this page.
  const local: ConsoleLink = {
    current: () => presenter.snapshot(),
    subscribe: (l) => presenter.subscribe(l),
    send: (cmd) => presenter.command(cmd),
  };
  const { controls, panel, relabel } = instructorControls(main, id, local, deps.config);
  const showStart = () =>
    main.replaceChildren(
      startCard(entry, () => void begin(), back),
      controls,
      panel,
    );
  showStart();

  let view: ReturnType<typeof projectorView> | null = null;
  let started = false;
  // The class's language, chosen on the console: this page (and, through the relay, the phones) follow.
  const follow = languageFollower(
    () => presenter.snapshot().lang,
    () => {
      document.title = `${STRINGS.appName}: ${P.projector}`;
      relabel();
      if (view) view.refresh();
      else if (!started) showStart();
      publish();
    },
  );
  const begin = async () => {
    started = true;
    await presenter.start();
    view = projectorView({ presenter, entry, config: deps.config, scenes: deps.scenes, controls });
    main.replaceChildren(view.el, panel);
    const host = view.el.querySelector<HTMLElement>('#scene-host');
    if (host) presentation.showStage(host);
    controls.querySelector<HTMLElement>('.open-console')?.focus();
    publish();
  };

  presenter.subscribe(() => {
    follow();
    publish();
    if (presenter.ended() && view) {
      view.destroy();
      view = null;
      presentation.hideStage();
      main.replaceChildren(h('h1', {}, entry.meta.title), h('p', { role: 'status' }, P.ended), back(), panel);
    }
  });
  window.addEventListener('pagehide', () => {
    presenter.dispose();
    bc.close();
  });
}
