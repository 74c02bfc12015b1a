/**
 * Eagerness: where an updating query may stream (each row's writes applied as the row flows through
 * the clauses) and where a barrier must first drain every row, decided at plan time, as Neo4j's
 * planner places its Eager operator.
 *
 * Cypher's semantics are clause at a time: a clause sees the writes of the clauses before it for
 * every row, and none of the clauses after it. Interleaving rows gives the same result when no clause
 * can observe another's writes across rows. So each clause is summarised by what it may read and
 * write, as tokens: `node` (which nodes exist), `rel`, `label:L`, `type:T`, `np:k` / `rp:k` (property
 * k of nodes / relationships), with `*` wildcards. Clauses run as one streaming segment until one
 * conflicts with a clause already in it, where a barrier starts a new segment:
 *   - an earlier clause writes what a later one reads or writes (the later one would miss rows' writes);
 *   - a later clause writes what an earlier one reads (the earlier one would see writes too soon),
 *     except when the later clause only sets properties and the earlier one reads named properties:
 *     then the segment streams with a guard: should a write change the value of one of those
 *     properties, the statement is undone and runs again with every barrier (ExecContext.eagerWrites);
 *   - a LIMIT would stop pulling rows before every write is done.
 * A projection that aggregates or sorts drains its input itself: the segment ends there.
 * Creating an entity writes only its existence (node, labels / rel, type): nobody else can hold a
 * fresh entity, so its properties matter to others only through the scans that find it.
 */
import type * as A from '../syntax/ast';
import { withPush, type ExecContext, type PushOp, type Row } from './context';
import { isAggregate } from '../functions/registry';
import { forEachChild, type RowOp } from './projection';

/** what the planner knows of a variable: an entity kind, or not */
type Kinds = Map<string, 'node' | 'rel' | 'other'>;

/** property keys whose values a streaming clause's writes must leave as they were */
export interface StreamGuard {
  node: ReadonlySet<string>;
  rel: ReadonlySet<string>;
}

/** thrown by a guarded write that would break streaming; runPlan undoes the statement and runs it eagerly */
export class StreamConflict extends Error {
  constructor() {
    super('cypher: a streaming write conflicts with an earlier read; running the statement eagerly');
  }
}

interface Effects {
  reads: Set<string>;
  writes: Set<string>;
  /** sets or removes properties only (its conflicts with earlier reads of named properties can be guarded) */
  propertyWritesOnly: boolean;
  /** stops pulling rows early */
  limits: boolean;
  /** pulls every input row before its first output row */
  drains: boolean;
}

export interface ClausePlan {
  /** drain every row before this clause starts */
  barrier: boolean;
  /** drain before it when the statement runs eagerly (after a stream conflict) */
  eagerBarrier: boolean;
  guard: StreamGuard | null;
}

const WRITES = new Set(['Create', 'Merge', 'Set', 'Remove', 'Delete']);

/** the plan of each clause of an updating query, in order */
export function planStreaming(clauses: A.Clause[]): ClausePlan[] {
  const planner = new StreamPlanner();
  return clauses.map((c) => planner.next(c));
}

class StreamPlanner {
  private segment: Effects[] = [];
  private prevWrites = false;
  private kinds: Kinds = new Map();

  next(c: A.Clause): ClausePlan {
    const e = effectsOf(c, this.kinds);
    this.kinds = kindsAfter(c, this.kinds);
    const isWrite = WRITES.has(c.kind);
    const eagerBarrier = isWrite || this.prevWrites;
    this.prevWrites = isWrite;
    let barrier = false;
    let guard: { node: Set<string>; rel: Set<string> } | null = null;
    if (e.limits && this.segment.some((u) => u.writes.size > 0)) barrier = true;
    for (const u of this.segment) {
      if (barrier) break;
      if (clashes(u.writes, e.reads) || clashes(u.writes, e.writes)) {
        barrier = true;
        break;
      }
      const late = conflicts(e.writes, u.reads);
      if (late.length === 0) continue;
      if (!e.propertyWritesOnly || !late.every(([, r]) => /^[nr]p:/.test(r) && !r.endsWith(':*'))) {
        barrier = true;
        break;
      }
      guard ??= { node: new Set(), rel: new Set() };
      for (const [, r] of late) (r.startsWith('np:') ? guard.node : guard.rel).add(r.slice(3));
    }
    if (barrier) {
      this.segment = [];
      guard = null;
    }
    this.segment.push(e);
    if (e.drains) this.segment = [];
    return { barrier, eagerBarrier, guard };
  }
}

