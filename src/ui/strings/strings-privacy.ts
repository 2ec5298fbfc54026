// Words for shared-device mode and for clearing the learner's data on this device.

export const PRIVACY_STRINGS = {
  legend: 'Privacy on this device',
  shared: 'This is a shared device',
  sharedHelp:
    'For a computer several people use, such as a guard-station PC. Your name, attempts, debriefs and the encounter under way are kept only until you end the session or close this tab. Export your results before you leave if you need them.',
  sharedByOrganisation: 'Your organization has set this device as shared, so this cannot be turned off here.',
  lmsKeeps: 'Your LMS keeps the results of this course; nothing else about you is kept on this device.',
  banner: 'Shared device',
  bannerText:
    'This is a shared device: your progress is kept only until you end the session or close this tab.',
  bannerLms: 'This is a shared device: your LMS keeps your results; nothing else about you stays here.',
  exportFirst: 'Export my results',
  endSession: 'End session',
  clear: 'Clear my data on this device',
  clearHelp:
    'Removes your name, attempts, debriefs, settings and the saved offline copy of the game from this browser. The organization set-up is kept.',
  cancel: 'Cancel',
  dialogs: {
    clear: {
      heading: 'Clear your data from this device?',
      body: [
        'This removes your name or staff ID, every attempt and debrief, the encounter under way, your settings and the offline copy of the game from this browser. It cannot be undone.',
        'Export your results first if you need them. The game then starts afresh (it downloads its offline copy again when it is online).',
      ],
      confirm: 'Clear my data',
    },
    end: {
      heading: 'End this session?',
      body: [
        'Your name or staff ID, attempts, debriefs and the encounter under way are removed from this device, and the game starts afresh for the next person.',
        'Export your results first if you need them.',
      ],
      confirm: 'End session',
    },
    sharedOn: {
      heading: 'Make this a shared device?',
      body: [
        'From now on nothing about you is kept after you end the session or close the tab.',
        'Your progress saved on this device so far is removed now. Export it first if you need it.',
      ],
      confirm: 'Clear and turn on',
    },
    sharedOff: {
      heading: 'Stop treating this device as shared?',
      body: [
        'Your progress will be kept on this device from now on, for anyone using it to see.',
        'What you did in this session so far is removed. Export it first if you need it.',
      ],
      confirm: 'Turn off',
    },
  },
  orgShared: 'Shared devices: keep nothing about a learner after their session',
  orgSharedHint:
    'For guard-station PCs used by a whole shift. Names, attempts and debriefs are kept only until the learner ends the session or closes the tab, and learners cannot turn this off. Inside an LMS the LMS keeps the results.',
  progressHeading: 'Your data on this device',
  leaving: 'Your results have not been exported. Leave anyway?',
} as const;

export type PrivacyDialog = keyof typeof PRIVACY_STRINGS.dialogs;
