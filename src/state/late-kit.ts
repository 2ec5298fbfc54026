// What the store needs only once an encounter is under way: the report checklist, the debrief and
// the attempt record. The game loads it with the catalogs, after the first choice is on screen.

import { buildDebrief } from '../core/encounter/debrief.ts';
import { attemptFromDebrief } from '../core/progress/history.ts';
import { buildChecklist } from '../core/encounter/report.ts';

export const LATE_KIT = { buildChecklist, buildDebrief, attemptFromDebrief };
export type LateKit = typeof LATE_KIT;
