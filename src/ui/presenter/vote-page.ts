// The learner's phone page for class votes (vote.html). Small on purpose: no Phaser, no inkjs, no store.
// It joins the class session with the code (typed, or from the join link), shows the open question as
// big buttons, sends one vote (changeable until the question closes) and reconnects with backoff after
// a dropped connection, saying so in a live region. The relay issues the phone a voter id when it joins;
// the page keeps it with the join code in localStorage (sessionStorage if that is blocked) and hands it
// back on every reconnect or reload, so the phone keeps its one vote and never counts twice. Nothing
// else about the learner is kept. Its screens are in vote-screens.ts, the socket in vote-link.ts, what it
// keeps in vote-storage.ts.

import type { VoteQuestion } from '../../core/classroom/classroom.ts';
import {
  CLIENT_MSG,
  RELAY_PATH,
  SERVER_MSG,
  backoffMs,
  isJoinCode,
  normaliseCode,
  parseServerMessage,
} from '../../core/classroom/relay-protocol.ts';
import type { Locale } from '../../core/locale.ts';
import { activeLocale, useLocale } from '../../i18n/messages.ts';
import { fill, h } from '../dom.ts';
import { VOTE_STRINGS as S } from '../strings/strings-vote.ts';
import {
  closeAction,
  joinForm,
  markVote,
  questionScreen,
  retryLine,
  voteLine,
  votePageFrame,
  waitingScreen,
} from './vote-screens.ts';
import { relayLink } from './vote-link.ts';
import { keepCode, keepVoter, keptVoter, startingCode } from './vote-storage.ts';

/**
 * Follows the class's language, which comes with each question (an older console sends none: the
 * page keeps its own). Loads it, then `relabel` shows the page's own words again.
 */
function followLanguage(lang: Locale | undefined, relabel: () => void): void {
  if (!lang || lang === activeLocale()) return;
  void useLocale(lang).then(() => {
    if (activeLocale() !== lang) return;
    document.documentElement.lang = lang;
    document.title = S.title;
    relabel();
  });
}

/** The page's fixed words and the joined line, in the active language. */
function relabel(root: HTMLElement, code: string): void {
  const set = (selector: string, text: string) => {
    const el = root.querySelector(selector);
    if (el) el.textContent = text;
  };
  set('#vote-heading', S.heading);
  set('.vote-privacy', S.privacy);
  set('.vote-joined', S.joined({ code }));
  set('.vote-joined + p:not([class])', S.waiting);
  set('#vote-choose', S.chooseHelp);
}

export interface VotePageOptions {
  /** ws:// URL of the relay; default: the relay on this page's own host. */
  relayUrl?: string;
}

/** The relay on the page's own host, over wss: when the page came over https:. */
export function relayUrlFor(page: Pick<Location, 'protocol' | 'host'>): string {
  return `${page.protocol === 'https:' ? 'wss:' : 'ws:'}//${page.host}${RELAY_PATH}`;
}

export function mountVotePage(root: HTMLElement, options: VotePageOptions = {}): void {
  const relayUrl = options.relayUrl ?? relayUrlFor(location);
  const { body, status } = votePageFrame(root);

  let code = '';
  let attempt = 0;
  let reconnecting = false;
  let question: VoteQuestion | null = null;
  let myVote: number | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string): void => {
    status.textContent = text;
  };
  const link = relayLink(relayUrl, {
    hello: () => {
      const voter = keptVoter(code);
      return voter ? { type: CLIENT_MSG.join, code, voter } : { type: CLIENT_MSG.join, code };
    },
    message: (raw) => onMessage(raw),
    closed: (closeCode) => onClose(closeCode),
  });
  const mark = () => markVote(body, myVote, reconnecting);

  function showForm(error = ''): void {
    question = null;
    say('');
    const { form, input } = joinForm(code, error, (typed) => {
      const joinCode = normaliseCode(typed);
      if (isJoinCode(joinCode)) return start(joinCode);
      code = typed;
      showForm(S.codeInvalid);
    });
    fill(body, form);
    if (error) input.focus();
  }

  function showQuestion(q: VoteQuestion): void {
    const fresh = question?.key !== q.key;
    question = q;
    if (!fresh) return mark();
    const { nodes, heading } = questionScreen(q, code, (option) =>
      link.send({ type: CLIENT_MSG.vote, key: q.key, option }),
    );
    fill(body, ...nodes);
    mark();
    heading.focus();
  }

  function showEnded(text: string, forgetVoter: boolean): void {
    question = null;
    keepCode('');
    if (forgetVoter) keepVoter(code, null);
    const again = h('button', { type: 'button', onclick: () => ((code = ''), showForm()) }, S.joinAgain);
    fill(body, h('p', { class: 'vote-ended' }, text), again);
    again.focus();
  }

  function onMessage(raw: string): void {
    const parsed = parseServerMessage(raw);
    if (!parsed.ok) return;
    const msg = parsed.value;
    if (msg.type === SERVER_MSG.joined) {
      attempt = 0;
      if (reconnecting) say(S.reconnected);
      reconnecting = false;
      keepCode(code);
      keepVoter(msg.code, msg.voter);
    } else if (msg.type === SERVER_MSG.question && msg.question) {
      followLanguage(msg.question.lang, () => relabel(root, code));
      if (msg.question.key !== question?.key) say('');
      myVote = msg.vote;
      showQuestion(msg.question);
    } else if (msg.type === SERVER_MSG.question) {
      if (question) say(S.closed);
      myVote = null;
      question = null;
      fill(body, ...waitingScreen(code));
    } else if (msg.type === SERVER_MSG.voteAck && msg.key === question?.key) {
      const text = question.options.find((o) => o.index === msg.option)?.text ?? '';
      say(voteLine(myVote, text));
      myVote = msg.option;
      mark();
    }
  }

  function onClose(closeCode: number): void {
    const action = closeAction(closeCode);
    if (action.kind === 'form') {
      if (action.forgetCode) {
        keepCode('');
        if (keptVoter(code)) keepVoter(code, null);
      }
      return showForm(action.error);
    }
    if (action.kind === 'ended') {
      say('');
      return showEnded(action.text, action.forgetVoter);
    }
    reconnecting = true;
    mark();
    const delay = backoffMs(attempt++, 1000, 15_000);
    say(retryLine(closeCode, Math.round(delay / 1000)));
    retry = setTimeout(link.connect, delay);
  }

  function start(joinCode: string): void {
    clearTimeout(retry);
    code = joinCode;
    attempt = 0;
    fill(body, h('p', {}, S.connecting));
    say(S.connecting);
    link.connect();
  }

  const first = startingCode();
  if (first) start(first);
  else showForm();
}
