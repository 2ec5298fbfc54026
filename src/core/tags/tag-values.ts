// The tag grammar's value parsers: the small checks the rule table (src/core/tags/tag-rules.ts) is built
// from. Each returns a Parsed value or a message for the writer.

import { MOODS } from '../vocabulary.ts';
import type { Staging, TagContext, TagKey, TagScope } from './tag-types.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (message: string): Parsed<never> => ({ ok: false, message });

export interface Rule<T> {
  key: TagKey;
  scopes: readonly TagScope[];
  repeatable: boolean;
  /** (What a writer reads about the tag is in src/core/tags/tag-docs.ts.) */
  /**
   * What a translation rewrites (src/core/tags/story-parity.ts): the whole value, or the fields after
   * the id. Unset: the value is the same in every language.
   */
  translated?: 'whole' | 'after-id';
  parse: (value: string, ctx: TagContext) => Parsed<T>;
}

const SLUG = /^[a-z][a-z0-9_]*$/;
export const DOTTED = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

export function oneOf<T extends string>(list: readonly T[]) {
  return (value: string): Parsed<T> =>
    (list as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(`must be one of ${list.join(', ')} (got "${value}")`);
}
export function text(value: string): Parsed<string> {
  return value.length > 0 ? ok(value) : fail('needs a value');
}
export function none(value: string): Parsed<true> {
  return value.length === 0 ? ok(true) : fail(`takes no value (got "${value}")`);
}
export function known(kind: string, set: ReadonlySet<string> | undefined, value: string): Parsed<string> {
  if (value.length === 0) return fail(`needs ${kind} id`);
  if (set && !set.has(value)) return fail(`unknown ${kind} id "${value}"`);
  return ok(value);
}
export function slug(kind: string, value: string): Parsed<string> {
  return SLUG.test(value) ? ok(value) : fail(`${kind} must be lower_snake_case (got "${value}")`);
}
export function character(value: string, ctx: TagContext): Parsed<string> {
  if (!SLUG.test(value)) return fail(`character id must be lower_snake_case (got "${value}")`);
  if (ctx.characters && !ctx.characters.has(value))
    return fail(`unknown character "${value}" (declare it with a global "character" tag)`);
  return ok(value);
}
export function staging(value: string, ctx: TagContext): Parsed<Staging> {
  const [who = '', mood = '', ...rest] = value.split(':').map((part) => part.trim());
  if (rest.length > 0 || !who || !mood) return fail(`must be "character:mood" (got "${value}")`);
  const c = character(who, ctx);
  if (!c.ok) return c;
  const m = oneOf(MOODS)(mood);
  if (!m.ok) return fail(`mood ${m.message}`);
  return ok({ character: c.value, mood: m.value });
}
/** Splits a multi-field value. Fields are separated by `;` (ink reserves `|`; an escaped `\|` is accepted too). */
export const FIELD_SEPARATOR = ';';
export function fields(value: string, count: number, names: string): string[] | null {
  const parts = value.split(/[;|]/).map((part) => part.trim());
  return parts.length === count && parts.every((p) => p.length > 0) ? parts : (void names, null);
}
