/**
 * Page furniture that became a node: a node (any label but Article) whose name or an alias equals a
 * forbidden name or contains it as whole words ("Welcome to HiFred Technology Company" contains "HiFred
 * Technology"). Comparison through normalizeName.
 */
import type { GraphBatch } from '../model/types';
import { nodeForms, nodeName } from './nodeForms';
import { normalizeName } from './normalizeName';

export interface FurnitureHit {
  forbidden: string;
  id: string;
  label: string;
  name: string;
}

export function findFurniture(batch: GraphBatch, forbidden: string[]): FurnitureHit[] {
  const keys = forbidden.map((f) => ({ f, k: ` ${normalizeName(f)} ` })).filter(({ k }) => k.trim() !== '');
  const hits: FurnitureHit[] = [];
  for (const n of batch.nodes) {
    if (n.label === 'Article') continue;
    const forms = [...nodeForms(n)].map((f) => ` ${f} `);
    for (const { f, k } of keys) {
      if (forms.some((form) => form.includes(k))) {
        hits.push({ forbidden: f, id: n.id, label: n.label, name: nodeName(n) });
        break;
      }
    }
  }
  return hits;
}
