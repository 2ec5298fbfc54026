// The language a page speaks: a `?lang=` link first, then the choice remembered on this device, then
// the browser's languages, then US English (src/core/locale.ts). Small and import-light: the page's
// first script uses it to fetch a linked story in the right language before boot.

import { readLaunchParams } from '../core/links/url-params.ts';
import { negotiateLocale, type Locale } from '../core/locale.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';

function readChoice(win: Window): string | null {
  try {
    return win.localStorage.getItem(STORAGE_KEYS.locale);
  } catch {
    return null;
  }
}

export function pageLocale(win: Window): Locale {
  const linked = readLaunchParams(win.location.search, []).lang;
  return negotiateLocale([linked, readChoice(win), ...win.navigator.languages]);
}
