// The instructor console: what the class does not see. The current line, the options with a hand
// tally (+/− and a number field) and phone votes, take the majority or another option, continue past
// a discussion prompt, the incident report with the class, reveal scores, end. It renders snapshots
// from the projector and sends commands; it never runs the story itself.

import { PRESENTER_STRINGS } from './strings-presenter.ts';
import type { AppConfig } from '../core/config.ts';
import { openDecision } from '../core/presenter.ts';
import { MSG, type Command, type PresenterSnapshot } from '../core/presenter-protocol.ts';
import type { View } from './context.ts';
import { fill, h } from './dom.ts';
import { reportFormView } from './report-form.ts';
import { updateVote, voteTable, type VoteParts } from './presenter-vote-table.ts';
import { STRINGS } from './strings.ts';
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

export function consoleView(link: ConsoleLink, config: AppConfig, headingLevel: 'h1' | 'h2' = 'h2'): View {
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
  const el = h(
    'section',
    { class: 'console', 'aria-labelledby': 'console-heading' },
    h(headingLevel, { id: 'console-heading', tabindex: '-1' }, C.heading),
    status,
    relay,
    problem,
    h('h3', { class: 'visually-hidden' }, C.now),
    now,
    body,
    h('div', { class: 'row console-actions' }, revealButton, endButton),
  );

  let shownStage: Stage | null = null;
  let shownKey = '';
  let report: View | null = null;
  /** Parts of the vote table updated in place, so typing in a field is never interrupted. */
  let voteParts: VoteParts | null = null;

  const renderNow = (s: PresenterSnapshot | null) => {
    fill(
      now,
      (s?.lines ?? []).map((l) =>
        h(
          'p',
          { class: 'line' },
          l.speaker ? h('span', { class: 'speaker' }, `${l.speaker}: `) : null,
          l.text,
        ),
      ),
    );
  };

  const rebuild = (stage: Stage, s: PresenterSnapshot | null) => {
    report?.destroy();
    report = null;
    voteParts = null;
    switch (stage) {
      case 'waiting':
        fill(body, h('p', {}, C.waiting));
        break;
      case 'ended':
        fill(body, h('p', {}, C.ended));
        break;
      case 'idle':
        fill(body, s && s.lines.length === 0 ? h('p', {}, C.notStarted) : null);
        break;
      case 'discussion':
        fill(
          body,
          h('h3', { id: 'console-stage', tabindex: '-1' }, C.discussion),
          h('p', { class: 'console-question' }, s?.session.pending[0] ?? ''),
          h(
            'button',
            { type: 'button', class: 'primary', onclick: () => link.send({ type: MSG.continue }) },
            C.continue,
          ),
        );
        break;
      case 'vote': {
        const d = s ? openDecision(s.session) : undefined;
        if (d) {
          const table = voteTable(link, d);
          voteParts = table.parts;
          fill(body, table.nodes);
        }
        break;
      }
      case 'report':
        report = reportFormView(
          { config },
          {
            checklist: s?.checklist ?? [],
            submit: (r) => link.send({ type: MSG.report, report: r }),
          },
        );
        fill(body, h('h3', { class: 'visually-hidden' }, C.report), report.el);
        break;
      case 'debrief':
        fill(body, h('h3', { id: 'console-stage', tabindex: '-1' }, C.debrief));
        break;
    }
  };

  const render = () => {
    const s = link.current();
    const stage = stageOf(s, endedHere);
    const key = `${stage}|${s?.session.pending[0] ?? ''}|${s ? (openDecision(s.session)?.key ?? '') : ''}`;
    if (stage !== shownStage || key !== shownKey) {
      const hadFocus = el.contains(document.activeElement) && document.activeElement !== document.body;
      shownStage = stage;
      shownKey = key;
      rebuild(stage, s);
      // Keep keyboard users in the console: land on the new step's heading.
      if (hadFocus) body.querySelector<HTMLElement>('h3[tabindex], .report-form h3')?.focus();
    }
    const d = s ? openDecision(s.session) : undefined;
    if (stage === 'vote' && d && voteParts) updateVote(voteParts, d);
    renderNow(s);
    status.textContent = s ? `${s.title}: ${STRINGS.phases[s.phase]}` : '';
    problem.textContent = s?.problem ? `${C.problem} ${s.problem}` : '';
    const feed = s?.feed;
    relay.hidden = !feed;
    if (feed) {
      const open = s ? openDecision(s.session) : undefined;
      relay.textContent = [
        C.relay(feed.status),
        feed.join ? C.join(feed.join.code, feed.join.url) : '',
        open && open.phoneVoters > 0 ? C.voters(open.phoneVoters) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    const revealed = s?.session.revealed ?? false;
    revealButton.textContent = revealed ? C.revealed : C.reveal;
    revealButton.disabled = !s || revealed || endedHere;
    endButton.disabled = !s || endedHere;
  };

  const unsubscribe = link.subscribe(render);
  render();
  return {
    el,
    destroy: () => {
      unsubscribe();
      report?.destroy();
    },
  };
}
