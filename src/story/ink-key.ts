// Keys of ink story states, for the explorer (ink-state.ts has the save and restore): a key is a
// 128-bit hash of the JSON ink's save would write (object keys in any order, threads numbered in
// order of first mention), taken straight from the calls StoryState.WriteJson makes on its writer
// (KeyWriter below, the inkjs 2.4 SimpleJson.Writer calls): no text is written, parsed or sorted.
// tests/story/ink-state.test.ts proves that two keys are equal exactly when the canonical JSON of
// ink's saves are.

import { fmix, hashLanes, lanesHex } from '../core/hash.ts';
import { canonicalThreads, CHOICE_THREADS, renumbered, THREAD_COUNTER } from './thread-numbers.ts';

/** A number as JSON.stringify prints it. */
function jsonNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

// What a key hashes: each JSON value becomes 128 bits (four 32-bit lanes). A string or a number is
// hashed from its characters, with a different seed for names, strings and other tokens. An object
// is the lane-wise sum of its members' hashes, each member mixing its name's hash with its value's,
// so member order does not matter (ink writes maps in the order entries were added, which depends
// on the path taken); an array is the same with each item's position as its name.
const NAME = 1;
const STRING = 2;
const TOKEN = 3;
const OBJECT = 4;
const ARRAY = 5;

/**
 * The same texts recur in every state (property names, knot paths, small numbers, variable values,
 * choice texts and their tags): each is hashed once. (Looking a text up costs one pass of the
 * engine's own string hash, far quicker than this module's.) Very long texts are hashed in place.
 */
const CACHED_TEXT = 4096;
const CACHE_LIMIT = 50000;
const caches = [new Map<string, Int32Array>(), new Map<string, Int32Array>(), new Map<string, Int32Array>()];
function lanesOf(kind: number, text: string): Int32Array {
  if (text.length > CACHED_TEXT) return hashLanes(text, kind);
  const cache = caches[kind - 1] as Map<string, Int32Array>;
  let lanes = cache.get(text);
  if (lanes === undefined) {
    lanes = hashLanes(text, kind);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, lanes);
  }
  return lanes;
}

/**
 * Numbers written as tokens, by value: the same lanes as their printed text, without printing a new
 * string for every number written (and hashing it again to look it up).
 */
const numberCache = new Map<number, Int32Array>();
function numberLanes(n: number): Int32Array {
  let lanes = numberCache.get(n);
  if (lanes === undefined) {
    lanes = lanesOf(TOKEN, jsonNumber(n));
    if (numberCache.size >= CACHE_LIMIT) numberCache.clear();
    numberCache.set(n, lanes);
  }
  return lanes;
}

/**
 * ink writes each text in its output and variables as "^" and then the text: such strings are looked
 * up by the text ink already holds, not by a new string joined for every state.
 */
const CARET = '^';
const caretCache = new Map<string, Int32Array>();
function caretLanes(text: string): Int32Array {
  if (text.length > CACHED_TEXT) return lanesOf(STRING, CARET + text);
  let lanes = caretCache.get(text);
  if (lanes === undefined) {
    lanes = lanesOf(STRING, CARET + text);
    if (caretCache.size >= CACHE_LIMIT) caretCache.clear();
    caretCache.set(text, lanes);
  }
  return lanes;
}

/** An array item's position, hashed as its name. */
const positions: Int32Array[] = [];
function positionLanes(i: number): Int32Array {
  return (positions[i] ??= hashLanes(`#${i}`, NAME));
}

/**
 * Takes the calls ink's StoryState.WriteJson makes on its JSON writer (inkjs SimpleJson.Writer) and
 * hashes the JSON they describe, without writing it: equal hashes for JSON values that are equal
 * once object keys are sorted. `skipTop` names top-level keys to leave out.
 */
class KeyWriter {
  /** Per open collection: the lane sums of its members, four to a level. */
  private sums = new Int32Array(64);
  private counts: number[] = [];
  private objects: boolean[] = [];
  private properties: (string | null)[] = [];
  private depth = 0;
  private nameParts: string | null = null;
  /** A string being written in parts: how many, the first, and the rest joined. */
  private stringParts = 0;
  private stringHead = '';
  private stringTail = '';
  /** The hash of the whole value, once written. */
  readonly result = new Int32Array(4);
  done = false;

  /** Thread numbers met so far → their number in order of first mention (see `canonicalThreads`). */
  private readonly threads = new Map<number, number>();

  constructor(private readonly skipTop: ReadonlySet<string>) {}

  /** A number as keyed: a thread's number renumbered, any other as it is. */
  private numbered(n: number): number {
    const property = this.depth > 0 ? this.properties[this.depth - 1] : null;
    return property === 'threadIndex' || property === 'originalThreadIndex' ? renumbered(this.threads, n) : n;
  }

