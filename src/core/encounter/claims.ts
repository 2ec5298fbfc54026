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

const CONTACT_CLAIMS: readonly ContactClaim[] = [
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
];

/** Words that make a sentence about the hotline (or the people at it), not about the officer. */
const ABOUT_HOTLINE =
  /\{hotline_(?:name|phone|text)\}|\bhotline\b|\bhelpline\b|\badvocates?\b|\bthey\b|\bthey're\b|\bthey'll\b|\bthe people (?:there|on the line)\b/i;

/** Inline conditionals on a hotline attribute variable: `{hotline_not_police: …}` (the text inside is fine). */
const CONDITIONAL =
  /\{\s*(?:not\s+)?hotline_(?:is_police|not_police|consent_based|languages|hours)\b[^{}]*\}/g;

/**
 * Sentences in ink source that state a hotline attribute as fact, as warnings with their line.
 * Comments, tags and text inside a condition on the attribute's variable are not claims.
 */
export function contactClaims(file: string, source: string): Diagnostic[] {
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
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!ABOUT_HOTLINE.test(sentence)) continue;
      for (const claim of CONTACT_CLAIMS) {
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
