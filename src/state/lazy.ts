// A dependency that is either at hand or loaded on first use (the catalogs, the late kit, the
// history store), as one type the store can ask without casting.

export type Lazy<T> =
  { readonly kind: 'ready'; readonly value: T } | { readonly kind: 'later'; load(): Promise<T> };

export const ready = <T>(value: T): Lazy<T> => ({ kind: 'ready', value });
export const later = <T>(load: () => Promise<T>): Lazy<T> => ({ kind: 'later', load });

/** A lazy value loaded at most once: `current` is the value once it is at hand, `load` waits for it. */
export interface Cached<T> {
  current(): T | null;
  load(): Promise<T>;
}

export function cached<T>(lazy: Lazy<T>): Cached<T> {
  let value: { v: T } | null = lazy.kind === 'ready' ? { v: lazy.value } : null;
  let loading: Promise<T> | null = null;
  return {
    current: () => (value ? value.v : null),
    load: () => {
      if (value) return Promise.resolve(value.v);
      if (lazy.kind === 'ready') return Promise.resolve(lazy.value);
      loading ??= lazy.load().then((v) => {
        value = { v };
        return v;
      });
      return loading;
    },
  };
}

/** Two lazy values as one: at hand when both are. */
export function both<A, B>(a: Lazy<A>, b: Lazy<B>): Lazy<[A, B]> {
  if (a.kind === 'ready' && b.kind === 'ready') return ready([a.value, b.value]);
  const load = <T>(l: Lazy<T>): Promise<T> => (l.kind === 'ready' ? Promise.resolve(l.value) : l.load());
  return later(() => Promise.all([load(a), load(b)]));
}
