// The words of the LMS bridge's notices (src/lms/bridge.ts), handed in by the app in the active language
// (src/ui/strings/strings-lms.ts, namespace `lms`), so no sentence lives in the bridge. An error's own
// text is never the sentence: where there is one, it is the notice's technical details.

import type { DataError } from '../core/validate.ts';
import type { Failure } from './failure.ts';
import type { Notice } from './notices.ts';

export interface LmsNoticeTexts {
  /** No LMS runtime of `standard` was found: the learner plays, nothing is recorded. */
  noRuntime(standard: string): string;
  /**
   * The saved place could not be read (`error` worded from its reasons; null when not a refusal), so
   * the assignment starts from the first unfinished encounter; `copyKey` names the kept copy, if any.
   */
  damaged(error: DataError | null, copyKey: string | null): string;
  /** The encounter changed since the learner left; it starts again. */
  changed(): string;
  /** The LMS refused some progress data (its own error texts are the details). */
  refused(): string;
  /** The cmi5 launch failed. */
  launchFailed(failure: Failure): Notice;
  /** The package's lms.json could not be read. */
  badPackage(failure: Failure): Notice;
}