/** `op` behind the barrier the plan asks for */
export function withBarrier(op: RowOp, plan: ClausePlan): RowOp {
  if (plan.barrier) return (input, ctx) => op(drain(input, ctx), ctx);
  if (!plan.eagerBarrier) return op;
  const wrapped: RowOp = (input, ctx) => op(ctx.eagerWrites ? drain(input, ctx) : input, ctx);
  // streaming (no barrier) until a guard forces the eager rerun, which never takes the push form
  const push = (op as RowOp & { push?: PushOp }).push;
  return push ? withPush(wrapped, push) : wrapped;
}

function drain(input: Iterable<Row>, _ctx: ExecContext): Row[] {
  return Array.isArray(input) ? input : [...input];
}

// ------------------------------------------------------------------ tokens

function matches(a: string, b: string): boolean {
  if (a === b || a === '*' || b === '*') return true;
  const i = a.indexOf(':');
  const j = b.indexOf(':');
  if (i < 0 || j < 0 || a.slice(0, i) !== b.slice(0, j)) return false;
  return a.endsWith(':*') || b.endsWith(':*');
}
function conflicts(writes: Set<string>, reads: Set<string>): [string, string][] {
  const out: [string, string][] = [];
  for (const w of writes) for (const r of reads) if (matches(w, r)) out.push([w, r]);
  return out;
}
function clashes(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) for (const y of b) if (matches(x, y)) return true;
  return false;
}

// ------------------------------------------------------------------ effects of a clause

type Ns = 'node' | 'rel' | 'both' | 'none';

function nsOfKind(t: 'node' | 'rel' | 'other' | undefined): Ns {
  return t === 'node' ? 'node' : t === 'rel' ? 'rel' : 'both';
}

/** variable kinds after clause `c` (patterns declare nodes and relationships; a projection passes them on) */
function kindsAfter(c: A.Clause, kinds: Kinds): Kinds {
  const out = new Map(kinds);
  const declare = (part: A.PatternPart) => {
    for (const n of part.nodes) if (n.variable) out.set(n.variable, 'node');
    for (const r of part.rels) if (r.variable) out.set(r.variable, r.range ? 'other' : 'rel');
    if (part.variable) out.set(part.variable, 'other');
  };
  switch (c.kind) {
    case 'Match':
    case 'Create':
      c.patterns.forEach(declare);
      return out;
    case 'Merge':
      declare(c.pattern);
      return out;
    case 'Unwind':
      out.set(c.variable, 'other');
      return out;
    case 'Call':
      for (const y of c.yields ?? []) out.set(y.alias ?? y.field, 'other');
      return out;
    case 'With': {
      const next: Kinds = c.projection.star ? new Map(kinds) : new Map();
      for (const it of c.projection.items) {
        const name = it.alias ?? (it.expr.kind === 'Variable' ? it.expr.name : it.text);
        next.set(name, it.expr.kind === 'Variable' ? (kinds.get(it.expr.name) ?? 'other') : 'other');
      }
      return next;
    }
    default:
      return out;
  }
}

class Collector {
  readonly reads = new Set<string>();
  readonly writes = new Set<string>();
  /** variables the clause's own patterns declare (node / rel) */
  private readonly local = new Map<string, 'node' | 'rel'>();
  constructor(private readonly scope: Kinds) {}

  ns(variable: string): Ns {
    return nsOfKind(this.local.get(variable) ?? this.scope.get(variable));
  }
  prop(set: Set<string>, ns: Ns, key: string): void {
    if (ns === 'node' || ns === 'both') set.add(`np:${key}`);
    if (ns === 'rel' || ns === 'both') set.add(`rp:${key}`);
  }
  declare(part: A.PatternPart): void {
    for (const n of part.nodes) if (n.variable && !this.scope.has(n.variable)) this.local.set(n.variable, 'node');
    for (const r of part.rels) if (r.variable && !this.scope.has(r.variable)) this.local.set(r.variable, 'rel');
  }

  /** what matching `part` reads */
  pattern(part: A.PatternPart): void {
    for (const n of part.nodes) {
      const bound = n.variable !== null && this.scope.has(n.variable);
      if (!bound) {
        if (n.labels.length === 0) this.reads.add('node');
        for (const l of n.labels) this.reads.add(`label:${l}`);
      } else for (const l of n.labels) this.reads.add(`label:${l}`);
      this.mapKeys(this.reads, 'node', n.properties);
    }
    for (const r of part.rels) {
      if (r.types.length === 0) this.reads.add('rel');
      for (const t of r.types) this.reads.add(`type:${t}`);
      this.mapKeys(this.reads, 'rel', r.properties);
    }
  }
  /** what creating the unbound parts of `part` writes (existence only, see the file comment) */
  creation(part: A.PatternPart): void {
    for (const n of part.nodes) {
      if (n.variable && this.scope.has(n.variable)) continue;
      this.writes.add('node');
      for (const l of n.labels) this.writes.add(`label:${l}`);
      if (n.properties) this.expr(n.properties);
    }
    for (const r of part.rels) {
      this.writes.add('rel');
      for (const t of r.types) this.writes.add(`type:${t}`);
      if (r.properties) this.expr(r.properties);
    }
  }
  private mapKeys(set: Set<string>, ns: Ns, props: A.Expr | null): void {
    if (!props) return;
    if (props.kind === 'Map') for (const e of props.entries) this.prop(set, ns, e.key);
    else this.prop(set, ns, '*');
    this.expr(props);
  }

