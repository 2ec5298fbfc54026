// The learner's phone page for class votes (vote.html). Small on purpose: no Phaser, no inkjs, no store.
// It joins the class session with the code (typed, or from the join link), shows the open question as
// big buttons, sends one vote (changeable until the question closes) and reconnects with backoff after
// a dropped connection, saying so in a live region. The voter id lives in this tab's sessionStorage,
// so a reconnect or reload never counts twice; nothing else about the learner is kept.

import type { VoteQuestion } from '../core/classroom.ts';
import {
  CLIENT_MSG,
  CLOSE,
  RELAY_PATH,
  SERVER_MSG,
  backoffMs,
  isJoinCode,
  normaliseCode,
  parseServerMessage,
  type ClientMessage,
} from '../core/relay-protocol.ts';
import { fill, h } from './dom.ts';
import { VOTE_STRINGS as S } from './strings.ts';

const STORE_VOTER = 'second-look.vote.voter';
const STORE_CODE = 'second-look.vote.code';
const OPEN = 1;

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function voterId(): string {
  const store = session();
  const kept = store?.getItem(STORE_VOTER);
  if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
  // getRandomValues, not randomUUID: phones open this page over plain http on the LAN, which is not a
  // secure context, and randomUUID exists only in secure contexts.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  store?.setItem(STORE_VOTER, id);
  return id;
}

export interface VotePageOptions {
  /** ws:// URL of the relay; default: the relay on this page's own host. */
  relayUrl?: string;
}

export function mountVotePage(root: HTMLElement, options: VotePageOptions = {}): void {
  const relayUrl =
    options.relayUrl ?? `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${RELAY_PATH}`;
  const voter = voterId();
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
    fill(body, h('p', { class: 'vote-joined' }, S.joined(code)), h('p', {}, S.waiting));
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
      h('p', { class: 'vote-joined' }, S.joined(code)),
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

  function showEnded(text: string): void {
    question = null;
    session()?.removeItem(STORE_CODE);
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
        break;
      case SERVER_MSG.question:
        if (msg.question) {
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
        say(myVote === null ? S.received(text) : S.changed(text));
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
        return showForm(S.badCode);
      case CLOSE.tooManyAttempts:
        return showForm(S.tooManyAttempts);
      case CLOSE.roomFull:
        return showForm(S.roomFull);
      case CLOSE.ended:
        say('');
        return showEnded(S.ended);
      case CLOSE.replaced:
        say('');
        return showEnded(S.replaced);
      default: {
        // Dropped (Wi-Fi, sleep, relay restart): try again, waiting longer each time.
        reconnecting = true;
        markVote();
        const delay = backoffMs(attempt++, 1000, 15_000);
        say(S.reconnecting(Math.round(delay / 1000)));
        retry = setTimeout(connect, delay);
      }
    }
  }

  function connect(): void {
    const ws = new WebSocket(relayUrl);
    socket = ws;
    ws.onopen = () => send({ type: CLIENT_MSG.join, code, voter });
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

  const fromUrl = normaliseCode(new URLSearchParams(location.search).get('code') ?? '');
  const kept = session()?.getItem(STORE_CODE) ?? '';
  if (isJoinCode(fromUrl)) start(fromUrl);
  else if (isJoinCode(kept)) start(kept);
  else showForm();
}
