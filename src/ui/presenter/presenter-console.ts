// The instructor console: what the class does not see. The current line, the options with a hand
// tally (+/− and a number field) and phone votes, take the majority or another option, continue past
// a discussion prompt, the incident report with the class, reveal scores, end. It renders snapshots
// from the projector and sends commands; it never runs the story itself.

import { PRESENTER_STRINGS, presenterProblemText } from '../strings/strings-presenter.ts';
import type { AppConfig } from '../../core/config/config.ts';
import { openDecision } from '../../core/classroom/presenter.ts';
import { MSG, type Command, type PresenterSnapshot } from '../../core/classroom/presenter-protocol.ts';
import type { View } from '../context.ts';
import { fill, h } from '../dom.ts';
import { reportFormView } from '../learner/report-form.ts';
import { updateVote, voteTable, type VoteParts } from './presenter-vote-table.ts';
import { STRINGS } from '../strings/strings.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../core/locale.ts';
import { activeLocale } from '../../i18n/messages.ts';
import './presenter.css';

const C = PRESENTER_STRINGS.console;

/** The console's view of the projector: the latest snapshot, and a way to send commands. */
export interface ConsoleLink {
  current(): PresenterSnapshot | null;
  subscribe(listener: () => void): () => void;
  send(cmd: Command): void;
}

type Stage = 'waiting' | 'discussion' | 'vote' | 'report' | 'debrief' | 'ended' | 'idle';

function stageOf(s: PresenterSnapshot | null, ended: boolean): Stage {
  if (ended) return 'ended';
  if (!s) return 'waiting';
  if (s.session.pending.length > 0) return 'discussion';
  if (s.ended) return 'debrief';
  if (s.awaitingReport) return 'report';
  if (openDecision(s.session)) return 'vote';
  return 'idle';
}

/** What a stage puts in the console's body, and the parts the console keeps to update or destroy. */
interface StageBody {
  nodes: (Node | null)[];
  report: View | null;
  voteParts: VoteParts | null;
}

function stageBody(
  stage: Stage,
  s: PresenterSnapshot | null,
  link: ConsoleLink,
  config: AppConfig,
): StageBody {
  const plain = (...nodes: (Node | null)[]): StageBody => ({ nodes, report: null, voteParts: null });
  switch (stage) {
    case 'waiting':
      return plain(h('p', {}, C.waiting));
    case 'ended':
      return plain(h('p', {}, C.ended));
    case 'idle':
      return plain(s && s.lines.length === 0 ? h('p', {}, C.notStarted) : null);
    case 'discussion':
      return plain(
        h('h3', { id: 'console-stage', tabindex: '-1' }, C.discussion),
        h('p', { class: 'console-question' }, s?.session.pending[0] ?? ''),
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => link.send({ type: MSG.continue }) },
          C.continue,
        ),
      );
    case 'vote': {
      const d = s ? openDecision(s.session) : undefined;
      if (!d) return plain();
      const table = voteTable(link, d);
      return { nodes: table.nodes, report: null, voteParts: table.parts };
    }
    case 'report': {
      const report = reportFormView(
        { config },
        { checklist: s?.checklist ?? [], submit: (r) => link.send({ type: MSG.report, report: r }) },
      );
      return { nodes: [h('h3', { class: 'visually-hidden' }, C.report), report.el], report, voteParts: null };
    }
    case 'debrief':
      return plain(h('h3', { id: 'console-stage', tabindex: '-1' }, C.debrief));
  }
}

