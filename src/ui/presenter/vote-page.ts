// The learner's phone page for class votes (vote.html). Small on purpose: no Phaser, no inkjs, no store.
// It joins the class session with the code (typed, or from the join link), shows the open question as
// big buttons, sends one vote (changeable until the question closes) and reconnects with backoff after
// a dropped connection, saying so in a live region. The relay issues the phone a voter id when it joins;
// the page keeps it with the join code in localStorage (sessionStorage if that is blocked) and hands it
// back on every reconnect or reload, so the phone keeps its one vote and never counts twice. Nothing
// else about the learner is kept.

import type { VoteQuestion } from '../../core/classroom/classroom.ts';
import {
  CLIENT_MSG,
  CLOSE,
  RELAY_PATH,
  SERVER_MSG,
  backoffMs,
  isJoinCode,
  isVoterId,
  normaliseCode,
  parseServerMessage,
  type ClientMessage,
} from '../../core/classroom/relay-protocol.ts';
import type { Locale } from '../../core/locale.ts';
import { activeLocale, useLocale } from '../../i18n/messages.ts';
import { fill, h } from '../dom.ts';
import { VOTE_STRINGS as S } from '../strings/strings-vote.ts';
import { STORAGE_KEYS } from '../../core/storage-keys.ts';

/** {code, voter, at}: the id the relay issued this phone in the class session with that code. */
const STORE_VOTER = STORAGE_KEYS.voteVoter;
/** A join code lives at most 3 hours; a voter id kept longer is of no use and is deleted. */
const VOTER_KEPT_MS = 3 * 60 * 60 * 1000;
const STORE_CODE = STORAGE_KEYS.voteCode;
const OPEN = 1;

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** localStorage, so that closing and reopening the page keeps the voter; sessionStorage if blocked. */
function lasting(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return session();
  }
}

