// The header words of the CSV files the game writes (a learner's results, the program summary), one
// per column id of src/core/progress/programme.ts. The messages live in
// src/i18n/messages/<locale>/csv.json (see docs/i18n.md); the cells keep their ids in every language.

import type { AttemptCsvColumn, CsvHeader, SummaryCsvColumn } from '../../core/progress/programme.ts';
import en from '../../i18n/generated/en-US/csv.ts';
import { localized } from '../../i18n/messages.ts';

export const CSV_STRINGS: {
  attempts: CsvHeader<AttemptCsvColumn>;
  summary: CsvHeader<SummaryCsvColumn>;
} = localized('csv', en);
