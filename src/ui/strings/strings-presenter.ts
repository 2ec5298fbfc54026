// Words for presenter mode (projector, instructor console, class debrief), loaded only with presenter
// mode. The messages live in src/i18n/messages/<locale>/presenter.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/presenter.ts';
import { localized } from '../../i18n/messages.ts';

export const PRESENTER_STRINGS = localized('presenter', en);
