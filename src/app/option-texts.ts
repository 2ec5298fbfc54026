// The options' words in every language, for xAPI records (issue #13): an interaction's description
// is a language map, not only the words the learner read. The learner plays one language; for each
// other one, the same encounter's translation (kept to the same structure by npm run
// check:translations: same knots, same choices in the same order) is played alongside in memory,
// with the same seed and the same decisions, and the option taken is read there. Where the two stop
// matching (another option id at that point, a story error), the rest is left to the played
// language alone: a record never carries a guess.

import { entryId, type CompiledEncounter, type EncounterEntry } from '../core/encounter/analysis.ts';
import { startEncounter, type EncounterState } from '../core/encounter/encounter.ts';
import { startOf, type DecisionLog, type LogEntry, type Mode } from '../core/encounter/log.ts';
import { STORY_VARIABLES, variantOf } from '../core/config/config.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locale.ts';
import type { PerLocale } from '../core/lms/xapi.ts';
import type { StoryStep } from '../core/encounter/beats.ts';
import { decide, receive, type DrivenStory } from '../story/driver.ts';

/** A story the shadow plays: the driver's calls and the first step. */
export interface ShadowStory extends DrivenStory {
  continue(): StoryStep;
}

/** Opens a compiled story with ink variables set (the inkjs runner in the game). */
export type ShadowOpener = (
  compiled: CompiledEncounter,
  variables: Record<string, string | number>,
) => ShadowStory;

export interface OptionTexts {
  /** Loads an encounter's versions (and the story adapter) so that `textsOf` can answer at once. */
  prepare(encounterId: string): Promise<void>;
  /**
   * For each choice in `log`, in order, the option's text in every language where it is known: the
   * played language's from the log, the others' from their translations, once prepared.
   */
  textsOf(encounterId: string, log: DecisionLog): PerLocale[];
}

/** One translation played alongside: where it is, and the texts of the options taken so far. */
interface Shadow {
  story: ShadowStory;
  /** Null once it no longer matches the played story. */
  state: EncounterState | null;
  /** How many log entries it has followed. */
  followed: number;
  texts: string[];
}

const NO_CLOCK = () => 0;

/** Follows one log entry in the shadow; false when the shadow cannot follow it. */
function follow(shadow: Shadow, e: LogEntry): boolean {
  const state = shadow.state;
  if (!state) return false;
  if (e.kind === 'choice') {
    const offered = state.choices.find((c) => c.index === e.index);
    if (!offered || offered.id !== e.choiceId || state.awaitingReport) return false;
    shadow.texts.push(offered.text);
    shadow.state = decide(shadow.story, state, { choice: e.index }, NO_CLOCK).state;
  } else if (e.kind === 'report') {
    if (!state.awaitingReport) return false;
    shadow.state = decide(shadow.story, state, { report: e.report }, NO_CLOCK).state;
  }
  return true;
}

/**
 * The options' texts for records, from the encounters' versions per language: `variablesIn` gives
 * the configuration's story variables as a language words them, `open` loads a story opener.
 */
export function optionTexts(
  entries: readonly EncounterEntry[],
  variablesIn: (locale: Locale) => Record<string, string | number>,
  open: () => Promise<ShadowOpener>,
): OptionTexts {
  const byId = new Map(entries.map((e) => [entryId(e), e]));
  const loaded = new Map<string, Partial<Record<Locale, CompiledEncounter>>>();
  let opener: ShadowOpener | null = null;
  /** The shadows of the session being recorded, by language. */
  let session: { key: string; shadows: Map<Locale, Shadow> } | null = null;

  const loaderIn = (entry: EncounterEntry, locale: Locale) =>
    entry.translations?.[locale]?.load ?? (locale === DEFAULT_LOCALE ? entry.load : undefined);

  const shadowIn = (
    c: CompiledEncounter,
    locale: Locale,
    start: { seed: number; mode: Mode },
  ): Shadow | null => {
    if (!opener) return null;
    try {
      const variables = {
        ...variablesIn(locale),
        [STORY_VARIABLES.variant]: variantOf(start.seed, c.meta.variants),
      };
      const story = opener(c, variables);
      const begun = startEncounter(
        { encounterId: c.meta.id, contentHash: c.contentHash, seed: start.seed, mode: start.mode },
        0,
      );
      return { story, state: receive(begun, story.continue(), 0), followed: 0, texts: [] };
    } catch {
      return null;
    }
  };

  return {
    async prepare(encounterId) {
      const entry = byId.get(encounterId);
      if (!entry || loaded.has(encounterId)) return;
      const versions: Partial<Record<Locale, CompiledEncounter>> = {};
      const [story] = await Promise.all([
        open(),
        ...LOCALES.map(async (l) => {
          const c = await loaderIn(entry, l)?.().catch(() => null);
          if (c) versions[l] = c;
        }),
      ]);
      opener = story;
      loaded.set(encounterId, versions);
    },

    textsOf(encounterId, log) {
      const start = startOf(log);
      const versions = loaded.get(encounterId);
      const choices = log.filter((e) => e.kind === 'choice');
      const played = LOCALES.find((l) => versions?.[l]?.contentHash === start?.contentHash);
      if (!start || !versions || !played) return choices.map(() => ({}));
      const key = `${encounterId} ${start.seed} ${start.at}`;
      if (session?.key !== key) session = { key, shadows: new Map() };
      const out: Partial<Record<Locale, string>>[] = choices.map((c) => ({ [played]: c.text }));
      for (const l of LOCALES) {
        const c = versions[l];
        if (l === played || !c) continue;
        const shadow = session.shadows.get(l) ?? shadowIn(c, l, start);
        if (!shadow) continue;
        session.shadows.set(l, shadow);
        for (; shadow.followed < log.length; shadow.followed++) {
          let ok = false;
          try {
            ok = follow(shadow, log[shadow.followed]!);
          } catch {
            ok = false;
          }
          if (!ok) {
            shadow.state = null;
            break;
          }
        }
        shadow.texts.forEach((text, i) => {
          const slot = out[i];
          if (slot) slot[l] = text;
        });
      }
      return out;
    },
  };
}
