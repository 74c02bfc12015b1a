/**
 * Updating clauses: CREATE, MERGE, SET, REMOVE, DELETE. CREATE, MERGE, SET and REMOVE write each row
 * as it flows through; the planner puts barriers around them where clause-at-a-time semantics need
 * them (eagerness.ts). DELETE drains its input itself: it deletes once it has seen every row.
 */
import type * as A from '../syntax/ast';
import { CypherError, NodeValue, PathValue, RelationshipValue, type CypherMap, type CypherValue } from '../values/types';
import { refuseReservedKey } from '../values/reservedKey';
import { typeName } from '../values/typeName';
import type { ExecContext, Fn, Row, Scope } from './context';
import { copyRow, tick, withPush } from './context';
import { allProperties, pathOf } from './expressions';
import type { ExprCompiler } from './expressions';
import { compilePattern } from './patterns';
import { compileMergeRelMatch } from './mergeRel';
import { compileNodeFinder, lookupRows } from './nodeLookup';
import type { RowOp } from './projection';
import { toStoreValue, type StoreValue } from './storeValue';
import type { EdgeAttrs, NodeAttrs } from './graphStore';
import { StreamConflict, type StreamGuard } from './eagerness';

function propertyValue(v: CypherValue): StoreValue {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Map || v instanceof NodeValue || v instanceof RelationshipValue || v instanceof PathValue) {
    throw new CypherError('TypeError', 'InvalidPropertyType', `cypher: ${typeName(v)} is not a valid property value`, 'runtime');
  }
  if (Array.isArray(v)) {
    for (const x of v) {
      if (x === null || Array.isArray(x) || x instanceof Map || x instanceof NodeValue || x instanceof RelationshipValue || x instanceof PathValue) {
        throw new CypherError('TypeError', 'InvalidPropertyType', `cypher: a list property cannot hold ${typeName(x)}`, 'runtime');
      }
    }
  }
  return toStoreValue(v);
}

