// The encounter overlay: the dialogue log (a live region), the observation targets mirroring the
// scene's hotspots, the choices with 1–9 shortcuts, and the incident report when the story asks.
// Everything the learner reads or chooses is here, in the DOM; the canvas is illustration.

import type { StoryChoice } from '../../core/encounter/beats.ts';
import type { TranscriptLine } from '../../core/encounter/encounter.ts';
import { STORY_PHASES, SPEAKER_NARRATOR, SPEAKER_OFFICER } from '../../core/vocabulary.ts';
import type { AppState } from '../../state/store.ts';
import type { UiContext, View } from '../context.ts';
import { fill, h, isTyping } from '../dom.ts';
import type * as ReportForm from './report-form.ts';
import { STRINGS } from '../strings/strings.ts';

const E = STRINGS.encounter;
const MAX_SHORTCUT = 9;

export function encounterView(ctx: UiContext): View {
  const { store } = ctx;
  const phaseList = h('ol', { class: 'phases', 'aria-label': STRINGS.encounter.phasesLabel });
  const sceneHost = h('div', { id: 'scene-host', class: 'scene-host', 'aria-hidden': 'true' });
  const sceneText = h('p', { class: 'scene-description' });
  const transcript = h('div', {
    class: 'transcript',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-label': E.story,
    tabindex: '0',
  });
  const observe = h('section', { class: 'observe', 'aria-labelledby': 'observe-heading', hidden: true });
  const choices = h('section', { class: 'choices', 'aria-labelledby': 'choices-heading', hidden: true });
  const reportHost = h('div', { class: 'report-host' });
  // Practice mode only: a short coaching note on the choice just made.
  const coaching = h('div', { class: 'coaching', role: 'status', 'aria-live': 'polite', hidden: true });
  const el = h(
    'section',
    { class: 'screen encounter', 'aria-label': STRINGS.encounter.label },
    h('div', { class: 'stage' }, h('h2', { class: 'visually-hidden' }, E.scene), sceneHost, sceneText),
    h('div', { class: 'panel' }, phaseList, transcript, coaching, observe, choices, reportHost),
  );

  let shownLines = 0;
  let lastChoices: StoryChoice[] | null = null;
  let lastPhase = '';
  let lastBg: string | null | undefined;
  let reportMounted: View | null = null;
  // The report form is needed only at the end; it loads once the first choice is on screen.
  let reportForm: typeof ReportForm | null = null;
  let reportFormLoading = false;
  let gone = false;
  const loadReportForm = () => {
    if (reportFormLoading) return;
    reportFormLoading = true;
    void import('./report-form.ts').then(
      (m) => {
        reportForm = m;
        if (!gone) render(store.getState());
      },
      (e: unknown) => store.getState().notify(STRINGS.loadFailed({ reason: (e as Error).message })),
    );
  };

  const speakerName = (id: string): string => {
    if (id === SPEAKER_OFFICER) return E.officer;
    if (id === SPEAKER_NARRATOR) return '';
    const entry = ctx.encounters.find((e) => e.meta.id === store.getState().session?.encounterId);
    return entry?.meta.characters.find((c) => c.id === id)?.name ?? id;
  };

  const lineItem = (line: TranscriptLine) => {
    const name = speakerName(line.speaker);
    const cls = line.speaker === SPEAKER_OFFICER ? 'line officer' : name ? 'line spoken' : 'line narration';
    return h(
      'p',
      { class: cls },
      name ? h('span', { class: 'speaker' }, `${name}: `) : null,
      h('span', { class: 'text' }, line.text),
    );
  };

  const focusFirstAction = () => {
    const target =
      choices.querySelector<HTMLButtonElement>('button') ??
      observe.querySelector<HTMLButtonElement>('button');
    target?.focus({ preventScroll: false });
  };

  const renderChoices = (list: StoryChoice[], state: AppState) => {
    const scene = state.session?.state.staging.bg
      ? ctx.scenes.get(state.session.state.staging.bg)
      : undefined;
    const looks = list.filter((c) => c.tags.observe !== undefined);
    const acts = list.filter((c) => c.tags.observe === undefined && !c.tags.report);
    fill(
      observe,
      looks.length > 0 ? h('h3', { id: 'observe-heading' }, E.look) : null,
      looks.length > 0 ? h('p', { class: 'hint' }, E.lookHint) : null,
      h(
        'ul',
        { class: 'look-list' },
        looks.map((c) => {
          const hotspot = scene?.hotspots.find((x) => x.id === c.tags.observe);
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'look',
                'data-hotspot': c.tags.observe,
                onclick: () => store.getState().choose(c.index),
                onfocus: () => store.getState().focusHotspot(c.tags.observe ?? null),
                onblur: () => store.getState().focusHotspot(null),
                onmouseenter: () => store.getState().focusHotspot(c.tags.observe ?? null),
                onmouseleave: () => store.getState().focusHotspot(null),
              },
              h('span', { class: 'look-label' }, hotspot?.label ?? c.text),
              hotspot && hotspot.label !== c.text ? h('span', { class: 'look-detail' }, c.text) : null,
            ),
          );
        }),
      ),
    );
    observe.hidden = looks.length === 0;
    fill(
      choices,
      acts.length > 0 ? h('h3', { id: 'choices-heading' }, E.choices) : null,
      h(
        'ol',
        { class: 'choice-list' },
        acts.map((c, i) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'choice',
                'data-index': c.index,
                'aria-keyshortcuts': i < MAX_SHORTCUT ? String(i + 1) : undefined,
                onclick: () => store.getState().choose(c.index),
              },
              i < MAX_SHORTCUT ? h('kbd', { 'aria-hidden': 'true' }, String(i + 1)) : null,
              h('span', {}, c.text),
            ),
          ),
        ),
      ),
    );
    choices.hidden = acts.length === 0;
  };

  let coachedAt = -1;
  const renderCoaching = (state: AppState) => {
    const session = state.session;
    if (!session || session.mode !== 'practice' || session.state.log.length === coachedAt) return;
    coachedAt = session.state.log.length;
    const last = [...session.state.log].reverse().find((e) => e.kind === 'choice');
    if (!last || last.kind !== 'choice' || !last.tags.why) {
      coaching.hidden = true;
      return;
    }
    const points = last.tags.scores.reduce((sum, x) => sum + x.value, 0);
    const verdict =
      last.tags.critical.length > 0
        ? E.coachingCritical
        : points > 0
          ? E.coachingGood
          : points < 0
            ? E.coachingMixed
            : '';
    fill(
      coaching,
      h('p', { class: 'coaching-title' }, E.coaching),
      verdict ? h('p', {}, verdict) : null,
      h('p', {}, last.tags.why),
    );
    coaching.classList.toggle('critical', last.tags.critical.length > 0);
    coaching.hidden = false;
  };

  const render = (state: AppState) => {
    const session = state.session;
    if (!session) return;
    renderCoaching(state);
    const enc = session.state;
    if (enc.phase !== lastPhase) {
      lastPhase = enc.phase;
      fill(
        phaseList,
        STORY_PHASES.map((p) =>
          h(
            'li',
            { class: p === enc.phase ? 'current' : '', 'aria-current': p === enc.phase ? 'step' : undefined },
            STRINGS.phases[p],
          ),
        ),
      );
    }
    if (enc.staging.bg !== lastBg) {
      lastBg = enc.staging.bg;
      const scene = enc.staging.bg ? ctx.scenes.get(enc.staging.bg) : undefined;
      sceneText.textContent = scene ? `${scene.title}. ${scene.description}` : '';
    }
    if (enc.transcript.length < shownLines) {
      transcript.replaceChildren();
      shownLines = 0;
    }
    for (const line of enc.transcript.slice(shownLines)) transcript.append(lineItem(line));
    const added = enc.transcript.length > shownLines;
    shownLines = enc.transcript.length;
    if (added) transcript.lastElementChild?.scrollIntoView({ block: 'nearest' });

    if (enc.awaitingReport && !reportMounted && session.checklist.length > 0 && !reportForm) loadReportForm();
    if (enc.awaitingReport && !reportMounted && session.checklist.length > 0 && reportForm) {
      reportMounted = reportForm.reportFormView(ctx);
      reportHost.append(reportMounted.el);
      reportMounted.el.querySelector<HTMLElement>('h3')?.focus();
    }
    if (enc.choices !== lastChoices) {
      lastChoices = enc.choices;
      if (enc.awaitingReport) {
        renderChoices([], state);
      } else {
        reportMounted?.destroy();
        reportMounted?.el.remove();
        reportMounted = null;
        renderChoices(enc.choices, state);
        if (!state.steppedOut) focusFirstAction();
      }
    }
    for (const b of observe.querySelectorAll<HTMLButtonElement>('button.look')) {
      b.classList.toggle('hotspot-focus', b.dataset['hotspot'] === state.focusedHotspot);
    }
  };

  const onKey = (ev: KeyboardEvent) => {
    if (isTyping(ev.target) || ev.altKey || ev.ctrlKey || ev.metaKey || store.getState().steppedOut) return;
    const n = Number(ev.key);
    if (!Number.isInteger(n) || n < 1 || n > MAX_SHORTCUT) return;
    const button = choices.querySelectorAll<HTMLButtonElement>('button.choice')[n - 1];
    if (button) {
      ev.preventDefault();
      button.click();
    }
  };
  document.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe(render);
  render(store.getState());
  const prefetch = setTimeout(loadReportForm, 0);

  return {
    el,
    destroy: () => {
      gone = true;
      clearTimeout(prefetch);
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      reportMounted?.destroy();
    },
  };
}
