/**
 * CypherEngine: parse (cached) -> compile -> run against a graphology store, atomically.
 *
 * Atomicity: every write records its inverse; a statement that throws is undone before the error
 * leaves run(). Transactions (begin()) run on a private copy of the graph, so their writes are
 * invisible to other runs until commit(), which replays the transaction's write log onto the shared
 * store as one statement (all or nothing).
 */
import { parse } from './syntax/parser';
import { CypherError, type CypherValue } from './values/types';
import { GraphStore, type StoreGraph, type WriteStats, emptyStats } from './exec/graphStore';
import { compileQuery, type Plan } from './exec/query';
import type { ExecContext, Row } from './exec/context';
import type { FunctionContext } from './functions/types';
import { ProcedureRegistry, type ProcedureSpec } from './procedures';
import { PlanCache } from './planCache';
import { limitError, validateLimits, type CypherLimits } from './limits';
import { parseSchemaCommand, readSchema, runSchemaCommand, type UniqueConstraint } from './schema';
import { groupKey } from './values/equality';
import { fromStoreValue } from './exec/storeValue';

export interface QueryResult {
  columns: string[];
  rows: CypherValue[][];
  stats: WriteStats;
}

export interface EngineOptions {
  limits?: Partial<CypherLimits>;
}

export class CypherEngine {
  readonly store: GraphStore;
  readonly procedures = new ProcedureRegistry();
  readonly limits: CypherLimits;
  private readonly plans: PlanCache<Plan>;
  private openTx = 0;

