// Refusals in the learner's language (issue #13): a DataError's problems, the configuration's notices
// and the presenter console's refusals are codes in state and core, worded from the catalogs here.

import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';
import { readConfig } from '../../src/core/config/config.ts';
import {
  createClassSession,
  askClass,
  PresenterError,
  takeMajority,
} from '../../src/core/classroom/presenter.ts';
import { ProtocolError, readMessage } from '../../src/core/classroom/presenter-protocol.ts';
import { decodeAssignment } from '../../src/core/lms/assignment.ts';
import { fileProblem, problemEnglish, reason, type DataProblem } from '../../src/core/reasons.ts';
import { DataError } from '../../src/core/validate.ts';
import { useLocale } from '../../src/i18n/messages.ts';
import { presenterProblemText, protocolErrorText } from '../../src/ui/strings/strings-presenter.ts';
import { configProblemText, dataErrorText, problemText } from '../../src/ui/strings/strings-validation.ts';

afterEach(() => useLocale('en-US'));

/** The DataError a call throws. */
function refusal(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

const phone: DataProblem = { path: 'contacts.hotlines[0].phone', ...reason('notPhone', { got: 'call us' }) };

describe('validation reasons as codes', () => {
  it('words a reason in English and Spanish, keeping the field path as it is', async () => {
    expect(problemText(phone)).toBe('contacts.hotlines[0].phone: must be a phone number (got "call us")');
    await useLocale('es-US');
    expect(problemText(phone)).toBe(
      'contacts.hotlines[0].phone: debe ser un número de teléfono (se recibió “call us”)',
    );
  });

  it('words a DataError from a reader the same as its English message, and in Spanish with the same paths', async () => {
    const e = refusal(() => readConfig('config.json', { version: 1, region: 'UK', reviewed: true }));
    expect(e.reasons.map((p) => p.code)).toContain('notObject');
    expect(dataErrorText(e)).toBe(e.message);
    await useLocale('es-US');
    const spanish = dataErrorText(e);
    expect(spanish).toMatch(/^config\.json: /);
    expect(spanish).toContain('organisation: debe ser un objeto');
    expect(spanish).toContain('contacts: debe ser un objeto');
    expect(spanish).not.toContain('must be');
  });

  it('names a link or saved copy in the language, a file as it is, and sizes in its number format', async () => {
    const e = refusal(() => decodeAssignment('!!!'));
    expect(dataErrorText(e)).toBe('assignment link: is damaged or incomplete (copy the whole link again)');
    const big = new DataError('huge.json', [fileProblem('tooLarge', { size: 52_400_000, max: 5_000_000 })]);
    expect(dataErrorText(big)).toBe(big.message);
    await useLocale('es-US');
    expect(dataErrorText(e)).toBe(
      'enlace de la asignación: está dañado o incompleto (vuelva a copiar el enlace completo)',
    );
    expect(dataErrorText(big)).toMatch(
      /^huge\.json: es demasiado grande \(52[.,]4 MB; como máximo 5[.,]0 MB\)$/,
    );
  });

  it('counts the problems past the first twenty in the language', async () => {
    const many = Array.from({ length: 23 }, (_, i) => ({ path: `x[${i}]`, ...reason('missing') }));
    const e = new DataError('f.json', many);
    expect(dataErrorText(e)).toBe(e.message);
    await useLocale('es-US');
    expect(dataErrorText(e)).toMatch(/x\[19\]: falta; y 3 problemas más$/);
  });

  it('keeps the English of every problem for logs', () => {
    expect(problemEnglish({ path: '', ...reason('notList') })).toBe('(root): must be a list');
    expect(problemEnglish(fileProblem('notJsonFile'))).toBe('is not a JSON file');
  });
});

describe('configuration notices as codes', () => {
  const broken = (async () =>
    new Response(JSON.stringify({ version: 1, region: 'UK', reviewed: true }), {
      headers: { 'content-type': 'application/json' },
    })) as typeof fetch;

  it('says which contacts are used instead, in English and Spanish, with the fields at fault', async () => {
    const r = await loadConfig(broken);
    expect(r.problems.map((p) => p.code)).toEqual(['presetUsed']);
    const [problem] = r.problems;
    expect(configProblemText(problem!)).toBe(r.problem);
    await useLocale('es-US');
    const spanish = configProblemText(problem!);
    expect(spanish).toMatch(/^La configuración de la organización tiene problemas/);
    expect(spanish).toContain('región UK');
    expect(spanish).toContain('config.json: organisation: debe ser un objeto');
  });
});

describe('presenter refusals as codes', () => {
  it('shows a refused console command in Spanish when Spanish is active', async () => {
    let s = createClassSession('hotel.test');
    s = askClass(s, 0, [
      { index: 0, text: 'a' },
      { index: 1, text: 'b' },
    ]);
    let error: unknown;
    try {
      takeMajority(s, 'hotel.test#0');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PresenterError);
    const problem = (error as PresenterError).problem;
    expect(problem).toEqual({ code: 'noVotes', params: {} });
    expect(presenterProblemText(problem)).toBe((error as PresenterError).message);
    await useLocale('es-US');
    expect(presenterProblemText(problem)).toBe(
      'nadie ha votado todavía, así que no hay mayoría: anote los votos o elija una opción',
    );
    expect(presenterProblemText({ code: 'tied', params: { options: [1, 2] } })).toBe(
      'las opciones 1 y 2 están empatadas, así que no hay mayoría: elija una',
    );
  });

  it('words a message the console cannot read, naming its type and field', async () => {
    let error: unknown;
    try {
      readMessage({ type: 'choose', index: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProtocolError);
    await useLocale('es-US');
    expect(protocolErrorText(error as ProtocolError)).toContain('mensaje “choose”, campo “key”');
  });
});