  setItem(it: A.SetItem | A.RemoveItem): void {
    switch (it.type) {
      case 'property':
        this.expr(it.target);
        if ('value' in it) this.expr(it.value);
        this.prop(this.writes, it.target.kind === 'Variable' ? this.ns(it.target.name) : 'both', it.key);
        break;
      case 'replace':
      case 'merge':
        this.expr(it.value);
        // the value may be an entity whose properties are copied
        if (it.value.kind !== 'Map' && it.value.kind !== 'Parameter') this.prop(this.reads, 'both', '*');
        this.prop(this.writes, this.ns(it.variable), '*');
        break;
      case 'labels':
        for (const l of it.labels) this.writes.add(`label:${l}`);
        break;
    }
  }

  /** what evaluating `e` may read */
  expr(e: A.Expr | null): void {
    if (!e) return;
    // what the expression itself reads; its sub-expressions follow below
    switch (e.kind) {
      case 'Property':
        this.prop(this.reads, e.object.kind === 'Variable' ? this.ns(e.object.name) : 'both', e.key);
        break;
      case 'Index':
        this.prop(this.reads, 'both', e.index.kind === 'Literal' && typeof e.index.value === 'string' ? e.index.value : '*');
        break;
      case 'HasLabels':
        for (const l of e.labels) this.reads.add(`label:${l}`);
        break;
      case 'FunctionCall': {
        const name = e.name.toLowerCase();
        if (name === 'labels') this.reads.add('label:*');
        if (name === 'keys' || name === 'properties') this.prop(this.reads, 'both', '*');
        break;
      }
      case 'MapProjection': {
        const ns = this.ns(e.variable);
        for (const it of e.items) {
          if (it.type === 'property') this.prop(this.reads, ns, it.key);
          else if (it.type === 'all') this.prop(this.reads, ns, '*');
        }
        break;
      }
      case 'PatternComprehension':
      case 'PatternPredicate':
      case 'Exists':
        // patterns inside expressions: anything
        this.reads.add('*');
        return;
    }
    forEachChild(e, (x) => this.expr(x));
  }
}

/** whether `e` calls an aggregate anywhere: a projection with one drains its input */
function aggregates(e: A.Expr): boolean {
  if (e.kind === 'CountStar' || (e.kind === 'FunctionCall' && isAggregate(e.name))) return true;
  let found = false;
  forEachChild(e, (c) => {
    found = found || aggregates(c);
  });
  return found;
}

function effectsOf(c: A.Clause, scope: Kinds): Effects {
  const k = new Collector(scope);
  let limits = false;
  let drains = false;
  let propertyWritesOnly = false;
  switch (c.kind) {
    case 'Match':
      for (const p of c.patterns) k.pattern(p);
      for (const p of c.patterns) k.declare(p);
      k.expr(c.where);
      break;
    case 'Unwind':
      k.expr(c.expr);
      break;
    case 'With':
    case 'Return': {
      const p = c.projection;
      for (const it of p.items) k.expr(it.expr);
      for (const s of p.orderBy ?? []) k.expr(s.expr);
      k.expr(p.skip);
      k.expr(p.limit);
      if (c.kind === 'With') k.expr(c.where);
      limits = p.limit !== null;
      drains = p.orderBy !== null || p.items.some((it) => aggregates(it.expr));
      break;
    }
    case 'Create':
      for (const p of c.patterns) k.creation(p);
      break;
    case 'Merge':
      k.pattern(c.pattern);
      k.creation(c.pattern);
      k.declare(c.pattern);
      for (const it of [...c.onCreate, ...c.onMatch]) k.setItem(it);
      break;
    case 'Set':
      for (const it of c.items) k.setItem(it);
      propertyWritesOnly = c.items.every((it) => it.type !== 'labels');
      break;
    case 'Remove':
      for (const it of c.items) k.setItem(it);
      propertyWritesOnly = c.items.every((it) => it.type !== 'labels');
      break;
    case 'Delete':
      c.exprs.forEach((x) => k.expr(x));
      k.writes.add('*');
      break;
    case 'Call':
      // procedures may read anything
      k.reads.add('*');
      break;
  }
  return { reads: k.reads, writes: k.writes, propertyWritesOnly, limits, drains };
}
