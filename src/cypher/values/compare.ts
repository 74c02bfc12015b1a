/**
 * Comparability (`<`, `<=`, `>`, `>=`) and orderability (ORDER BY, min, max) of Cypher values,
 * after the openCypher CIP2016-06-14 and the TCK (expressions/comparison, clauses/return-orderby).
 */
import { NodeValue, PathValue, RelationshipValue, TemporalValue, type CypherValue } from './types';

/**
 * Exact numeric comparison across INTEGER (bigint) and FLOAT (number): no precision is lost, so
 * 9007199254740993 > 9007199254740992.0. NaN when either side is NaN (every `<`/`>` test is then false).
 */
export function compareNumbers(a: bigint | number, b: bigint | number): number {
  if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    return -compareFloatInt(b, a);
  }
  if (typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return compareFloatInt(a, b);
}

function compareFloatInt(f: number, i: bigint): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return 1;
  if (f === -Infinity) return -1;
  const fl = Math.floor(f);
  const fi = BigInt(fl);
  if (fl === f) return fi < i ? -1 : fi > i ? 1 : 0;
  // fl < f < fl + 1
  return fi < i ? -1 : 1;
}

function compareStrings(a: string, b: string): number {
  // JS relational operators on strings compare UTF-16 code units, as Java's String.compareTo does
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Cypher comparability: <0, 0 or >0 when `a` and `b` are comparable, NaN when they are numbers of which
 * one is NaN (so `<`, `<=`, `>`, `>=` are all false), null when they are incomparable (different types,
 * null involved, maps, nodes, relationships, paths, durations, lists with an incomparable element pair).
 * Evaluate `a < b` as `c === null ? null : c < 0`, and so on (see `compareOp`).
 */
export function compare(a: CypherValue, b: CypherValue): number | null {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'bigint' || ta === 'number') && (tb === 'bigint' || tb === 'number')) {
    return compareNumbers(a as bigint | number, b as bigint | number);
  }
  if (ta === 'string') return tb === 'string' ? compareStrings(a as string, b as string) : null;
  if (ta === 'boolean') return tb === 'boolean' ? Number(a) - Number(b) : null;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return null;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compare(a[i], b[i]);
      if (c === null) return null;
      if (c !== 0) return c; // includes NaN: an unordered pair decides the whole comparison
    }
    return a.length - b.length;
  }
  if (a instanceof TemporalValue) return b instanceof TemporalValue ? a.compareTo(b) : null;
  return null;
}

export type ComparisonOperator = '<' | '<=' | '>' | '>=';

/** `a op b` with Cypher's three-valued result. */
export function compareOp(op: ComparisonOperator, a: CypherValue, b: CypherValue): boolean | null {
  const c = compare(a, b);
  if (c === null) return null;
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

const TEMPORAL_RANK: Record<TemporalValue['temporalType'], number> = {
  DateTime: 5,
  LocalDateTime: 6,
  Date: 7,
  Time: 8,
  LocalTime: 9,
  Duration: 10,
};

/**
 * Position of a value's type in the global sort order:
 * MAP < NODE < RELATIONSHIP < LIST < PATH < DATETIME < LOCALDATETIME < DATE < TIME < LOCALTIME
 * < DURATION < STRING < BOOLEAN < NUMBER < NULL.
 */
export function orderRank(v: CypherValue): number {
  if (v === null) return 14;
  switch (typeof v) {
    case 'bigint':
    case 'number':
      return 13;
    case 'boolean':
      return 12;
    case 'string':
      return 11;
  }
  if (v instanceof Map) return 0;
  if (v instanceof NodeValue) return 1;
  if (v instanceof RelationshipValue) return 2;
  if (Array.isArray(v)) return 3;
  if (v instanceof PathValue) return 4;
  if (v instanceof TemporalValue) return TEMPORAL_RANK[v.temporalType];
  return 15;
}

/** store keys: numeric-looking keys sort numerically (shorter first), any keys totally */
function compareKeys(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return compareStrings(a, b);
}

function orderNumbers(a: bigint | number, b: bigint | number): number {
  const aNaN = typeof a === 'number' && Number.isNaN(a);
  const bNaN = typeof b === 'number' && Number.isNaN(b);
  if (aNaN || bNaN) return aNaN === bNaN ? 0 : aNaN ? 1 : -1; // NaN after every other number
  return compareNumbers(a, b);
}

function orderLists(a: readonly CypherValue[], b: readonly CypherValue[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = orderCompare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function sortedKeys(m: Map<string, CypherValue>): string[] {
  return [...m.keys()].sort(compareStrings);
}

function orderMaps(a: Map<string, CypherValue>, b: Map<string, CypherValue>): number {
  const ka = sortedKeys(a);
  const kb = sortedKeys(b);
  if (ka.length !== kb.length) return ka.length - kb.length;
  for (let i = 0; i < ka.length; i++) {
    const c = compareStrings(ka[i], kb[i]);
    if (c !== 0) return c;
  }
  for (const k of ka) {
    const c = orderCompare(a.get(k) as CypherValue, b.get(k) as CypherValue);
    if (c !== 0) return c;
  }
  return 0;
}

function pathElements(p: PathValue): string[] {
  const out: string[] = [p.nodes[0]?.key ?? ''];
  for (let i = 0; i < p.relationships.length; i++) out.push(p.relationships[i].key, p.nodes[i + 1].key);
  return out;
}

const DURATION_FIELDS = ['months', 'days', 'seconds', 'nanosecondsOfSecond'];

function orderTemporals(a: TemporalValue, b: TemporalValue): number {
  const c = a.compareTo(b);
  if (c !== null && !Number.isNaN(c)) return c;
  // durations are incomparable; ORDER BY still needs a total order: by their components
  for (const f of DURATION_FIELDS) {
    const x = a.get(f);
    const y = b.get(f);
    if ((typeof x === 'bigint' || typeof x === 'number') && (typeof y === 'bigint' || typeof y === 'number')) {
      const d = compareNumbers(x, y);
      if (d !== 0 && !Number.isNaN(d)) return d;
    }
  }
  return compareStrings(a.toString(), b.toString());
}

/**
 * Cypher orderability: a total order over all values (ORDER BY, min(), max()). Returns 0 exactly for
 * equivalent values (see `equivalent`): 1 and 1.0 tie, NaN ties with NaN and sorts after all numbers,
 * null sorts last. Sort descending by negating the result.
 */
export function orderCompare(a: CypherValue, b: CypherValue): number {
  const ra = orderRank(a);
  const rb = orderRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 14:
      return 0;
    case 13:
      return orderNumbers(a as bigint | number, b as bigint | number);
    case 12:
      return Number(a) - Number(b);
    case 11:
      return compareStrings(a as string, b as string);
    case 0:
      return orderMaps(a as Map<string, CypherValue>, b as Map<string, CypherValue>);
    case 1:
    case 2:
      return compareKeys((a as NodeValue).key, (b as NodeValue).key);
    case 3:
      return orderLists(a as CypherValue[], b as CypherValue[]);
    case 4: {
      const pa = pathElements(a as PathValue);
      const pb = pathElements(b as PathValue);
      const n = Math.min(pa.length, pb.length);
      for (let i = 0; i < n; i++) {
        const c = compareKeys(pa[i], pb[i]);
        if (c !== 0) return c;
      }
      return pa.length - pb.length;
    }
    default:
      if (a instanceof TemporalValue && b instanceof TemporalValue) return orderTemporals(a, b);
      return 0;
  }
}
