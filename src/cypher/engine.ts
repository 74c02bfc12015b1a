/**
 * CypherEngine: parse (cached) -> compile -> run against a graphology store, atomically.
 *
 * Atomicity: every statement keeps its way back (structural writes and the state of what it
 * touched, see GraphStore); a statement that throws is undone before the error leaves run().
 * Transactions (begin()) write in place too and keep the way back of each statement until commit,
 * so rollback() takes them all back and opening one costs nothing. While one is open, run() outside
 * it is refused: nobody can observe its uncommitted writes (the Bolt server's readers-writer lock
 * keeps its clients out until COMMIT or ROLLBACK instead of letting them fail).
 */
import { parse } from './syntax/parser';
import { CypherError, type CypherValue } from './values/types';
import { GraphStore, type StoreGraph, type WriteStats, NO_CHANGES } from './exec/graphStore';
import { compileQuery, type Plan } from './exec/query';
import type { ExecContext, Row } from './exec/context';
import type { FunctionContext } from './functions/types';
import { ProcedureRegistry, type ProcedureSpec } from './procedures';
import { PlanCache } from './planCache';
import { limitError, validateLimits, type CypherLimits } from './limits';
import { parseSchemaCommand, readSchema, runSchemaCommand, type UniqueConstraint } from './schema';
import { groupKey } from './values/equality';
import { fromStoreValue } from './exec/storeValue';
import { StreamConflict } from './exec/eagerness';
import { hasParam, NO_PARAMS, type Params } from './convert';

export interface QueryResult {
  columns: string[];
  rows: CypherValue[][];
  /** what the statement changed; shared by results that changed nothing, never to be written */
  stats: Readonly<WriteStats>;
}

/** the one class of every QueryResult the engine returns (readers of results see one shape) */
class Result implements QueryResult {
  // declared, not defined: the fields are set once, by the constructor (a class field would first
  // be defined as undefined and then set)
  declare columns: string[];
  declare rows: CypherValue[][];
  declare stats: Readonly<WriteStats>;
  constructor(columns: string[], rows: CypherValue[][], stats: Readonly<WriteStats>) {
    this.columns = columns;
    this.rows = rows;
    this.stats = stats;
  }
}

export interface EngineOptions {
  limits?: Partial<CypherLimits>;
}

export class CypherEngine {
  readonly store: GraphStore;
  readonly procedures = new ProcedureRegistry();
  readonly limits: CypherLimits;
  private readonly plans: PlanCache<Plan>;
  private tx: Transaction | null = null;
  /** @internal the context of every one-row statement (Plan.oneRow): it cannot loop, so no clock */
  readonly oneRowContext: StatementContext;

  constructor(readonly graph: StoreGraph, options: EngineOptions = {}) {
    this.store = new GraphStore(graph);
    this.limits = validateLimits(options.limits);
    this.plans = new PlanCache(this.limits.planCacheSize);
    this.oneRowContext = new StatementContext(this.store, NO_PARAMS, this.procedures, 0, Infinity);
  }

  registerProcedure(spec: ProcedureSpec): void {
    this.procedures.register(spec);
  }

  /** parse and compile (cached by query text); throws compile-time CypherErrors */
  plan(query: string): Plan {
    let p = this.plans.get(query);
    if (!p) {
      const ast = parse(query, { maxTokens: this.limits.maxTokens });
      p = compileQuery(ast, query, this.procedures);
      this.plans.set(query, p);
    }
    return p;
  }

  run(query: string, params: Params = NO_PARAMS): QueryResult {
    if (this.tx !== null) throw transactionOpen();
    // a cached plan means the text is no schema command: skip that check on the hot path
    const cached = this.plans.get(query);
    if (cached === undefined) return runSchema(this, query) ?? runOn(this, this.store, query, params);
    if (cached.oneRow !== null) return runOneRow(this, cached, cached.oneRow, params);
    return runPlan(this, this.store, cached, params);
  }

  /** Whether the statement may change the graph or its schema (compiles it; throws on bad syntax). */
  isUpdating(query: string): boolean {
    const cmd = parseSchemaCommand(query);
    if (cmd) return !cmd.kind.startsWith('show');
    return this.plan(query).updating;
  }

