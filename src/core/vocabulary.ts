// Closed vocabularies shared by the tag grammar, the catalogs and the engine.
// Every list is `as const` so the compiler checks each use; nothing else in the code base spells these.

export const SETTINGS = ['hotel', 'hospital', 'store', 'transit'] as const;
export type Setting = (typeof SETTINGS)[number];

/** Indicator ids in the shared reference use `retail.` for the store setting. */
export const SETTING_INDICATOR_PREFIX: Record<Setting, string> = {
  hotel: 'hotel',
  hospital: 'hospital',
  store: 'retail',
  transit: 'transit',
};

export const SITUATIONS = ['sex_trafficking', 'labour_trafficking', 'none'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Story phases in the order an encounter moves through them; `debrief` is reached when the story ends. */
export const PHASES = ['briefing', 'observe', 'talk', 'act', 'report', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];
/** Phases a writer may name in a `phase` tag. */
export const STORY_PHASES = ['briefing', 'observe', 'talk', 'act', 'report'] as const;
export type StoryPhase = (typeof STORY_PHASES)[number];

export const MOODS = ['calm', 'guarded', 'anxious', 'relieved', 'impatient'] as const;
export type Mood = (typeof MOODS)[number];

export const INDICATOR_CATEGORIES = [
  'communication',
  'behavioural',
  'physical',
  'documents_control',
  'situational',
] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/**
 * The report actions, as a ladder from least to most urgent. The incident report asks for one;
 * the story says (with `requires`) which rung the situation called for.
 */
export const REPORT_ACTIONS = ['none', 'document', 'supervisor', 'hotline', 'emergency'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const SPEAKER_NARRATOR = 'narrator';
export const SPEAKER_OFFICER = 'officer';
