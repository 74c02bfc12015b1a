import type { Properties } from '../model/types';

/** A copy with `head` keys first (in that order), then the rest sorted; undefined values dropped. */
export function orderProperties(props: Record<string, Properties[string] | undefined>, head: readonly string[] = ['id', 'name']): Properties {
  const out: Properties = {};
  for (const k of head) if (props[k] !== undefined) out[k] = props[k]!;
  for (const k of Object.keys(props).sort()) if (!head.includes(k) && props[k] !== undefined) out[k] = props[k]!;
  return out;
}

/** The key that comes first in `order` (by key and value), by one pass: no sorted copy of the entries. */
export function firstInOrder<V>(m: ReadonlyMap<string, V>, order: (a: string, x: V, b: string, y: V) => number): string | undefined {
  let first: string | undefined;
  let firstValue: V | undefined;
  for (const [k, v] of m) {
    if (first === undefined || order(k, v, first, firstValue as V) < 0) {
      first = k;
      firstValue = v;
    }
  }
  return first;
}

/** Sorted unique strings. */
export function sortedUnique(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}
