// Interface wording, kept apart from story content so it can be translated in one place.

import type { Phase, ReportAction, Setting, Situation } from '../../core/vocabulary.ts';

export const STRINGS = {
  appName: 'Second Look',
  tagline: 'Practice noticing, and practice responding well.',
  /** The live region where sound captions appear. */
  captions: 'Captions',
  nav: {
    scenarios: 'Scenarios',
    progress: 'Progress',
    settings: 'Settings',
    instructor: 'Instructor tools',
    stepOut: 'Step out',
    back: 'Back',
  },
  note: {
    heading: 'Before you start',
    contentNote: 'Content note',
    stepOutHint:
      'You can step out at any time with the "Step out" button at the top. It pauses the encounter without any penalty.',
    start: 'Start the encounter',
    modes: 'How do you want to play?',
    practice: 'Practice',
    practiceHelp: 'A short coaching note after each choice, and you can replay from any decision.',
    assessment: 'Assessment',
    assessmentHelp: 'No feedback until the debrief, and no replays. The mode is kept with your result.',
    back: 'Back to scenarios',
  },
  encounter: {
    story: 'What happens',
    look: 'Look around',
    lookHint: 'Choose something in the scene to look at more closely.',
    choices: 'What do you do?',
    scene: 'The scene',
    loadingStory: 'Loading the encounter…',
    officer: 'You',
    coaching: 'Coaching note',
    coachingGood: 'That choice helped.',
    coachingMixed: 'That choice had a cost.',
    coachingCritical: 'That was a critical error. The debrief explains why.',
    narrator: '',
  },
  phases: {
    briefing: 'Briefing',
    observe: 'Observe',
    talk: 'Talk',
    act: 'Act',
    report: 'Report',
    debrief: 'Debrief',
  } satisfies Record<Phase, string>,
  actions: {
    none: 'Nothing to report: carry on with the patrol',
    log: 'Note it in the incident log only',
    supervisor: 'Tell the control room or supervisor (they decide with you, per policy, whether to refer)',
    hotline: 'Refer to the trafficking hotline, with the supervisor, as policy says',
    police: 'Police and child protection (any minor, or a crime in progress that is not an emergency)',
    emergency: 'Call the emergency number now (someone is in immediate danger)',
  } satisfies Record<ReportAction, string>,
  stepOut: {
    heading: 'You have stepped out',
    body: 'The encounter is paused. Nothing is lost and there is no penalty. Take the time you need.',
    support: 'If this brought something up for you, support is available:',
    back: 'Go back to the encounter',
    leave: 'Leave the encounter',
  },
  situation: {
    sex_trafficking: 'Possible sex trafficking',
    labour_trafficking: 'Possible labor trafficking',
    not_trafficking: 'Not trafficking: a different response',
    none: 'Nothing was wrong',
  } satisfies Record<Situation, string>,
  settingNames: {
    hotel: 'Hotel',
    hospital: 'Hospital',
    store: 'Store',
    transit: 'Transit',
  } satisfies Record<Setting, string>,
  notices: { dismiss: 'Dismiss' },
  presenter: {
    present: 'Present to a class',
  },
  org: {
    policyHeading: (org: string) => `${org}: what our policy says`,
    openSetup: 'Organization set-up',
    openSetupHelp: 'For administrators: your organization’s name, contacts, policy text and encounters.',
  },
  loading: 'Loading…',
  loadFailed: (reason: string) =>
    `This screen could not be loaded (${reason}). Check the connection and try again.`,
  assignment: {
    heading: (title: string) => `Assignment: ${title}`,
    intro: 'Your instructor chose these encounters for you. Play them in this order.',
    facts: (mode: string, mark: number) => `Mode: ${mode}. Pass mark: ${mark}%.`,
    tally: (passed: number, total: number) => `${passed} of ${total} passed.`,
    status: { 'not-started': 'Not started', passed: 'Passed', 'not-passed': 'Not yet passed' },
    leave: 'Leave this assignment',
    left: 'You left the assignment. Your results are kept on the progress page.',
    opened: (title: string) => `Assignment opened: ${title}.`,
    openFile: 'Open an assignment file',
    openFileHelp: 'If your instructor gave you an assignment file (.json), open it here.',
    notOpened: (reason: string) =>
      `The assignment was not opened: ${reason}. Nothing already saved was changed.`,
    fixedMode: (mode: string) => `Mode set by your assignment: ${mode}`,
    result: (passed: boolean, percent: number, mark: number) =>
      passed
        ? `Assignment: passed with ${percent}% (pass mark ${mark}%).`
        : `Assignment: not yet passed — ${percent}% (pass mark ${mark}%). You can try it again.`,
    learner: 'Your name or staff ID (it goes with the results you export)',
  },
  export: {
    csv: 'Export my results (CSV)',
    learner: 'Your name or staff ID (goes with your exports and certificate)',
  },
} as const;
