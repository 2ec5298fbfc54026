// Fast save, restore and comparison of an inkjs story state, for the explorer. ink's own save
// (StoryState.ToJson / LoadJson) builds, prints and re-parses the whole state as JSON; doing that
// for every state explored was most of the checker's time. Here:
//   - a snapshot copies the state's parts in memory, the way inkjs itself copies a state when it
//     looks ahead past a newline (StoryState.CopyAndStartPatching), but with its own variables and
//     visit counts, so it can be restored any number of times;
//   - a key is the canonical JSON of ink's own save (object keys sorted), written straight from
//     StoryState.WriteJson into a string, with no object tree, no JSON.parse and no re-sorting pass.
// This reaches into inkjs 2.4 internals (fields named below). A state the copy does not cover
// (a patch in progress, several flows, pending errors) falls back to ink's JSON save.
// tests/story/ink-state.test.ts proves on every state of several stories that a restore equals
// ink's LoadJson and that the key equals the canonical JSON of ink's save.

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

/** Puts `snap` back into the live state `s`; the snapshot stays untouched for later restores. */
export function restoreState(s: InkState, snap: StateSnapshot): void {
  if (snap.json !== undefined) {
    s.LoadJson(snap.json);
    return;
  }
  if (!(s._namedFlows === null || s._namedFlows.size <= 1)) {
    // Never the case for a state this module copied from; ink's own loader handles it.
    throw new Error('cannot restore an in-memory snapshot into a story with several flows');
  }
  const flow = s._currentFlow;
  flow.callStack = copyCallStack(snap.callStack);
  flow.outputStream = snap.outputStream.slice();
  flow.currentChoices = snap.choices.map(cloneChoice);
  s.OutputStreamDirty();
  s._aliveFlowNamesDirty = true;
  s._patch = null;
  const vars = s._variablesState;
  vars._globalVariables = new Map(snap.globals);
  vars.callStack = flow.callStack;
  vars.patch = null;
  s._evaluationStack = snap.evaluationStack.slice();
  s.divertedPointer = snap.divertedPointer.copy();
  s._visitCounts = new Map(snap.visitCounts);
  s._turnIndices = new Map(snap.turnIndices);
  s.currentTurnIndex = snap.turnIndex;
  s.storySeed = snap.storySeed;
  s.previousRandom = snap.previousRandom;
  s._currentErrors = null;
  s._currentWarnings = null;
}

/** One member of an object being written: key, value (already written), and the key as an array index (or -1). */
type Member = [string, string, number];

/** One open object or array while writing a key. */
interface Frame {
  object: boolean;
  /** Array items (values already written). */
  items: string[];
  members: Member[];
  /** The property being written in an object (null between properties). */
  property: string | null;
}

/** An array-index property name ("0", "17"), which JavaScript objects list first, in numeric order. */
function indexKey(k: string): number {
  if (k.length === 0 || k.length > 10 || (k.length > 1 && k.charCodeAt(0) === 48)) return -1;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  const n = Number(k);
  return n < 4294967295 ? n : -1;
}

/**
 * The order canonicalJson ends up printing keys in: it sorts them, but the object it rebuilds
 * lists array-index keys first, in numeric order (JavaScript's own property order).
 */
function byJsKeyOrder(a: Member, b: Member): number {
  const ia = a[2];
  const ib = b[2];
  if (ia >= 0 || ib >= 0) {
    if (ia >= 0 && ib >= 0) return ia - ib;
    return ia >= 0 ? -1 : 1;
  }
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** Property names recur in every state (variable names, knot paths): quote each one once. */
const quotedNames = new Map<string, string>();
function quotedName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = JSON.stringify(name);
    if (quotedNames.size >= 50000) quotedNames.clear();
    quotedNames.set(name, quoted);
  }
  return quoted;
}

/** A number as JSON.stringify prints it. */
function jsonNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

/**
 * Takes the calls ink's StoryState.WriteJson makes on its JSON writer (inkjs SimpleJson.Writer)
 * and writes canonical JSON directly: every object's keys in the order canonicalJson (runner.ts)
 * prints them. `skipTop` names top-level keys to leave out.
 */
class CanonicalWriter {
  private readonly stack: Frame[] = [];
  /** The open collection (the top of the stack). */
  private frame: Frame | null = null;
  private nameParts: string | null = null;
  private stringParts: string | null = null;
  result = '';

  constructor(private readonly skipTop: ReadonlySet<string>) {}

