/**
 * The contract for built-in functions: scalar functions (toUpper, size, date.truncate ...) and
 * aggregations (count, collect, percentileCont ...). The executor looks them up by name
 * (case-insensitive, dotted namespaces kept: 'date.truncate').
 */
import type { CypherValue, GraphAccess } from '../values/types';

export interface FunctionContext {
  access: GraphAccess;
  /** fixed for one statement: what date()/datetime() without arguments and *.statement() return */
  statementTime: Date;
  /** fixed for one transaction */
  transactionTime: Date;
}

export interface FunctionDef {
  /** canonical name, e.g. 'toUpper', 'date.truncate' */
  name: string;
  minArgs: number;
  /** Infinity for variadic (coalesce) */
  maxArgs: number;
  /** false for rand(), timestamp(), date() with no argument ...: the planner must not fold them */
  deterministic?: boolean;
  /** args are already evaluated; throw CypherError (ArgumentError/TypeError ...) on bad input */
  call(args: CypherValue[], ctx: FunctionContext): CypherValue;
}

export interface Accumulator {
  /** one row's evaluated arguments (count(*) gets []) */
  add(args: CypherValue[]): void;
  result(): CypherValue;
}

export interface AggregateDef {
  name: string;
  minArgs: number;
  maxArgs: number;
  create(distinct: boolean, ctx: FunctionContext): Accumulator;
}
