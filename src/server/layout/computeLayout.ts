/**
 * The startup layout: seeded initial positions, a fixed budget of synchronous ForceAtlas2 iterations with
 * settings from `inferSettings`, then a noverlap pass. Deterministic: the same graph (same key order) and
 * seed give the same positions. The store graph is never touched: the layout runs on a bare copy.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { seededRandom } from './seededRandom';

export interface Position {
  x: number;
  y: number;
}

export interface LayoutResult {
  positions: Map<string, Position>;
  iterations: number;
  ms: number;
}

export interface LayoutOptions {
  /** null: `defaultLayoutIterations(graph)` */
  iterations: number | null;
  seed: number;
}

/** A budget that keeps startup around a second or two on this class of machine. */
export function defaultLayoutIterations(order: number, size: number): number {
  const work = Math.max(1, order + size);
  return Math.max(15, Math.min(300, Math.round(300_000 / work)));
}

export function computeLayout(source: Graph, options: LayoutOptions): LayoutResult {
  const started = performance.now();
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const rand = seededRandom(options.seed);
  const radius = Math.sqrt(Math.max(1, source.order)) * 10;
  source.forEachNode((key) => {
    // uniform in a disc: a round start converges faster than a square one
    const r = radius * Math.sqrt(rand());
    const a = 2 * Math.PI * rand();
    g.addNode(key, { x: r * Math.cos(a), y: r * Math.sin(a), size: 1 });
  });
  source.forEachEdge((_e, _a, s, t) => {
    if (s !== t) g.mergeEdge(s, t);
  });
  const iterations = options.iterations ?? defaultLayoutIterations(source.order, source.size);
  if (g.order > 1 && iterations > 0) {
    const settings = forceAtlas2.inferSettings(g);
    forceAtlas2.assign(g, { iterations, settings });
    // noverlap in graph units: give every node a radius relative to the drawing's extent
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    g.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
    });
    const extent = Math.max(maxX - minX, maxY - minY, 1);
    const nodeRadius = extent / Math.max(40, Math.sqrt(g.order) * 6);
    // a grid of about one node per cell keeps noverlap near-linear (gridSize 20 on 10k nodes took 20 s)
    noverlap.assign(g, {
      maxIterations: g.order > 2000 ? 10 : 50,
      inputReducer: (_k, a) => ({ x: a.x, y: a.y, size: nodeRadius }),
      settings: { margin: nodeRadius * 0.5, ratio: 1, gridSize: Math.max(20, Math.round(Math.sqrt(g.order))) },
    });
  }
  const positions = new Map<string, Position>();
  g.forEachNode((key, a) => positions.set(key, { x: round(a.x), y: round(a.y) }));
  return { positions, iterations, ms: performance.now() - started };
}

/** rounded so the JSON is short and stable across runs */
function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0;
}
