// The projector view: what the class sees, in large type. The scene art, the newest story lines, the
// numbered options (the class votes; the console drives), how the class voted, discussion prompts
// almost full-screen, and the class debrief: the path with the vote at every decision, what was
// missed, and scores only once the instructor reveals them.

import { PRESENTER_STRINGS } from './strings-presenter.ts';
import type { EncounterEntry } from '../core/analysis.ts';
import type { AppConfig } from '../core/config.ts';
import type { Debrief } from '../core/debrief.ts';
import {
  classRecord,
  distribution,
  majority,
  openDecision,
  TAKEN_BY,
  type ClassDecision,
  type DistributionRow,
} from '../core/presenter.ts';
import type { SceneManifest } from '../core/scene-manifest.ts';
import { SPEAKER_NARRATOR, SPEAKER_OFFICER } from '../core/vocabulary.ts';
import type { Presenter } from '../state/presenter.ts';
import type { View } from './context.ts';
import { fill, h } from './dom.ts';
import { STRINGS } from './strings.ts';
import './presenter.css';
import { DEBRIEF_STRINGS } from './strings-debrief.ts';

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

/** A vote bar's filled part, sized through CSSOM (a style attribute would break the Content Security Policy). */
function barFill(percent: number): HTMLElement {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return fill;
}

function bars(rows: DistributionRow[]): HTMLElement {
  return h(
    'ol',
    { class: 'bars' },
    rows.map((r, i) =>
      h(
        'li',
        { class: 'bar-row' },
        h('span', { class: 'bar-label' }, h('span', { class: 'vote-number' }, `${i + 1}.`), ' ', r.text),
        h('span', { class: 'bar-track', 'aria-hidden': 'true' }, barFill(r.percent)),
        h('span', { class: 'bar-count' }, P.votes(r.votes, r.percent)),
      ),
    ),
  );
}

function takenText(d: ClassDecision): string {
  if (!d.taken) return '';
  if (d.taken.by === TAKEN_BY.majority) return P.takenMajority;
  if (d.taken.by === TAKEN_BY.instructor) return P.takenInstructor;
  const m = majority(d);
  return P.takenOverride(d.options.find((o) => o.index === m.index)?.text ?? '');
}