  /** Adds a finished value to the open collection (or as the result). */
  private add(value: string | undefined): void {
    const frame = this.frame;
    if (!frame) {
      if (value !== undefined) this.result = value;
      return;
    }
    if (frame.object) {
      const name = frame.property;
      frame.property = null;
      if (name === null) throw new Error('a value was written in an object with no property name');
      // JSON.stringify leaves out properties whose value is undefined.
      if (value === undefined) return;
      if (this.stack.length === 1 && this.skipTop.has(name)) return;
      frame.members.push([name, value, indexKey(name)]);
    } else frame.items.push(value ?? 'null');
  }

  private open(object: boolean): void {
    const frame: Frame = { object, items: [], members: [], property: null };
    this.stack.push(frame);
    this.frame = frame;
  }

  private close(object: boolean): Frame {
    const frame = this.stack.pop();
    if (!frame || frame.object !== object) throw new Error(`${object ? 'object' : 'array'} end out of place`);
    this.frame = this.stack[this.stack.length - 1] ?? null;
    return frame;
  }

  WriteObject(inner: (w: CanonicalWriter) => void): void {
    this.WriteObjectStart();
    inner(this);
    this.WriteObjectEnd();
  }
  WriteObjectStart(): void {
    this.open(true);
  }
  WriteObjectEnd(): void {
    const members = this.close(true).members;
    if (members.length > 1) members.sort(byJsKeyOrder);
    let out = '{';
    for (let i = 0; i < members.length; i++) {
      const m = members[i] as Member;
      out += `${i > 0 ? ',' : ''}${quotedName(m[0])}:${m[1]}`;
    }
    this.add(`${out}}`);
  }
  WriteArrayStart(): void {
    this.open(false);
  }
  WriteArrayEnd(): void {
    this.add(`[${this.close(false).items.join(',')}]`);
  }
  WritePropertyStart(name: string | number): void {
    if (!this.frame?.object) throw new Error('a property outside an object');
    this.frame.property = String(name);
  }
  WritePropertyEnd(): void {
    // A property whose value was null was never written (ink's writer drops it too).
    if (this.frame) this.frame.property = null;
  }
  WriteProperty(name: string | number, content: unknown): void {
    this.WritePropertyStart(name);
    if (content instanceof Function) (content as (w: CanonicalWriter) => void)(this);
    else this.Write(content);
    this.WritePropertyEnd();
  }
  WriteIntProperty(name: string | number, content: number): void {
    this.WritePropertyStart(name);
    this.WriteInt(content);
    this.WritePropertyEnd();
  }
  WriteFloatProperty(name: string | number, content: number): void {
    this.WritePropertyStart(name);
    this.WriteFloat(content);
    this.WritePropertyEnd();
  }
  WritePropertyNameStart(): void {
    this.nameParts = '';
  }
  WritePropertyNameInner(str: string): void {
    this.nameParts += str;
  }
  WritePropertyNameEnd(): void {
    this.WritePropertyStart(this.nameParts ?? '');
    this.nameParts = null;
  }
  Write(value: unknown): void {
    if (value === null) return;
    this.add(typeof value === 'number' ? jsonNumber(value) : JSON.stringify(value));
  }
  WriteBool(value: boolean | null): void {
    if (value === null) return;
    this.add(value ? 'true' : 'false');
  }
  WriteInt(value: number | null): void {
    if (value === null) return;
    this.add(jsonNumber(Math.floor(value)));
  }
  WriteFloat(value: number | null): void {
    if (value === null) return;
    // As ink's writer: JSON has no infinities or NaN.
    const v =
      value === Number.POSITIVE_INFINITY ? 3.4e38 : value === Number.NEGATIVE_INFINITY ? -3.4e38 : value;
    this.add(jsonNumber(Number.isNaN(v) ? 0 : v));
  }
  WriteNull(): void {
    this.add('null');
  }
  WriteStringStart(): void {
    this.stringParts = '';
  }
  WriteStringInner(str: string | null): void {
    if (str !== null) this.stringParts += str;
  }
  WriteStringEnd(): void {
    this.add(JSON.stringify(this.stringParts ?? ''));
    this.stringParts = null;
  }
}

const WITHOUT_TURNS = new Set(['turnIdx', 'turnIndices']);
const ALL = new Set<string>();

/**
 * The canonical JSON of ink's save of `s` (keys sorted), optionally without the turn counters:
 * equal strings exactly when ink would save equal states.
 */
export function canonicalStateJson(s: InkState, keepTurns: boolean): string {
  const writer = new CanonicalWriter(keepTurns ? ALL : WITHOUT_TURNS);
  s.WriteJson(writer);
  return writer.result;
}