/** `merge`: a null value can be neither matched nor created (MERGE) */
function propsFromMap(m: CypherValue, merge = false): Record<string, StoreValue> {
  const out: Record<string, StoreValue> = {};
  if (m === null) return out;
  if (!(m instanceof Map)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: expected a map of properties, got ${typeName(m)}`, 'runtime');
  for (const [k, v] of m) {
    refuseReservedKey(k);
    if (v !== null) out[k] = propertyValue(v);
    else if (merge) throw new CypherError('SemanticError', 'MergeReadOwnWrites', `cypher: cannot merge using a null value for property ${k}`, 'runtime');
  }
  return out;
}

type PropsFn = (row: Row, ctx: ExecContext) => Record<string, StoreValue>;
interface CreateNode { variable: string | null; existing: boolean; labels: string[]; props: PropsFn }
interface CreateRel { variable: string | null; type: string; props: PropsFn; direction: 'out' | 'in' }
/** `lone`: one node to create and nothing else (no relationship, no path variable) */
interface CreatePart { pathVar: string | null; nodes: CreateNode[]; rels: CreateRel[]; lone: boolean }

const noProps: PropsFn = () => ({});

/**
 * the properties a created entity starts with, as a fresh store object; a map literal is evaluated
 * straight into it (no intermediate Cypher map)
 */
function compileProps(e: A.Expr | null, scope: Scope, ec: ExprCompiler, merge: boolean): PropsFn {
  if (e === null) return noProps;
  if (e.kind !== 'Map') {
    const f = ec.compile(e, scope);
    return (row, ctx) => propsFromMap(f(row, ctx), merge);
  }
  const keys = e.entries.map((x) => x.key);
  keys.forEach(refuseReservedKey);
  const fns = e.entries.map((x) => ec.compile(x.value, scope));
  return (row, ctx) => {
    const out: Record<string, StoreValue> = {};
    for (let i = 0; i < fns.length; i++) {
      const v = fns[i](row, ctx);
      if (v !== null) out[keys[i]] = propertyValue(v);
      else if (merge) throw new CypherError('SemanticError', 'MergeReadOwnWrites', `cypher: cannot merge using a null value for property ${keys[i]}`, 'runtime');
      else if (keys[i] in out) delete out[keys[i]]; // a later entry of the same key wins, as in a map
    }
    return out;
  };
}

/**
 * compile the creation of pattern parts; declares the new variables in `scope`. The result binds them
 * in a copy of the row, or with `inPlace` in the row itself (a push chain's lent row, see Sink).
 */
export function compileCreateParts(parts: A.PatternPart[], scope: Scope, ec: ExprCompiler, clause: 'CREATE' | 'MERGE'): (row: Row, ctx: ExecContext, inPlace?: boolean) => Row {
  const declaredHere = new Set<string>();
  const specs: CreatePart[] = [];
  const before = new Map(scope);
  for (const part of parts) {
    const nodes: CreateNode[] = part.nodes.map((n) => {
      const v = n.variable;
      if (v && (before.has(v) || declaredHere.has(v))) {
        const t = scope.get(v);
        if (t !== 'node' && t !== 'any') throw ec.err('SyntaxError', 'VariableTypeConflict', `variable ${v} is not a node`, n);
        if (n.labels.length > 0 || n.properties || (part.nodes.length === 1 && clause === 'CREATE') || (clause === 'MERGE' && declaredHere.has(v))) {
          throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${v} is already declared`, n);
        }
        return { variable: v, existing: true, labels: [], props: noProps };
      }
      if (v) {
        declaredHere.add(v);
        scope.set(v, 'node');
      }
      // one label list for every node this pattern creates (label lists are never changed in place)
      return { variable: v, existing: false, labels: [...new Set(n.labels)], props: compileProps(n.properties, scope, ec, clause === 'MERGE') };
    });
    const rels: CreateRel[] = part.rels.map((r) => {
      if (r.variable && (scope.has(r.variable))) throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${r.variable} is already declared`, r);
      if (r.types.length !== 1) throw ec.err('SyntaxError', 'NoSingleRelationshipType', `${clause} needs exactly one relationship type`, r);
      if (r.range) throw ec.err('SyntaxError', 'CreatingVarLength', `${clause} cannot create a variable-length relationship`, r);
      if (r.direction === 'both' && clause === 'CREATE') throw ec.err('SyntaxError', 'RequiresDirectedRelationship', 'CREATE needs a directed relationship', r);
      if (r.variable) {
        declaredHere.add(r.variable);
        scope.set(r.variable, 'rel');
      }
      return { variable: r.variable, type: r.types[0], props: compileProps(r.properties, scope, ec, clause === 'MERGE'), direction: r.direction === 'in' ? 'in' : 'out' };
    });
    if (part.variable) {
      if (scope.has(part.variable)) throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${part.variable} is already declared`, part);
      scope.set(part.variable, 'path');
    }
    specs.push({ pathVar: part.variable, nodes, rels, lone: nodes.length === 1 && !nodes[0].existing && rels.length === 0 && !part.variable });
  }
  return (row, ctx, inPlace = false) => {
    const out: Row = inPlace ? row : copyRow(row);
    const store = ctx.store;
    // index loops: a for-of here allocated an array iterator per created row
    for (let p = 0; p < specs.length; p++) {
      const part = specs[p];
      if (part.lone) {
        const n = part.nodes[0];
        const node = store.createNode(n.labels, n.props(out, ctx));
        if (n.variable) out[n.variable] = node;
        continue;
      }
      const keys = new Array<string>(part.nodes.length);
      for (let i = 0; i < part.nodes.length; i++) {
        const n = part.nodes[i];
        if (n.existing) {
          const v = out[n.variable!];
          if (v === null || v === undefined) throw new CypherError('SemanticError', 'CreateOnNull', `cypher: cannot create a relationship from a null node ${n.variable}`, 'runtime');
          if (!(v instanceof NodeValue)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: ${n.variable} is not a node`, 'runtime');
          if (store.deletedNodes.size > 0 && store.deletedNodes.has(v.key)) throw new CypherError('EntityNotFound', 'DeletedEntityAccess', 'cypher: node was deleted', 'runtime');
          keys[i] = v.key;
          continue;
        }
        const node = store.createNode(n.labels, n.props(out, ctx));
        if (n.variable) out[n.variable] = node;
        keys[i] = node.key;
      }
      const relKeys = part.pathVar ? new Array<string>(part.rels.length) : null;
      for (let i = 0; i < part.rels.length; i++) {
        const r = part.rels[i];
        const props = r.props(out, ctx);
        const out1 = r.direction === 'out';
        const key = store.createEdge(r.type, out1 ? keys[i] : keys[i + 1], out1 ? keys[i + 1] : keys[i], props);
        if (r.variable) out[r.variable] = new RelationshipValue(key);
        if (relKeys) relKeys[i] = key;
      }
      if (part.pathVar) out[part.pathVar] = pathOf(keys, relKeys!);
    }
    return out;
  };
}

export function compileCreate(c: A.Create, scope: Scope, ec: ExprCompiler): RowOp {
  const create = compileCreateParts(c.patterns, scope, ec, 'CREATE');
  const op: RowOp = function* (input, ctx) {
    for (const row of input) {
      tick(ctx);
      yield create(row, ctx);
    }
  };
  return withPush(op, (next) => (row, ctx) => {
    tick(ctx);
    next(create(row, ctx, true), ctx);
  });
}

export function compileMerge(m: A.Merge, scope: Scope, ec: ExprCompiler): RowOp {
  const before = new Map(scope);
  for (const n of m.pattern.nodes) {
    if (n.variable && before.has(n.variable) && m.pattern.nodes.length === 1) {
      throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${n.variable} is already declared`, n);
    }
    if (n.variable && before.has(n.variable) && (n.labels.length > 0 || n.properties)) {
      throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${n.variable} is already declared`, n);
    }
  }
  for (const r of m.pattern.rels) {
    if (r.variable && before.has(r.variable)) throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable ${r.variable} is already declared`, r);
    if (r.types.length !== 1) throw ec.err('SyntaxError', 'NoSingleRelationshipType', 'MERGE needs exactly one relationship type', r);
    if (r.range) throw ec.err('SyntaxError', 'CreatingVarLength', 'MERGE cannot create a variable-length relationship', r);
  }
  const matchScope = new Map(before);
  const { matcher } = compilePattern([m.pattern], matchScope, ec, 'merge');
  const createScope = new Map(before);
  const create = compileCreateParts([m.pattern], createScope, ec, 'MERGE');
  for (const [k, v] of matchScope) scope.set(k, v);
  const onMatch = compileSetItems(m.onMatch, scope, ec);
  const onCreate = compileSetItems(m.onCreate, scope, ec);
  const finder = compileNodeFinder(m.pattern, before, ec);
  const fastMatch = finder ? lookupRows(finder, true) : compileMergeRelMatch(m.pattern, before, ec);
  // a row's matches are all found before ON MATCH writes to any of them
  const matchAll = fastMatch ? (row: Row, ctx: ExecContext) => fastMatch(row, ctx) ?? [...matcher(row, ctx)] : (row: Row, ctx: ExecContext) => [...matcher(row, ctx)];
  const op: RowOp = function* (input, ctx) {
    for (const row of input) {
      tick(ctx);
      const found = matchAll(row, ctx);
      const n = found.length;
      if (n === 1) {
        onMatch(found[0], ctx);
        yield found[0];
        continue;
      }
      if (n > 1) {
        for (let i = 0; i < n; i++) onMatch(found[i], ctx);
        for (let i = 0; i < n; i++) yield found[i];
        continue;
      }
      const r = create(row, ctx);
      onCreate(r, ctx);
      yield r;
    }
  };
  if (finder) {
    // push form with an index lookup: the merged node is bound in the lent row (see Sink)
    const v = finder.variable;
    return withPush(op, (next) => (row, ctx) => {
      tick(ctx);
      const found = finder.find(row, ctx);
      if (found !== null && !Array.isArray(found)) {
        if (v) row[v] = found;
        onMatch(row, ctx);
        next(row, ctx);
        return;
      }
      if (found !== null && found.length > 0) {
        // every match is found before ON MATCH writes to any of them
        for (let i = 0; i < found.length; i++) {
          if (v) row[v] = found[i];
          onMatch(row, ctx);
        }
        for (let i = 0; i < found.length; i++) {
          if (v) row[v] = found[i];
          next(row, ctx);
        }
        return;
      }
      create(row, ctx, true);
      onCreate(row, ctx);
      next(row, ctx);
    });
  }
  return withPush(op, (next) => (row, ctx) => {
    tick(ctx);
    const found = matchAll(row, ctx);
    const n = found.length;
    if (n === 1) {
      onMatch(found[0], ctx);
      next(found[0], ctx);
      return;
    }
    if (n > 1) {
      for (let i = 0; i < n; i++) onMatch(found[i], ctx);
      for (let i = 0; i < n; i++) next(found[i], ctx);
      return;
    }
    const r = create(row, ctx);
    onCreate(r, ctx);
    next(r, ctx);
  });
}

type SetFn = (row: Row, ctx: ExecContext) => void;

function entityOf(v: CypherValue, what: string): NodeValue | RelationshipValue | null {
  if (v === null) return null;
  if (v instanceof NodeValue || v instanceof RelationshipValue) return v;
  throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: cannot ${what} ${typeName(v)}`, 'runtime');
}

/** the properties as they are now (a deleted entity's last ones) */
function readProps(ctx: ExecContext, e: NodeValue | RelationshipValue): Record<string, StoreValue> {
  return e instanceof NodeValue ? ctx.store.nodeAttrs(e.key).properties : ctx.store.edgeAttrs(e.key).properties;
}
/** the live attribute object of an entity about to be written; deleted ones are refused */
function writable(ctx: ExecContext, e: NodeValue | RelationshipValue): NodeAttrs | EdgeAttrs {
  const store = ctx.store;
  const deleted = e instanceof NodeValue ? store.deletedNodes : store.deletedEdges;
  if (deleted.size > 0 && deleted.has(e.key)) {
    throw new CypherError('EntityNotFound', 'DeletedEntityAccess', 'cypher: cannot set properties of a deleted entity', 'runtime');
  }
  return e instanceof NodeValue ? store.writableNode(e) : store.writableEdge(e.key);
}
/** set (or remove, with null) one property in place */
function writeProp(ctx: ExecContext, e: NodeValue | RelationshipValue, key: string, v: StoreValue, guard: StreamGuard | null): void {
  const attrs = writable(ctx, e);
  if (guard !== null && !ctx.eagerWrites && (e instanceof NodeValue ? guard.node : guard.rel).has(key) && !sameValue(attrs.properties[key], v)) {
    throw new StreamConflict();
  }
  if (e instanceof NodeValue) ctx.store.setNodeProperty(e.key, key, v, attrs as NodeAttrs, ctx.store.slotHint(e));
  else ctx.store.setEdgeProperty(e.key, key, v, attrs as EdgeAttrs);
}

/** a guarded streaming write may not change the value of a guarded property (see eagerness.ts) */
function checkGuard(ctx: ExecContext, guard: StreamGuard | null, node: boolean, before: Record<string, StoreValue>, after: Record<string, StoreValue>): void {
  if (guard === null || ctx.eagerWrites) return;
  for (const k of node ? guard.node : guard.rel) if (!sameValue(before[k], after[k])) throw new StreamConflict();
}

function sameValue(a: StoreValue | undefined, b: StoreValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

export function compileSetItems(items: A.SetItem[], scope: Scope, ec: ExprCompiler, guard: StreamGuard | null = null): SetFn {
  const fns: SetFn[] = items.map((it): SetFn => {
    switch (it.type) {
      case 'property': {
        const target = ec.compile(it.target, scope);
        const value = ec.compile(it.value, scope);
        const key = it.key;
        return (row, ctx) => {
          const e = entityOf(target(row, ctx), 'set a property on');
          const v = value(row, ctx);
          if (!e) return;
          writeProp(ctx, e, key, v === null ? null : propertyValue(v), guard);
        };
      }
      case 'replace':
      case 'merge': {
        if (!scope.has(it.variable)) throw ec.err('SyntaxError', 'UndefinedVariable', `variable \`${it.variable}\` not defined`, it);
        const value = ec.compile(it.value, scope);
        const name = it.variable;
        const merge = it.type === 'merge';
        return (row, ctx) => {
          const e = entityOf(row[name] ?? null, 'set properties on');
          if (!e) return;
          let v = value(row, ctx);
          if (v instanceof NodeValue || v instanceof RelationshipValue) v = allProperties(v, ctx);
          if (v !== null && !(v instanceof Map)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: SET ${name} ${merge ? '+=' : '='} expects a map, got ${typeName(v)}`, 'runtime');
          const attrs = writable(ctx, e);
          const props: Record<string, StoreValue> = merge ? { ...attrs.properties } : {};
          if (v !== null) {
            for (const [k, x] of v as CypherMap) {
              refuseReservedKey(k);
              if (x === null) delete props[k];
              else props[k] = propertyValue(x);
            }
          }
          checkGuard(ctx, guard, e instanceof NodeValue, attrs.properties, props);
          if (e instanceof NodeValue) ctx.store.replaceNodeProperties(e.key, props, attrs as NodeAttrs);
          else ctx.store.replaceEdgeProperties(e.key, props, attrs as EdgeAttrs);
        };
      }
      case 'labels':
        return labelUpdate(it, scope, ec, 'set labels on', (have, labels) => [...have, ...labels.filter((l, i) => !have.includes(l) && labels.indexOf(l) === i)]);
    }
  });
  return fns.length === 1 ? fns[0] : (row, ctx) => {
    for (let i = 0; i < fns.length; i++) fns[i](row, ctx);
  };
}

/** SET n:L / REMOVE n:L: `next` gives the node's new labels from its current ones (unchanged length = no write). */
function labelUpdate(
  it: { variable: string; labels: string[]; loc: A.Loc },
  scope: Scope,
  ec: ExprCompiler,
  verb: string,
  next: (have: string[], labels: string[]) => string[],
): SetFn {
  if (!scope.has(it.variable)) throw ec.err('SyntaxError', 'UndefinedVariable', `variable \`${it.variable}\` not defined`, it);
  const name = it.variable;
  const labels = it.labels;
  return (row, ctx) => {
    const v = row[name] ?? null;
    if (v === null) return;
    if (!(v instanceof NodeValue)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: cannot ${verb} ${typeName(v)}`, 'runtime');
    const have = ctx.store.nodeAttrs(v.key).labels;
    const updated = next(have, labels);
    if (updated.length === have.length) return;
    if (ctx.store.deletedNodes.has(v.key)) throw new CypherError('EntityNotFound', 'DeletedEntityAccess', 'cypher: cannot change the labels of a deleted node', 'runtime');
    ctx.store.setLabels(v.key, updated, ctx.store.writableNode(v));
  };
}

export function compileSet(c: A.SetClause, scope: Scope, ec: ExprCompiler, guard: StreamGuard | null = null): RowOp {
  const set = compileSetItems(c.items, scope, ec, guard);
  const op: RowOp = function* (input, ctx) {
    for (const row of input) {
      tick(ctx);
      set(row, ctx);
      yield row;
    }
  };
  return withPush(op, (next) => (row, ctx) => {
    tick(ctx);
    set(row, ctx);
    next(row, ctx);
  });
}

export function compileRemove(c: A.Remove, scope: Scope, ec: ExprCompiler, guard: StreamGuard | null = null): RowOp {
  const fns: SetFn[] = c.items.map((it): SetFn => {
    if (it.type === 'property') {
      const target = ec.compile(it.target, scope);
      const key = it.key;
      return (row, ctx) => {
        const e = entityOf(target(row, ctx), 'remove a property from');
        if (!e) return;
        if (!(key in readProps(ctx, e))) return;
        writeProp(ctx, e, key, null, guard);
      };
    }
    return labelUpdate(it, scope, ec, 'remove labels from', (have, labels) => have.filter((l) => !labels.includes(l)));
  });
  return function* (input, ctx) {
    for (const row of input) {
      tick(ctx);
      for (const f of fns) f(row, ctx);
      yield row;
    }
  };
}

export function compileDelete(c: A.Delete, scope: Scope, ec: ExprCompiler): RowOp {
  for (const e of c.exprs) {
    if (e.kind === 'HasLabels') throw ec.err('SyntaxError', 'InvalidDelete', 'DELETE takes nodes, relationships or paths, not label expressions', e);
    if (e.kind === 'Literal' || e.kind === 'Binary' || e.kind === 'Comparison' || e.kind === 'Map') {
      throw ec.err('SyntaxError', 'InvalidArgumentType', 'DELETE takes nodes, relationships or paths', e);
    }
  }
  const fns = c.exprs.map((e) => ec.compile(e, scope));
  const detach = c.detach;
  return (input, ctx) => {
    const rows: Row[] = [];
    const nodes = new Set<string>();
    const rels = new Set<string>();
    const collect = (v: CypherValue): void => {
      if (v === null) return;
      if (v instanceof NodeValue) nodes.add(v.key);
      else if (v instanceof RelationshipValue) rels.add(v.key);
      else if (v instanceof PathValue) {
        v.nodes.forEach((n) => nodes.add(n.key));
        v.relationships.forEach((r) => rels.add(r.key));
      } else if (Array.isArray(v)) v.forEach(collect);
      else throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: cannot delete ${typeName(v)}`, 'runtime');
    };
    for (const row of [...input]) {
      tick(ctx);
      for (const f of fns) collect(f(row, ctx));
      rows.push(row);
    }
    const store = ctx.store;
    for (const r of rels) store.deleteEdge(r);
    for (const n of nodes) {
      if (!store.graph.hasNode(n)) continue;
      if (!detach && store.graph.degree(n) > 0) {
        throw new CypherError('ConstraintVerificationFailed', 'DeleteConnectedNode', 'cypher: cannot delete a node that still has relationships (use DETACH DELETE)', 'runtime');
      }
      store.deleteNode(n, detach);
    }
    return rows;
  };
}
