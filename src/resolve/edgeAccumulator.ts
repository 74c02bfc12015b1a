/**
 * Collects statements of relationships (facts, event roles) and merges them per (type, from, to) into
 * EdgeRecords: provenance (sources, evidence, confidence) plus claim-encoded properties
 * (role, signed, ratified, ... with P / P_values / P_sources / conflicts, see claims.ts).
 */
import { relationId } from '../model/ids';
import type { RelationType } from '../model/ontology';
import type { EdgeRecord, Properties, PropValue, Scalar } from '../model/types';
import { type Claim, encodeClaims, isReservedProperty } from './claims';
import { orderProperties } from './orderProperties';
import { provenance, type Statement } from './provenance';

interface Pending {
  type: RelationType;
  from: string;
  to: string;
  statements: Statement[];
  /** made on the first claimed or listed property (most relationships have none) */
  claims?: Map<string, Claim[]>;
  lists?: Map<string, PropValue[]>;
  /** the next relationship with the same ends and another type (a short chain: few types share two ends) */
  next?: Pending;
}

export class EdgeAccumulator {
  /** in order of first statement */
  private readonly pending: Pending[] = [];
  /** from -> to -> the relationships between them (nested: no joined key string per statement) */
  private readonly byEnds = new Map<string, Map<string, Pending>>();

  add(type: RelationType, from: string, to: string, statement: Statement, properties?: Properties): void {
    let byTo = this.byEnds.get(from);
    if (!byTo) this.byEnds.set(from, (byTo = new Map()));
    const head = byTo.get(to);
    let p = head;
    while (p && p.type !== type) p = p.next;
    if (!p) {
      p = { type, from, to, statements: [], claims: undefined, lists: undefined, next: head };
      byTo.set(to, p);
      this.pending.push(p);
    }
    p.statements.push(statement);
    if (!properties) return;
    // for-in over a plain record: the keys in Object.entries order, without an entries array per statement
    for (const k in properties) {
      if (!Object.prototype.hasOwnProperty.call(properties, k)) continue;
      const v = properties[k];
      if (isReservedProperty(k) || v === undefined || v === null) continue;
      if (Array.isArray(v)) {
        const lists = (p.lists ??= new Map());
        if (!lists.has(k)) lists.set(k, []);
        lists.get(k)!.push(...(v as Scalar[]));
        continue;
      }
      if (typeof v === 'string' && !v.trim()) continue;
      if (typeof v === 'object') continue; // temporal values are derived on nodes, never claimed by a fact
      const claims = (p.claims ??= new Map());
      if (!claims.has(k)) claims.set(k, []);
      claims.get(k)!.push({ value: v, source: statement.evidence.articleId });
    }
  }

  build(decimals: number): EdgeRecord[] {
    const out: EdgeRecord[] = [];
    for (const p of this.pending) {
      if (!p.claims && !p.lists) {
        // the usual relationship, without claimed or listed properties: provenance's three keys, which it
        // gives in the sorted order orderProperties would give (no key list and sort per relationship)
        out.push({ id: relationId(p.type, p.from, p.to), type: p.type, from: p.from, to: p.to, properties: provenance(p.statements, decimals) });
        continue;
      }
      const props: Record<string, PropValue | undefined> = { ...provenance(p.statements, decimals) };
      const conflicts: string[] = [];
      if (p.claims) {
        for (const k of [...p.claims.keys()].sort()) {
          const { props: encoded, conflict } = encodeClaims(k, p.claims.get(k)!);
          Object.assign(props, encoded);
          if (conflict) conflicts.push(k);
        }
      }
      for (const [k, vs] of p.lists ?? []) {
        const uniq = [...new Set(vs.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))))].sort();
        props[k] = uniq;
      }
      if (conflicts.length) props.conflicts = conflicts;
      const id = relationId(p.type, p.from, p.to);
      out.push({ id, type: p.type, from: p.from, to: p.to, properties: orderProperties(props, []) });
    }
    // in statement order: resolveGraph sorts every relationship by id once, these with the MENTIONS ones
    return out;
  }
}
