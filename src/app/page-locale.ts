// The language a page speaks: a `?lang=` link first, then the choice remembered on this device, then
// the browser's languages, then US English (src/core/locale.ts). Small and import-light: the page's
// first script uses it to fetch a linked story in the right language before boot.

import { readLaunchParams } from '../core/links/url-params.ts';
import { decideLocale, type LanguageSources, type Locale } from '../core/locale.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';

function readChoice(win: Window): string | null {
  try {
    return win.localStorage.getItem(STORAGE_KEYS.locale);
  } catch {
    return null;
  }
}

/** What this page can say about its language; an LMS package adds its own and the LMS's (src/app/lms.ts). */
export function pageLanguageSources(win: Window): LanguageSources {
  return {
    linked: readLaunchParams(win.location.search, []).lang,
    remembered: readChoice(win),
    browser: win.navigator.languages,
  };
}

export function pageLocale(win: Window): Locale {
  return decideLocale(pageLanguageSources(win));
}
