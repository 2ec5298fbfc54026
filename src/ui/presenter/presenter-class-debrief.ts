// The class debrief on the projector: the path the class took with the vote at every decision, the
// critical errors, what was missed, the recommended steps, and the scores once the instructor
// reveals them. Built from the debrief and the class record alone, so it can be read apart from the
// live projector view.

import type { AppConfig } from '../../core/config/config.ts';
import type { Debrief } from '../../core/encounter/debrief.ts';
import type { DecisionLog } from '../../core/encounter/log.ts';
import {
  classRecord,
  distribution,
  majority,
  TAKEN_BY,
  type ClassDecision,
  type ClassSession,
  type DistributionRow,
} from '../../core/classroom/presenter.ts';
import { formatPoints } from '../../i18n/format.ts';
import { h } from '../dom.ts';
import { STRINGS } from '../strings/strings.ts';
import { DEBRIEF_STRINGS } from '../strings/strings-debrief.ts';
import { PRESENTER_STRINGS } from '../strings/strings-presenter.ts';
import { stepWords } from '../learner/debrief-words.ts';
import { placeText } from '../learner/debrief-sections.ts';
import type { SceneManifest } from '../../core/encounter/scene-manifest.ts';

const P = PRESENTER_STRINGS;
const D = DEBRIEF_STRINGS;

/** A vote bar's filled part, sized through CSSOM (a style attribute would break the Content Security Policy). */
function barFill(percent: number): HTMLElement {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return fill;
}

/** How the class voted on one decision, as labelled bars. */
function voteBars(rows: DistributionRow[]): HTMLElement {
  return h(
    'ol',
    { class: 'bars' },
    rows.map((r, i) =>
      h(
        'li',
        { class: 'bar-row' },
        h('span', { class: 'bar-label' }, h('span', { class: 'vote-number' }, `${i + 1}.`), ' ', r.text),
        h('span', { class: 'bar-track', 'aria-hidden': 'true' }, barFill(r.percent)),
        h('span', { class: 'bar-count' }, P.votes({ n: r.votes, share: r.percent / 100 })),
      ),
    ),
  );
}

/** Who settled a decision: the majority, the instructor, or the instructor over the majority. */
function takenText(d: ClassDecision): string {
  if (!d.taken) return '';
  if (d.taken.by === TAKEN_BY.majority) return P.takenMajority;
  if (d.taken.by === TAKEN_BY.instructor) return P.takenInstructor;
  const m = majority(d);
  return P.takenOverride({ majority: d.options.find((o) => o.index === m.index)?.text ?? '' });
}

/** The last decision's vote: its bars and who took it. */
export function lastVoteContent(d: ClassDecision): Node[] {
  return [
    h('h2', { id: 'proj-vote-heading' }, P.lastVote),
    voteBars(distribution(d)),
    h('p', { class: 'proj-taken' }, takenText(d)),
  ];
}

function criticalList(db: Debrief): Node {
  if (db.critical.length === 0) return h('p', {}, D.criticalNone);
  return h(
    'ul',
    { class: 'critical-list' },
    db.critical.map((c) =>
      h('li', {}, h('strong', {}, c.title), ` ${c.explanation} ${D.criticalInstead} ${c.instead}`),
    ),
  );
}

function pathList(db: Debrief, session: ClassSession, log: DecisionLog): Node {
  return h(
    'ol',
    { class: 'proj-path' },
    classRecord(session, log).map((r) => {
      const decision = db.decisions.find((x) => x.step === r.step);
      const d = session.decisions.find((x) => x.step === r.step && x.taken);
      return h(
        'li',
        { class: 'proj-path-step' },
        r.discussed.length > 0
          ? h('p', { class: 'discussed' }, `${P.discussed} ${r.discussed.join(' ')}`)
          : null,
        h('p', { class: 'taken-text' }, h('strong', {}, r.text)),
        r.votes.length > 0 ? voteBars(r.votes) : h('p', {}, P.noVote),
        d ? h('p', { class: 'proj-taken' }, takenText(d)) : null,
        session.revealed && decision
          ? h(
              'p',
              { class: 'points' },
              D.points({ shown: formatPoints(decision.points), n: decision.points }),
            )
          : null,
        decision?.better ? h('p', { class: 'better' }, `${D.better} ${decision.better.text}`) : null,
      );
    }),
  );
}

function missedList(db: Debrief, scenes: ReadonlyMap<string, SceneManifest>): Node {
  if (db.missed.length === 0) return h('p', {}, P.missedNone);
  return h(
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
              ` ${D.missedWhere} ${m.places.map((p) => placeText(p, scenes)).join('; ')}`,
            )
          : null,
      ),
    ),
  );
}

function scores(db: Debrief, revealed: boolean): Node | Node[] {
  if (!revealed) return h('p', { class: 'scores-hidden' }, P.scoresHidden);
  return [
    h(
      'p',
      { class: 'total proj-total' },
      D.total({ score: db.total.score, max: db.total.max, percent: db.total.percent / 100 }),
    ),
    h(
      'ul',
      { class: 'proj-scores' },
      db.dimensions.map((x) => h('li', {}, `${x.name}: ${x.score} / ${x.max}`)),
    ),
  ];
}

/** The whole class debrief section's content, headed by the encounter's title. */
export function classDebriefContent(
  title: string,
  db: Debrief,
  session: ClassSession,
  log: DecisionLog,
  config: AppConfig,
  scenes: ReadonlyMap<string, SceneManifest>,
): (Node | Node[] | null)[] {
  return [
    h('h2', { id: 'proj-debrief-heading' }, P.debriefHeading({ title })),
    h('p', { class: 'proj-situation' }, `${D.situation}: ${STRINGS.situation[db.encounter.situation]}`),
    db.ending ? h('p', {}, `${D.ending}: ${db.ending.title}`) : null,
    h('h3', {}, D.critical),
    criticalList(db),
    h('h3', {}, P.path),
    pathList(db, session, log),
    h('h3', {}, P.missed),
    missedList(db, scenes),
    h('h3', {}, D.recommended),
    h(
      'ol',
      {},
      db.recommended.map((step) => h('li', {}, stepWords(step, config))),
    ),
    h('h3', {}, P.scores),
    scores(db, session.revealed),
  ];
}
