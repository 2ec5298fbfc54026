// Words for the incident report form, loaded with it rather than with the game's first download.

export const REPORT_STRINGS = {
  heading: 'Incident report',
  intro:
    'Write down what you saw while it is fresh. Stick to facts: what you saw and heard, not conclusions.',
  observed: 'What did you observe? Tick each thing you saw yourself.',
  who: 'Who was involved? (descriptions, names you heard)',
  when: 'When? (date and time)',
  where: 'Where? (exact place)',
  notes: 'Anything else, in neutral words (optional)',
  action: 'What do you do now?',
  submit: 'File the report',
  needAction: 'Choose what you do now before filing the report.',
} as const;
