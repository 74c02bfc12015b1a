/**
 * Relationship precision/recall per type: a predicted fact is right when its type is the gold type and its
 * ends stand (matchEntities) for the gold `from` and `to`. BORDERS and ALLY_OF are symmetric. Parallel
 * edges that say the same thing count once. Expected property values (role, ratified) are compared on the
 * matched facts and reported, not scored.
 */
import { FACT_TYPES } from '../model/ontology';
import type { FactType } from '../model/ontology';
import type { GraphBatch } from '../model/types';
import type { Gold } from './goldTypes';
import { goldIndexOf } from './matchEntities';
import { nodeName, stringList } from './nodeForms';
import { normalizeName } from './normalizeName';
import { prf, sumPRF } from './prf';
import type { PRF } from './prf';

const SYMMETRIC: ReadonlySet<FactType> = new Set<FactType>(['BORDERS', 'ALLY_OF']);

export interface RelationshipScores {
  byType: Record<string, PRF>;
  overall: PRF;
  missed: string[];
  extra: string[];
  propertyMismatches: { fact: string; property: string; expected: string; actual: string[] }[];
}

function key(type: FactType, from: number, to: number): string {
  return SYMMETRIC.has(type) && to < from ? `${type}|${to}|${from}` : `${type}|${from}|${to}`;
}

export function scoreRelationships(batch: GraphBatch, gold: Gold, nodeToGold: Map<string, number>): RelationshipScores {
  const describe = (type: string, from: string, to: string) => `${from} -${type}-> ${to}`;
  const goldFacts = new Map<string, { type: FactType; text: string; properties?: Record<string, string> }>();
  for (const f of gold.facts) {
    goldFacts.set(key(f.type, goldIndexOf(gold, f.from), goldIndexOf(gold, f.to)), {
      type: f.type,
      text: describe(f.type, f.from, f.to),
      properties: f.properties,
    });
  }

  const nodesById = new Map(batch.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string) => {
    const g = nodeToGold.get(id);
    if (g !== undefined) return gold.entities[g].name;
    const n = nodesById.get(id);
    return n ? nodeName(n) : id;
  };
  const predicted = new Map<string, { type: FactType; text: string; values: Record<string, string[]> }>();
  for (const e of batch.edges) {
    if (!(FACT_TYPES as readonly string[]).includes(e.type)) continue;
    const type = e.type as FactType;
    const from = nodeToGold.get(e.from);
    const to = nodeToGold.get(e.to);
    const k = from !== undefined && to !== undefined ? key(type, from, to) : `${type}|?${e.from}|?${e.to}`;
    let p = predicted.get(k);
    if (!p) predicted.set(k, (p = { type, text: describe(type, nameOf(e.from), nameOf(e.to)), values: {} }));
    for (const [prop, v] of Object.entries(e.properties)) {
      const base = prop.endsWith('_values') ? prop.slice(0, -'_values'.length) : prop;
      (p.values[base] ??= []).push(...stringList(v).filter((s) => !p!.values[base]?.includes(s)));
    }
  }

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const out: RelationshipScores = { byType: {}, overall: prf(0, 0, 0), missed: [], extra: [], propertyMismatches: [] };
  for (const [k, g] of goldFacts) {
    const p = predicted.get(k);
    if (!p) {
      count(g.type).fn++;
      out.missed.push(g.text);
      continue;
    }
    count(g.type).tp++;
    for (const [prop, expected] of Object.entries(g.properties ?? {})) {
      const actual = p.values[prop] ?? [];
      if (!actual.some((a) => normalizeName(a) === normalizeName(expected))) {
        out.propertyMismatches.push({ fact: g.text, property: prop, expected, actual });
      }
    }
  }
  for (const [k, p] of predicted) {
    if (goldFacts.has(k)) continue;
    count(p.type).fp++;
    out.extra.push(p.text);
  }
  for (const [t, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) out.byType[t] = prf(c.tp, c.fp, c.fn);
  out.overall = sumPRF(Object.values(out.byType));
  return out;
}
