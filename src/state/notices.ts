// The notices slice: messages for the learner. The store's own notices are ids with values; their
// words come from the texts the store is given (src/ui/strings/strings-notices.ts), so no sentence lives
// in state code and another language is another table.

import type { DataError } from '../core/validate.ts';
import type { Cached } from './lazy.ts';
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
  word: (t: NoticeTexts) => NoticeWords | Promise<NoticeWords>,
  notify: (text: string, detail?: string) => void,
): void | Promise<void> {
  const give = (words: NoticeWords) =>
    typeof words === 'string' ? notify(words) : notify(words.text, words.detail);
  const t = texts.current();
  const atHand = t ? word(t) : texts.load().then(word);
  if (atHand instanceof Promise) return atHand.then(give);
  give(atHand);
}

/** `texts`: at hand, or loaded on the first notice. */
export function noticesSlice(texts: Cached<NoticeTexts>) {
  return (set: SetState, get: GetState): NoticesSlice => ({
    notices: [],
    notify: (text, detail) => set({ notices: [...get().notices, detail ? { text, detail } : { text }] }),
    tell: (id, ...values) =>
      wordNotice(
        texts,
        (t) => (t[id] as (...args: typeof values) => NoticeWords | Promise<NoticeWords>)(...values),
        get().notify,
      ),
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  });
}
