/**
 * Curvatures that draw parallel relationships (same two nodes, either direction) apart: a lone
 * relationship is straight (0); k parallel ones get distinct curvatures. Relationships running the other
 * way are drawn on the other side automatically, so they share one sequence with their sign flipped.
 */
export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

export const BASE_CURVATURE = 0.25;

export function parallelCurvatures(edges: EdgeEnds[]): Map<string, number> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const e of edges) {
    const pair = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    let g = groups.get(pair);
    if (!g) groups.set(pair, (g = []));
    g.push(e);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.set(group[0]!.key, 0);
      continue;
    }
    group.forEach((e, i) => {
      // all measured in the canonical direction (low key -> high key), then flipped for reversed edges
      const c = BASE_CURVATURE * (1 + i);
      out.set(e.key, e.source < e.target ? c : -c);
    });
  }
  return out;
}
