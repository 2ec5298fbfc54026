// What a writer reads about each tag (the grammar tables in stories/README.md, `npm run docs:grammar`):
// its value's syntax, an example and what it does. Kept apart from the rule table
// (src/core/tags/tag-rules.ts) so the browser, which only parses tags, does not download the guide.

import {
  MOODS,
  REPORT_ACTIONS,
  SETTINGS,
  SITUATIONS,
  SPEAKER_NARRATOR,
  SPEAKER_OFFICER,
  STORY_PHASES,
} from '../vocabulary.ts';
import { MAX_VARIANTS, REVEALS_NOTHING, SCORE_MAX, SCORE_MIN, TAG, type TagKey } from './tag-types.ts';

interface TagDoc {
  /** Value syntax as written for writers. */
  syntax: string;
  example: string;
  meaning: string;
}

export const TAG_DOCS: Record<TagKey, TagDoc> = {
  [TAG.grammar]: {
    syntax: 'the grammar version, `1`',
    example: '# grammar: 1',
    meaning: 'Which version of this grammar the file is written for.',
  },
  [TAG.id]: {
    syntax: '`setting.name`, lower case',
    example: '# id: hotel.night_lobby',
    meaning: 'The encounter id. Saves, progress and reports use it; never change it once published.',
  },
  [TAG.title]: {
    syntax: 'text',
    example: '# title: Night shift: the lobby',
    meaning: 'Title shown in the scenario picker and the debrief.',
  },
  [TAG.setting]: {
    syntax: SETTINGS.join(' / '),
    example: '# setting: hotel',
    meaning: 'The workplace. Must match the folder the file is in.',
  },
  [TAG.summary]: {
    syntax: 'text',
    example: '# summary: A quiet night at the front desk, until a guest checks in for three.',
    meaning: 'One or two sentences for the picker.',
  },
  [TAG.minutes]: {
    syntax: 'whole number of minutes, 1–60',
    example: '# minutes: 10',
    meaning: 'Estimated play time.',
  },
  [TAG.situation]: {
    syntax: SITUATIONS.join(' / '),
    example: '# situation: sex_trafficking',
    meaning: 'What is really going on. Shown only in the debrief.',
  },
  [TAG.minor]: {
    syntax: 'yes / no',
    example: '# minor: no',
    meaning: 'Whether a young person under 18 is involved. A minor always needs escalation.',
  },
  [TAG.contentNote]: {
    syntax: 'text',
    example: '# content_note: Talks about sexual exploitation of an adult. No violence is shown.',
    meaning: 'Shown before the encounter starts, with a way to step out.',
  },
  [TAG.focus]: {
    syntax: 'a few words',
    example: '# focus: Who holds the ID and the key cards',
    meaning: 'What the encounter practises, shown in the picker. Optional.',
  },
  [TAG.variants]: {
    syntax: `whole number 1–${MAX_VARIANTS}`,
    example: '# variants: 2',
    meaning:
      'How many replay variants the story has. The engine sets the ink variable `variant` from the attempt’s seed; optional, default 1.',
  },
  [TAG.character]: {
    syntax: '`id; Name; short description`',
    example: '# character: mara; Mara; A guest in her twenties in a grey hoodie',
    meaning: 'Declares someone who can speak or be shown. The description is read to screen-reader users.',
  },
  [TAG.distractor]: {
    syntax: 'a distractor id from stories/catalog/distractors.json',
    example: '# distractor: not.speaks_other_language',
    meaning: 'Something that is not an indicator, offered on the report checklist.',
  },
  [TAG.teaches]: {
    syntax: 'a misconception id from stories/catalog/misconceptions.json',
    example: '# teaches: myth.would_ask_for_help',
    meaning: 'A misconception the debrief always answers for this encounter.',
  },
  [TAG.phase]: {
    syntax: STORY_PHASES.join(' / '),
    example: '# phase: observe',
    meaning: 'Moves the encounter to this phase. Phases only move forward.',
  },
  [TAG.bg]: {
    syntax: 'a scene id',
    example: '# bg: hotel_lobby_night',
    meaning: 'The scene art to draw. Observation hotspots belong to it.',
  },
  [TAG.show]: {
    syntax: '`character:mood`; mood is ' + MOODS.join(' / '),
    example: '# show: mara:anxious',
    meaning: 'Puts a character in the scene, or changes their mood.',
  },
  [TAG.hide]: {
    syntax: 'a character id',
    example: '# hide: victor',
    meaning: 'Takes a character out of the scene.',
  },
  [TAG.ambience]: {
    syntax: 'a sound id, or `none`',
    example: '# ambience: lobby_night',
    meaning: 'The background loop from here on.',
  },
  [TAG.requires]: {
    syntax: REPORT_ACTIONS.join(' / '),
    example: '# requires: hotline',
    meaning:
      'The report action this situation calls for, from here on. The most urgent one reached on the path counts.',
  },
  [TAG.ending]: {
    syntax: '`id; Title`',
    example: '# ending: card_taken; She takes the card',
    meaning: 'Names the outcome this path reached. Every path must reach one before the story ends.',
  },
  [TAG.speaker]: {
    syntax: `a character id, \`${SPEAKER_OFFICER}\` (the player) or \`${SPEAKER_NARRATOR}\``,
    example: '# speaker: mara',
    meaning: 'Who says this line. Lines without it are narration.',
  },
  [TAG.indicator]: {
    syntax: 'an indicator id from stories/catalog/indicators.json',
    example: '# indicator: hotel.companion_holds_id_money_keys',
    meaning: 'This line (or taking this choice) makes the indicator visible to the officer.',
  },
  [TAG.sound]: {
    syntax: 'a sound id',
    example: '# sound: lift_chime',
    meaning: 'A short sound played with the line (captioned when captions are on).',
  },
  [TAG.observe]: {
    syntax: 'a hotspot id in the current scene',
    example: '# observe: desk_keycards',
    meaning: 'Makes the choice an observation target, bound to a hotspot in the scene art. Needs `reveals`.',
  },
  [TAG.reveals]: {
    syntax: `an indicator id, or \`${REVEALS_NOTHING}\` for a red herring`,
    example: '# reveals: hotel.few_possessions_long_stay',
    meaning: 'What looking at the hotspot shows.',
  },
  [TAG.score]: {
    syntax: `\`dimension +n\` or \`dimension -n\`, n from ${SCORE_MIN} to ${SCORE_MAX}`,
    example: '# score: trust +2',
    meaning: 'Points on a scoring dimension. Needs a `why`.',
  },
  [TAG.why]: {
    syntax: 'one sentence',
    example: '# why: Asking in private gives her a safe chance to answer.',
    meaning: 'The rationale shown in the debrief.',
  },
  [TAG.critical]: {
    syntax: 'a critical-error id from stories/catalog/critical-errors.json',
    example: '# critical: confront_controller',
    meaning: 'Taking this choice is a critical error, listed first in the debrief.',
  },
  [TAG.myth]: {
    syntax: 'a misconception id',
    example: '# myth: myth.would_ask_for_help',
    meaning: 'The choice acts on this misconception; the debrief answers it when taken.',
  },
  [TAG.report]: {
    syntax: 'no value',
    example: '+ [File the incident report] # report',
    meaning: 'This choice opens the incident report form (report phase only).',
  },
  [TAG.action]: {
    syntax: REPORT_ACTIONS.filter((a) => a !== 'none').join(' / '),
    example: '# action: supervisor',
    meaning:
      'The response-ladder action this act-phase choice takes. The checker reports any path where a rewarded action is then scored as wrong in the report.',
  },
  [TAG.discuss]: {
    syntax: 'a question, on a line of text',
    example: '# discuss: What would you want to know before acting?',
    meaning:
      'A discussion prompt for a class. Presenter mode pauses here and shows the question before the next choice; solo play ignores it.',
  },
  [TAG.ambiguous]: {
    syntax: 'an indicator id from stories/catalog/indicators.json',
    example: '# ambiguous: hotel.few_possessions_long_stay',
    meaning:
      'With `observe`: the look could mean this indicator, or something ordinary; looking alone cannot tell. A later question must settle it (`resolves`); the validity report counts it.',
  },
  [TAG.resolves]: {
    syntax: 'an indicator id named by an `ambiguous` look',
    example: '# resolves: hotel.few_possessions_long_stay',
    meaning:
      'Asking this settles the ambiguous look of that indicator, either way: the answer shows the indicator (an `indicator` tag) or shows the ordinary reason.',
  },
};
