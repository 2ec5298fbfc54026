// Entry of the phone voting page (vote.html). Loads nothing of the game itself: see src/ui/presenter/vote-page.ts.
// The page starts in the phone's language (or a `?lang=` link's) and then follows the class's language,
// which comes with each question.

import './ui/page-styles.ts';
import './ui/presenter/vote.css';
import { DEFAULT_LOCALE, negotiateLocale } from './core/locale.ts';
import { useLocale } from './i18n/messages.ts';
import { mountVotePage } from './ui/presenter/vote-page.ts';
import { VOTE_STRINGS } from './ui/strings/strings-vote.ts';

async function start(): Promise<void> {
  const lang = negotiateLocale([new URLSearchParams(location.search).get('lang'), ...navigator.languages]);
  // English is already here; another language loads first (a failure leaves the page in English).
  if (lang !== DEFAULT_LOCALE) await useLocale(lang).catch(() => undefined);
  document.documentElement.lang = lang;
  document.title = VOTE_STRINGS.title;
  const root = document.getElementById('vote-app');
  if (root) mountVotePage(root);
}

void start();
