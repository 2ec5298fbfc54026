// Claims about contacts: a story may say what the configured hotline is like (not police, which
// languages, when it answers, whether it works with consent) only through the configuration's
// variables or conditions on them, since what is true differs by organisation. This finds a
// sentence in ink source that states one of these as fact.

import type { Diagnostic } from './diagnostics.ts';

export interface ContactClaim {
  attribute: 'isPolice' | 'languages' | 'hours' | 'consentBased';
  pattern: RegExp;
  variable: string;
}

/** The language of a story's words: English unless the file is a Spanish translation. */
export type ClaimLanguage = 'en' | 'es';

/** Each claim's words per language the stories are written in. */
const CONTACT_CLAIMS: Readonly<Record<ClaimLanguage, readonly ContactClaim[]>> = {
  en: [
    {
      attribute: 'isPolice',
      pattern: /\bnot (?:the |a )?police\b|\b(?:aren't|isn't) (?:the |a )?police\b|\bno police\b/i,
      variable: 'hotline_not_police',
    },
    {
      attribute: 'languages',
      pattern: /\binterpreters?\b|\bin (?:your|any|every|\d+\+?) languages?\b|\bspeaks? your language\b/i,
      variable: 'hotline_languages',
    },
    {
      attribute: 'hours',
      pattern: /\bday and night\b|\bday or night\b|24\/7|\b24 hours\b|\baround the clock\b|\bany ?time\b/i,
      variable: 'hotline_hours',
    },
    {
      attribute: 'consentBased',
      pattern: /\bconsent\b|\bwithout your (?:say|permission|ok|agreement)\b|\bonly if you (?:want|agree)\b/i,
      variable: 'hotline_consent_based',
    },
  ],
  es: [
    {
      attribute: 'isPolice',
      pattern:
        /\bno (?:es|son) (?:la |de la )?polic[ií]a\b|\bsin (?:la )?polic[ií]a\b|\bni (?:la )?polic[ií]a\b/iu,
      variable: 'hotline_not_police',
    },
    {
      attribute: 'languages',
      pattern:
        /\bint[eé]rpretes?\b|\ben (?:su|cualquier|todos los|\d+\+?) idiomas?\b|\bhablan? su idioma\b/iu,
      variable: 'hotline_languages',
    },
    {
      attribute: 'hours',
      pattern:
        /\bd[ií]a y noche\b|\bd[ií]a o noche\b|24\/7|\b24 horas\b|\ba (?:cualquier|toda) hora\b|\bsiempre contestan\b/iu,
      variable: 'hotline_hours',
    },
    {
      attribute: 'consentBased',
      pattern:
        /\bconsentimiento\b|\bsin su (?:permiso|acuerdo|aprobaci[oó]n)\b|\bsolo si usted (?:quiere|acepta|lo desea)\b/iu,
      variable: 'hotline_consent_based',
    },
  ],
};

/** The claim words for a locale's stories: Spanish for es-*, otherwise English. */
export function claimLanguage(locale: string): ClaimLanguage {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Words that make a sentence about the hotline (or the people at it), not about the officer. */
const ABOUT_HOTLINE: Readonly<Record<ClaimLanguage, RegExp>> = {
  en: /\{hotline_(?:name|phone|text)\}|\bhotline\b|\bhelpline\b|\badvocates?\b|\bthey\b|\bthey're\b|\bthey'll\b|\bthe people (?:there|on the line)\b/i,
  es: /\{hotline_(?:name|phone|text)\}|\bl[ií]nea de ayuda\b|\bdefensor(?:es|as?)?\b|\bellos\b|\bellas\b|\blas personas (?:de ah[ií]|de la l[ií]nea|que contestan)\b|\ball[ií] (?:le )?(?:contestan|atienden|ayudan)\b/iu,
};

/** Inline conditionals on a hotline attribute variable: `{hotline_not_police: …}` (the text inside is fine). */
const CONDITIONAL =
  /\{\s*(?:not\s+)?hotline_(?:is_police|not_police|consent_based|languages|hours)\b[^{}]*\}/g;

/**
 * Sentences in ink source that state a hotline attribute as fact, as warnings with their line.
 * Comments, tags and text inside a condition on the attribute's variable are not claims.
 */
export function contactClaims(file: string, source: string, language: ClaimLanguage = 'en'): Diagnostic[] {
  const claims = CONTACT_CLAIMS[language];
  const about = ABOUT_HOTLINE[language];
  const out: Diagnostic[] = [];
  let depth = 0; // inside a multi-line `{ hotline_…:` block
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '');
    if (depth > 0) {
      depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
      return;
    }
    if (
      /^\s*\{\s*(?:not\s+)?hotline_(?:is_police|not_police|consent_based|languages|hours)\b[^}]*$/.test(line)
    ) {
      depth = 1;
      return;
    }
    // Printing an attribute's own value is the configuration speaking; so is text in a condition on it.
    const text = line
      .replace(/\{hotline_(?:languages|hours)\}/g, 'X')
      .replace(CONDITIONAL, ' ')
      .replace(/#.*$/, '');
    for (const sentence of text.split(/(?<=[.!?])\s+|(?=[¿¡])/u)) {
      // Spanish drops the subject ("No son la policía"), so a line that names the hotline anywhere counts.
      if (!about.test(language === 'es' ? text : sentence)) continue;
      for (const claim of claims) {
        if (!claim.pattern.test(sentence)) continue;
        out.push({
          file,
          line: i + 1,
          severity: 'warning',
          message: `states a fact about the hotline (${claim.attribute}) that depends on the organisation: say it only through {${claim.variable}} or a condition on it ("${sentence.trim().slice(0, 80)}")`,
        });
      }
    }
  });
  return out;
}
