// The notices slice: messages for the learner. The store's own notices are ids with values; their
// words come from the texts the store is given (src/ui/strings/strings-notices.ts), so no sentence lives
// in state code and another language is another table.

import type { DataError } from '../core/validate.ts';
import type { Cached } from './lazy.ts';
import type { GetState, NoticesSlice, SetState } from './types.ts';

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
  attemptNotSaved(reason: string): string;
  unknownEncounter(id: string): string;
  encounterNotLoaded(reason: string): string;
  /** The story failed on a decision; the learner's place before it is kept. */
  storyStopped(reason: string): string;
  /** "Replay from here" found the encounter changed since the attempt. */
  replayChanged(): string;
  /** The encounter being resumed changed since the learner left; the attempt was set aside. */
  sessionChanged(): string;
  sessionNotRestored(reason: string): string;
  historyDamaged(count: number): string;
  historyUnreadable(reason: string): string;
  /**
   * A file that could not be imported, and why (worded by the texts in the active language; the
   * words for a file's problems load when first needed, so this one answers later).
   */
  importRefused(error: DataError): Promise<string>;
  imported(count: number, file: string): string;
}

export type NoticeId = keyof NoticeTexts;

/**
 * Words a notice with the texts, and gives it to `notify`: at once when the texts are at hand and
 * word it at once, else once they are loaded (the promise of it being given).
 */
export function wordNotice(
  texts: Cached<NoticeTexts>,
  word: (t: NoticeTexts) => string | Promise<string>,
  notify: (message: string) => void,
): void | Promise<void> {
  const t = texts.current();
  const atHand = t ? word(t) : texts.load().then(word);
  if (typeof atHand === 'string') notify(atHand);
  else return atHand.then(notify);
}

/** `texts`: at hand, or loaded on the first notice. */
export function noticesSlice(texts: Cached<NoticeTexts>) {
  return (set: SetState, get: GetState): NoticesSlice => ({
    notices: [],
    notify: (message) => set({ notices: [...get().notices, message] }),
    tell: (id, ...values) =>
      wordNotice(
        texts,
        (t) => (t[id] as (...args: typeof values) => string | Promise<string>)(...values),
        get().notify,
      ),
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  });
}