  constructor(readonly graph: StoreGraph, options: EngineOptions = {}) {
    this.store = new GraphStore(graph);
    this.limits = validateLimits(options.limits);
    this.plans = new PlanCache(this.limits.planCacheSize);
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

  run(query: string, params: Record<string, CypherValue> = {}): QueryResult {
    // a cached plan means the text is no schema command: skip that check on the hot path
    const cached = this.plans.get(query);
    if (cached) return runPlan(this, this.store, cached, params);
    return runSchema(this, query) ?? runOn(this, this.store, query, params);
  }

  /** Whether the statement may change the graph or its schema (compiles it; throws on bad syntax). */
  isUpdating(query: string): boolean {
    const cmd = parseSchemaCommand(query);
    if (cmd) return !cmd.kind.startsWith('show');
    return this.plan(query).updating;
  }

  begin(): Transaction {
    return new Transaction(this);
  }

  /**
   * A transaction that writes straight into the store and keeps an undo log, so it costs nothing to
   * open (begin() copies the graph). Only for callers that keep everyone else out until it ends: the
   * Bolt endpoint holds its write lock for that. One at a time.
   */
  beginExclusive(): ExclusiveTransaction {
    if (this.store.inTransaction) {
      throw new CypherError('SemanticError', 'TransactionConflict', 'cypher: another exclusive transaction is open', 'runtime');
    }
    return new ExclusiveTransaction(this);
  }

  /** @internal */
  txOpened(delta: number): void {
    this.openTx += delta;
  }
}

/** Schema commands (CREATE CONSTRAINT ...) apply to the engine's schema at once, also inside a transaction. */
function runSchema(engine: CypherEngine, query: string): QueryResult | null {
  const cmd = parseSchemaCommand(query);
  if (!cmd) return null;
  const graph = engine.graph;
  const state = readSchema(graph);
  const r = runSchemaCommand(cmd, state, (label, prop) => duplicateOf(engine.store, label, prop, engine.store.nodesWithLabel(label).keys()));
  if (r.changed) graph.setAttribute('schema', state);
  return { columns: r.columns, rows: r.rows, stats: emptyStats() };
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

function runOn(engine: CypherEngine, store: GraphStore, query: string, params: Record<string, CypherValue>): QueryResult {
  return runPlan(engine, store, engine.plan(query), params);
}

/**
 * What one statement runs with: its store, parameters and limits, and (as its own FunctionContext)
 * its clock, read once and turned into a Date only when a function asks for it. One object per run.
 */
class StatementContext implements ExecContext, FunctionContext {
  ticks = 0;
  readonly deadline: number;
  private date: Date | null = null;
  constructor(
    readonly store: GraphStore,
    readonly params: Record<string, CypherValue>,
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

function runPlan(engine: CypherEngine, store: GraphStore, plan: Plan, params: Record<string, CypherValue>): QueryResult {
  for (const p of plan.paramList) {
    if (!(p in params)) throw new CypherError('ParameterMissing', 'MissingParameter', `cypher: expected parameter $${p}`, 'compile time');
  }
  const ctx = new StatementContext(store, params, engine.procedures, Date.now(), engine.limits.timeoutMs);
  // a statement that cannot write needs no undo log, statistics or constraint checks
  const tracked = !plan.readOnly;
  if (tracked) store.beginStatement();
  let rows: CypherValue[][] = [];
  try {
    const max = engine.limits.maxRows;
    if (plan.runValues) {
      // a plain RETURN gives each row's values in column order already
      const out = plan.runValues(ctx);
      if (Array.isArray(out) && out.length <= max) rows = out;
      else {
        for (const r of out) {
          rows.push(r);
          if (rows.length > max) throw limitError('rows', `the query returned more than ${max} rows`);
        }
      }
    } else {
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
  const stats = tracked ? store.commitStatement() : emptyStats();
  return { columns: plan.columns, rows, stats };
}

/**
 * An explicit transaction: statements run on a private copy of the graph; commit() applies their
 * writes to the engine's store in one atomic step, rollback() drops them.
 */
export class Transaction {
  private store: GraphStore | null;
  constructor(private readonly engine: CypherEngine) {
    const copy = engine.graph.copy() as StoreGraph;
    // attribute objects are shared by copy(); clone them so writes stay private
    copy.updateEachNodeAttributes((_k, a) => ({ labels: a.labels.slice(), properties: { ...a.properties } }));
    copy.updateEachEdgeAttributes((_k, a) => ({ type: a.type, properties: { ...a.properties } }));
    this.store = new GraphStore(copy, engine.store.shared);
    this.store.redoLog = [];
    engine.txOpened(1);
  }
  get open(): boolean {
    return this.store !== null;
  }
  /** where this transaction's results live (its private copy), to read their nodes and relationships */
  get access(): GraphStore {
    return this.store ?? this.engine.store;
  }
  run(query: string, params: Record<string, CypherValue> = {}): QueryResult {
    if (!this.store) throw new CypherError('SemanticError', 'TransactionClosed', 'cypher: the transaction is closed', 'runtime');
    return runSchema(this.engine, query) ?? runOn(this.engine, this.store, query, params);
  }
  commit(): void {
    if (!this.store) throw new CypherError('SemanticError', 'TransactionClosed', 'cypher: the transaction is closed', 'runtime');
    const log = this.store.redoLog ?? [];
    this.store = null;
    this.engine.txOpened(-1);
    const target = this.engine.store;
    target.beginStatement();
    try {
      for (const op of log) target.applyLogged(op);
    } catch (e) {
      target.rollbackStatement();
      throw new CypherError('SemanticError', 'TransactionConflict', `cypher: commit failed, the graph changed underneath: ${(e as Error).message}`, 'runtime');
    }
    target.commitStatement();
  }
  rollback(): void {
    if (this.store) this.engine.txOpened(-1);
    this.store = null;
  }
}

/** See CypherEngine.beginExclusive(). */
export class ExclusiveTransaction {
  private done = false;
  constructor(private readonly engine: CypherEngine) {
    engine.store.beginTransaction();
  }
  get open(): boolean {
    return !this.done;
  }
  get access(): GraphStore {
    return this.engine.store;
  }
  run(query: string, params: Record<string, CypherValue> = {}): QueryResult {
    if (this.done) throw new CypherError('SemanticError', 'TransactionClosed', 'cypher: the transaction is closed', 'runtime');
    return runSchema(this.engine, query) ?? runOn(this.engine, this.engine.store, query, params);
  }
  commit(): void {
    if (this.done) throw new CypherError('SemanticError', 'TransactionClosed', 'cypher: the transaction is closed', 'runtime');
    this.done = true;
    this.engine.store.commitTransaction();
  }
  rollback(): void {
    if (this.done) return;
    this.done = true;
    this.engine.store.rollbackTransaction();
  }
}