  /** Adds a finished value (its lanes) to the open collection, or makes it the result. */
  private add(a: number, b: number, c: number, d: number): void {
    const level = this.depth - 1;
    if (level < 0) {
      this.result[0] = a;
      this.result[1] = b;
      this.result[2] = c;
      this.result[3] = d;
      this.done = true;
      return;
    }
    let name: Int32Array;
    if (this.objects[level]) {
      const property = this.properties[level] ?? null;
      this.properties[level] = null;
      if (property === null) throw new Error('a value was written in an object with no property name');
      if (level === 0 && this.skipTop.has(property)) return;
      if (property === THREAD_COUNTER) return;
      const numbered = level > 0 && this.properties[level - 1] === CHOICE_THREADS;
      name = lanesOf(NAME, numbered ? String(renumbered(this.threads, Number(property))) : property);
    } else name = positionLanes(this.counts[level] ?? 0);
    this.counts[level] = (this.counts[level] ?? 0) + 1;
    // The member: its name mixed with its value, every lane depending on all of both.
    const ma = fmix((name[0] as number) + Math.imul(a, 0x9e3779b1) + d);
    const mb = fmix((name[1] as number) + Math.imul(b, 0x85ebca77) + ma);
    const mc = fmix((name[2] as number) + Math.imul(c, 0xc2b2ae3d) + mb);
    const md = fmix((name[3] as number) + Math.imul(d, 0x27d4eb2d) + mc);
    const at = level * 4;
    const sums = this.sums;
    sums[at] = (sums[at] as number) + ma;
    sums[at + 1] = (sums[at + 1] as number) + mb;
    sums[at + 2] = (sums[at + 2] as number) + mc;
    sums[at + 3] = (sums[at + 3] as number) + md;
  }

  private addText(kind: number, text: string): void {
    this.addLanes(lanesOf(kind, text));
  }

  private addLanes(l: Int32Array): void {
    this.add(l[0] as number, l[1] as number, l[2] as number, l[3] as number);
  }

