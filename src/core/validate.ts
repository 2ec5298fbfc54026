// A small structural validator for data files (catalogs, configuration, saves).
// Every failure names the file and the field path, e.g. `config.json: contacts.hotline.phone: must be text`.

import { COUNT_LIMITS, TEXT_LIMITS, textProblem } from './limits.ts';

/** The message for a field the reader does not know, so a caller can tell it from other problems. */
export const UNKNOWN_FIELD = 'is not a known field';

/** How many problems a DataError's message lists; a file with thousands of bad fields names the first ones. */
export const SHOWN_PROBLEMS = 20;

export class DataError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
    /** The field path of each problem, in the same order ('' for the whole value), when known. */
    readonly fields: readonly string[] = [],
  ) {
    const shown = problems.slice(0, SHOWN_PROBLEMS);
    const more = problems.length - shown.length;
    super(`${source}: ${shown.join('; ')}${more > 0 ? `; and ${more} more problems` : ''}`);
    this.name = 'DataError';
  }
}

/** Collects problems while reading an unknown value; `path` is the field path so far. */
export class Reader {
  readonly problems: string[] = [];
  /** The field path of each problem. */
  readonly fields: string[] = [];

  constructor(readonly source: string) {}

  fail(path: string, message: string): void {
    this.problems.push(`${path || '(root)'}: ${message}`);
    this.fields.push(path);
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.fail(path, 'must be an object');
    return null;
  }

  /** A list of at most `max` items (a longer one is refused and read no further than `max`). */
  array(value: unknown, path: string, max: number = COUNT_LIMITS.list): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be a list');
      return [];
    }
    if (value.length <= max) return value;
    this.fail(path, `has too many entries (${value.length}; at most ${max})`);
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
      this.fail(at, value === undefined ? 'is missing' : 'must be non-empty text');
      return '';
    }
    return this.checked(value, at, opts.max);
  }

  /** The text when it is fine to show; otherwise the problem is recorded and '' comes back. */
  checked(value: string, at: string, max: number = TEXT_LIMITS.text): string {
    const problem = textProblem(value, max);
    if (problem === null) return value;
    this.fail(at, problem);
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
      else this.fail(`${at}[${i}]`, 'must be non-empty text');
    });
    if (opts.min !== undefined && out.length < opts.min) this.fail(at, `needs at least ${opts.min}`);
    return out;
  }

  oneOf<T extends string>(obj: Record<string, unknown>, key: string, list: readonly T[], path: string): T {
    const value = obj[key];
    if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T;
    this.fail(join(path, key), `must be one of ${list.join(', ')} (got ${JSON.stringify(value)})`);
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
      this.fail(at, 'must be a number');
      return opts.min ?? 0;
    }
    if (opts.integer && !Number.isInteger(value)) this.fail(at, 'must be a whole number');
    if (opts.min !== undefined && value < opts.min) this.fail(at, `must be at least ${opts.min}`);
    if (opts.max !== undefined && value > opts.max) this.fail(at, `must be at most ${opts.max}`);
    return value;
  }

  boolean(obj: Record<string, unknown>, key: string, path: string): boolean {
    const value = obj[key];
    if (typeof value === 'boolean') return value;
    this.fail(join(path, key), 'must be true or false');
    return false;
  }

  /** Fields not listed are reported, so a misspelt key never passes silently. */
  onlyKeys(obj: Record<string, unknown>, keys: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!keys.includes(key)) this.fail(join(path, key), UNKNOWN_FIELD);
    }
  }

  /** Throws a DataError listing every problem found, if any. */
  done(): void {
    if (this.problems.length > 0) throw new DataError(this.source, this.problems, this.fields);
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