/** The relay's status line: connection, how to join, how many phones voted on the open decision. */
function relayText(s: PresenterSnapshot): string {
  const feed = s.feed;
  if (!feed) return '';
  const open = openDecision(s.session);
  return [
    C.relay({ status: C.relayStatus[feed.status] }),
    feed.join ? C.join({ code: feed.join.code, url: feed.join.url }) : '',
    open && open.phoneVoters > 0 ? C.voters({ n: open.phoneVoters }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The newest story lines, as the projector last sent them. */
function nowLines(s: PresenterSnapshot | null): HTMLElement[] {
  return (s?.lines ?? []).map((l) =>
    h('p', { class: 'line' }, l.speaker ? h('span', { class: 'speaker' }, `${l.speaker}: `) : null, l.text),
  );
}

/** A language's name in its own language ("English", "Español"), so everyone can find theirs. */
function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale.split('-')[0] ?? locale);
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale;
}

/** The class's language: the projector and the phones follow the choice made here. */
function languageField(link: ConsoleLink): { el: HTMLElement; update: () => void } {
  const select = h(
    'select',
    { id: 'console-lang', 'aria-describedby': 'console-lang-help' },
    LOCALES.map((l) => h('option', { value: l, lang: l }, languageName(l))),
  );
  select.addEventListener('change', () => {
    const lang = LOCALES.find((l) => l === select.value);
    if (lang) link.send({ type: MSG.language, lang });
  });
  const label = h('label', { for: 'console-lang' });
  const help = h('p', { class: 'hint', id: 'console-lang-help' });
  return {
    el: h('div', { class: 'field console-lang' }, label, select, help),
    update: () => {
      label.textContent = C.language;
      help.textContent = C.languageHelp;
      if (document.activeElement !== select) select.value = link.current()?.lang ?? DEFAULT_LOCALE;
    },
  };
}

export function consoleView(
  link: ConsoleLink,
  config: AppConfig,
  headingLevel: 'h1' | 'h2' = 'h2',
): View & { refresh(): void } {
  const problem = h('p', { class: 'console-problem', role: 'alert' });
  const status = h('p', { class: 'console-status' });
  const relay = h('p', { class: 'console-relay', role: 'status', hidden: true });
  const now = h('div', { class: 'console-now' });
  const body = h('div', { class: 'console-body' });
  const revealButton = h(
    'button',
    { type: 'button', class: 'console-reveal', onclick: () => link.send({ type: MSG.reveal }) },
    C.reveal,
  );
  let endedHere = false;
  const endButton = h(
    'button',
    {
      type: 'button',
      class: 'console-end',
      onclick: () => {
        endedHere = true;
        link.send({ type: MSG.end });
        render();
      },
    },
    C.end,
  );
  const heading = h(headingLevel, { id: 'console-heading', tabindex: '-1' }, C.heading);
  const nowHeading = h('h3', { class: 'visually-hidden' }, C.now);
  const language = languageField(link);
  const el = h(
    'section',
    { class: 'console', 'aria-labelledby': 'console-heading' },
    heading,
    language.el,
    status,
    relay,
    problem,
    nowHeading,
    now,
    body,
    h('div', { class: 'row console-actions' }, revealButton, endButton),
  );

  let shownStage: Stage | null = null;
  let shownKey = '';
  let report: View | null = null;
  /** Parts of the vote table updated in place, so typing in a field is never interrupted. */
  let voteParts: VoteParts | null = null;

  const render = () => {
    const s = link.current();
    const stage = stageOf(s, endedHere);
    // A change of language shows the step again in the new words.
    const key = `${activeLocale()}|${stage}|${s?.session.pending[0] ?? ''}|${s ? (openDecision(s.session)?.key ?? '') : ''}`;
    if (stage !== shownStage || key !== shownKey) {
      const hadFocus = el.contains(document.activeElement) && document.activeElement !== document.body;
      shownStage = stage;
      shownKey = key;
      report?.destroy();
      const next = stageBody(stage, s, link, config);
      ({ report, voteParts } = next);
      fill(body, next.nodes);
      // Keep keyboard users in the console: land on the new step's heading.
      if (hadFocus) body.querySelector<HTMLElement>('h3[tabindex], .report-form h3')?.focus();
    }
    const d = s ? openDecision(s.session) : undefined;
    if (stage === 'vote' && d && voteParts) updateVote(voteParts, d);
    fill(now, nowLines(s));
    heading.textContent = C.heading;
    nowHeading.textContent = C.now;
    endButton.textContent = C.end;
    language.update();
    status.textContent = s ? `${s.title}: ${STRINGS.phases[s.phase]}` : '';
    problem.textContent = s?.problem ? `${C.problem} ${presenterProblemText(s.problem)}` : '';
    relay.hidden = !s?.feed;
    if (s?.feed) relay.textContent = relayText(s);
    const revealed = s?.session.revealed ?? false;
    revealButton.textContent = revealed ? C.revealed : C.reveal;
    revealButton.disabled = !s || revealed || endedHere;
    endButton.disabled = !s || endedHere;
  };

  const unsubscribe = link.subscribe(render);
  render();
  return {
    el,
    refresh: render,
    destroy: () => {
      unsubscribe();
      report?.destroy();
    },
  };
}
