/**
 * The viewer's graphology graph from `GET /api/graph`. Attributes hold the data and the static
 * appearance (position, colour, size for each size-by, curvature); everything that depends on what the
 * user is doing is applied by the reducers (reducers.ts), never written here.
 *
 * Node attributes: x, y, size, color, label (the name shown), nodeLabel (the ontology label), name,
 *   aliases, degree, mentions, sizeDegree, sizeMentions, date (DayRange | null), properties.
 * Edge attributes: type (the sigma program: "straight" | "curved"), curvature, color, size, relType,
 *   properties.
 */
import Graph from 'graphology';
import type { ViewerGraph } from '../../../src/server/viewerTypes';
import { edgeTypeColor, labelColor } from './palette';
import { parallelCurvatures } from './parallelEdges';
import { scaledSize, sizeRange } from './sizing';
import { parseIsoDateRange, type DayRange } from './dates';

export interface NodeData {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeLabel: string;
  labels: string[];
  name: string;
  aliases: string[];
  degree: number;
  mentions: number;
  sizeDegree: number;
  sizeMentions: number;
  date: DayRange | null;
  properties: Record<string, unknown>;
}

export interface EdgeData {
  type: 'straight' | 'curved';
  curvature: number;
  color: string;
  size: number;
  relType: string;
  properties: Record<string, unknown>;
}

export type ViewerGraphology = Graph<NodeData, EdgeData>;

export function buildGraph(data: ViewerGraph): ViewerGraphology {
  const graph = new Graph<NodeData, EdgeData>({ type: 'directed', multi: true, allowSelfLoops: true });
  let maxDegree = 0, maxMentions = 0;
  for (const n of data.nodes) {
    maxDegree = Math.max(maxDegree, n.degree);
    maxMentions = Math.max(maxMentions, n.mentions);
  }
  const range = sizeRange(data.nodes.length);
  for (const n of data.nodes) {
    const sizeDegree = scaledSize(n.degree, maxDegree, range.min, range.max);
    graph.addNode(n.key, {
      x: n.x,
      y: n.y,
      size: sizeDegree,
      color: labelColor(n.label),
      label: n.name,
      nodeLabel: n.label,
      labels: n.labels,
      name: n.name,
      aliases: n.aliases,
      degree: n.degree,
      mentions: n.mentions,
      sizeDegree,
      sizeMentions: scaledSize(n.mentions, maxMentions, range.min, range.max),
      date: n.label === 'Event' ? parseIsoDateRange(n.properties.date) : null,
      properties: n.properties,
    });
  }
  const curvatures = parallelCurvatures(data.edges);
  for (const e of data.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const curvature = curvatures.get(e.key) ?? 0;
    graph.addEdgeWithKey(e.key, e.source, e.target, {
      type: curvature === 0 ? 'straight' : 'curved',
      curvature,
      color: edgeTypeColor(e.type),
      size: e.type === 'MENTIONS' ? 0.5 : 1,
      relType: e.type,
      properties: e.properties,
    });
  }
  return graph;
}