/** The voter id the relay issued this phone for `code`, if any. */
function keptVoter(code: string): string | undefined {
  try {
    const kept: unknown = JSON.parse(lasting()?.getItem(STORE_VOTER) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return undefined;
    const { code: keptCode, voter, at } = kept as { code?: unknown; voter?: unknown; at?: unknown };
    if (typeof at !== 'number' || !(Date.now() - at < VOTER_KEPT_MS)) {
      keepVoter('', null);
      return undefined;
    }
    return keptCode === code && isVoterId(voter) ? voter : undefined;
  } catch {
    return undefined;
  }
}

function keepVoter(code: string, voter: string | null): void {
  try {
    if (voter) lasting()?.setItem(STORE_VOTER, JSON.stringify({ code, voter, at: Date.now() }));
    else lasting()?.removeItem(STORE_VOTER);
  } catch {
    // Storage full or blocked: a reload then joins as a new voter (its earlier vote stops counting).
  }
}

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

/** The code to join at once: a link's, else this tab's earlier one; null asks for it. */
function startingCode(): string | null {
  keptVoter(''); // deletes a voter id left from a session that is over
  const fromUrl = normaliseCode(new URLSearchParams(location.search).get('code') ?? '');
  const kept = session()?.getItem(STORE_CODE) ?? '';
  return isJoinCode(fromUrl) ? fromUrl : isJoinCode(kept) ? kept : null;
}

export interface VotePageOptions {
  /** ws:// URL of the relay; default: the relay on this page's own host. */
  relayUrl?: string;
}

export function mountVotePage(root: HTMLElement, options: VotePageOptions = {}): void {
  const relayUrl =
    options.relayUrl ?? `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${RELAY_PATH}`;
  const body = h('div', { class: 'vote-body' });
  const status = h('p', { class: 'vote-status', role: 'status', 'aria-live': 'polite' });
  fill(
    root,
    h(
      'main',
      { class: 'vote-page', 'aria-labelledby': 'vote-heading' },
      h('h1', { id: 'vote-heading' }, S.heading),
      body,
      status,
      h('p', { class: 'vote-privacy' }, S.privacy),
    ),
  );

  let socket: WebSocket | null = null;
  let code = '';
  let attempt = 0;
  let reconnecting = false;
  let question: VoteQuestion | null = null;
  let myVote: number | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string): void => {
    status.textContent = text;
  };
  const send = (msg: ClientMessage): void => {
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(msg));
  };

  function showForm(error = ''): void {
    question = null;
    say('');
    const input = h('input', {
      id: 'join-code',
      name: 'code',
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      enterkeyhint: 'go',
      maxlength: 9,
      'aria-describedby': error ? 'join-help join-error' : 'join-help',
      'aria-invalid': error ? 'true' : null,
      value: code,
    });
    const form = h(
      'form',
      { class: 'vote-join', novalidate: true },
      h('label', { for: 'join-code' }, S.codeLabel),
      h('p', { id: 'join-help', class: 'vote-help' }, S.codeHelp),
      input,
      error ? h('p', { id: 'join-error', class: 'vote-error' }, error) : null,
      h('button', { type: 'submit', class: 'primary' }, S.join),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const typed = normaliseCode(input.value);
      if (!isJoinCode(typed)) {
        code = input.value;
        showForm(S.codeInvalid);
        return;
      }
      start(typed);
    });
    fill(body, form);
    if (error) input.focus();
  }

  function showWaiting(): void {
    question = null;
    fill(body, h('p', { class: 'vote-joined' }, S.joined({ code })), h('p', {}, S.waiting));
  }

  function optionButtons(): HTMLButtonElement[] {
    return [...body.querySelectorAll<HTMLButtonElement>('button.vote-option')];
  }

  function markVote(): void {
    for (const b of optionButtons()) {
      b.setAttribute('aria-pressed', String(Number(b.dataset['index']) === myVote));
      b.disabled = reconnecting;
    }
  }

  function showQuestion(q: VoteQuestion): void {
    const fresh = question?.key !== q.key;
    question = q;
    if (!fresh) return markVote();
    const heading = h('h2', { id: 'vote-question', tabindex: -1 }, q.prompt);
    fill(
      body,
      h('p', { class: 'vote-joined' }, S.joined({ code })),
      heading,
      h('p', { class: 'vote-help', id: 'vote-choose' }, S.chooseHelp),
      h(
        'div',
        {
          class: 'vote-options',
          role: 'group',
          'aria-labelledby': 'vote-question',
          'aria-describedby': 'vote-choose',
        },
        q.options.map((o) =>
          h(
            'button',
            {
              type: 'button',
              class: 'vote-option',
              'data-index': o.index,
              onclick: () => send({ type: CLIENT_MSG.vote, key: q.key, option: o.index }),
            },
            o.text,
          ),
        ),
      ),
    );
    markVote();
    heading.focus();
  }

  function showEnded(text: string, forgetVoter = true): void {
    question = null;
    session()?.removeItem(STORE_CODE);
    if (forgetVoter) keepVoter(code, null);
    const again = h('button', { type: 'button', onclick: () => ((code = ''), showForm()) }, S.joinAgain);
    fill(body, h('p', { class: 'vote-ended' }, text), again);
    again.focus();
  }

  function onMessage(raw: string): void {
    const parsed = parseServerMessage(raw);
    if (!parsed.ok) return;
    const msg = parsed.value;
    switch (msg.type) {
      case SERVER_MSG.joined:
        attempt = 0;
        if (reconnecting) say(S.reconnected);
        reconnecting = false;
        session()?.setItem(STORE_CODE, code);
        keepVoter(msg.code, msg.voter);
        break;
      case SERVER_MSG.question:
        if (msg.question) {
          followLanguage(msg.question.lang, () => relabel(root, code));
          if (msg.question.key !== question?.key) say('');
          myVote = msg.vote;
          showQuestion(msg.question);
        } else {
          if (question) say(S.closed);
          myVote = null;
          showWaiting();
        }
        break;
      case SERVER_MSG.voteAck: {
        if (msg.key !== question?.key) break;
        const text = question.options.find((o) => o.index === msg.option)?.text ?? '';
        say(myVote === null ? S.received({ text }) : S.changed({ text }));
        myVote = msg.option;
        markVote();
        break;
      }
      default:
        break;
    }
  }

  function onClose(closeCode: number): void {
    socket = null;
    switch (closeCode) {
      case CLOSE.badCode:
        session()?.removeItem(STORE_CODE);
        if (keptVoter(code)) keepVoter(code, null);
        return showForm(S.badCode);
      case CLOSE.tooManyAttempts:
        return showForm(S.tooManyAttempts);
      case CLOSE.roomFull:
        return showForm(S.roomFull);
      case CLOSE.ended:
        say('');
        return showEnded(S.ended);
      case CLOSE.replaced:
        // The other tab or window uses the same voter id: keep it for that one.
        say('');
        return showEnded(S.replaced, false);
      default: {
        // Dropped (Wi-Fi, sleep, relay restart), or many phones joining from this network at once
        // (busy): try again, waiting longer each time.
        reconnecting = true;
        markVote();
        const delay = backoffMs(attempt++, 1000, 15_000);
        const seconds = Math.round(delay / 1000);
        say(closeCode === CLOSE.busy ? S.busy({ seconds }) : S.reconnecting({ seconds }));
        retry = setTimeout(connect, delay);
      }
    }
  }

  function connect(): void {
    const ws = new WebSocket(relayUrl);
    socket = ws;
    ws.onopen = () => {
      const voter = keptVoter(code);
      send(voter ? { type: CLIENT_MSG.join, code, voter } : { type: CLIENT_MSG.join, code });
    };
    ws.onmessage = (ev) => onMessage(String(ev.data));
    ws.onclose = (ev) => {
      if (socket === ws) onClose(ev.code);
    };
  }

  function start(joinCode: string): void {
    clearTimeout(retry);
    code = joinCode;
    attempt = 0;
    fill(body, h('p', {}, S.connecting));
    say(S.connecting);
    connect();
  }

  const first = startingCode();
  if (first) start(first);
  else showForm();
}
