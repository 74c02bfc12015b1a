/**
 * Expected conflicts (gold) against the batch: the subject node (or the relationship from it, of the given
 * type, to the given entity) must list the property in its `conflicts` and carry every gold value in
 * `<property>_values` (docs/store-format.md, "Claims and conflicts").
 */
import type { GraphBatch, Properties } from '../model/types';
import type { Gold, GoldConflict } from './goldTypes';
import { goldIndexOf } from './matchEntities';
import { stringList } from './nodeForms';
import { normalizeName } from './normalizeName';

export interface ConflictScores {
  expected: number;
  found: number;
  missing: { conflict: string; reason: string }[];
}

export function describeConflict(c: GoldConflict): string {
  const subject = c.relation ? `${c.subject} -${c.relation.type}-> ${c.relation.to}` : c.subject;
  return `${subject}.${c.property}: ${c.values.join(' vs ')}`;
}

export function findConflicts(batch: GraphBatch, gold: Gold, nodeToGold: Map<string, number>): ConflictScores {
  const out: ConflictScores = { expected: gold.conflicts.length, found: 0, missing: [] };
  for (const c of gold.conflicts) {
    const subject = goldIndexOf(gold, c.subject);
    const holders: Properties[] = c.relation
      ? batch.edges
          .filter((e) => e.type === c.relation!.type && nodeToGold.get(e.from) === subject && nodeToGold.get(e.to) === goldIndexOf(gold, c.relation!.to))
          .map((e) => e.properties)
      : batch.nodes.filter((n) => nodeToGold.get(n.id) === subject).map((n) => n.properties);
    if (holders.length === 0) {
      out.missing.push({ conflict: describeConflict(c), reason: c.relation ? 'no such relationship' : 'no such node' });
      continue;
    }
    const want = c.values.map(normalizeName);
    const ok = holders.some((p) => {
      const marked = stringList(p.conflicts).includes(c.property);
      const values = new Set(stringList(p[`${c.property}_values`]).map(normalizeName));
      return marked && want.every((w) => values.has(w));
    });
    if (ok) out.found++;
    else {
      const marked = holders.some((p) => stringList(p.conflicts).includes(c.property));
      out.missing.push({ conflict: describeConflict(c), reason: marked ? 'values differ' : 'not marked as a conflict' });
    }
  }
  return out;
}
