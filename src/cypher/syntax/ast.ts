/**
 * The Cypher AST. Every node has a `kind` and a `loc` (character offsets into the query text).
 */
import type { CypherValue } from '../values/types';

export interface Loc {
  start: number;
  end: number;
}
interface Base {
  loc: Loc;
}

// ---------------------------------------------------------------- expressions
export interface Literal extends Base { kind: 'Literal'; value: CypherValue }
export interface Parameter extends Base { kind: 'Parameter'; name: string }
export interface Variable extends Base { kind: 'Variable'; name: string }
export interface PropertyAccess extends Base { kind: 'Property'; object: Expr; key: string }
export interface IndexAccess extends Base { kind: 'Index'; object: Expr; index: Expr }
export interface SliceAccess extends Base { kind: 'Slice'; object: Expr; from: Expr | null; to: Expr | null }
export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '^' | 'AND' | 'OR' | 'XOR' | '=~' | 'IN' | 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS';
export interface Binary extends Base { kind: 'Binary'; op: BinaryOp; left: Expr; right: Expr }
export type CompareOp = '=' | '<>' | '<' | '>' | '<=' | '>=';
/** a < b <= c: chained comparisons, each operand evaluated once */
export interface Comparison extends Base { kind: 'Comparison'; ops: CompareOp[]; operands: Expr[] }
export interface Unary extends Base { kind: 'Unary'; op: 'NOT' | '-' | '+'; operand: Expr }
export interface IsNull extends Base { kind: 'IsNull'; operand: Expr; negated: boolean }
export interface HasLabels extends Base { kind: 'HasLabels'; operand: Expr; labels: string[] }
export interface FunctionCall extends Base { kind: 'FunctionCall'; name: string; distinct: boolean; args: Expr[] }
export interface CountStar extends Base { kind: 'CountStar' }
export interface ListLiteral extends Base { kind: 'List'; items: Expr[] }
export interface MapLiteral extends Base { kind: 'Map'; entries: { key: string; value: Expr }[] }
export type MapProjectionItem =
  | { type: 'property'; key: string }
  | { type: 'literal'; key: string; value: Expr }
  | { type: 'variable'; name: string }
  | { type: 'all' };
export interface MapProjection extends Base { kind: 'MapProjection'; variable: string; items: MapProjectionItem[] }
export interface CaseExpr extends Base { kind: 'Case'; test: Expr | null; whens: { when: Expr; then: Expr }[]; else: Expr | null }
export interface ListComprehension extends Base { kind: 'ListComprehension'; variable: string; list: Expr; where: Expr | null; map: Expr | null }
export interface PatternComprehension extends Base { kind: 'PatternComprehension'; pattern: PatternPart; where: Expr | null; map: Expr }
export interface Quantifier extends Base { kind: 'Quantifier'; quantifier: 'all' | 'any' | 'none' | 'single'; variable: string; list: Expr; where: Expr | null }
export interface Reduce extends Base { kind: 'Reduce'; accumulator: string; init: Expr; variable: string; list: Expr; expr: Expr }
/** a relationship pattern used as a boolean expression: WHERE (a)-[:T]->() */
export interface PatternPredicate extends Base { kind: 'PatternPredicate'; pattern: PatternPart }
export interface ExistsSubquery extends Base { kind: 'Exists'; patterns: PatternPart[] | null; where: Expr | null; query: Query | null }

export type Expr =
  | Literal | Parameter | Variable | PropertyAccess | IndexAccess | SliceAccess | Binary | Comparison | Unary
  | IsNull | HasLabels | FunctionCall | CountStar | ListLiteral | MapLiteral | MapProjection | CaseExpr
  | ListComprehension | PatternComprehension | Quantifier | Reduce | PatternPredicate | ExistsSubquery;

// ---------------------------------------------------------------- patterns
export interface NodePattern extends Base {
  kind: 'NodePattern';
  variable: string | null;
  labels: string[];
  properties: Expr | null; // Map or Parameter
}
export interface RelationshipPattern extends Base {
  kind: 'RelationshipPattern';
  variable: string | null;
  types: string[];
  properties: Expr | null;
  direction: 'out' | 'in' | 'both';
  /** null: exactly one hop; otherwise *min..max (max null = unbounded) */
  range: { min: number | null; max: number | null } | null;
}
export interface PatternPart extends Base {
  kind: 'PatternPart';
  variable: string | null;
  /** node, rel, node, rel, node ... */
  nodes: NodePattern[];
  rels: RelationshipPattern[];
  shortest?: 'shortestPath' | 'allShortestPaths';
}

// ---------------------------------------------------------------- clauses
export interface ReturnItem { expr: Expr; alias: string | null; text: string; loc: Loc }
export interface SortItem { expr: Expr; descending: boolean }
export interface Projection {
  distinct: boolean;
  star: boolean;
  items: ReturnItem[];
  orderBy: SortItem[] | null;
  skip: Expr | null;
  limit: Expr | null;
}
export interface Match extends Base { kind: 'Match'; optional: boolean; patterns: PatternPart[]; where: Expr | null }
export interface Unwind extends Base { kind: 'Unwind'; expr: Expr; variable: string }
export interface With extends Base { kind: 'With'; projection: Projection; where: Expr | null }
export interface Return extends Base { kind: 'Return'; projection: Projection }
export interface Create extends Base { kind: 'Create'; patterns: PatternPart[] }
export type SetItem =
  | { type: 'property'; target: Expr; key: string; value: Expr; loc: Loc }
  | { type: 'replace'; variable: string; value: Expr; loc: Loc }
  | { type: 'merge'; variable: string; value: Expr; loc: Loc }
  | { type: 'labels'; variable: string; labels: string[]; loc: Loc };
export interface SetClause extends Base { kind: 'Set'; items: SetItem[] }
export type RemoveItem =
  | { type: 'property'; target: Expr; key: string; loc: Loc }
  | { type: 'labels'; variable: string; labels: string[]; loc: Loc };
export interface Remove extends Base { kind: 'Remove'; items: RemoveItem[] }
export interface Delete extends Base { kind: 'Delete'; detach: boolean; exprs: Expr[] }
export interface Merge extends Base { kind: 'Merge'; pattern: PatternPart; onCreate: SetItem[]; onMatch: SetItem[] }
export interface YieldItem { field: string; alias: string | null; loc: Loc }
export interface Call extends Base {
  kind: 'Call';
  procedure: string;
  /** null: implicit arguments (standalone CALL p without parentheses) */
  args: Expr[] | null;
  yields: YieldItem[] | null;
  yieldStar: boolean;
  where: Expr | null;
}
export type Clause = Match | Unwind | With | Return | Create | SetClause | Remove | Delete | Merge | Call;

export interface SingleQuery extends Base { kind: 'SingleQuery'; clauses: Clause[] }
export interface Query extends Base { kind: 'Query'; parts: SingleQuery[]; unionAll: boolean[] }
