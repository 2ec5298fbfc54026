// What went wrong, as a code the interface words in the learner's language, and the error's own text
// kept apart as the technical detail (for an author or instructor: it names the file, line or field).
// An error's message is English for logs and tools, so it is never the sentence a learner reads
// (docs/i18n.md, "Errors on screen").

import { EncounterError } from '../core/encounter/encounter.ts';
import { DataError } from '../core/validate.ts';
import { EngineError, SavedStateError, StepLimitError, StoryError } from '../story/errors.ts';

/** The kinds of failure a notice can name; each has a message under `failure` in the notices catalog. */
export const FAILURE_KINDS = [
  /** A file or link the game read was refused: worded from its reasons (`DataError`). */
  'data',
  /** Something could not be fetched: the connection or the server. */
  'offline',
  /** The story broke its own rules or ink's (a fault for its author). */
  'storyBroken',
  /** The story ran past the step limits without offering a choice. */
  'storyLoops',
  /** The story engine (inkjs) failed, not the story. */
  'engine',
  /** A saved place in a story could not be loaded. */
  'savedState',
  /** The browser's storage refused (full, or blocked in private browsing). */
  'storage',
  /** Anything else. */
  'unexpected',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface Failure {
  kind: FailureKind;
  /** The error's own text, for the technical details ('' when it has none). */
  detail: string;
  /** The refusal itself, when `kind` is 'data', so every reason can be worded. */
  data?: DataError;
}

/** Names of the DOMExceptions a browser's storage (localStorage, IndexedDB) throws. */
const STORAGE_ERRORS: ReadonlySet<string> = new Set([
  'QuotaExceededError',
  'NotAllowedError',
  'SecurityError',
  'InvalidStateError',
  'UnknownError',
  'VersionError',
  'DataCloneError',
]);

/**
 * How browsers word a failed fetch or a failed `import()` of a chunk (Chromium, Firefox, Safari): a
 * TypeError whose message is all that tells it apart from a bug.
 */
const FETCH_FAILED = /fetch|dynamically imported module|importing a module script|network|load failed/i;

function kindOf(e: unknown): FailureKind {
  if (e instanceof DataError) return 'data';
  if (e instanceof StepLimitError) return 'storyLoops';
  if (e instanceof EngineError) return 'engine';
  if (e instanceof SavedStateError) return 'savedState';
  if (e instanceof StoryError || e instanceof EncounterError) return 'storyBroken';
  if (!(e instanceof Error)) return 'unexpected';
  if (STORAGE_ERRORS.has(e.name)) return 'storage';
  if (e.name === 'TypeError' && FETCH_FAILED.test(e.message)) return 'offline';
  return 'unexpected';
}

/** The error's own text: its name and message, as a log would show it. */
function detailOf(e: unknown): string {
  if (!(e instanceof Error)) return e === undefined || e === null ? '' : String(e);
  if (e.message === '') return e.name;
  return e.message.startsWith(`${e.name}:`) ? e.message : `${e.name}: ${e.message}`;
}

/** What went wrong in `e`, for a notice. */
export function failureOf(e: unknown): Failure {
  const kind = kindOf(e);
  const detail = detailOf(e);
  return e instanceof DataError ? { kind, detail, data: e } : { kind, detail };
}
