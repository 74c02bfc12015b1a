/** The viewer fixture (test/fixtures/viewer/graph.json) as the server would send it, without HTTP. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { toViewerGraph } from '../../src/server/viewerGraph';
import { buildGraph, type ViewerGraphology } from '../../viz/src/state/buildGraph';
import type { ViewerGraph } from '../../src/server/viewerTypes';

export function fixtureViewerGraph(): ViewerGraph {
  const g = new Graph({ multi: true });
  g.import(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'viewer', 'graph.json'), 'utf8')));
  let i = 0;
  const positions = new Map<string, { x: number; y: number }>();
  g.forEachNode((k) => positions.set(k, { x: i, y: i++ % 7 }));
  return toViewerGraph(g, positions, { layout: { iterations: 0, ms: 0 }, features: { query: false, writes: false, graphml: false } });
}

export function fixtureGraph(): ViewerGraphology {
  return buildGraph(fixtureViewerGraph());
}
