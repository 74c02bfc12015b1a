/**
 * Pattern matching. A MATCH pattern compiles to a function that, for one input row, lazily yields
 * every way to bind the pattern's new variables. Each pattern part starts at its most selective node
 * (bound variable > property index > label index > all nodes; or a relationship-type scan for a
 * single typed hop when that is smaller) and expands along the chain in both directions.
 * Relationships are unique within one MATCH (trail semantics), var-length steps included.
 */
import type * as A from '../syntax/ast';
import { equals } from '../values/equality';
import { NodeValue, RelationshipValue, type CypherMap, type CypherValue } from '../values/types';
import { typeName } from '../values/typeName';
import { CypherError } from '../values/types';
import type { ExecContext, Fn, Row, Scope, VarType } from './context';
import { tick } from './context';
import type { ExprCompiler } from './expressions';
import { pathOf } from './expressions';
import type { EdgeAttrs, GraphStore, NodeAttrs } from './graphStore';
import { fromStoreValue } from './storeValue';

interface NodeSpec {
  variable: string | null;
  bound: boolean;
  labels: string[];
  props: Fn | null;
}
interface RelSpec {
  variable: string | null;
  bound: boolean;
  types: string[];
  props: Fn | null;
  direction: 'out' | 'in' | 'both';
  range: { min: number; max: number } | null;
}
interface PartSpec {
  pathVar: string | null;
  nodes: NodeSpec[];
  rels: RelSpec[];
  shortest: A.PatternPart['shortest'];
}

/** evaluated property constraints of one part for one input row */
interface Bound {
  nodeProps: (CypherMap | null)[];
  relProps: (CypherMap | null)[];
}

export type Matcher = (row: Row, ctx: ExecContext) => Generator<Row>;

/** Declare the variables a pattern introduces (with type checks) and compile its matcher. */
export function compilePattern(parts: A.PatternPart[], scope: Scope, ec: ExprCompiler, mode: 'match' | 'create' | 'merge' = 'match'): { matcher: Matcher; specs: PartSpec[] } {
  const before = new Map(scope);
  const specs: PartSpec[] = [];
  const seenRels = new Set<string>();
  for (const part of parts) {
    const nodes: NodeSpec[] = part.nodes.map((n) => {
      if (n.variable) declare(scope, n.variable, 'node', ec, n);
      if (n.properties && n.properties.kind === 'Parameter' && mode === 'match') {
        throw ec.err('SyntaxError', 'InvalidParameterUse', 'parameter maps cannot be used in MATCH patterns', n.properties);
      }
      return { variable: n.variable, bound: !!n.variable && before.has(n.variable), labels: n.labels, props: n.properties ? ec.compile(n.properties, before) : null };
    });
    const rels: RelSpec[] = part.rels.map((r) => {
      if (r.variable) {
        if (seenRels.has(r.variable) && mode === 'match') {
          throw ec.err('SyntaxError', 'RelationshipUniquenessViolation', `relationship variable ${r.variable} is used twice in one pattern`, r);
        }
        seenRels.add(r.variable);
        declare(scope, r.variable, r.range ? 'relList' : 'rel', ec, r);
      }
      const range = r.range ? { min: r.range.min ?? 1, max: r.range.max ?? Infinity } : null;
      return { variable: r.variable, bound: !!r.variable && before.has(r.variable), types: r.types, props: r.properties ? ec.compile(r.properties, before) : null, direction: r.direction, range };
    });
    if (part.variable) declare(scope, part.variable, 'path', ec, part);
    specs.push({ pathVar: part.variable, nodes, rels, shortest: part.shortest });
  }
  // properties may refer to variables bound earlier in the same pattern: recompile against the full scope
  for (let p = 0; p < parts.length; p++) {
    parts[p].nodes.forEach((n, i) => {
      if (n.properties) specs[p].nodes[i].props = ec.compile(n.properties, scope);
    });
    parts[p].rels.forEach((r, i) => {
      if (r.properties) specs[p].rels[i].props = ec.compile(r.properties, scope);
    });
  }
  const matcher: Matcher = function* (row, ctx) {
    yield* matchParts(specs, 0, { ...row }, new Set(), ctx);
  };
  return { matcher, specs };
}

