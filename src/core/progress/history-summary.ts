// What a learner's attempts add up to: progress per encounter and setting, when a refresher is due,
// and which encounters to practise next.

import { SETTINGS, type Setting } from '../vocabulary.ts';
import type { AttemptRecord } from './history.ts';

export interface ProgressRow {
  key: string;
  label: string;
  attempts: number;
  latest: number;
  best: number;
  /** Percent over the latest attempts (at most TREND_POINTS), oldest first. */
  trend: number[];
}

export interface Progress {
  settings: ProgressRow[];
  dimensions: ProgressRow[];
  mostMissed: { id: string; description: string; count: number }[];
}

/** How many of the latest attempts a trend shows, so thousands of attempts stay one short line. */
export const TREND_POINTS = 12;

const pct = (score: number, max: number) => (max > 0 ? Math.max(0, Math.round((100 * score) / max)) : 0);

function row(key: string, label: string, values: number[]): ProgressRow {
  return {
    key,
    label,
    attempts: values.length,
    latest: values.at(-1) ?? 0,
    best: values.reduce((a, b) => Math.max(a, b), 0),
    trend: values.slice(-TREND_POINTS),
  };
}

/** The progress page's figures, from the attempts in any order. */
export function summarise(
  attempts: readonly AttemptRecord[],
  settingNames: Record<Setting, string>,
): Progress {
  const ordered = [...attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const settings = SETTINGS.flatMap((s) => {
    const here = ordered.filter((a) => a.setting === s);
    return here.length
      ? [
          row(
            s,
            settingNames[s],
            here.map((a) => a.percent),
          ),
        ]
      : [];
  });
  const dimIds: string[] = [];
  const names = new Map<string, string>();
  for (const a of ordered)
    for (const d of a.dimensions) {
      if (!names.has(d.id)) dimIds.push(d.id);
      names.set(d.id, d.name);
    }
  const dimensions = dimIds.map((id) =>
    row(
      id,
      names.get(id) ?? id,
      ordered.flatMap((a) =>
        a.dimensions.filter((d) => d.id === id && d.max > 0).map((d) => pct(d.score, d.max)),
      ),
    ),
  );
  const counts = new Map<string, { id: string; description: string; count: number }>();
  for (const a of ordered)
    for (const m of a.missed) {
      const c = counts.get(m.id) ?? { ...m, count: 0 };
      c.count++;
      counts.set(m.id, c);
    }
  const mostMissed = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, 5);
  return { settings, dimensions, mostMissed };
}

const DEFAULT_REFRESHER_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RefresherStatus {
  lastAt: string;
  dueAt: string;
  due: boolean;
}

/** When the next refresher in a setting is due: `days` after its last completed attempt. */
export function refresherStatus(
  attempts: readonly AttemptRecord[],
  setting: Setting,
  now: Date,
  days = DEFAULT_REFRESHER_DAYS,
): RefresherStatus | null {
  const last = attempts
    .filter((a) => a.setting === setting)
    .map((a) => a.finishedAt)
    .sort()
    .at(-1);
  if (!last) return null;
  const due = new Date(Date.parse(last) + days * DAY_MS);
  return { lastAt: last, dueAt: due.toISOString(), due: due.getTime() <= now.getTime() };
}

/**
 * Encounters to suggest: for each of the learner's most-missed signs, the encounter where they
 * missed it most recently (practising it again exercises exactly that sign).
 */
export function suggestions(
  attempts: readonly AttemptRecord[],
  limit = 3,
): { encounterId: string; title: string; sign: string }[] {
  const ordered = [...attempts].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  const out: { encounterId: string; title: string; sign: string }[] = [];
  for (const m of summarise(attempts, { hotel: '', hospital: '', store: '', transit: '' }).mostMissed) {
    const where = ordered.find((a) => a.missed.some((x) => x.id === m.id));
    if (where && !out.some((o) => o.encounterId === where.encounterId))
      out.push({ encounterId: where.encounterId, title: where.title, sign: m.description });
    if (out.length >= limit) break;
  }
  return out;
}
