// Words for the incident report form. The messages live in
// src/i18n/messages/<locale>/report.json (see docs/i18n.md).

import en from '../../i18n/generated/en-US/report.ts';
import { localized } from '../../i18n/messages.ts';

export const REPORT_STRINGS = localized('report', en);
