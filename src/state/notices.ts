// The notices slice: messages for the learner. The store's own notices are ids with values; their
// words come from the texts the store is given (src/ui/strings/strings-notices.ts), so no sentence lives
// in state code and another language is another table.

import type { DataError } from '../core/validate.ts';
import type { Failure } from './failure.ts';
import type { GetState, NoticesSlice, SetState } from './types.ts';

/**
 * A notice on screen: its sentence in the learner's language and, when it reports an error, the
 * error's own text as technical details (shown collapsed, never as the sentence).
 */
export interface Notice {
  text: string;
  detail?: string;
}

/** A notice's words: a sentence, or a sentence with technical details. */
export type NoticeWords = string | Notice;

/** The words of each of the store's own notices. */
export interface NoticeTexts {
  /** The saved settings could not be read; a copy of the damaged save is kept under `copyKey`. */
  storageDamaged(copyKey: string): string;
  /** The save came from another version (`saved`, this one is `current`); a copy is kept under `copyKey`. */
  storageVersion(saved: number, current: number, copyKey: string): string;
  /** The saved last debrief was damaged and is dropped. */
  lastDebriefDamaged(): string;
  /** `count` set-aside unfinished attempts were damaged and are dropped. */
  setAsideDamaged(count: number): string;
  attemptNotSaved(failure: Failure): Notice;
  unknownEncounter(id: string): string;
  encounterNotLoaded(failure: Failure): Notice;
  /** The story failed on a decision; the learner's place before it is kept. */
  storyStopped(failure: Failure): Notice;
  /** "Replay from here" found the encounter changed since the attempt. */
  replayChanged(): string;
  /** The encounter being resumed changed since the learner left; the attempt was set aside. */
  sessionChanged(): string;
  sessionNotRestored(failure: Failure): Notice;
  historyDamaged(count: number): string;
  historyUnreadable(failure: Failure): Notice;
  /** A file that could not be imported, and why (worded by the texts in the active language). */
  importRefused(error: DataError): string;
  imported(count: number, file: string): string;
}

export type NoticeId = keyof NoticeTexts;

export function noticesSlice(texts: NoticeTexts) {
  return (set: SetState, get: GetState): NoticesSlice => ({
    notices: [],
    notify: (text, detail) => set({ notices: [...get().notices, detail ? { text, detail } : { text }] }),
    tell: (id, ...values) => {
      const words = (texts[id] as (...args: typeof values) => NoticeWords)(...values);
      if (typeof words === 'string') get().notify(words);
      else get().notify(words.text, words.detail);
    },
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  });
}
