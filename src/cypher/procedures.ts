/**
 * Procedures callable with CALL: the built-in db.labels(), db.relationshipTypes(), db.propertyKeys(),
 * and any registered with registerProcedure(spec). The engine checks argument count and types.
 */
import { CypherError, type CypherValue } from './values/types';
import type { GraphStore } from './exec/graphStore';

export type ProcedureType = 'ANY' | 'STRING' | 'INTEGER' | 'FLOAT' | 'NUMBER' | 'BOOLEAN' | 'LIST' | 'MAP' | 'NODE' | 'RELATIONSHIP' | 'PATH';

export interface ProcedureField {
  name: string;
  type: string;
  nullable?: boolean;
}

export interface ProcedureSpec {
  name: string;
  inputs: ProcedureField[];
  outputs: ProcedureField[];
  /** arguments in input order -> rows keyed by output name */
  call(args: CypherValue[], store: GraphStore): Record<string, CypherValue>[];
}

export class ProcedureRegistry {
  private readonly procs = new Map<string, ProcedureSpec>();

  constructor() {
    for (const p of BUILTINS) this.register(p);
  }
  register(spec: ProcedureSpec): void {
    this.procs.set(spec.name.toLowerCase(), spec);
  }
  get(name: string): ProcedureSpec | undefined {
    return this.procs.get(name.toLowerCase());
  }
}

/** does `v` fit a declared procedure type? */
export function fitsType(v: CypherValue, type: string): boolean {
  if (v === null) return true;
  switch (type.toUpperCase().replace(/\?$/, '')) {
    case 'ANY': return true;
    case 'STRING': return typeof v === 'string';
    case 'INTEGER': return typeof v === 'bigint';
    case 'FLOAT': return typeof v === 'number' || typeof v === 'bigint';
    case 'NUMBER': return typeof v === 'number' || typeof v === 'bigint';
    case 'BOOLEAN': return typeof v === 'boolean';
    case 'MAP': return v instanceof Map;
    default:
      if (/^LIST/i.test(type)) return Array.isArray(v);
      return true;
  }
}

export function procedureNotFound(name: string): CypherError {
  return new CypherError('ProcedureError', 'ProcedureNotFound', `cypher: there is no procedure ${name}`, 'compile time');
}

const BUILTINS: ProcedureSpec[] = [
  {
    name: 'db.labels',
    inputs: [],
    outputs: [{ name: 'label', type: 'STRING' }],
    call: (_a, store) => store.allLabels().sort().map((label) => ({ label })),
  },
  {
    name: 'db.relationshipTypes',
    inputs: [],
    outputs: [{ name: 'relationshipType', type: 'STRING' }],
    call: (_a, store) => store.allTypes().sort().map((relationshipType) => ({ relationshipType })),
  },
  {
    name: 'db.propertyKeys',
    inputs: [],
    outputs: [{ name: 'propertyKey', type: 'STRING' }],
    call: (_a, store) => {
      const keys = new Set<string>();
      store.graph.forEachNode((_k, a) => Object.keys(a.properties).forEach((p) => keys.add(p)));
      store.graph.forEachEdge((_k, a) => Object.keys(a.properties).forEach((p) => keys.add(p)));
      return [...keys].sort().map((propertyKey) => ({ propertyKey }));
    },
  },
];
