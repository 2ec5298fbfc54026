// Words for presenter mode (projector, instructor console, class debrief), loaded only with presenter
// mode. The messages live in src/i18n/messages/<locale>/presenter.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/presenter.ts';
import { localized } from '../../i18n/messages.ts';
import { formatList, formatNumber } from '../../i18n/format.ts';
import type { PresenterProblem } from '../../core/classroom/presenter.ts';
import type { ProtocolError } from '../../core/classroom/presenter-protocol.ts';

export const PRESENTER_STRINGS = localized('presenter', en);

/** A refused console command in the active language (its values as they are; tied options as a list). */
export function presenterProblemText(p: PresenterProblem): string {
  const words = PRESENTER_STRINGS.console.problems;
  if (p.code === 'tied') return words.tied({ options: formatList(p.params.options.map(formatNumber)) });
  const message = words[p.code] as string | ((params: object) => string);
  return typeof message === 'string' ? message : message(p.params);
}

/** A message between the presenter windows that could not be read, in the active language. */
export function protocolErrorText(e: ProtocolError): string {
  const C = PRESENTER_STRINGS.console;
  return e.field ? C.badMessage({ type: e.messageType, field: e.field }) : C.badMessageWhole;
}
