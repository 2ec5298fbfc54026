// A small structural validator for data files (catalogs, configuration, saves).
// Every failure names the file and the field path, e.g. `config.json: contacts.hotline.phone: must be text`.

import { COUNT_LIMITS, TEXT_LIMITS, textReason } from './limits.ts';
import {
  problemEnglish,
  reason,
  type DataProblem,
  type ParamsArg,
  type Reason,
  type ReasonCode,
} from './reasons.ts';

export type { DataProblem, Reason, ReasonCode } from './reasons.ts';

/** How many problems a DataError's message lists; a file with thousands of bad fields names the first ones. */
export const SHOWN_PROBLEMS = 20;

/**
 * A value that cannot be used, with every problem as a field path and a reason code (`reasons`), so
 * the interface can word them in the learner's language. `message` and `problems` are English, for
 * logs and command-line tools.
 */
export class DataError extends Error {
  /** Each problem in English: "contacts.hotlines[0].phone: must be …". */
  readonly problems: readonly string[];
  /** The field path of each problem, in the same order ('' for the whole value or file). */
  readonly fields: readonly string[];

  constructor(
    /** The file or link read, as named to the reader ("config.json", "assignment link"). */
    readonly source: string,
    readonly reasons: readonly DataProblem[],
  ) {
    const problems = reasons.map(problemEnglish);
    const shown = problems.slice(0, SHOWN_PROBLEMS);
    const more = problems.length - shown.length;
    super(`${source}: ${shown.join('; ')}${more > 0 ? `; and ${more} more problems` : ''}`);
    this.name = 'DataError';
    this.problems = problems;
    this.fields = reasons.map((r) => r.path ?? '');
  }
}

/** Collects problems while reading an unknown value; `path` is the field path so far. */
export class Reader {
  readonly reasons: DataProblem[] = [];

  constructor(readonly source: string) {}

  /** Each problem so far in English ("path: reason"). */
  get problems(): readonly string[] {
    return this.reasons.map(problemEnglish);
  }

  /** The field path of each problem so far. */
  get fields(): readonly string[] {
    return this.reasons.map((r) => r.path ?? '');
  }

  fail<K extends ReasonCode>(path: string, code: K, ...params: ParamsArg<K>): void {
    this.reasons.push({ path, ...reason(code, ...params) });
  }

  /** Records a reason worked out elsewhere (a logo check, an address check) against a path. */
  failWith(path: string, why: Reason): void {
    this.reasons.push({ path, ...why });
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.fail(path, 'notObject');
    return null;
  }

  /** A list of at most `max` items (a longer one is refused and read no further than `max`). */
  array(value: unknown, path: string, max: number = COUNT_LIMITS.list): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'notList');
      return [];
    }
    if (value.length <= max) return value;
    this.fail(path, 'tooMany', { count: value.length, max });
    return value.slice(0, max);
  }

  /** Non-empty text of at most `max` characters with no invisible control characters. */
  text(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    opts: { optional?: boolean; max?: number } = {},
  ): string {
    const value = obj[key];
    const at = join(path, key);
    if (opts.optional && (value === undefined || value === '')) return '';
    if (typeof value !== 'string' || value.trim().length === 0) {
      this.fail(at, value === undefined ? 'missing' : 'notText');
      return '';
    }
    return this.checked(value, at, opts.max);
  }

  /** The text when it is fine to show; otherwise the problem is recorded and '' comes back. */
  checked(value: string, at: string, max: number = TEXT_LIMITS.text): string {
    const problem = textReason(value, max);
    if (problem === null) return value;
    this.failWith(at, problem);
    return '';
  }

  texts(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    opts: { min?: number; max?: number; count?: number } = {},
  ): string[] {
    const at = join(path, key);
    const list = this.array(obj[key], at, opts.count);
    const out: string[] = [];
    list.forEach((item, i) => {
      if (typeof item === 'string' && item.trim().length > 0)
        out.push(this.checked(item, `${at}[${i}]`, opts.max));
      else this.fail(`${at}[${i}]`, 'notText');
    });
    if (opts.min !== undefined && out.length < opts.min) this.fail(at, 'needsAtLeast', { min: opts.min });
    return out;
  }

  oneOf<T extends string>(obj: Record<string, unknown>, key: string, list: readonly T[], path: string): T {
    const value = obj[key];
    if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T;
    this.fail(join(path, key), 'oneOf', { options: list.join(', '), got: String(JSON.stringify(value)) });
    return list[0] as T;
  }

  number(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    opts: { min?: number; max?: number; integer?: boolean } = {},
  ): number {
    const value = obj[key];
    const at = join(path, key);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(at, 'notNumber');
      return opts.min ?? 0;
    }
    if (opts.integer && !Number.isInteger(value)) this.fail(at, 'notWhole');
    if (opts.min !== undefined && value < opts.min) this.fail(at, 'atLeast', { min: opts.min });
    if (opts.max !== undefined && value > opts.max) this.fail(at, 'atMost', { max: opts.max });
    return value;
  }

  boolean(obj: Record<string, unknown>, key: string, path: string): boolean {
    const value = obj[key];
    if (typeof value === 'boolean') return value;
    this.fail(join(path, key), 'notBoolean');
    return false;
  }

  /** Fields not listed are reported, so a misspelt key never passes silently. */
  onlyKeys(obj: Record<string, unknown>, keys: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) this.fail(join(path, key), 'unknownField');
    }
  }

  /** Throws a DataError listing every problem found, if any. */
  done(): void {
    if (this.reasons.length > 0) throw new DataError(this.source, this.reasons);
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
