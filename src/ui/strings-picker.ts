// Words for the encounter picker, loaded with it rather than with the game's first download.

export const PICKER_STRINGS = {
  heading: 'Choose an encounter',
  intro:
    'Each encounter is a short shift at work. Look around, talk with people, decide what to do and file a report. A debrief at the end shows what you noticed and how each choice served the person in front of you.',
  minutes: (n: number) => `About ${n} minutes`,
  best: (p: number) => `Your best: ${p}%`,
  notPlayed: 'Not played yet',
  open: 'Open',
  resumeHeading: 'You have an encounter in progress',
  resume: 'Resume where you left off',
  discard: 'Start over',
  lastDebrief: 'See your last debrief',
  refresherDue: (last: string) => `Refresher due: you last completed an encounter here on ${last}.`,
  refresherNext: (last: string, due: string) => `Last completed ${last}. Next refresher due ${due}.`,
  suggestHeading: 'Suggested for you',
  suggestWhy: (sign: string) => `— practise noticing: ${sign}`,
} as const;
