/**
 * Equality (`=`, `<>`, IN) and equivalence (DISTINCT, grouping) of Cypher values, after the openCypher
 * CIP2016-06-14 and the TCK (expressions/comparison, expressions/list List3/List5, expressions/null).
 */
import { compareNumbers } from './compare';
import { NodeValue, PathValue, RelationshipValue, TemporalValue, type CypherValue } from './types';

/**
 * Cypher `=`: null when either side is null or when the answer hinges on a nested null
 * ([1, 2] = [null, 2] is null, [1, 2] = [null, 'x'] is false); INTEGER 1 = FLOAT 1.0; NaN equals nothing;
 * lists elementwise, maps by key set then values, nodes and relationships by identity, paths by their
 * node and relationship sequence; values of different types are not equal.
 */
export function equals(a: CypherValue, b: CypherValue): boolean | null {
  if (a === null || b === null) return null;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' || ta === 'number') {
    if (tb !== 'bigint' && tb !== 'number') return false;
    if (ta === tb) return a === b; // NaN !== NaN, -0 === 0
    return compareNumbers(a as bigint | number, b as bigint | number) === 0;
  }
  if (ta === 'string' || ta === 'boolean') return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const e = equals(a[i], b[i]);
      if (e === false) return false;
      if (e === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const k of a.keys()) if (!b.has(k)) return false;
    let unknown = false;
    for (const [k, v] of a) {
      const e = equals(v, b.get(k) as CypherValue);
      if (e === false) return false;
      if (e === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof NodeValue) return b instanceof NodeValue && a.key === b.key;
  if (a instanceof RelationshipValue) return b instanceof RelationshipValue && a.key === b.key;
  if (a instanceof PathValue) return b instanceof PathValue && samePath(a, b);
  if (a instanceof TemporalValue) return b instanceof TemporalValue && a.equals(b);
  return false;
}

function samePath(a: PathValue, b: PathValue): boolean {
  if (a.relationships.length !== b.relationships.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i].key !== b.nodes[i].key) return false;
  for (let i = 0; i < a.relationships.length; i++) {
    if (a.relationships[i].key !== b.relationships[i].key) return false;
  }
  return true;
}

/**
 * Cypher equivalence (DISTINCT, grouping keys, aggregate DISTINCT, UNION): equality, except that null is
 * equivalent to null and NaN to NaN, also inside lists and maps. Numbers compare by value, so INTEGER 1
 * and FLOAT 1.0 are equivalent (as in Neo4j); -0.0 and 0.0 too. Always true or false.
 */
export function equivalent(a: CypherValue, b: CypherValue): boolean {
  if (a === null || b === null) return a === b;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'bigint' || ta === 'number') {
    if (tb !== 'bigint' && tb !== 'number') return false;
    if (ta === 'number' && tb === 'number' && Number.isNaN(a) && Number.isNaN(b)) return true;
    return compareNumbers(a as bigint | number, b as bigint | number) === 0;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equivalent(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !equivalent(v, b.get(k) as CypherValue)) return false;
    }
    return true;
  }
  return equals(a, b) === true;
}

/**
 * A string key such that equivalent(a, b) implies groupKey(a) === groupKey(b) (and, for everything but
 * temporal values with different but equal representations, the converse). Use it as a JS Map key for
 * hash grouping and DISTINCT. Scalars take one string concatenation.
 */
export function groupKey(v: CypherValue): string {
  if (v === null) return '_';
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'bigint':
      return 'n' + v.toString();
    case 'number':
      return floatKey(v);
    case 'boolean':
      return v ? 'T' : 'F';
  }
  return compositeKey(v);
}

function floatKey(f: number): string {
  if (Number.isInteger(f)) return 'n' + BigInt(f).toString(); // same key as the equal INTEGER; -0 -> n0
  if (Number.isNaN(f)) return 'NaN';
  return 'f' + String(f); // shortest round-trip form: distinct floats get distinct keys
}

function innerKey(v: CypherValue): string {
  return typeof v === 'string' ? JSON.stringify(v) : groupKey(v);
}

function compositeKey(v: CypherValue): string {
  if (Array.isArray(v)) return '[' + v.map(innerKey).join(',') + ']';
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + innerKey(v.get(k) as CypherValue)).join(',') + '}';
  }
  if (v instanceof NodeValue) return 'N' + JSON.stringify(v.key);
  if (v instanceof RelationshipValue) return 'R' + JSON.stringify(v.key);
  if (v instanceof PathValue) {
    const parts = [JSON.stringify(v.nodes[0]?.key ?? '')];
    for (let i = 0; i < v.relationships.length; i++) {
      parts.push(JSON.stringify(v.relationships[i].key), JSON.stringify(v.nodes[i + 1].key));
    }
    return 'P<' + parts.join(',') + '>';
  }
  if (v instanceof TemporalValue) return 'D' + v.temporalType + ':' + v.toString();
  return '?';
}

/**
 * `x IN list` with Cypher's three-valued result: true if some element equals x, else null if some
 * comparison was null (or x is null and the list is not empty), else false. A null list gives null.
 * The caller raises the TypeError when `list` is not a list.
 */
export function inList(x: CypherValue, list: readonly CypherValue[] | null): boolean | null {
  if (list === null) return null;
  let unknown = false;
  for (const e of list) {
    const r = equals(x, e);
    if (r === true) return true;
    if (r === null) unknown = true;
  }
  return unknown ? null : false;
}
