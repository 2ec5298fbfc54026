// Is this build running from an LMS package? Packages carry lms.json next to index.html. Only then is
// the LMS code (src/app/lms.ts, then src/lms/ with its compression and xAPI libraries) fetched, so the
// plain game's first download stays small.

import { LMS_FILE, LMS_FORMAT, LMS_META } from '../core/lms/lms-launch.ts';

/** lms.json's content when present and meant for us; null for the plain game. */
export async function detectLms(): Promise<unknown> {
  if (!document.querySelector(`meta[name="${LMS_META}"]`)) return null;
  try {
    const res = await fetch(`./${LMS_FILE}`, { cache: 'no-store' });
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null;
    const value: unknown = await res.json();
    return typeof value === 'object' &&
      value !== null &&
      (value as { format?: unknown }).format === LMS_FORMAT
      ? value
      : null;
  } catch {
    return null;
  }
}
