// The interface language on this page: a `?lang=` link first, then the choice remembered on this
// device, then the browser's languages, then US English (src/core/locale.ts). Loads the language's
// messages before the first screen is drawn, keeps `<html lang>` in step, and remembers a choice.

import type { Locale } from '../core/locale.ts';
import { STORAGE_KEYS } from '../core/storage-keys.ts';
import { activeLocale, useLocale } from '../i18n/messages.ts';
import type { LanguagePort } from '../ui/context.ts';
import { pageLocale } from './page-locale.ts';
import { sceneWordsIn } from './scene-words.ts';

function keepChoice(win: Window, locale: Locale): void {
  try {
    win.localStorage.setItem(STORAGE_KEYS.locale, locale);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}

async function apply(win: Window, locale: Locale): Promise<void> {
  await Promise.all([useLocale(locale), sceneWordsIn(locale)]);
  win.document.documentElement.lang = locale;
}

/** Picks and loads the language for this page. A `?lang=` link holds for that page and is not remembered. */
export async function startLanguage(win: Window): Promise<Locale> {
  const locale = pageLocale(win);
  await apply(win, locale);
  return locale;
}

/**
 * Switches the page to a language it did not start in, without remembering it on this device: the
 * LMS's learner preference or a one-language package (src/app/lms.ts). `redraw` rebuilds the screens.
 */
export async function followLanguage(win: Window, locale: Locale, redraw: () => void): Promise<void> {
  if (locale === activeLocale()) return;
  await apply(win, locale);
  redraw();
}

/** The port the views use; `redraw` rebuilds the screens in the new language. */
export function languagePort(win: Window, redraw: () => void): LanguagePort {
  return {
    current: activeLocale,
    change: async (locale) => {
      keepChoice(win, locale);
      if (locale === activeLocale()) return;
      await apply(win, locale);
      redraw();
    },
  };
}
