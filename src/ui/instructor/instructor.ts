// Instructor tools: compose an assignment (encounters grouped by setting, their order, mode, pass
// mark, title) and hand it out as a link or a file (assignment-composer.ts); and import many
// learners' history exports into a programme summary (completion, average per dimension, miss rates
// per sign and per setting).
// Imported files live only in this tab: other people's results are not stored in this browser.

import { PROGRAMME_STRINGS } from '../strings/strings-programme.ts';
import { CSV_STRINGS } from '../strings/strings-csv.ts';
import {
  summariseProgramme,
  summaryCsv,
  type LearnerExport,
  type RefusedFile,
} from '../../core/progress/programme.ts';
import { composer } from './assignment-composer.ts';
import { download } from './download.ts';
import { summaryNodes, type ShownNames } from './programme-summary.ts';
import type { Catalogs } from '../../core/encounter/catalog.ts';
import type { UiContext, View } from '../context.ts';
import { fill, h } from '../dom.ts';
import { readHistoryExports } from '../file-read.ts';
import { problemsText } from '../strings/strings-validation.ts';

const P = PROGRAMME_STRINGS;
/** Imported exports survive moving between screens, not a reload. */
let imported: LearnerExport[] = [];

export function instructorView(ctx: UiContext): View {
  const el = h(
    'section',
    { class: 'screen instructor', 'aria-labelledby': 'instructor-heading' },
    h('h2', { id: 'instructor-heading', tabindex: '-1' }, P.heading),
    composer(ctx),
    results(ctx),
  );
  return { el, destroy: () => undefined };
}

// ---------------------------------------------------------------------------------------------

function results(ctx: UiContext): HTMLElement {
  let catalogs: Catalogs | null = null;
  const title = (id: string) => ctx.encounters.find((e) => e.meta.id === id)?.meta.title;
  // What the summary and its CSV are built from: the records' own words first.
  const names = () => ({
    encounter: title,
    indicator: (id: string) => catalogs?.indicators.get(id)?.description,
  });
  // What the screen shows: every name in the interface's language where the library knows the id.
  const shown: ShownNames = {
    encounter: title,
    dimension: (id) => catalogs?.dimensions.get(id)?.name,
    indicator: (id) => catalogs?.indicators.get(id)?.description,
  };
  const input = h('input', {
    type: 'file',
    id: 'programme-import',
    multiple: true,
    accept: 'application/json,.json',
  });
  const messages = h('div', { class: 'import-messages', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { class: 'programme-summary' });
  const csvButton = h('button', { type: 'button' }, P.downloadCsv);
  const clearButton = h('button', { type: 'button' }, P.clear);

  const render = () => {
    const show = imported.length > 0;
    csvButton.hidden = clearButton.hidden = !show;
    if (!show) {
      fill(body, h('p', {}, P.none));
      return;
    }
    const s = summariseProgramme(imported, names());
    fill(body, summaryNodes(s, shown));
  };

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void readHistoryExports(files).then(({ loaded, refused }) => {
      imported = [...imported, ...loaded];
      showMessages(loaded.length, refused);
      render();
    });
  });
  const showMessages = (n: number, refused: RefusedFile[]) =>
    fill(
      messages,
      n > 0 ? h('p', {}, P.loaded({ n })) : null,
      refused.length > 0
        ? h(
            'ul',
            { class: 'refused' },
            refused.map((r) => h('li', {}, P.refused({ file: r.file, reason: problemsText(r.problems) }))),
          )
        : null,
    );
  csvButton.addEventListener('click', () =>
    download(
      'second-look-programme-summary.csv',
      summaryCsv(summariseProgramme(imported, names()), CSV_STRINGS.summary),
      'text/csv',
    ),
  );
  clearButton.addEventListener('click', () => {
    imported = [];
    fill(messages);
    render();
  });
  render();
  // Names of dimensions and signs come from the catalogs, which load on demand.
  void ctx
    .catalogs?.()
    .then((c) => {
      catalogs = c;
      if (imported.length > 0 && body.isConnected) render();
    })
    .catch(() => undefined);
  return h(
    'section',
    { class: 'card results', 'aria-labelledby': 'results-heading' },
    h('h3', { id: 'results-heading' }, P.resultsHeading),
    h('p', { class: 'hint' }, P.resultsHelp),
    h('label', { for: 'programme-import', class: 'file-label' }, P.import),
    input,
    messages,
    body,
    h('div', { class: 'row' }, csvButton, clearButton),
  );
}
