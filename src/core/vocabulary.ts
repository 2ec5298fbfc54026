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

/**
 * What is really going on. `not_trafficking` is a calibration case: a real concern (domestic violence,
 * unpaid wages) or something that is not anyone's concern (an independent adult sex worker), where
 * force, fraud or coercion for commercial sex or labor is absent and the right response differs.
 */
export const SITUATIONS = ['sex_trafficking', 'labour_trafficking', 'not_trafficking', 'none'] as const;
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
 * The report actions, as the response ladder of post orders from least to most urgent (the domain
 * reference's decision ladder): nothing to report; note it in the log only; tell the control room /
 * supervisor (who decides with the officer, per policy, whether to refer); refer to the trafficking
 * hotline with the supervisor; police and child protection (any minor, or a crime in progress that is
 * not an emergency); the emergency number now (immediate danger). The incident report asks for one;
 * the story says (with `requires`) which rung the situation called for.
 */
export const REPORT_ACTIONS = ['none', 'log', 'supervisor', 'hotline', 'police', 'emergency'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/**
 * Action ids earlier versions wrote, and what each means now. Saves, SCORM suspend data, presenter
 * messages and stored debriefs that hold them still load; nothing a learner recorded is lost.
 */
const LEGACY_REPORT_ACTIONS: Readonly<Record<string, ReportAction>> = {
  document: 'log',
};

/** A stored action id as the current ladder names it, or undefined when it is not one. */
export function normaliseAction(value: unknown): ReportAction | undefined {
  if (typeof value !== 'string') return undefined;
  if ((REPORT_ACTIONS as readonly string[]).includes(value)) return value as ReportAction;
  return LEGACY_REPORT_ACTIONS[value];
}

export const SPEAKER_NARRATOR = 'narrator';
export const SPEAKER_OFFICER = 'officer';
