// Interface wording, kept apart from story content so it can be translated in one place. The general
// messages live in src/i18n/messages/<locale>/general.json (docs/i18n.md).

import type { Phase, ReportAction, Setting, Situation } from '../../core/vocabulary.ts';
import en from '../../i18n/generated/en-US/general.ts';
import { localized } from '../../i18n/messages.ts';

// The catalog names every phase, action, situation and setting the game has.
en.phases satisfies Record<Phase, string>;
en.actions satisfies Record<ReportAction, string>;
en.situation satisfies Record<Situation, string>;
en.settingNames satisfies Record<Setting, string>;

export const STRINGS = localized('general', en);

/** The phone voting page (vote.html), served by the classroom relay. */
export const VOTE_STRINGS = {
  title: 'Second Look: class vote',
  heading: 'Class vote',
  privacy:
    'Your vote is anonymous. The instructor sees only how many people chose each option. Nothing is kept after the session.',
  codeLabel: 'Join code (on the projector)',
  codeHelp: 'Four letters and numbers, for example K7Q4.',
  join: 'Join',
  codeInvalid: 'A join code has four letters and numbers. Check the code on the projector.',
  connecting: 'Connecting…',
  joined: (code: string) => `You have joined class session ${code}.`,
  waiting: 'Wait for the instructor to put the next question to the class.',
  questionHeading: 'Question',
  chooseHelp: 'Choose one. You can change your vote until the instructor closes the question.',
  yourVote: 'Your vote',
  received: (text: string) => `Vote received: ${text}`,
  changed: (text: string) => `Vote changed: ${text}`,
  closed: 'Voting on that question has closed.',
  reconnecting: (seconds: number) => `Connection lost. Trying again in ${seconds} s…`,
  reconnected: 'Connected again.',
  busy: (seconds: number) => `Many phones are joining from this network. Trying again in ${seconds} s…`,
  ended: 'The class session has ended. Thank you for taking part.',
  replaced: 'This vote page is open in another tab or window. Use that one.',
  joinAgain: 'Join another session',
  badCode: 'That code is wrong or has expired. Check the code on the projector.',
  tooManyAttempts: 'Too many wrong codes from this network. Wait a minute, then try again.',
  roomFull: 'This class session is full. Ask the instructor.',
} as const;
