// The phone vote page's screens (the join form, waiting, the open question, the end) and what it does
// when the relay closes the connection. The page (vote-page.ts) holds the connection and the state.

import type { VoteQuestion } from '../../core/classroom/classroom.ts';
import { CLOSE } from '../../core/classroom/relay-protocol.ts';
import { fill, h } from '../dom.ts';
import { VOTE_STRINGS as S } from '../strings/strings-vote.ts';

/** What the page does after the relay closes: ask for a code again, end, or reconnect later. */
export type CloseAction =
  | { kind: 'form'; error: string; forgetCode: boolean }
  | { kind: 'ended'; text: string; forgetVoter: boolean }
  | { kind: 'retry' };

export function closeAction(closeCode: number): CloseAction {
  switch (closeCode) {
    case CLOSE.badCode:
      return { kind: 'form', error: S.badCode, forgetCode: true };
    case CLOSE.tooManyAttempts:
      return { kind: 'form', error: S.tooManyAttempts, forgetCode: false };
    case CLOSE.roomFull:
      return { kind: 'form', error: S.roomFull, forgetCode: false };
    case CLOSE.ended:
      return { kind: 'ended', text: S.ended, forgetVoter: true };
    case CLOSE.replaced:
      // The other tab or window uses the same voter id: keep it for that one.
      return { kind: 'ended', text: S.replaced, forgetVoter: false };
    default:
      // Dropped (Wi-Fi, sleep, relay restart), or many phones joining from this network at once
      // (busy): try again, waiting longer each time.
      return { kind: 'retry' };
  }
}

/** The status line while waiting to reconnect. */
export const retryLine = (closeCode: number, seconds: number): string =>
  closeCode === CLOSE.busy ? S.busy({ seconds }) : S.reconnecting({ seconds });

/** The status line when the relay confirms a vote: the first one, or a changed one. */
export const voteLine = (before: number | null, text: string): string =>
  before === null ? S.received({ text }) : S.changed({ text });

/** Fills `root` with the page: its heading, the body the screens go in, the status line, privacy. */
export function votePageFrame(root: HTMLElement): { body: HTMLElement; status: HTMLElement } {
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
  return { body, status };
}

/** The form asking for the join code, showing `error` (if any) next to the field. */
export function joinForm(
  code: string,
  error: string,
  onSubmit: (typed: string) => void,
): { form: HTMLFormElement; input: HTMLInputElement } {
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
    onSubmit(input.value);
  });
  return { form, input };
}

export const waitingScreen = (code: string): HTMLElement[] => [
  h('p', { class: 'vote-joined' }, S.joined({ code })),
  h('p', {}, S.waiting),
];

/** The open question as big buttons; `vote` sends the option's index. */
export function questionScreen(
  q: VoteQuestion,
  code: string,
  vote: (option: number) => void,
): { nodes: HTMLElement[]; heading: HTMLElement } {
  const heading = h('h2', { id: 'vote-question', tabindex: -1 }, q.prompt);
  const nodes = [
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
          { type: 'button', class: 'vote-option', 'data-index': o.index, onclick: () => vote(o.index) },
          o.text,
        ),
      ),
    ),
  ];
  return { nodes, heading };
}

/** Marks the option voted for (aria-pressed); no option can be pressed while reconnecting. */
export function markVote(body: HTMLElement, myVote: number | null, reconnecting: boolean): void {
  for (const b of body.querySelectorAll<HTMLButtonElement>('button.vote-option')) {
    b.setAttribute('aria-pressed', String(Number(b.dataset['index']) === myVote));
    b.disabled = reconnecting;
  }
}
