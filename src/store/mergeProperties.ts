import type { PropValue, Properties } from '../model';

const VALUES = '_values';
const SOURCES = '_sources';

/**
 * Merges the properties of one entity (or relationship) seen again into what the store holds. Pure.
 *
 * - lists: union, the stored items first, then new ones in their order (aliases, titles, sources, evidence);
 * - claims (`P_values` / `P_sources`, docs/store-format.md): union of (value, article) pairs, then `P` is
 *   recomputed as the value with the most supporting articles (ties: the earliest in sort order) and
 *   `conflicts` lists every claimed property whose values disagree;
 * - `confidence`: the higher one;
 * - any other scalar: the stored value wins, a missing one is filled in.
 */
export function mergeProperties(stored: Properties, incoming: Properties): Properties {
  const out: Properties = { ...stored };
  const claimed = new Set<string>();
  for (const [key, value] of Object.entries(incoming)) {
    if (key.endsWith(VALUES) || key.endsWith(SOURCES)) {
      claimed.add(key.endsWith(VALUES) ? key.slice(0, -VALUES.length) : key.slice(0, -SOURCES.length));
      continue;
    }
    if (key === 'conflicts') continue;
    const old = out[key];
    if (old === undefined) out[key] = value;
    else if (Array.isArray(old) && Array.isArray(value)) out[key] = unionList(old, value);
    else if (key === 'confidence' && typeof old === 'number' && typeof value === 'number') out[key] = Math.max(old, value);
  }
  for (const name of claimed) mergeClaims(out, stored, incoming, name);
  if (claimed.size > 0 || incoming.conflicts !== undefined) {
    const conflicts = new Set<string>([...asStrings(stored.conflicts), ...asStrings(incoming.conflicts)]);
    for (const name of claimed) {
      const values = out[name + VALUES];
      if (Array.isArray(values) && new Set(values.map(claimKey)).size > 1) conflicts.add(name);
      else conflicts.delete(name);
    }
    if (conflicts.size > 0) out.conflicts = [...conflicts].sort();
    else delete out.conflicts;
  }
  return out;
}

function mergeClaims(out: Properties, stored: Properties, incoming: Properties, name: string): void {
  const pairs: [PropValue, string][] = [];
  const seen = new Set<string>();
  for (const props of [stored, incoming]) {
    const values = props[name + VALUES];
    const sources = props[name + SOURCES];
    if (!Array.isArray(values) || !Array.isArray(sources)) continue;
    values.forEach((value, i) => {
      const source = String(sources[i]);
      const id = `${claimKey(value)}\u0000${source}`;
      if (seen.has(id)) return;
      seen.add(id);
      pairs.push([value, source]);
    });
  }
  if (pairs.length === 0) return;
  out[name + VALUES] = pairs.map(([v]) => v) as PropValue;
  out[name + SOURCES] = pairs.map(([, s]) => s);
  out[name] = winningClaim(pairs);
}

/** The value with the most supporting articles; ties go to the earliest value in sort order. */
export function winningClaim(pairs: readonly (readonly [PropValue, string])[]): PropValue {
  const support = new Map<string, { value: PropValue; articles: Set<string> }>();
  for (const [value, source] of pairs) {
    const k = claimKey(value);
    const entry = support.get(k) ?? { value, articles: new Set<string>() };
    entry.articles.add(source);
    support.set(k, entry);
  }
  const ranked = [...support.values()].sort(
    (a, b) => b.articles.size - a.articles.size || compareValues(a.value, b.value),
  );
  return ranked[0].value;
}

function compareValues(a: PropValue, b: PropValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = claimKey(a);
  const y = claimKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function claimKey(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function unionList(a: readonly unknown[], b: readonly unknown[]): PropValue {
  const seen = new Set(a.map(claimKey));
  const out = [...a];
  for (const item of b) {
    const k = claimKey(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out as PropValue;
}

function asStrings(v: PropValue | undefined): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
