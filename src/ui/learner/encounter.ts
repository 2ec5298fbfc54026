// The encounter overlay: the dialogue log (a live region), the observation targets mirroring the
// scene's hotspots, the choices with 1–9 shortcuts, and the incident report when the story asks.
// Everything the learner reads or chooses is here, in the DOM; the canvas is illustration. The lines
// and coaching are drawn by encounter-log.ts, the looks and choices by encounter-choices.ts.

import type { StoryChoice } from '../../core/encounter/beats.ts';
import { entryId } from '../../core/encounter/analysis.ts';
import type { AppState } from '../../state/store.ts';
import type { UiContext, View } from '../context.ts';
import { isTyping } from '../dom.ts';
import { shortcutChoice, showChoices, type ChoiceActions } from './encounter-choices.ts';
import { encounterLayout, sceneLine, showPhases } from './encounter-layout.ts';
import { appendLines, showCoaching } from './encounter-log.ts';
import type * as ReportForm from './report-form.ts';
import { wordFailure } from '../failure-words.ts';
import { STRINGS } from '../strings/strings.ts';

export function encounterView(ctx: UiContext): View {
  const { store } = ctx;
  const { el, phaseList, sceneText, transcript, coaching, observe, choices, reportHost } = encounterLayout();

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
      async (e: unknown) => {
        const { text, detail } = await wordFailure(STRINGS.loadFailed, e);
        store.getState().notify(text, detail);
      },
    );
  };

  const characters = () =>
    ctx.encounters.find((e) => entryId(e) === store.getState().session?.encounterId)?.meta.characters ?? [];

  const focusFirstAction = () => {
    const target =
      choices.querySelector<HTMLButtonElement>('button') ??
      observe.querySelector<HTMLButtonElement>('button');
    target?.focus({ preventScroll: false });
  };

  const actions: ChoiceActions = {
    pick: (index) => store.getState().choose(index),
    focusHotspot: (id) => store.getState().focusHotspot(id),
  };
  const renderChoices = (list: StoryChoice[], state: AppState) => {
    const bg = state.session?.state.staging.bg;
    showChoices({ observe, choices }, list, bg ? ctx.scenes.get(bg) : undefined, actions);
  };

  let coachedAt = -1;
  const renderCoaching = (state: AppState) => {
    const session = state.session;
    if (!session || session.mode !== 'practice' || session.state.log.length === coachedAt) return;
    coachedAt = session.state.log.length;
    showCoaching(coaching, session.state.log);
  };

  const render = (state: AppState) => {
    const session = state.session;
    if (!session) return;
    renderCoaching(state);
    const enc = session.state;
    if (enc.phase !== lastPhase) {
      lastPhase = enc.phase;
      showPhases(phaseList, enc.phase);
    }
    if (enc.staging.bg !== lastBg) {
      lastBg = enc.staging.bg;
      sceneText.textContent = sceneLine(enc.staging.bg ? ctx.scenes.get(enc.staging.bg) : undefined);
    }
    shownLines = appendLines(transcript, enc.transcript, shownLines, characters());

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
    const n = shortcutChoice(ev.key);
    if (n === null) return;
    const button = choices.querySelectorAll<HTMLButtonElement>('button.choice')[n];
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