export function projectorView(deps: ProjectorDeps): View {
  const { presenter, entry } = deps;
  const meta = entry.meta;
  const phase = h('p', { class: 'proj-phase' });
  const sceneHost = h('div', { id: 'scene-host', class: 'scene-host', 'aria-hidden': 'true' });
  const sceneText = h('p', { class: 'scene-description' });
  const story = h('div', { class: 'proj-lines', role: 'log', 'aria-live': 'polite', 'aria-label': P.story });
  const options = h('section', {
    class: 'proj-options',
    'aria-labelledby': 'proj-options-heading',
    hidden: true,
  });
  const lastVote = h('section', {
    class: 'proj-last-vote',
    'aria-labelledby': 'proj-vote-heading',
    hidden: true,
  });
  const discuss = h('section', {
    class: 'proj-discuss',
    'aria-labelledby': 'proj-discuss-heading',
    hidden: true,
  });
  const report = h(
    'section',
    { class: 'proj-report', 'aria-labelledby': 'proj-report-heading', hidden: true },
    h('h2', { id: 'proj-report-heading' }, P.report),
    h('p', {}, P.reportBody),
  );
  const debrief = h('section', {
    class: 'proj-debrief',
    'aria-labelledby': 'proj-debrief-heading',
    hidden: true,
  });
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
    const lines = s.state.transcript.slice(-PROJECTOR_LINES);
    fill(
      story,
      lines.map((l) => {
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
      }),
    );
    if (s.state.staging.bg !== lastBg) {
      lastBg = s.state.staging.bg;
      const scene = lastBg ? deps.scenes.get(lastBg) : undefined;
      sceneText.textContent = scene ? `${scene.title}. ${scene.description}` : '';
    }
    phase.textContent = STRINGS.phases[s.state.phase];
  };

  const renderOptions = (d: ClassDecision | undefined) => {
    options.hidden = !d;
    if (!d) return;
    const total = majority(d).total;
    fill(
      options,
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
      h('p', { class: 'proj-count' }, P.votesSoFar(total)),
      joinLine(),
    );
  };

  /** With the classroom relay running, the class sees how to vote from their phones. */
  const joinLine = () => {
    const join = presenter.snapshot().feed?.join;
    if (!join) return null;
    // The page address without the code in it: the class types the code, shown large, on its own.
    const address = join.url.split('?')[0] ?? join.url;
    return h(
      'p',
      { class: 'proj-join' },
      P.phoneJoin(address),
      ' ',
      h('strong', { class: 'proj-code' }, join.code),
    );
  };

  const renderLastVote = (d: ClassDecision | undefined) => {
    lastVote.hidden = !d;
    if (!d) return;
    fill(
      lastVote,
      h('h2', { id: 'proj-vote-heading' }, P.lastVote),
      bars(distribution(d)),
      h('p', { class: 'proj-taken' }, takenText(d)),
    );
  };

  const renderDebrief = (db: Debrief) => {
    const session = presenter.session();
    const rows = classRecord(session, presenter.log());
    const revealed = session.revealed;
    const D = DEBRIEF_STRINGS;
    fill(
      debrief,
      h('h2', { id: 'proj-debrief-heading' }, P.debriefHeading(meta.title)),
      h('p', { class: 'proj-situation' }, `${D.situation}: ${STRINGS.situation[db.encounter.situation]}`),
      db.ending ? h('p', {}, `${D.ending}: ${db.ending.title}`) : null,
      h('h3', {}, D.critical),
      db.critical.length === 0
        ? h('p', {}, D.criticalNone)
        : h(
            'ul',
            { class: 'critical-list' },
            db.critical.map((c) =>
              h('li', {}, h('strong', {}, c.title), ` ${c.explanation} ${D.criticalInstead} ${c.instead}`),
            ),
          ),
      h('h3', {}, P.path),
      h(
        'ol',
        { class: 'proj-path' },
        rows.map((r) => {
          const decision = db.decisions.find((x) => x.step === r.step);
          const d = session.decisions.find((x) => x.step === r.step && x.taken);
          return h(
            'li',
            { class: 'proj-path-step' },
            r.discussed.length > 0
              ? h('p', { class: 'discussed' }, `${P.discussed} ${r.discussed.join(' ')}`)
              : null,
            h('p', { class: 'taken-text' }, h('strong', {}, r.text)),
            r.votes.length > 0 ? bars(r.votes) : h('p', {}, P.noVote),
            d ? h('p', { class: 'proj-taken' }, takenText(d)) : null,
            revealed && decision ? h('p', { class: 'points' }, D.points(decision.points)) : null,
            decision?.better ? h('p', { class: 'better' }, `${D.better} ${decision.better.text}`) : null,
          );
        }),
      ),
      h('h3', {}, P.missed),
      db.missed.length === 0
        ? h('p', {}, P.missedNone)
        : h(
            'ul',
            {},
            db.missed.map((m) =>
              h(
                'li',
                {},
                m.description,
                m.places.length > 0
                  ? h(
                      'span',
                      { class: 'where' },
                      ` ${D.missedWhere} ${m.places.map((p) => p.text).join('; ')}`,
                    )
                  : null,
              ),
            ),
          ),
      h('h3', {}, D.recommended),
      h(
        'ol',
        {},
        db.recommended.map((step) => h('li', {}, step)),
      ),
      h('h3', {}, P.scores),
      revealed
        ? [
            h('p', { class: 'total proj-total' }, D.total(db.total.score, db.total.max, db.total.percent)),
            h(
              'ul',
              { class: 'proj-scores' },
              db.dimensions.map((x) => h('li', {}, `${x.name}: ${x.score} / ${x.max}`)),
            ),
          ]
        : h('p', { class: 'scores-hidden' }, P.scoresHidden),
    );
  };

  const render = () => {
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
    const key = `${pending ?? ''}`;
    if (pending !== undefined && key !== shownKey)
      fill(
        discuss,
        h('h2', { id: 'proj-discuss-heading' }, P.discuss),
        h('p', { class: 'proj-question' }, pending),
      );
    shownKey = key;
    const showing = pending === undefined;
    renderOptions(showing && !ended && !s?.state.awaitingReport ? open : undefined);
    renderLastVote(showing && !ended ? last : undefined);
    report.hidden = !(showing && s?.state.awaitingReport);
    live.hidden = ended;
    debrief.hidden = !(showing && ended);
    if (ended && state.lastDebrief) {
      renderDebrief(state.lastDebrief);
      phase.textContent = STRINGS.phases.debrief;
    }
  };

  const unsubscribe = presenter.subscribe(render);
  const unsubscribeStore = presenter.store.subscribe(render);
  render();
  return {
    el,
    destroy: () => {
      unsubscribe();
      unsubscribeStore();
    },
  };
}
