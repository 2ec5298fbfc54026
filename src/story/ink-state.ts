// Fast save, restore and comparison of an inkjs story state, for the explorer. ink's own save
// (StoryState.ToJson / LoadJson) builds, prints and re-parses the whole state as JSON; doing that
// for every state explored was most of the checker's time. Here:
//   - a snapshot copies the state's parts in memory, the way inkjs itself copies a state when it
//     looks ahead past a newline (StoryState.CopyAndStartPatching), but with its own variables and
//     visit counts, so it can be restored any number of times;
//   - a key is a 128-bit hash of the JSON ink's save would write (object keys in any order), taken
//     straight from the calls StoryState.WriteJson makes on its writer: no text is written, parsed
//     or sorted (ink-key.ts).
// This reaches into inkjs 2.4 internals (fields named below). A state the copy does not cover
// (a patch in progress, several flows, pending errors) falls back to ink's JSON save.
// tests/story/ink-state.test.ts proves on every state of several stories that a restore equals
// ink's LoadJson and that two keys are equal exactly when the canonical JSON of ink's saves are.

export { countsKey, jsonKey, stateKey } from './ink-key.ts';

/** The parts of inkjs 2.4 runtime objects used here. */
interface InkPointer {
  copy(): InkPointer;
}
interface InkCallStack {
  constructor: new (copyOf: InkCallStack) => InkCallStack;
}
interface InkChoice {
  Clone(): InkChoice;
  tags: string[] | null;
}
interface InkFlow {
  callStack: InkCallStack;
  outputStream: unknown[];
  currentChoices: InkChoice[];
}
interface InkVariables {
  _globalVariables: Map<string, unknown>;
  callStack: InkCallStack;
  patch: unknown;
}
export interface InkState {
  _currentFlow: InkFlow;
  _namedFlows: Map<string, InkFlow> | null;
  _patch: unknown;
  _variablesState: InkVariables;
  _evaluationStack: unknown[];
  divertedPointer: InkPointer;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  _currentErrors: string[] | null;
  _currentWarnings: string[] | null;
  _aliveFlowNamesDirty: boolean;
  OutputStreamDirty(): void;
  WriteJson(writer: unknown): void;
  ToJson(): string;
  LoadJson(json: string): void;
}

/** A saved story state: in-memory parts, or ink's JSON when the state is one the copy does not cover. */
export type StateSnapshot = MemorySnapshot | { json: string };

interface MemorySnapshot {
  json?: undefined;
  callStack: InkCallStack;
  outputStream: unknown[];
  choices: InkChoice[];
  globals: Map<string, unknown>;
  evaluationStack: unknown[];
  divertedPointer: InkPointer;
  visitCounts: Map<string, number>;
  turnIndices: Map<string, number>;
  turnIndex: number;
  storySeed: number;
  previousRandom: number;
}

/** inkjs's Choice.Clone copies the thread but forgets the tags. */
function cloneChoice(c: InkChoice): InkChoice {
  const copy = c.Clone();
  copy.tags = c.tags;
  return copy;
}

function copyCallStack(cs: InkCallStack): InkCallStack {
  return new cs.constructor(cs);
}

/** Whether the in-memory copy covers this state (otherwise use ink's JSON save). */
function copyable(s: InkState): boolean {
  return (
    s._patch === null &&
    s._variablesState.patch === null &&
    (s._namedFlows === null || s._namedFlows.size <= 1) &&
    !s._currentErrors?.length &&
    !s._currentWarnings?.length
  );
}

export function snapshotState(s: InkState): StateSnapshot {
  if (!copyable(s)) return { json: s.ToJson() };
  const flow = s._currentFlow;
  return {
    callStack: copyCallStack(flow.callStack),
    outputStream: flow.outputStream.slice(),
    // A choice's thread becomes the live thread when it is taken, so each restore clones again.
    choices: flow.currentChoices.map(cloneChoice),
    globals: new Map(s._variablesState._globalVariables),
    evaluationStack: s._evaluationStack.slice(),
    divertedPointer: s.divertedPointer.copy(),
    visitCounts: new Map(s._visitCounts),
    turnIndices: new Map(s._turnIndices),
    turnIndex: s.currentTurnIndex,
    storySeed: s.storySeed,
    previousRandom: s.previousRandom,
  };
}

/**
 * Puts `snap` back into the live state `s`. The snapshot stays untouched for later restores, unless
 * this is its `last` use: then the live state takes its parts over instead of copies of them.
 */
export function restoreState(s: InkState, snap: StateSnapshot, last = false): void {
  if (snap.json !== undefined) {
    s.LoadJson(snap.json);
    return;
  }
  if (!(s._namedFlows === null || s._namedFlows.size <= 1)) {
    // Never the case for a state this module copied from; ink's own loader handles it.
    throw new Error('cannot restore an in-memory snapshot into a story with several flows');
  }
  const flow = s._currentFlow;
  flow.callStack = last ? snap.callStack : copyCallStack(snap.callStack);
  flow.outputStream = last ? snap.outputStream : snap.outputStream.slice();
  flow.currentChoices = last ? snap.choices : snap.choices.map(cloneChoice);
  s.OutputStreamDirty();
  s._aliveFlowNamesDirty = true;
  s._patch = null;
  const vars = s._variablesState;
  vars._globalVariables = last ? snap.globals : new Map(snap.globals);
  vars.callStack = flow.callStack;
  vars.patch = null;
  s._evaluationStack = last ? snap.evaluationStack : snap.evaluationStack.slice();
  s.divertedPointer = last ? snap.divertedPointer : snap.divertedPointer.copy();
  s._visitCounts = last ? snap.visitCounts : new Map(snap.visitCounts);
  s._turnIndices = last ? snap.turnIndices : new Map(snap.turnIndices);
  s.currentTurnIndex = snap.turnIndex;
  s.storySeed = snap.storySeed;
  s.previousRandom = snap.previousRandom;
  s._currentErrors = null;
  s._currentWarnings = null;
}

/** The visit counts of a state at a choice (none are pending in a patch), by container path. */
export function visitCounts(s: InkState): ReadonlyMap<string, number> {
  if (s._patch !== null) throw new Error('visit counts asked for in the middle of a step');
  return s._visitCounts;
}