function declare(scope: Scope, name: string, type: VarType, ec: ExprCompiler, at: { loc: A.Loc }): void {
  const prev = scope.get(name);
  if (type === 'path' && prev !== undefined) throw ec.err('SyntaxError', 'VariableAlreadyBound', `variable \`${name}\` is already declared`, at);
  if (prev === undefined || prev === 'any' || prev === type) {
    if (prev === undefined || prev === 'any') scope.set(name, type);
    return;
  }
  throw ec.err('SyntaxError', 'VariableTypeConflict', `variable \`${name}\` is a ${prev}, not a ${type}`, at);
}

function* matchParts(specs: PartSpec[], i: number, row: Row, used: Set<string>, ctx: ExecContext): Generator<Row> {
  if (i === specs.length) {
    yield row;
    return;
  }
  for (const r of matchPart(specs[i], row, used, ctx)) yield* matchParts(specs, i + 1, r, used, ctx);
}

function evalProps(fn: Fn | null, row: Row, ctx: ExecContext): CypherMap | null {
  if (!fn) return null;
  const v = fn(row, ctx);
  if (v === null) return new Map();
  if (!(v instanceof Map)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: pattern properties must be a map, got ${typeName(v)}`, 'runtime');
  return v;
}

function nodeOk(store: GraphStore, key: string, attrs: NodeAttrs, spec: NodeSpec, props: CypherMap | null, row: Row): boolean {
  if (spec.bound) {
    const b = row[spec.variable!];
    if (!(b instanceof NodeValue) || b.key !== key) return false;
  }
  for (const l of spec.labels) if (!attrs.labels.includes(l)) return false;
  if (props) {
    for (const [k, v] of props) {
      const sv = attrs.properties[k];
      if (sv === undefined || equals(fromStoreValue(sv), v) !== true) return false;
    }
  }
  void store;
  return true;
}

function relOk(attrs: EdgeAttrs, spec: RelSpec, props: CypherMap | null): boolean {
  if (spec.types.length > 0 && !spec.types.includes(attrs.type)) return false;
  if (props) {
    for (const [k, v] of props) {
      const sv = attrs.properties[k];
      if (sv === undefined || equals(fromStoreValue(sv), v) !== true) return false;
    }
  }
  return true;
}

/** edges leaving `node` in `dir`: [edge, other end, attributes] */
function adjacent(store: GraphStore, node: string, dir: 'out' | 'in' | 'both'): [string, string, EdgeAttrs][] {
  const g = store.graph;
  const out: [string, string, EdgeAttrs][] = [];
  if (dir !== 'in') g.forEachOutEdge(node, (e, a, _s, t) => void out.push([e, t, a]));
  if (dir !== 'out') {
    g.forEachInEdge(node, (e, a, s, t) => {
      if (dir === 'both' && s === t) return; // a self-loop is one undirected match
      out.push([e, s, a]);
    });
  }
  return out;
}

function startCandidates(spec: PartSpec, idx: number, b: Bound, row: Row, ctx: ExecContext): Iterable<string> | null {
  const n = spec.nodes[idx];
  const store = ctx.store;
  if (n.bound) {
    const v = row[n.variable!];
    if (v === null || v === undefined) return [];
    if (!(v instanceof NodeValue)) throw new CypherError('TypeError', 'InvalidArgumentType', `cypher: ${n.variable} is not a node`, 'runtime');
    return store.graph.hasNode(v.key) ? [v.key] : [];
  }
  const props = b.nodeProps[idx];
  if (n.labels.length > 0 && props && props.size > 0) {
    const [k, v] = props.entries().next().value as [string, CypherValue];
    if (v === null) return [];
    return store.nodesByProperty(n.labels[0], k, v);
  }
  if (n.labels.length > 0) return store.nodesWithLabel(n.labels[0]).keys();
  return null;
}

function estimate(spec: PartSpec, idx: number, b: Bound, row: Row, ctx: ExecContext): number {
  const n = spec.nodes[idx];
  if (n.bound) return 1;
  const props = b.nodeProps[idx];
  if (n.labels.length > 0 && props && props.size > 0) {
    const [k, v] = props.entries().next().value as [string, CypherValue];
    return v === null ? 0 : ctx.store.nodesByProperty(n.labels[0], k, v).size;
  }
  if (n.labels.length > 0) return Math.min(...n.labels.map((l) => ctx.store.labelCount(l)));
  return ctx.store.graph.order + 1;
}

function* matchPart(spec: PartSpec, row: Row, used: Set<string>, ctx: ExecContext): Generator<Row> {
  const b: Bound = {
    nodeProps: spec.nodes.map((n) => evalProps(n.props, row, ctx)),
    relProps: spec.rels.map((r) => evalProps(r.props, row, ctx)),
  };
  const store = ctx.store;
  // choose the start
  let best = 0;
  let bestCost = Infinity;
  for (let i = 0; i < spec.nodes.length; i++) {
    const c = estimate(spec, i, b, row, ctx);
    if (c < bestCost) {
      bestCost = c;
      best = i;
    }
  }
  const nodeKeys: string[] = new Array(spec.nodes.length);
  const relKeys: (string | string[])[] = new Array(spec.rels.length);
  // a single typed hop between unbound ends: scan the relationship-type index when it is smaller
  if (spec.rels.length === 1 && !spec.rels[0].range && spec.rels[0].types.length > 0 && !spec.rels[0].bound && bestCost > 1) {
    const r = spec.rels[0];
    const order = store.graph.order || 1;
    const avgDegree = store.graph.size / order;
    let typeCount = 0;
    for (const t of r.types) typeCount += store.edgesWithType(t).size;
    if (typeCount < bestCost * Math.max(1, avgDegree) * (r.direction === 'both' ? 2 : 1)) {
      yield* scanByType(spec, b, row, used, ctx, nodeKeys, relKeys);
      return;
    }
  }
  const cands = startCandidates(spec, best, b, row, ctx);
  const g = store.graph;
  const iter: Iterable<string> = cands ?? g.nodes();
  const startSpec = spec.nodes[best];
  for (const key of iter) {
    tick(ctx);
    if (!g.hasNode(key)) continue;
    if (!nodeOk(store, key, g.getNodeAttributes(key), startSpec, b.nodeProps[best], row)) continue;
    nodeKeys[best] = key;
    yield* expandRight(spec, b, best, best, row, used, ctx, nodeKeys, relKeys);
  }
}

function* scanByType(spec: PartSpec, b: Bound, row: Row, used: Set<string>, ctx: ExecContext, nodeKeys: string[], relKeys: (string | string[])[]): Generator<Row> {
  const store = ctx.store;
  const g = store.graph;
  const r = spec.rels[0];
  const [left, right] = spec.nodes;
  for (const t of r.types) {
    for (const e of store.edgesWithType(t)) {
      tick(ctx);
      if (used.has(e)) continue;
      const attrs = g.getEdgeAttributes(e);
      if (!relOk(attrs, r, b.relProps[0])) continue;
      const s = g.source(e);
      const tg = g.target(e);
      const orientations: [string, string][] = r.direction === 'out' ? [[s, tg]] : r.direction === 'in' ? [[tg, s]] : s === tg ? [[s, tg]] : [[s, tg], [tg, s]];
      for (const [a, z] of orientations) {
        if (!nodeOk(store, a, g.getNodeAttributes(a), left, b.nodeProps[0], row)) continue;
        if (!nodeOk(store, z, g.getNodeAttributes(z), right, b.nodeProps[1], row)) continue;
        nodeKeys[0] = a;
        nodeKeys[1] = z;
        relKeys[0] = e;
        yield bind(spec, row, nodeKeys, relKeys, ctx.store);
      }
    }
  }
}

/** extend from node i to the right end, then from `start` to the left end */
function* expandRight(spec: PartSpec, b: Bound, i: number, start: number, row: Row, used: Set<string>, ctx: ExecContext, nodeKeys: string[], relKeys: (string | string[])[]): Generator<Row> {
  if (i === spec.nodes.length - 1) {
    yield* expandLeft(spec, b, start, row, used, ctx, nodeKeys, relKeys);
    return;
  }
  yield* step(spec, b, i, i, i + 1, false, row, used, ctx, nodeKeys, relKeys, () => expandRight(spec, b, i + 1, start, row, used, ctx, nodeKeys, relKeys));
}

function* expandLeft(spec: PartSpec, b: Bound, i: number, row: Row, used: Set<string>, ctx: ExecContext, nodeKeys: string[], relKeys: (string | string[])[]): Generator<Row> {
  if (i === 0) {
    yield bind(spec, row, nodeKeys, relKeys, ctx.store);
    return;
  }
  yield* step(spec, b, i - 1, i, i - 1, true, row, used, ctx, nodeKeys, relKeys, () => expandLeft(spec, b, i - 1, row, used, ctx, nodeKeys, relKeys));
}

/**
 * Follow relationship `ri` from node `from` to node `to`. `reversed` when walking right-to-left
 * (the pattern's direction flips).
 */
function* step(
  spec: PartSpec, b: Bound, ri: number, from: number, to: number, reversed: boolean, row: Row, used: Set<string>,
  ctx: ExecContext, nodeKeys: string[], relKeys: (string | string[])[], next: () => Generator<Row>,
): Generator<Row> {
  const store = ctx.store;
  const g = store.graph;
  const r = spec.rels[ri];
  const dir = r.direction === 'both' ? 'both' : reversed ? (r.direction === 'out' ? 'in' : 'out') : r.direction;
  const toSpec = spec.nodes[to];
  const toProps = b.nodeProps[to];
  const relProps = b.relProps[ri];
  const fromKey = nodeKeys[from];
  if (!r.range) {
    let boundRel: string | null = null;
    if (r.bound) {
      const v = row[r.variable!];
      if (!(v instanceof RelationshipValue)) return;
      boundRel = v.key;
    }
    for (const [e, other, attrs] of adjacent(store, fromKey, dir)) {
      tick(ctx);
      if (used.has(e)) continue;
      if (boundRel !== null && e !== boundRel) continue;
      if (!relOk(attrs, r, relProps)) continue;
      if (!nodeOk(store, other, g.getNodeAttributes(other), toSpec, toProps, row)) continue;
      nodeKeys[to] = other;
      relKeys[ri] = e;
      used.add(e);
      try {
        yield* next();
      } finally {
        used.delete(e);
      }
    }
    return;
  }
  // variable length: depth-first over trails of min..max hops
  const { min, max } = r.range;
  let boundList: string[] | null = null;
  if (r.bound) {
    const v = row[r.variable!];
    if (!Array.isArray(v)) return;
    boundList = v.map((x) => (x instanceof RelationshipValue ? x.key : ''));
  }
  const trail: string[] = [];
  const self = function* (node: string): Generator<Row> {
    if (trail.length >= min && (!boundList || boundList.length === trail.length)) {
      if (nodeOk(store, node, g.getNodeAttributes(node), toSpec, toProps, row)) {
        nodeKeys[to] = node;
        relKeys[ri] = reversed ? trail.slice().reverse() : trail.slice();
        yield* next();
      }
    }
    if (trail.length >= max) return;
    for (const [e, other, attrs] of adjacent(store, node, dir)) {
      tick(ctx);
      if (used.has(e)) continue;
      if (boundList && boundList[reversed ? boundList.length - 1 - trail.length : trail.length] !== e) continue;
      if (!relOk(attrs, r, relProps)) continue;
      used.add(e);
      trail.push(e);
      try {
        yield* self(other);
      } finally {
        trail.pop();
        used.delete(e);
      }
    }
  };
  yield* self(fromKey);
}

function bind(spec: PartSpec, row: Row, nodeKeys: string[], relKeys: (string | string[])[], store: GraphStore): Row {
  const out: Row = { ...row };
  for (let i = 0; i < spec.nodes.length; i++) {
    const v = spec.nodes[i].variable;
    if (v && !spec.nodes[i].bound) out[v] = new NodeValue(nodeKeys[i]);
  }
  for (let i = 0; i < spec.rels.length; i++) {
    const v = spec.rels[i].variable;
    if (!v || spec.rels[i].bound) continue;
    const k = relKeys[i];
    out[v] = Array.isArray(k) ? k.map((x) => new RelationshipValue(x)) : new RelationshipValue(k);
  }
  if (spec.pathVar) {
    const nodes: string[] = [nodeKeys[0]];
    const rels: string[] = [];
    for (let i = 0; i < spec.rels.length; i++) {
      const k = relKeys[i];
      if (Array.isArray(k)) {
        // intermediate nodes of a var-length step: walk the trail
        let cur = nodes[nodes.length - 1];
        for (const e of k) {
          rels.push(e);
          const g = store.graph;
          cur = g.source(e) === cur ? g.target(e) : g.source(e);
          nodes.push(cur);
        }
      } else {
        rels.push(k);
        nodes.push(nodeKeys[i + 1]);
      }
    }
    out[spec.pathVar] = pathOf(nodes, rels);
  }
  return out;
}

