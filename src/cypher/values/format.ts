/**
 * The display form of Cypher values, as Neo4j and the TCK write them: `1.0`, `'x'`, `[1, 2]`,
 * `{a: 1, b: 'x'}`, `(:Person {name: 'A'})`, `[:T {since: 2020}]`, `<(:A)-[:T]->(:B)>`.
 */
import {
  NodeValue,
  PathValue,
  RelationshipValue,
  TemporalValue,
  type CypherMap,
  type CypherValue,
  type GraphAccess,
} from './types';

/**
 * A FLOAT as Java's Double.toString (what Cypher's toString() returns): always a fraction or exponent
 * part (`1.0`, `-0.0`), scientific notation outside [1e-3, 1e7) (`1.0E7`, `1.5E-4`), `NaN`, `Infinity`.
 */
export function formatFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return 'Infinity';
  if (f === -Infinity) return '-Infinity';
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(f);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(f);
    return s.includes('.') ? s : s + '.0';
  }
  const [mantissa, exponent] = f.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : mantissa + '.0';
  return m + 'E' + (exponent.startsWith('+') ? exponent.slice(1) : exponent);
}

/** a string literal in single quotes, escaping `\` and `'` and control characters */
export function quoteString(s: string): string {
  return (
    "'" +
    s.replace(/[\\'\n\r\t\b\f]/g, (c) => {
      switch (c) {
        case '\n':
          return '\\n';
        case '\r':
          return '\\r';
        case '\t':
          return '\\t';
        case '\b':
          return '\\b';
        case '\f':
          return '\\f';
        default:
          return '\\' + c;
      }
    }) +
    "'"
  );
}

/** a label, type or key as Cypher source: bare when it is a plain identifier, else in backticks */
export function formatName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : '`' + name.replace(/`/g, '``') + '`';
}

function formatProps(props: CypherMap, access: GraphAccess | undefined): string {
  if (props.size === 0) return '';
  return ' ' + formatMap(props, access);
}

function formatMap(m: CypherMap, access: GraphAccess | undefined): string {
  const parts: string[] = [];
  for (const [k, v] of m) parts.push(`${formatName(k)}: ${formatValue(v, access)}`);
  return '{' + parts.join(', ') + '}';
}

function formatNode(n: NodeValue, access: GraphAccess | undefined): string {
  if (!access || !access.nodeExists(n.key)) return `(#${n.key})`;
  const labels = access.labels(n).map((l) => ':' + formatName(l)).join('');
  return '(' + labels + formatProps(access.nodeProperties(n), access) + ')';
}

function formatRel(r: RelationshipValue, access: GraphAccess | undefined): string {
  if (!access || !access.relationshipExists(r.key)) return `[#${r.key}]`;
  return '[:' + formatName(access.relationshipType(r)) + formatProps(access.relationshipProperties(r), access) + ']';
}

function formatPath(p: PathValue, access: GraphAccess | undefined): string {
  let out = '<' + formatNode(p.nodes[0], access);
  for (let i = 0; i < p.relationships.length; i++) {
    const r = p.relationships[i];
    const forward =
      !access || !access.relationshipExists(r.key) || access.startNode(r).key === p.nodes[i].key;
    const rel = formatRel(r, access);
    out += (forward ? '-' + rel + '->' : '<-' + rel + '-') + formatNode(p.nodes[i + 1], access);
  }
  return out + '>';
}

/**
 * The display form of any value. Without `access` (or for a deleted entity) nodes and relationships
 * show their store key: `(#n1)`, `[#e7]`.
 */
export function formatValue(v: CypherValue, access?: GraphAccess): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloat(v);
    case 'string':
      return quoteString(v);
  }
  if (Array.isArray(v)) return '[' + v.map((e) => formatValue(e, access)).join(', ') + ']';
  if (v instanceof Map) return formatMap(v, access);
  if (v instanceof NodeValue) return formatNode(v, access);
  if (v instanceof RelationshipValue) return formatRel(v, access);
  if (v instanceof PathValue) return formatPath(v, access);
  if (v instanceof TemporalValue) return v.toString();
  return String(v);
}

/**
 * The string form of a scalar, as toString() and string concatenation give it ('1.0', 'true', temporal
 * ISO forms); undefined for null, lists, maps and graph entities.
 */
export function scalarString(v: CypherValue): string | undefined {
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloat(v);
    case 'boolean':
      return v ? 'true' : 'false';
  }
  if (v instanceof TemporalValue) return v.toString();
  return undefined;
}
