// The projector view: what the class sees, in large type. The scene art, the newest story lines, the
// numbered options (the class votes; the console drives), how the class voted, discussion prompts
// almost full-screen, and the class debrief: the path with the vote at every decision, what was
// missed, and scores only once the instructor reveals them.

import { PRESENTER_STRINGS } from '../strings/strings-presenter.ts';
import type { EncounterEntry } from '../../core/encounter/analysis.ts';
import type { JoinInfo } from '../../core/classroom/classroom.ts';
import type { AppConfig } from '../../core/config/config.ts';
import type { TranscriptLine } from '../../core/encounter/encounter.ts';
import { majority, openDecision, type ClassDecision } from '../../core/classroom/presenter.ts';
import type { SceneManifest } from '../../core/encounter/scene-manifest.ts';
import { SPEAKER_NARRATOR, SPEAKER_OFFICER } from '../../core/vocabulary.ts';
import type { Presenter } from '../../state/presenter.ts';
import type { View } from '../context.ts';
import { activeLocale } from '../../i18n/messages.ts';
import { fill, h } from '../dom.ts';
import { STRINGS } from '../strings/strings.ts';
import './presenter.css';
import { classDebriefContent, lastVoteContent } from './presenter-class-debrief.ts';

const P = PRESENTER_STRINGS;
/** How many of the newest lines the projector shows; the room reads them from across the room. */
const PROJECTOR_LINES = 3;

export interface ProjectorDeps {
  presenter: Presenter;
  entry: EncounterEntry;
  config: AppConfig;
  scenes: ReadonlyMap<string, SceneManifest>;
  /** The instructor's controls (console window, panel), placed under the title. */
  controls: HTMLElement;
}

/** One story line as the room reads it: the officer, a named character, or narration. */
function projectorLine(l: TranscriptLine, names: ReadonlyMap<string, string>): HTMLElement {
  const name =
    l.speaker === SPEAKER_OFFICER
      ? STRINGS.encounter.officer
      : l.speaker === SPEAKER_NARRATOR
        ? ''
        : (names.get(l.speaker) ?? l.speaker);
  return h(
    'p',
    { class: l.speaker === SPEAKER_OFFICER ? 'line officer' : name ? 'line spoken' : 'line narration' },
    name ? h('span', { class: 'speaker' }, `${name}: `) : null,
    l.text,
  );
}

/** With the classroom relay running, the class sees how to vote from their phones. */
function joinLine(join: JoinInfo | null | undefined): HTMLElement | null {
  if (!join) return null;
  // The page address without the code in it: the class types the code, shown large, on its own.
  const address = join.url.split('?')[0] ?? join.url;
  return h(
    'p',
    { class: 'proj-join' },
    P.phoneJoin({ url: address }),
    ' ',
    h('strong', { class: 'proj-code' }, join.code),
  );
}

/** The open decision's numbered options, the count so far and how to vote by phone. */
function optionsContent(d: ClassDecision, join: JoinInfo | null | undefined): Node[] {
  const nodes: (HTMLElement | null)[] = [
    h('h2', { id: 'proj-options-heading' }, P.options),
    h('p', { class: 'hint' }, P.optionsHint),
    h(
      'ol',
      { class: 'proj-option-list' },
      d.options.map((o, i) =>
        h(
          'li',
          { 'data-index': o.index },
          h('span', { class: 'vote-number' }, `${i + 1}`),
          h('span', {}, o.text),
        ),
      ),
    ),
    h('p', { class: 'proj-count' }, P.votesSoFar({ n: majority(d).total })),
    joinLine(join),
  ];
  return nodes.filter((n): n is HTMLElement => n !== null);
}

/** A hidden section labelled by the heading its content will bring. */
function section(cls: string, heading: string): HTMLElement {
  return h('section', { class: cls, 'aria-labelledby': heading, hidden: true });
}