  /**
   * An explicit transaction: its statements write straight into the store, each keeping its way back
   * until commit() or rollback(). One at a time; until it ends, run() outside it is refused.
   */
  begin(): Transaction {
    if (this.tx) throw transactionOpen();
    this.tx = new Transaction(this);
    return this.tx;
  }

  /** @internal the transaction ended */
  txEnded(tx: Transaction): void {
    if (this.tx === tx) this.tx = null;
  }
}

function transactionOpen(): CypherError {
  return new CypherError('SemanticError', 'TransactionConflict', 'cypher: a transaction is open: run the statement in it, or end it first', 'runtime');
}

/** Schema commands (CREATE CONSTRAINT ...) apply to the engine's schema at once, also inside a transaction. */
function runSchema(engine: CypherEngine, query: string): QueryResult | null {
  const cmd = parseSchemaCommand(query);
  if (!cmd) return null;
  const graph = engine.graph;
  const state = readSchema(graph);
  const r = runSchemaCommand(cmd, state, (label, prop) => duplicateOf(engine.store, label, prop, engine.store.nodesWithLabel(label).keys()));
  if (r.changed) graph.setAttribute('schema', state);
  return new Result(r.columns, r.rows, NO_CHANGES);
}

/** A description of two nodes of `label` among `keys` that share a value of `prop`, or null. */
function duplicateOf(store: GraphStore, label: string, prop: string, keys: Iterable<string>): string | null {
  for (const key of keys) {
    if (!store.graph.hasNode(key)) continue;
    const attrs = store.graph.getNodeAttributes(key);
    const raw = attrs.properties[prop];
    if (raw === undefined || raw === null || !attrs.labels.includes(label)) continue;
    const value = fromStoreValue(raw);
    const key2 = groupKey(value);
    for (const other of store.nodesByProperty(label, prop, value)) {
      if (other === key) continue;
      const v = store.graph.hasNode(other) ? store.graph.getNodeAttributes(other).properties[prop] : undefined;
      if (v !== undefined && v !== null && groupKey(fromStoreValue(v)) === key2) {
        return `two nodes with label ${label} have ${prop} = ${JSON.stringify(raw)}`;
      }
    }
  }
  return null;
}

function checkConstraints(store: GraphStore, constraints: UniqueConstraint[]): void {
  for (const c of constraints) {
    const clash = duplicateOf(store, c.label, c.property, store.touchedNodeKeys());
    if (clash) {
      throw new CypherError('ConstraintValidationFailed', 'UniquenessConstraintViolation', `cypher: constraint ${c.name}: ${clash}`, 'runtime');
    }
  }
}

function runOn(engine: CypherEngine, store: GraphStore, query: string, params: Params): QueryResult {
  return runPlan(engine, store, engine.plan(query), params);
}

/**
 * What one statement runs with: its store, parameters and limits, and (as its own FunctionContext)
 * its clock, read once and turned into a Date only when a function asks for it. One object per run.
 */
class StatementContext implements ExecContext, FunctionContext {
  ticks = 0;
  /** run updating clauses with every barrier (a streaming run hit a conflict; see exec/eagerness.ts) */
  eagerWrites = false;
  readonly deadline: number;
  private date: Date | null = null;
  constructor(
    readonly store: GraphStore,
    /** writable for the engine's one-row context, which is reused */
    public params: Params,
    readonly procedures: ProcedureRegistry,
    private readonly ms: number,
    timeoutMs: number,
  ) {
    this.deadline = ms + timeoutMs;
  }
  get fn(): FunctionContext {
    return this;
  }
  get access(): GraphStore {
    return this.store;
  }
  get statementTime(): Date {
    return (this.date ??= new Date(this.ms));
  }
  get transactionTime(): Date {
    return this.statementTime;
  }
}


function checkParams(list: string[], params: Params): void {
  for (let i = 0; i < list.length; i++) {
    if (!hasParam(params, list[i])) throw new CypherError('ParameterMissing', 'MissingParameter', `cypher: expected parameter $${list[i]}`, 'compile time');
  }
}

/**
 * A statement of one RETURN that cannot loop (Plan.oneRow): read-only and bounded, so it runs with
 * the engine's reused context and without the statement clock, undo log or row pipeline.
 */
