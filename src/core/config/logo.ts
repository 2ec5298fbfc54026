// The organisation's logo in a configuration file: an image URL or path, or a small data: URL.

import { TEXT_LIMITS } from '../limits.ts';

/** Logo images embedded as data: URLs: these types, at most this many bytes once decoded. */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export const LOGO_MAX_BYTES = 200 * 1024;

const DATA_URL = /^data:([a-z0-9.+/-]+);base64,([A-Za-z0-9+/]*={0,2})$/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The size in bytes of base64 text once decoded. */
function decodedBytes(b64: string): number {
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
}

/** Why a data: URL is not a usable logo, or null when it is. */
function dataUrlProblem(logo: string): string | null {
  const m = DATA_URL.exec(logo);
  if (!m) return 'must be a base64 data: URL of an image (data:image/png;base64,…)';
  const type = (m[1] ?? '').toLowerCase();
  if (!(LOGO_TYPES as readonly string[]).includes(type))
    return `must be a PNG, JPEG or SVG image (got ${type})`;
  const bytes = decodedBytes(m[2] ?? '');
  if (bytes === 0) return 'is an empty image';
  if (bytes > LOGO_MAX_BYTES)
    return `is too large (${Math.ceil(bytes / 1024)} KB; at most ${LOGO_MAX_BYTES / 1024} KB)`;
  return null;
}

/** Why a logo value is not usable, or null when it is. */
export function logoProblem(logo: string): string | null {
  if (logo.startsWith('data:')) return dataUrlProblem(logo);
  if (/\s/.test(logo)) return 'must be a URL or path without spaces';
  if (logo.startsWith('//')) return 'must not start with // (an address on another site); write https://…';
  if (logo.length > TEXT_LIMITS.text) return `is too long (at most ${TEXT_LIMITS.text} characters)`;
  if (URL_SCHEME.test(logo) && !/^https?:\/\//i.test(logo))
    return 'must be an https:// or http:// URL, a path next to index.html, or a data: URL';
  return null;
}