  private open(object: boolean): void {
    const level = this.depth++;
    if (this.sums.length < this.depth * 4) {
      const grown = new Int32Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.sums.fill(0, level * 4, level * 4 + 4);
    this.counts[level] = 0;
    this.objects[level] = object;
    this.properties[level] = null;
  }

  private close(object: boolean): void {
    const level = this.depth - 1;
    if (level < 0 || this.objects[level] !== object)
      throw new Error(`${object ? 'object' : 'array'} end out of place`);
    this.depth = level;
    const at = level * 4;
    const sums = this.sums;
    const a = fmix(
      (sums[at] as number) ^ (object ? OBJECT : ARRAY) ^ Math.imul(this.counts[level] ?? 0, 0x27d4eb2d),
    );
    const b = fmix((sums[at + 1] as number) ^ a);
    const c = fmix((sums[at + 2] as number) ^ b);
    const d = fmix((sums[at + 3] as number) ^ c);
    this.add(fmix(a ^ d), b, c, d);
  }

  WriteObject(inner: (w: KeyWriter) => void): void {
    this.WriteObjectStart();
    inner(this);
    this.WriteObjectEnd();
  }
  WriteObjectStart(): void {
    this.open(true);
  }
  WriteObjectEnd(): void {
    this.close(true);
  }
  WriteArrayStart(): void {
    this.open(false);
  }
  WriteArrayEnd(): void {
    this.close(false);
  }
  WritePropertyStart(name: string | number): void {
    const level = this.depth - 1;
    if (level < 0 || !this.objects[level]) throw new Error('a property outside an object');
    this.properties[level] = String(name);
  }
  WritePropertyEnd(): void {
    // A property whose value was null was never written (ink's writer drops it too).
    if (this.depth > 0) this.properties[this.depth - 1] = null;
  }
  /** Whether `name` is a top-level property the key leaves out: ink's writer need not write it at all. */
  private skipped(name: string | number): boolean {
    return this.depth === 1 && this.skipTop.has(String(name));
  }
  WriteProperty(name: string | number, content: unknown): void {
    if (this.skipped(name)) return;
    this.WritePropertyStart(name);
    if (content instanceof Function) (content as (w: KeyWriter) => void)(this);
    else this.Write(content);
    this.WritePropertyEnd();
  }
  WriteIntProperty(name: string | number, content: number): void {
    if (this.skipped(name)) return;
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
    if (value === null || value === undefined) return;
    if (typeof value === 'string') this.addText(STRING, value);
    else if (typeof value === 'number') this.addLanes(numberLanes(this.numbered(value)));
    else this.addText(TOKEN, JSON.stringify(value));
  }
  WriteBool(value: boolean | null): void {
    if (value === null) return;
    this.addText(TOKEN, value ? 'true' : 'false');
  }
  WriteInt(value: number | null): void {
    if (value === null) return;
    this.addLanes(numberLanes(Math.floor(this.numbered(value))));
  }
  WriteFloat(value: number | null): void {
    if (value === null) return;
    // As ink's writer: JSON has no infinities or NaN.
    const v =
      value === Number.POSITIVE_INFINITY ? 3.4e38 : value === Number.NEGATIVE_INFINITY ? -3.4e38 : value;
    this.addLanes(numberLanes(Number.isNaN(v) ? 0 : v));
  }
  WriteNull(): void {
    this.addText(TOKEN, 'null');
  }
  WriteStringStart(): void {
    this.stringParts = 0;
    this.stringHead = '';
    this.stringTail = '';
  }
  WriteStringInner(str: string | null): void {
    if (str === null) return;
    if (this.stringParts === 0) this.stringHead = str;
    else this.stringTail += str;
    this.stringParts++;
  }
  WriteStringEnd(): void {
    if (this.stringParts === 2 && this.stringHead === CARET) this.addLanes(caretLanes(this.stringTail));
    else this.addText(STRING, this.stringHead + this.stringTail);
    this.stringHead = '';
    this.stringTail = '';
  }
}

const TURNS = ['turnIdx', 'turnIndices'];
const VISITS = 'visitCounts';
const skipSets = new Map<number, ReadonlySet<string>>();
function skipping(keepTurns: boolean, keepVisits: boolean): ReadonlySet<string> {
  const id = (keepTurns ? 1 : 0) + (keepVisits ? 2 : 0);
  let set = skipSets.get(id);
  if (!set) {
    set = new Set([...(keepTurns ? [] : TURNS), ...(keepVisits ? [] : [VISITS])]);
    skipSets.set(id, set);
  }
  return set;
}

/**
 * A 128-bit key of ink's save of `s` (32 hex digits), optionally without the turn counters or the
 * visit counts: equal keys when ink would save equal states (whatever order it wrote map entries
 * in, however it numbered threads), and different keys, with overwhelming probability, when it would not.
 */
export function stateKey(
  s: { WriteJson(writer: unknown): void },
  keepTurns: boolean,
  keepVisits = true,
): string {
  const writer = new KeyWriter(skipping(keepTurns, keepVisits));
  s.WriteJson(writer);
  if (!writer.done) throw new Error('ink wrote no state');
  const r = writer.result;
  return lanesHex(r[0] as number, r[1] as number, r[2] as number, r[3] as number);
}

/**
 * A 128-bit key of a map of visit counts (32 hex digits), the same whatever order the entries were
 * added in: the lane-wise sum of each entry's hash, as for an object's members in a state key.
 */
export function countsKey(counts: ReadonlyMap<string, number>): string {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (const [path, n] of counts) {
    const name = lanesOf(NAME, path);
    const v = Math.imul(n, 0x9e3779b1) ^ 0x5bd1e995;
    const ma = fmix((name[0] as number) + v);
    const mb = fmix((name[1] as number) + Math.imul(v, 0x85ebca77) + ma);
    const mc = fmix((name[2] as number) + Math.imul(v, 0xc2b2ae3d) + mb);
    const md = fmix((name[3] as number) + Math.imul(v, 0x27d4eb2d) + mc);
    a = (a + ma) | 0;
    b = (b + mb) | 0;
    c = (c + mc) | 0;
    d = (d + md) | 0;
  }
  a = fmix(a ^ Math.imul(counts.size, 0x27d4eb2d));
  b = fmix(b ^ a);
  c = fmix(c ^ b);
  d = fmix(d ^ c);
  return lanesHex(fmix(a ^ d), b, c, d);
}

/**
 * The same key for a JSON value given as text (ink's save, or any JSON): for tests, and for
 * checking that the key depends on nothing but the JSON ink would write.
 */
export function jsonKey(json: string, skipTop: readonly string[] = []): string {
  const writer = new KeyWriter(new Set(skipTop));
  const write = (v: unknown): void => {
    if (Array.isArray(v)) {
      writer.WriteArrayStart();
      for (const item of v) write(item);
      writer.WriteArrayEnd();
    } else if (v && typeof v === 'object') {
      writer.WriteObjectStart();
      for (const [k, item] of Object.entries(v)) {
        writer.WritePropertyStart(k);
        write(item);
        writer.WritePropertyEnd();
      }
      writer.WriteObjectEnd();
    } else if (v === null) writer.WriteNull();
    else writer.Write(v);
  };
  const value = JSON.parse(json) as unknown;
  if (value && typeof value === 'object' && !Array.isArray(value))
    canonicalThreads(value as Record<string, unknown>);
  write(value);
  const r = writer.result;
  return lanesHex(r[0] as number, r[1] as number, r[2] as number, r[3] as number);
}
