// The words of a refusal: a DataError's problems (src/core/reasons.ts) and the configuration's
// notices (src/core/config/config-notices.ts), from src/i18n/messages/<locale>/validation.json in
// the active language. Field paths, ids and file names are values and stay as they are.

import type { ConfigNote, ConfigProblem } from '../../core/config/config-notices.ts';
import { DATA_SOURCES, type DataProblem, type DataSource, type Reason } from '../../core/reasons.ts';
import { SHOWN_PROBLEMS, type DataError } from '../../core/validate.ts';
import en from '../../i18n/generated/en-US/validation.ts';
import { activeLocale, localized } from '../../i18n/messages.ts';

const V = localized('validation', en);

/** "52.4 MB" or "150 KB" in the active language's number format. */
function sizeText(n: number): string {
  const mb = n >= 1_000_000;
  return new Intl.NumberFormat(activeLocale(), {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    minimumFractionDigits: mb ? 1 : 0,
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? n / 1_000_000 : Math.ceil(n / 1000));
}

/** One reason in the active language. */
function reasonText(r: Reason): string {
  const params =
    r.code === 'tooLarge' ? { size: sizeText(r.params.size), max: sizeText(r.params.max) } : r.params;
  const message = V.reasons[r.code] as string | ((p: object) => string);
  return typeof message === 'string' ? message : message(params);
}

/** One problem: "contacts.hotlines[0].phone: …", the path as it is. */
export function problemText(p: DataProblem): string {
  if (p.path === null) return reasonText(p);
  return V.atPath({ path: p.path || V.root, reason: reasonText(p) });
}

/** Problems joined as a DataError's message joins them, the first SHOWN_PROBLEMS of them. */
export function problemsText(problems: readonly DataProblem[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map(problemText).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? V.more({ problems: shown, n: more }) : shown;
}

const SOURCE_KEYS = new Map(
  Object.entries(DATA_SOURCES).map(([key, source]) => [source, key as keyof typeof DATA_SOURCES]),
);

/** A source's name: a file name as it is, a link or saved copy in the active language. */
export function sourceText(source: string): string {
  const key = SOURCE_KEYS.get(source as DataSource);
  return key ? V.sources[key] : source;
}

/** A DataError in the active language: "config.json: contacts: must be an object; …". */
export function dataErrorText(e: DataError): string {
  return V.inSource({ source: sourceText(e.source), problems: problemsText(e.reasons) });
}

/** A configuration problem notice in the active language. */
export function configProblemText(p: ConfigProblem): string {
  switch (p.code) {
    case 'leftOut': {
      const source = sourceText(p.source);
      return V.config.leftOut({
        source,
        problems: V.inSource({ source, problems: problemsText(p.problems) }),
      });
    }
    case 'presetUsed':
      return V.config.presetUsed({ region: p.region, problems: dataErrorText(p.error) });
    default:
      return V.config[p.code]({ problems: dataErrorText(p.error) });
  }
}

/** A configuration note (not a problem) in the active language. */
export function configNoteText(n: ConfigNote): string {
  return V.config[n.code]({ version: n.version, current: n.current });
}
