/**
 * Matches the batch's entity nodes to gold entities: a node stands for a gold entity of its label when the
 * gold name or any gold alias equals the node's name or any of its aliases (normalizeName). Each node
 * stands for at most one gold entity; each gold entity is credited once, to its best node; the other
 * nodes that stand for it are duplicates.
 */
import type { GraphBatch, NodeRecord } from '../model/types';
import type { Gold, GoldEntityLabel } from './goldTypes';
import { normalizeName } from './normalizeName';
import { nodeForms, nodeName } from './nodeForms';
import { prf, sumPRF } from './prf';
import type { PRF } from './prf';

export const SCORED_ENTITY_LABELS: readonly GoldEntityLabel[] = ['Person', 'Organization', 'Country', 'Location', 'Treaty'];

export interface EntityRef {
  id: string;
  label: string;
  name: string;
}

export interface EntityScores {
  byLabel: Record<string, PRF>;
  overall: PRF;
  missed: { label: string; name: string }[];
  /** nodes that stand for no gold entity */
  extra: EntityRef[];
  /** gold entities found only under another label */
  labelMismatches: { gold: string; goldLabel: string; node: EntityRef }[];
  /** gold entities that more than one node stands for */
  duplicates: { gold: string; label: string; nodes: EntityRef[] }[];
}

export interface EntityMatching {
  /** node id -> index into gold.entities (duplicates included) */
  nodeToGold: Map<string, number>;
  scores: EntityScores;
}

const ref = (n: NodeRecord): EntityRef => ({ id: n.id, label: n.label, name: nodeName(n) });

/** How well a node's forms fit a gold entity: 3 same canonical name, 2 node name is a gold form, 1 alias overlap, 0 none. */
function fit(node: NodeRecord, forms: Set<string>, goldName: string, goldForms: Set<string>): number {
  const name = normalizeName(nodeName(node));
  if (name === goldName) return 3;
  if (goldForms.has(name)) return 2;
  for (const f of forms) if (goldForms.has(f)) return 1;
  return 0;
}

export function matchEntities(batch: GraphBatch, gold: Gold): EntityMatching {
  const goldForms = gold.entities.map((e) => new Set([e.name, ...e.aliases].map(normalizeName)));
  const goldNames = gold.entities.map((e) => normalizeName(e.name));
  const nodes = batch.nodes.filter((n) => (SCORED_ENTITY_LABELS as readonly string[]).includes(n.label));

  // label:form -> gold indices, so each node looks only at the gold entities that share a form with it
  const byForm = new Map<string, number[]>();
  gold.entities.forEach((e, i) => {
    for (const f of goldForms[i]) {
      const k = `${e.label}:${f}`;
      byForm.set(k, [...(byForm.get(k) ?? []), i]);
    }
  });

  const nodeToGold = new Map<string, number>();
  const fitOf = new Map<string, number>();
  const formsOf = new Map<string, Set<string>>();
  for (const node of nodes) {
    const forms = nodeForms(node);
    formsOf.set(node.id, forms);
    const candidates = new Set<number>();
    for (const f of forms) for (const i of byForm.get(`${node.label}:${f}`) ?? []) candidates.add(i);
    let best = -1;
    let bestFit = 0;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const f = fit(node, forms, goldNames[i], goldForms[i]);
      if (f > bestFit) {
        best = i;
        bestFit = f;
      }
    }
    if (best >= 0) {
      nodeToGold.set(node.id, best);
      fitOf.set(node.id, bestFit);
    }
  }

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (label: string) => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const l of new Set([...gold.entities.map((e) => e.label), ...nodes.map((n) => n.label)])) count(l);

  const scores: EntityScores = { byLabel: {}, overall: prf(0, 0, 0), missed: [], extra: [], labelMismatches: [], duplicates: [] };
  const nodesOf = new Map<number, NodeRecord[]>();
  for (const n of nodes) {
    const g = nodeToGold.get(n.id);
    if (g !== undefined) nodesOf.set(g, [...(nodesOf.get(g) ?? []), n]);
  }
  gold.entities.forEach((e, i) => {
    const mine = (nodesOf.get(i) ?? [])
      .slice()
      .sort((a, b) => (fitOf.get(b.id) ?? 0) - (fitOf.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (mine.length === 0) {
      count(e.label).fn++;
      scores.missed.push({ label: e.label, name: e.name });
      for (const n of nodes) {
        if (n.label !== e.label && !nodeToGold.has(n.id) && [...formsOf.get(n.id)!].some((f) => goldForms[i].has(f))) {
          scores.labelMismatches.push({ gold: e.name, goldLabel: e.label, node: ref(n) });
        }
      }
      return;
    }
    count(e.label).tp++;
    if (mine.length > 1) {
      for (const n of mine.slice(1)) count(n.label).fp++;
      scores.duplicates.push({ gold: e.name, label: e.label, nodes: mine.map(ref) });
    }
  });
  for (const n of nodes) {
    if (!nodeToGold.has(n.id)) {
      count(n.label).fp++;
      scores.extra.push(ref(n));
    }
  }
  for (const [label, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) scores.byLabel[label] = prf(c.tp, c.fp, c.fn);
  scores.overall = sumPRF(Object.values(scores.byLabel));
  return { nodeToGold, scores };
}

/** Index of the gold entity a name (any form) refers to, or -1. */
export function goldIndexOf(gold: Gold, name: string): number {
  const k = normalizeName(name);
  return gold.entities.findIndex((e) => [e.name, ...e.aliases].some((f) => normalizeName(f) === k));
}
