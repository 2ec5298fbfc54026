// The organisation's logo in a configuration file: an image URL or path, or a small data: URL.

import { TEXT_LIMITS } from '../limits.ts';
import { reason, reasonEnglish, type Reason } from '../reasons.ts';

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
function dataUrlProblem(logo: string): Reason | null {
  const m = DATA_URL.exec(logo);
  if (!m) return reason('logoNotDataUrl');
  const type = (m[1] ?? '').toLowerCase();
  if (!(LOGO_TYPES as readonly string[]).includes(type)) return reason('logoType', { type });
  const bytes = decodedBytes(m[2] ?? '');
  if (bytes === 0) return reason('logoEmpty');
  if (bytes > LOGO_MAX_BYTES)
    return reason('logoTooLarge', { kb: Math.ceil(bytes / 1024), max: LOGO_MAX_BYTES / 1024 });
  return null;
}

/** Why a logo value is not usable, or null when it is. */
export function logoReason(logo: string): Reason | null {
  if (logo.startsWith('data:')) return dataUrlProblem(logo);
  if (/\s/.test(logo)) return reason('logoSpaces');
  if (logo.startsWith('//')) return reason('logoOtherSite');
  if (logo.length > TEXT_LIMITS.text) return reason('logoTooLong', { max: TEXT_LIMITS.text });
  if (URL_SCHEME.test(logo) && !/^https?:\/\//i.test(logo)) return reason('logoScheme');
  return null;
}

/** logoReason in English, for tools and tests. */
export function logoProblem(logo: string): string | null {
  const r = logoReason(logo);
  return r && reasonEnglish(r);
}
