/** Public surface of the Cypher engine. */
export { CypherEngine, Transaction, type QueryResult, type EngineOptions } from './engine';
export { parse, parseExpression } from './syntax/parser';
export { tokenize } from './syntax/lexer';
export { formatCypherError } from './syntax/syntaxError';
export type * as ast from './syntax/ast';
export { fromJs, fromJsParams, toJs, type JsValue, type Params } from './convert';
export { toStoreValue, fromStoreValue, setTemporalDecoder } from './exec/storeValue';
export { DEFAULT_LIMITS, validateLimits, type CypherLimits } from './limits';
export type { ProcedureSpec, ProcedureField } from './procedures';
export type { WriteStats } from './exec/graphStore';
export { CypherError, NodeValue, RelationshipValue, PathValue, TemporalValue } from './values/types';
export type { CypherValue } from './values/types';
