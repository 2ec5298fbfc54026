// Words for the settings screen, loaded with it rather than with the game's first download.

export const SETTINGS_STRINGS = {
  trainers: 'For trainers',
  instructorTools: 'Show the instructor tools',
  instructorToolsHelp:
    'Adds Instructor tools (assignments, program results) to the menu and “Present to a class” to each scenario. Learners do not need them.',
  heading: 'Settings',
  sound: 'Sound',
  master: 'Master volume',
  music: 'Music volume',
  ambience: 'Ambience volume',
  effects: 'Effects volume',
  muted: 'Mute all sound',
  captions: 'Show captions for sounds',
  display: 'Display',
  textSize: 'Text size',
  textSizes: { normal: 'Normal', large: 'Large', larger: 'Larger' },
  highContrast: 'High contrast',
  reducedMotion: 'Reduce motion',
  dyslexiaFont: 'Dyslexia-friendly font (OpenDyslexic)',
  done: 'Done',
} as const;
