/**
 * Small in-memory stand-ins for tests of the value library and the functions: a GraphAccess over plain
 * arrays and a minimal DATE-like temporal value. Not used by the engine.
 */
import { NodeValue, RelationshipValue, TemporalValue, type CypherMap, type CypherValue, type GraphAccess } from './types';

interface FakeNode {
  labels: string[];
  props: Record<string, CypherValue>;
}
interface FakeRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, CypherValue>;
}

export class FakeGraph implements GraphAccess {
  readonly nodes = new Map<string, FakeNode>();
  readonly rels = new Map<string, FakeRel>();

  addNode(key: string, labels: string[] = [], props: Record<string, CypherValue> = {}): NodeValue {
    this.nodes.set(key, { labels, props });
    return new NodeValue(key);
  }
  addRel(key: string, type: string, start: NodeValue, end: NodeValue, props: Record<string, CypherValue> = {}): RelationshipValue {
    this.rels.set(key, { type, start: start.key, end: end.key, props });
    return new RelationshipValue(key);
  }
  nodeExists(key: string): boolean {
    return this.nodes.has(key);
  }
  relationshipExists(key: string): boolean {
    return this.rels.has(key);
  }
  labels(node: NodeValue): string[] {
    return [...this.node(node).labels];
  }
  nodeProperties(node: NodeValue): CypherMap {
    return new Map(Object.entries(this.node(node).props));
  }
  relationshipType(rel: RelationshipValue): string {
    return this.rel(rel).type;
  }
  relationshipProperties(rel: RelationshipValue): CypherMap {
    return new Map(Object.entries(this.rel(rel).props));
  }
  startNode(rel: RelationshipValue): NodeValue {
    return new NodeValue(this.rel(rel).start);
  }
  endNode(rel: RelationshipValue): NodeValue {
    return new NodeValue(this.rel(rel).end);
  }
  nodeId(node: NodeValue): bigint {
    return BigInt([...this.nodes.keys()].indexOf(node.key));
  }
  relationshipId(rel: RelationshipValue): bigint {
    return BigInt([...this.rels.keys()].indexOf(rel.key));
  }
  private node(n: NodeValue): FakeNode {
    const found = this.nodes.get(n.key);
    if (!found) throw new Error(`FakeGraph: no node ${n.key}`);
    return found;
  }
  private rel(r: RelationshipValue): FakeRel {
    const found = this.rels.get(r.key);
    if (!found) throw new Error(`FakeGraph: no relationship ${r.key}`);
    return found;
  }
}

/** a day count posing as a Date (compare, equality) or a Duration (add, multiply): enough for delegation tests */
export class FakeTemporal extends TemporalValue {
  constructor(
    readonly temporalType: 'Date' | 'Duration',
    readonly days: number,
  ) {
    super();
  }
  toString(): string {
    return this.temporalType === 'Date' ? `D${this.days}` : `P${this.days}D`;
  }
  equals(other: TemporalValue): boolean {
    return other instanceof FakeTemporal && other.temporalType === this.temporalType && other.days === this.days;
  }
  compareTo(other: TemporalValue): number | null {
    if (!(other instanceof FakeTemporal) || other.temporalType !== this.temporalType) return null;
    if (this.temporalType === 'Duration') return null; // durations are not comparable
    return this.days - other.days;
  }
  get(component: string): CypherValue | undefined {
    if (this.temporalType === 'Duration' && component === 'days') return BigInt(this.days);
    if (this.temporalType === 'Duration' && (component === 'months' || component === 'seconds')) return 0n;
    return undefined;
  }
  add(other: CypherValue): CypherValue | undefined {
    if (!(other instanceof FakeTemporal) || other.temporalType !== 'Duration') return undefined;
    return new FakeTemporal(this.temporalType, this.days + other.days);
  }
  subtract(other: CypherValue): CypherValue | undefined {
    if (!(other instanceof FakeTemporal) || other.temporalType !== 'Duration') return undefined;
    return new FakeTemporal(this.temporalType, this.days - other.days);
  }
  multiply(other: CypherValue): CypherValue | undefined {
    if (this.temporalType !== 'Duration' || typeof other !== 'bigint') return undefined;
    return new FakeTemporal('Duration', this.days * Number(other));
  }
  divide(other: CypherValue): CypherValue | undefined {
    if (this.temporalType !== 'Duration' || typeof other !== 'bigint') return undefined;
    return new FakeTemporal('Duration', this.days / Number(other));
  }
}

/** a CypherMap from a plain object */
export function map(obj: Record<string, CypherValue>): CypherMap {
  return new Map(Object.entries(obj));
}
