/**
 * Reading `POST /api/query` results (src/server/query/encodeValue.ts): the nodes and relationships to
 * highlight, and a short text for each table cell.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export interface QueryResult {
  columns: string[];
  rows: JsonValue[][];
  truncated?: boolean;
  ms?: number;
}

export function collectGraphKeys(rows: JsonValue[][]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>(), edges = new Set<string>();
  const visit = (v: JsonValue): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v === null || typeof v !== 'object') return;
    if (v.$type === 'Node' && typeof v.key === 'string') nodes.add(v.key);
    else if (v.$type === 'Relationship' && typeof v.key === 'string') {
      edges.add(v.key);
      if (typeof v.start === 'string') nodes.add(v.start);
      if (typeof v.end === 'string') nodes.add(v.end);
    } else if (v.$type === 'Path') {
      visit(v.nodes ?? null);
      visit(v.relationships ?? null);
    } else if (v.$type === 'Map') visit(Object.values((v.value as Record<string, JsonValue>) ?? {}));
  };
  rows.forEach((r) => r.forEach(visit));
  return { nodes, edges };
}

/** a cell as text: nodes by name, relationships by type, maps and lists in Cypher-like notation */
export function cellText(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return '[' + v.map(cellText).join(', ') + ']';
  const props = (v.properties ?? {}) as Record<string, JsonValue>;
  switch (v.$type) {
    case 'Node': {
      const labels = ((v.labels as string[]) ?? []).map((l) => ':' + l).join('');
      const name = typeof props.name === 'string' ? ` ${props.name}` : typeof props.title === 'string' ? ` ${props.title}` : '';
      return `(${labels}${name})`;
    }
    case 'Relationship':
      return `[:${String(v.type)}]`;
    case 'Path':
      return `<path of ${((v.relationships as JsonValue[]) ?? []).length}>`;
    case 'Map':
      return '{' + Object.entries((v.value as Record<string, JsonValue>) ?? {}).map(([k, x]) => `${k}: ${cellText(x)}`).join(', ') + '}';
    default:
      return 'value' in v ? String(v.value) : JSON.stringify(v);
  }
}
