// The class's language on the wire: the console names it to the projector (presenter protocol), the
// projector's snapshot carries it back, and each question the relay hands to phones carries it.
// Every new field is optional, so messages from older consoles, projectors and phones stay valid.

import { describe, expect, it } from 'vitest';
import {
  askClass,
  createClassSession,
  decisionKey,
  voteQuestion,
} from '../../src/core/classroom/presenter.ts';
import { MSG, ProtocolError, readMessage } from '../../src/core/classroom/presenter-protocol.ts';
import {
  CLIENT_MSG,
  parseClientMessage,
  parseServerMessage,
  SERVER_MSG,
} from '../../src/core/classroom/relay-protocol.ts';

const OPTIONS = [
  { index: 0, text: 'Say hello' },
  { index: 1, text: 'Ask for ID' },
];
const QUESTION = { key: 'hotel.test#0', prompt: 'What now?', options: OPTIONS };

/** A question as the relay reads it from the console's "open" message. */
function parseQuestion(question: unknown) {
  const m = parseClientMessage(JSON.stringify({ type: CLIENT_MSG.open, question }));
  if (!m.ok) return m;
  return m.value.type === CLIENT_MSG.open ? { ok: true, value: m.value.question } : { ok: false };
}

/** A minimal snapshot that passes the projector's checks. */
const snapshot = (extra: Record<string, unknown> = {}) => ({
  encounterId: 'hotel.test',
  options: [],
  session: createClassSession('hotel.test'),
  ...extra,
});

describe('presenter protocol: the class language', () => {
  it('reads a language command with one of the game’s locales', () => {
    expect(readMessage({ type: MSG.language, lang: 'es-US' })).toEqual({ type: MSG.language, lang: 'es-US' });
    expect(readMessage({ type: MSG.language, lang: 'en-US', extra: 1 })).toEqual({
      type: MSG.language,
      lang: 'en-US',
    });
  });

  it('refuses a language command without a locale it knows, naming the field', () => {
    for (const lang of [undefined, 'es', 'fr-CA', 3, '<b>'])
      expect(() => readMessage({ type: MSG.language, lang }), String(lang)).toThrow(ProtocolError);
    expect(() => readMessage({ type: MSG.language, lang: 'fr-CA' })).toThrow(
      /field "lang" must be one of en-US, es-US \(got "fr-CA"\)/,
    );
    expect(() => readMessage({ type: MSG.language })).toThrow(/field "lang" .*\(got nothing\)/);
  });

  it('keeps a hello and a snapshot without a language valid (older consoles and projectors)', () => {
    expect(readMessage({ type: MSG.hello })).toEqual({ type: MSG.hello });
    const old = readMessage({ type: MSG.state, snapshot: snapshot() });
    expect(old.type === MSG.state && old.snapshot.lang).toBeUndefined();
    const now = readMessage({ type: MSG.state, snapshot: snapshot({ lang: 'es-US' }) });
    expect(now.type === MSG.state && now.snapshot.lang).toBe('es-US');
  });

  it('refuses a snapshot whose language is not one of the game’s', () => {
    expect(() => readMessage({ type: MSG.state, snapshot: snapshot({ lang: 'klingon' }) })).toThrow(
      /field "snapshot.lang" must be one of en-US, es-US/,
    );
  });
});

describe('relay protocol: the language of a question', () => {
  it('puts the class language on the question only when it is known', () => {
    const s = askClass(createClassSession('hotel.test'), 0, OPTIONS);
    const d = s.decisions[0]!;
    expect(d.key).toBe(decisionKey('hotel.test', 0));
    expect(voteQuestion(d, 'What now?', 'es-US')).toEqual({ ...QUESTION, lang: 'es-US' });
    expect(voteQuestion(d, 'What now?')).toEqual(QUESTION);
    expect('lang' in voteQuestion(d, 'What now?')).toBe(false);
  });

  it('reads a question with a language, and one without (from an older console)', () => {
    expect(parseQuestion({ ...QUESTION, lang: 'es-US' })).toEqual({
      ok: true,
      value: { ...QUESTION, lang: 'es-US' },
    });
    expect(parseQuestion(QUESTION)).toEqual({ ok: true, value: QUESTION });
  });

  it('refuses a question whose language is not one of the game’s, naming the field', () => {
    expect(parseQuestion({ ...QUESTION, lang: 'fr' })).toEqual({
      ok: false,
      error: 'message "open".question: "lang" must be one of en-US, es-US',
    });
    expect(parseQuestion({ ...QUESTION, lang: null }).ok).toBe(false);
  });

  it('carries the language from the console through the relay to the phones', () => {
    const open = parseClientMessage(
      JSON.stringify({ type: CLIENT_MSG.open, question: { ...QUESTION, lang: 'es-US' } }),
    );
    expect(open.ok && open.value.type === CLIENT_MSG.open && open.value.question.lang).toBe('es-US');
    const toPhone = parseServerMessage(
      JSON.stringify({ type: SERVER_MSG.question, question: { ...QUESTION, lang: 'es-US' }, vote: null }),
    );
    expect(toPhone.ok && toPhone.value.type === SERVER_MSG.question && toPhone.value.question?.lang).toBe(
      'es-US',
    );
    const bad = parseServerMessage(
      JSON.stringify({ type: SERVER_MSG.question, question: { ...QUESTION, lang: 'xx-XX' }, vote: null }),
    );
    expect(bad).toEqual({
      ok: false,
      error: 'server message "question".question: "lang" must be one of en-US, es-US',
    });
  });
});
