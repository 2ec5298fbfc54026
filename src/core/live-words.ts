// A copy of a record whose text fields follow the language in use: each named field is read through
// `word(field)` at every read (so a change of language shows at once), the record's own value where
// that gives nothing. Everything else is copied as it is. Used for the catalogs, scenes and sounds.

export function withLiveWords<T extends object, K extends keyof T & string>(
  record: T,
  fields: readonly K[],
  word: (field: K) => string | undefined,
): T {
  const view = { ...record };
  for (const field of fields)
    Object.defineProperty(view, field, { enumerable: true, get: () => word(field) ?? record[field] });
  return view;
}
