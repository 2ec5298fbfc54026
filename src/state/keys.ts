// Typed names for screens. Views switch on these; no screen is spelt as a bare string elsewhere.

export const SCREENS = {
  picker: 'picker',
  contentNote: 'content-note',
  encounter: 'encounter',
  debrief: 'debrief',
  settings: 'settings',
  progress: 'progress',
  instructor: 'instructor',
  orgSetup: 'org-setup',
} as const;
export type Screen = (typeof SCREENS)[keyof typeof SCREENS];
