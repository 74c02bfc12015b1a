/**
 * Which `<key>` each property gets: one key per (domain, property name), typed from every value the
 * graph holds for it. The GraphML encoding of newsgraph (src/export/README.md):
 *
 *   kind      attr.type  value text                       read back as
 *   boolean   boolean    true / false                     boolean
 *   int       int        decimal (all values 32-bit ints)   number
 *   long      long       decimal (all values safe ints)     number
 *   double    double     String(number)                   number
 *   string    string     the string                       string
 *   list      string     JSON array; attr.list="<elem>"   array
 *   json      string     JSON; newsgraph.encoding="json"  any JSON value (mixed types under one name)
 */
export type ScalarKind = 'boolean' | 'int' | 'long' | 'double' | 'string';
export type KeyKind = ScalarKind | 'list' | 'json';

export interface KeySpec {
  id: string;
  domain: 'graph' | 'node' | 'edge';
  name: string;
  kind: KeyKind;
  /** element type of a list key ('string' when every list is empty) */
  element?: ScalarKind;
}

const INT32 = 2 ** 31 - 1;

export function scalarKind(v: unknown): ScalarKind | undefined {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) <= INT32) return 'int';
    if (Number.isSafeInteger(v)) return 'long';
    return 'double';
  }
  return undefined;
}

interface Kind {
  kind: KeyKind;
  element?: ScalarKind | 'none';
}

function combineScalar(a: ScalarKind | 'none', b: ScalarKind | 'none'): ScalarKind | 'none' | undefined {
  if (a === 'none') return b;
  if (b === 'none' || a === b) return a;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))] as ScalarKind;
  return undefined;
}

export function kindOf(v: unknown): Kind {
  const scalar = scalarKind(v);
  if (scalar) return { kind: scalar };
  if (Array.isArray(v)) {
    let element: ScalarKind | 'none' | undefined = 'none';
    for (const item of v) {
      const k = scalarKind(item);
      element = k && element ? combineScalar(element, k) : undefined;
      if (!element) return { kind: 'json' };
    }
    return { kind: 'list', element };
  }
  return { kind: 'json' };
}

export function combineKinds(a: Kind, b: Kind): Kind {
  if (a.kind === 'json' || b.kind === 'json') return { kind: 'json' };
  if (a.kind === 'list' && b.kind === 'list') {
    const element = combineScalar(a.element ?? 'none', b.element ?? 'none');
    return element ? { kind: 'list', element } : { kind: 'json' };
  }
  if (a.kind === 'list' || b.kind === 'list') return { kind: 'json' };
  const scalar = combineScalar(a.kind as ScalarKind, b.kind as ScalarKind);
  return scalar && scalar !== 'none' ? { kind: scalar } : { kind: 'json' };
}

/** Collects the keys of one domain from a stream of property records; ids are `<prefix><n>` in name order. */
export function inferKeys(domain: KeySpec['domain'], prefix: string, records: Iterable<Record<string, unknown>>): KeySpec[] {
  const kinds = new Map<string, Kind>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (value === undefined) continue;
      const k = kindOf(value);
      const old = kinds.get(name);
      kinds.set(name, old ? combineKinds(old, k) : k);
    }
  }
  return [...kinds.keys()].sort().map((name, i) => {
    const k = kinds.get(name)!;
    const spec: KeySpec = { id: `${prefix}${i}`, domain, name, kind: k.kind };
    if (k.kind === 'list') spec.element = k.element === 'none' || !k.element ? 'string' : k.element;
    return spec;
  });
}
