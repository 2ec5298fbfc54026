// Entry of the phone voting page (vote.html). Loads nothing of the game itself: see src/ui/presenter/vote-page.ts.

import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/styles.css';
import './ui/presenter/vote.css';
import { mountVotePage } from './ui/presenter/vote-page.ts';
import { VOTE_STRINGS } from './ui/strings/strings-vote.ts';

document.title = VOTE_STRINGS.title;
const root = document.getElementById('vote-app');
if (root) mountVotePage(root);
