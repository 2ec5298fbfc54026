// A failure worded for the learner when it happens. The notices' words are not on the first screen
// (they load with the first notice), so they are loaded here; when they cannot load either (the same
// lost connection that made a screen fail, say), the general sentence is given with the error's own
// text as its technical details, so the learner is never left without a message.

import { failureOf } from '../state/failure.ts';
import type { Notice } from '../state/notices.ts';

/** `sentence` worded for the failure `e` (its cause from the notices' words), the error's text as details. */
export async function wordFailure(
  sentence: (args: { cause: string }) => string,
  e: unknown,
): Promise<Notice> {
  const failure = failureOf(e);
  try {
    const { failureNotice } = await import('./strings/strings-notices.ts');
    return failureNotice(sentence, failure);
  } catch {
    const text = sentence({ cause: '' }).trim();
    return failure.detail ? { text, detail: failure.detail } : { text };
  }
}