function runOneRow(engine: CypherEngine, plan: Plan, oneRow: (ctx: ExecContext) => CypherValue[], params: Params): QueryResult {
  const ctx = engine.oneRowContext;
  // a statement without parameters cannot read them: the context keeps its empty set
  if (plan.paramList.length === 0) return new Result(plan.columns, [oneRow(ctx)], NO_CHANGES);
  checkParams(plan.paramList, params);
  ctx.params = params;
  try {
    return new Result(plan.columns, [oneRow(ctx)], NO_CHANGES);
  } finally {
    ctx.params = NO_PARAMS;
  }
}

function runPlan(engine: CypherEngine, store: GraphStore, plan: Plan, params: Params): QueryResult {
  if (plan.oneRow !== null) return runOneRow(engine, plan, plan.oneRow, params);
  if (plan.paramList.length !== 0) checkParams(plan.paramList, params);
  const ctx = new StatementContext(store, params, engine.procedures, Date.now(), engine.limits.timeoutMs);
  // a statement that cannot write needs no undo log, statistics or constraint checks
  const tracked = !plan.readOnly;
  if (tracked) store.beginStatement();
  let rows: CypherValue[][];
  try {
    try {
      rows = collect(engine, plan, ctx);
    } catch (e) {
      if (!(e instanceof StreamConflict) || !tracked) throw e;
      // a streaming write would have changed what an earlier clause reads: again, clause at a time
      store.rollbackStatement();
      store.beginStatement();
      ctx.eagerWrites = true;
      rows = collect(engine, plan, ctx);
    }
    if (Date.now() > ctx.deadline) throw limitError('timeout', 'the query ran past its time limit');
    if (plan.updating) {
      const { constraints } = readSchema(engine.graph);
      if (constraints.length) checkConstraints(store, constraints);
    }
  } catch (e) {
    if (tracked) store.rollbackStatement();
    throw e;
  }
  const stats = tracked ? store.commitStatement() : NO_CHANGES;
  return new Result(plan.columns, rows, stats);
}

function collect(engine: CypherEngine, plan: Plan, ctx: ExecContext): CypherValue[][] {
  const max = engine.limits.maxRows;
  let rows: CypherValue[][] = [];
  if (plan.runValues) {
    // a plain RETURN gives each row's values in column order already
    const out = plan.runValues(ctx);
    if (Array.isArray(out) && out.length <= max) return out;
    for (const r of out) {
      rows.push(r);
      if (rows.length > max) throw limitError('rows', `the query returned more than ${max} rows`);
    }
    return rows;
  }
  const cols = plan.columns;
  const add = (r: Row): void => {
    const arr = new Array<CypherValue>(cols.length);
    for (let i = 0; i < cols.length; i++) {
      const v = r[cols[i]];
      arr[i] = v === undefined ? null : v;
    }
    rows.push(arr);
    if (rows.length > max) throw limitError('rows', `the query returned more than ${max} rows`);
  };
  const out = plan.run(ctx);
  // rows already in memory (no generator to drive) are read by index
  if (Array.isArray(out)) for (let i = 0; i < out.length; i++) add(out[i]);
  else for (const r of out) add(r);
  return rows;
}

/** See CypherEngine.begin(). */
export class Transaction {
  private done = false;
  constructor(private readonly engine: CypherEngine) {
    engine.store.beginTransaction();
  }
  get open(): boolean {
    return !this.done;
  }
  /** the store its results live in, to read their nodes and relationships */
  get access(): GraphStore {
    return this.engine.store;
  }
  run(query: string, params: Params = {}): QueryResult {
    if (this.done) throw new CypherError('SemanticError', 'TransactionClosed', 'cypher: the transaction is closed', 'runtime');
    return runSchema(this.engine, query) ?? runOn(this.engine, this.engine.store, query, params);
  }
  commit(): void {
    if (this.done) throw new CypherError('SemanticError', 'TransactionClosed', 'cypher: the transaction is closed', 'runtime');
    this.done = true;
    this.engine.store.commitTransaction();
    this.engine.txEnded(this);
  }
  rollback(): void {
    if (this.done) return;
    this.done = true;
    this.engine.store.rollbackTransaction();
    this.engine.txEnded(this);
  }
}
