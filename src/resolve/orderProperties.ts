import type { Properties } from '../model/types';

/** A copy with `head` keys first (in that order), then the rest sorted; undefined values dropped. */
export function orderProperties(props: Record<string, Properties[string] | undefined>, head: readonly string[] = ['id', 'name']): Properties {
  const out: Properties = {};
  for (const k of head) if (props[k] !== undefined) out[k] = props[k]!;
  for (const k of Object.keys(props).sort()) if (!head.includes(k) && props[k] !== undefined) out[k] = props[k]!;
  return out;
}

/** Sorted unique strings. */
export function sortedUnique(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
