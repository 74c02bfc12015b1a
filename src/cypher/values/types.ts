/**
 * Cypher values as the engine holds them. This file is the contract between the executor
 * (src/cypher/*), the value library (src/cypher/values, src/cypher/functions) and the temporal types
 * (src/cypher/temporal).
 *
 *   NULL     null               (never undefined)
 *   BOOLEAN  boolean
 *   INTEGER  bigint, 64-bit signed; leaving the range is an ArithmeticError (detail IntegerOverflow)
 *   FLOAT    number (NaN, ±Infinity, -0 allowed)
 *   STRING   string
 *   LIST     CypherValue[]
 *   MAP      CypherMap: a JS Map<string, CypherValue> (insertion order kept; no prototype pitfalls)
 *   NODE     NodeValue          (a reference to a store entity by key; labels/properties are read
 *   RELATIONSHIP RelationshipValue  through GraphAccess so they reflect SET/REMOVE in the same query)
 *   PATH     PathValue
 *   temporal instances of TemporalValue subclasses (src/cypher/temporal)
 */

export type CypherValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | CypherValue[]
  | CypherMap
  | NodeValue
  | RelationshipValue
  | PathValue
  | TemporalValue;

export type CypherMap = Map<string, CypherValue>;

export class NodeValue {
  constructor(public readonly key: string) {}
}

export class RelationshipValue {
  constructor(public readonly key: string) {}
}

/** nodes.length === relationships.length + 1; relationships[i] joins nodes[i] and nodes[i + 1]. */
export class PathValue {
  constructor(
    public readonly nodes: readonly NodeValue[],
    public readonly relationships: readonly RelationshipValue[],
  ) {}
}

/** Base of Date, LocalTime, Time, LocalDateTime, DateTime and Duration (src/cypher/temporal). */
export abstract class TemporalValue {
  abstract readonly temporalType: 'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime' | 'Duration';
  /** the ISO form the TCK expects */
  abstract toString(): string;
  /** Cypher equality; false for a different temporal type */
  abstract equals(other: TemporalValue): boolean;
  /** <0, 0, >0; null when the two are not comparable (different types, durations) */
  abstract compareTo(other: TemporalValue): number | null;
  /** component accessor (d.year, dt.timezone, dur.minutes); undefined when this type has no such key */
  abstract get(component: string): CypherValue | undefined;
  /** this + other, this - other, this * n, this / n; undefined when the combination is not defined
   *  (the caller raises a TypeError). `other` may be any value; only durations and numbers apply. */
  abstract add(other: CypherValue): CypherValue | undefined;
  abstract subtract(other: CypherValue): CypherValue | undefined;
  abstract multiply(other: CypherValue): CypherValue | undefined;
  abstract divide(other: CypherValue): CypherValue | undefined;
}

/**
 * What the value library needs from the store to answer labels(n), properties(r), type(r), id(n),
 * startNode(r), n.prop ... The executor implements it over graphology (and over transaction overlays).
 */
export interface GraphAccess {
  nodeExists(key: string): boolean;
  relationshipExists(key: string): boolean;
  labels(node: NodeValue): string[];
  nodeProperties(node: NodeValue): CypherMap;
  relationshipType(rel: RelationshipValue): string;
  relationshipProperties(rel: RelationshipValue): CypherMap;
  startNode(rel: RelationshipValue): NodeValue;
  endNode(rel: RelationshipValue): NodeValue;
  /** the integer id Cypher's id() returns */
  nodeId(node: NodeValue): bigint;
  relationshipId(rel: RelationshipValue): bigint;
}

/** TCK error classes (also the last segment of the Neo4j status code). */
export type CypherErrorClass =
  | 'SyntaxError'
  | 'SemanticError'
  | 'ParameterMissing'
  | 'ConstraintVerificationFailed'
  | 'ConstraintValidationFailed'
  | 'EntityNotFound'
  | 'PropertyNotFound'
  | 'LabelNotFound'
  | 'TypeError'
  | 'ArgumentError'
  | 'ArithmeticError'
  | 'ProcedureError';

export type CypherErrorPhase = 'compile time' | 'runtime';

/**
 * Every Cypher failure. `code` is the Neo4j status code ("Neo.ClientError.Statement.SyntaxError"),
 * `cypherClass` the TCK class, `detail` the TCK detail code (InvalidArgumentType, UndefinedVariable...).
 * `line`/`column` (1-based) locate it in the query text when known.
 */
export class CypherError extends Error {
  override name = 'CypherError';
  readonly code: string;
  constructor(
    public readonly cypherClass: CypherErrorClass,
    public readonly detail: string,
    message: string,
    public readonly phase: CypherErrorPhase = 'runtime',
    public readonly line?: number,
    public readonly column?: number,
  ) {
    super(message);
    this.code = `Neo.ClientError.Statement.${cypherClass}`;
  }
}

export function isMap(v: CypherValue): v is CypherMap {
  return v instanceof Map;
}
