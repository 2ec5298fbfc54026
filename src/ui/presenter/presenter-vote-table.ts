// The console's vote table for one open decision: each option with its hand tally (+/−, a number
// field), phone votes and total, the majority verdict and "take the majority". Built once per
// decision (voteTable), then brought up to date on every snapshot (updateVote).

import { distribution, majority, MAX_HANDS, type ClassDecision } from '../../core/classroom/presenter.ts';
import { MSG, type Command, type PresenterSnapshot } from '../../core/classroom/presenter-protocol.ts';
import { activeLocale } from '../../i18n/messages.ts';
import { h } from '../dom.ts';
import { PRESENTER_STRINGS } from '../strings/strings-presenter.ts';

const C = PRESENTER_STRINGS.console;

/** What the table needs of the console's link to the projector. */
interface VoteLink {
  current(): PresenterSnapshot | null;
  send(cmd: Command): void;
}

/** The parts of a vote table that change as votes come in. */
export interface VoteParts {
  inputs: Map<number, HTMLInputElement>;
  phones: Map<number, HTMLElement>;
  totals: Map<number, HTMLElement>;
  errors: Map<number, HTMLElement>;
  verdict: HTMLElement;
  take: HTMLButtonElement;
}

/** A typed hand count, or null when it is not a whole number from 0 to MAX_HANDS. */
export function handCount(text: string): number | null {
  const count = Number(text);
  if (text.trim() === '' || !Number.isInteger(count) || count < 0 || count > MAX_HANDS) return null;
  return count;
}

/** Option numbers as a list in the interface's language: "1, 2 and 3", "1, 2 y 3". */
function listOf(numbers: readonly number[]): string {
  const locale = activeLocale();
  const n = new Intl.NumberFormat(locale);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(numbers.map((x) => n.format(x)));
}

/** What the verdict line says: the majority (by its number on screen), a tie, or no votes yet. */
export function verdictText(d: ClassDecision): string {
  const m = majority(d);
  const pos = (index: number) => d.options.findIndex((o) => o.index === index) + 1;
  if (m.index !== null)
    return C.majority({ n: pos(m.index), text: d.options.find((o) => o.index === m.index)?.text ?? '' });
  return m.tied.length > 0 ? C.tie({ list: listOf(m.tied.map(pos)) }) : C.noVotes;
}

export function voteTable(link: VoteLink, d: ClassDecision): { parts: VoteParts; nodes: HTMLElement[] } {
  const inputs = new Map<number, HTMLInputElement>();
  const phones = new Map<number, HTMLElement>();
  const totals = new Map<number, HTMLElement>();
  const errors = new Map<number, HTMLElement>();
  const verdict = h('p', { class: 'console-verdict', role: 'status' });
  const take = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: () => link.send({ type: MSG.takeMajority, key: d.key }),
    },
    C.takeMajority,
  );
  const hands = (index: number) =>
    link.current()?.session.decisions.find((x) => x.key === d.key)?.hands[index] ?? 0;
  const rows = d.options.map((o, i) => {
    const n = i + 1;
    const id = `hands-${o.index}`;
    const errId = `hands-error-${o.index}`;
    const input = h('input', {
      id,
      type: 'number',
      min: 0,
      max: MAX_HANDS,
      step: 1,
      inputmode: 'numeric',
      value: String(d.hands[o.index] ?? 0),
      'aria-describedby': errId,
      class: 'hands-input',
    });
    const error = h('span', { class: 'form-error', id: errId });
    input.addEventListener('change', () => {
      const count = handCount(input.value);
      if (count === null) {
        error.textContent = C.badCount;
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      link.send({ type: MSG.hands, key: d.key, index: o.index, count });
    });
    inputs.set(o.index, input);
    errors.set(o.index, error);
    const phone = h('span', { class: 'phones' });
    const total = h('span', { class: 'total' });
    phones.set(o.index, phone);
    totals.set(o.index, total);
    return h(
      'li',
      { class: 'vote-row', 'data-index': o.index },
      h('p', { class: 'vote-text' }, h('span', { class: 'vote-number' }, `${n}.`), ' ', o.text),
      h(
        'div',
        { class: 'tally' },
        h('label', { for: id }, C.hands({ n })),
        h(
          'button',
          {
            type: 'button',
            class: 'step',
            'aria-label': C.fewer({ n }),
            onclick: () =>
              link.send({
                type: MSG.hands,
                key: d.key,
                index: o.index,
                count: Math.max(0, hands(o.index) - 1),
              }),
          },
          '−',
        ),
        input,
        h(
          'button',
          {
            type: 'button',
            class: 'step',
            'aria-label': C.more({ n }),
            onclick: () =>
              link.send({
                type: MSG.hands,
                key: d.key,
                index: o.index,
                count: Math.min(MAX_HANDS, hands(o.index) + 1),
              }),
          },
          '+',
        ),
        phone,
        total,
        error,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'override',
          onclick: () => link.send({ type: MSG.choose, key: d.key, index: o.index }),
        },
        C.choose({ n }),
      ),
    );
  });
  return {
    parts: { inputs, phones, totals, errors, verdict, take },
    nodes: [
      h('h3', { id: 'console-stage', tabindex: '-1' }, C.vote),
      h('ol', { class: 'vote-rows', 'data-key': d.key }, rows),
      verdict,
      h('p', { class: 'hint' }, C.tieRule),
      h('div', { class: 'row' }, take),
    ],
  };
}

/** Brings the table up to date with the decision's hands and phone votes (a field being typed in is left alone). */
export function updateVote(parts: VoteParts, d: ClassDecision): void {
  for (const r of distribution(d)) {
    const input = parts.inputs.get(r.index);
    if (input && document.activeElement !== input) input.value = String(r.hands);
    const phone = parts.phones.get(r.index);
    if (phone) phone.textContent = C.phones({ n: r.phones });
    const total = parts.totals.get(r.index);
    if (total) total.textContent = C.total({ n: r.votes, share: r.percent / 100 });
  }
  parts.verdict.textContent = verdictText(d);
  parts.take.disabled = majority(d).index === null;
}
