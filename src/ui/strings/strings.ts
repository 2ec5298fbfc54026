// Interface wording, kept apart from story content so it can be translated in one place. The general
// messages live in src/i18n/messages/<locale>/general.json (docs/i18n.md).

import type { Phase, ReportAction, Setting, Situation } from '../../core/vocabulary.ts';
import en from '../../i18n/generated/en-US/general.ts';
import { localized } from '../../i18n/messages.ts';

// The catalog names every phase, action, situation and setting the game has.
en.phases satisfies Record<Phase, string>;
en.actions satisfies Record<ReportAction, string>;
en.situation satisfies Record<Situation, string>;
en.settingNames satisfies Record<Setting, string>;

export const STRINGS = localized('general', en);