export function projectorView(deps: ProjectorDeps): View & { refresh(): void } {
  const { presenter, entry } = deps;
  const meta = entry.meta;
  const phase = h('p', { class: 'proj-phase' });
  const sceneHost = h('div', { id: 'scene-host', class: 'scene-host', 'aria-hidden': 'true' });
  const sceneText = h('p', { class: 'scene-description' });
  const story = h('div', { class: 'proj-lines', role: 'log', 'aria-live': 'polite', 'aria-label': P.story });
  const options = section('proj-options', 'proj-options-heading');
  const lastVote = section('proj-last-vote', 'proj-vote-heading');
  const discuss = section('proj-discuss', 'proj-discuss-heading');
  const debrief = section('proj-debrief', 'proj-debrief-heading');
  const reportHeading = h('h2', { id: 'proj-report-heading' });
  const reportBody = h('p', {});
  const report = h(
    'section',
    { class: 'proj-report', 'aria-labelledby': 'proj-report-heading', hidden: true },
    reportHeading,
    reportBody,
  );
  const live = h(
    'div',
    { class: 'proj-live' },
    h('div', { class: 'proj-stage' }, sceneHost, sceneText),
    story,
  );
  const el = h(
    'div',
    { class: 'projector' },
    h('header', { class: 'proj-head' }, h('h1', {}, meta.title), phase, deps.controls),
    h('div', { class: 'proj-body' }, live, options, lastVote, report, discuss, debrief),
  );

  const names = new Map(meta.characters.map((c) => [c.id, c.name]));
  let shownKey = '';
  let lastBg: string | null | undefined;

  const renderLive = () => {
    const s = presenter.store.getState().session;
    if (!s) return;
    fill(
      story,
      s.state.transcript.slice(-PROJECTOR_LINES).map((l) => projectorLine(l, names)),
    );
    if (s.state.staging.bg !== lastBg) {
      lastBg = s.state.staging.bg;
      const scene = lastBg ? deps.scenes.get(lastBg) : undefined;
      sceneText.textContent = scene ? `${scene.title}. ${scene.description}` : '';
    }
    phase.textContent = STRINGS.phases[s.state.phase];
  };

  const render = () => {
    // The fixed words, in the class's language (it may have changed since the last render).
    story.setAttribute('aria-label', P.story);
    reportHeading.textContent = P.report;
    reportBody.textContent = P.reportBody;
    const state = presenter.store.getState();
    const session = presenter.session();
    const s = state.session;
    const ended = !s && state.lastDebrief?.encounter.id === meta.id;
    const pending = session.pending[0];
    const open = openDecision(session);
    const last = [...session.decisions].reverse().find((d) => d.taken);
    renderLive();
    discuss.hidden = pending === undefined;
    el.classList.toggle('discussing', pending !== undefined);
    const key = `${activeLocale()}|${pending ?? ''}`;
    if (pending !== undefined && key !== shownKey)
      fill(
        discuss,
        h('h2', { id: 'proj-discuss-heading' }, P.discuss),
        h('p', { class: 'proj-question' }, pending),
      );
    shownKey = key;
    const showing = pending === undefined;
    const optionsFor = showing && !ended && !s?.state.awaitingReport ? open : undefined;
    options.hidden = !optionsFor;
    if (optionsFor) fill(options, optionsContent(optionsFor, presenter.snapshot().feed?.join));
    const vote = showing && !ended ? last : undefined;
    lastVote.hidden = !vote;
    if (vote) fill(lastVote, lastVoteContent(vote));
    report.hidden = !(showing && s?.state.awaitingReport);
    live.hidden = ended;
    debrief.hidden = !(showing && ended);
    if (ended && state.lastDebrief) {
      fill(
        debrief,
        ...classDebriefContent(
          meta.title,
          state.lastDebrief,
          session,
          presenter.log(),
          deps.config,
          deps.scenes,
        ),
      );
      phase.textContent = STRINGS.phases.debrief;
    }
  };

  const unsubscribe = presenter.subscribe(render);
  const unsubscribeStore = presenter.store.subscribe(render);
  render();
  return {
    el,
    refresh: render,
    destroy: () => {
      unsubscribe();
      unsubscribeStore();
    },
  };
}
