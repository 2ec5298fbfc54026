// The debrief's sentences about the response, in the learner's language: what the policy expected on
// the path, the recommended steps and the scoring table's rows. The core says which (by id); these
// word them from the debrief catalog with the configured contacts, read at each render so a change of
// language or configuration shows at once.

import type { AppConfig, Hotline } from '../../core/config/config.ts';
import type { RecommendedStep } from '../../core/encounter/debrief.ts';
import type { LadderRowCase } from '../../core/encounter/ladder.ts';
import type { ReportAction } from '../../core/vocabulary.ts';
import { DEBRIEF_STRINGS as D } from '../strings/strings-debrief.ts';

/** The rows of the scoring table, in the order it shows them. */
export const LADDER_ROWS: readonly LadderRowCase[] = [
  'right',
  'over_one',
  'over_more',
  'over_police',
  'under',
  'under_emergency',
  'under_minor',
];

/** A scoring-table row's words: when it applies, its points and why. */
export function ladderWords(row: LadderRowCase): { when: string; points: string; why: string } {
  return D.ladder[row];
}

/** The first person to tell (the control room, the supervisor…). */
function firstContact(config: AppConfig): string {
  return config.contacts.internalEscalation[0] ?? D.firstContact;
}

/** What the configuration says about the first hotline, as sentences; empty when it says nothing. */
export function hotlineFacts(h: Hotline): string {
  const F = D.hotlineFacts;
  const out: string[] = [];
  if (h.isPolice === false) out.push(F.notPolice);
  if (h.isPolice === true) out.push(F.police);
  if (h.hours) out.push(F.hours({ hours: h.hours }));
  if (h.languages) out.push(F.languages({ languages: h.languages }));
  if (h.consentBased === true) out.push(F.consent);
  return out.join(' ');
}

/** Why the path's situation called for its rung, with the configured contacts named. */
export function expectedWords(required: ReportAction, minor: boolean, config: AppConfig): string {
  const c = config.contacts;
  const first = firstContact(config);
  const E = D.expected;
  switch (required) {
    case 'none':
      return E.none;
    case 'log':
      return E.log;
    case 'supervisor':
      return E.supervisor({ first });
    case 'hotline':
      return E.hotline({ hotline: c.hotline.name, first });
    case 'police':
      return minor ? E.policeMinor({ childProtection: c.childProtection.name }) : E.police({ first });
    case 'emergency':
      return E.emergency({ number: c.emergencyNumber, first });
  }
}

/** One recommended step as a sentence, with the configured contacts filled in. */
export function stepWords(step: RecommendedStep, config: AppConfig): string {
  const c = config.contacts;
  const S = D.steps;
  const first = firstContact(config);
  switch (step) {
    case 'call_emergency':
      return S.call_emergency({ number: c.emergencyNumber });
    case 'tell_escalation':
    case 'tell_escalation_decide': {
      const chain = c.internalEscalation
        .slice(1)
        .reduce((said, next) => D.thenTell({ first: said, next }), first);
      return S[step]({ chain });
    }
    case 'minor_to_police': {
      const cp = c.childProtection;
      const childProtection = cp.phone ? D.withNote({ text: cp.name, note: cp.phone }) : cp.name;
      return S.minor_to_police({ childProtection });
    }
    case 'report_hotline': {
      const on = D.hotlineOn({ name: c.hotline.name, phone: c.hotline.phone });
      const hotline = c.hotline.text ? D.withNote({ text: on, note: c.hotline.text }) : on;
      const facts = hotlineFacts(c.hotline);
      return `${S.report_hotline({ first, hotline })}${facts ? ` ${facts}` : ''}`;
    }
    default:
      return S[step];
  }
}
