/**
 * listConflicts: every property of a node or relationship whose claims disagree, read from the stored
 * encoding (P_values / P_sources, see claims.ts): the properties named in `conflicts`, plus any whose
 * values disagree by the same rule resolve uses (so a graph edited by hand is still checked).
 * cypher/conflicts.cypher finds the same ones with a query.
 */
import { compareStrings } from '../model/compareStrings';
import type { Conflict, GraphBatch, Properties, PropValue, Scalar } from '../model/types';
import { propertyDisagrees } from './claims';

/** the properties of one node or relationship whose claims disagree (undefined: none, the usual case) */
function conflictingKeySet(props: Properties): Set<string> | undefined {
  let keys: Set<string> | undefined;
  const listed = props.conflicts;
  if (Array.isArray(listed)) for (const k of listed) if (typeof k === 'string') (keys ??= new Set()).add(k);
  for (const k of Object.keys(props)) {
    if (!k.endsWith('_values')) continue;
    const p = k.slice(0, -'_values'.length);
    const vs = props[k];
    if (Array.isArray(vs) && Array.isArray(props[`${p}_sources`]) && propertyDisagrees(p, vs as Scalar[])) (keys ??= new Set()).add(p);
  }
  return keys;
}

function conflictingKeys(props: Properties): string[] {
  const keys = conflictingKeySet(props);
  return keys ? [...keys].sort() : [];
}

function claimsOf(props: Properties, key: string): Conflict['claims'] {
  const values = (props[`${key}_values`] ?? []) as Scalar[];
  const sources = (props[`${key}_sources`] ?? []) as string[];
  const byValue = new Map<string, { value: PropValue; sources: string[] }>();
  values.forEach((v, i) => {
    const k = `${typeof v}:${String(v)}`;
    if (!byValue.has(k)) byValue.set(k, { value: v, sources: [] });
    if (sources[i] !== undefined && !byValue.get(k)!.sources.includes(sources[i])) byValue.get(k)!.sources.push(sources[i]);
  });
  return [...byValue.values()]
    .map((c) => ({ value: c.value, sources: c.sources.sort() }))
    .sort((a, b) => compareStrings(String(a.value), String(b.value)));
}

export function listConflicts(batch: GraphBatch): Conflict[] {
  const names = new Map<string, string>();
  for (const n of batch.nodes) names.set(n.id, String(n.properties.name ?? n.properties.title ?? n.id));
  const out: Conflict[] = [];
  for (const n of batch.nodes)
    for (const property of conflictingKeys(n.properties))
      out.push({ subject: n.id, description: `${n.label} ${names.get(n.id)}`, property, claims: claimsOf(n.properties, property) });
  for (const e of batch.edges)
    for (const property of conflictingKeys(e.properties))
      out.push({
        subject: e.id,
        description: `${names.get(e.from) ?? e.from} -${e.type}-> ${names.get(e.to) ?? e.to}`,
        property,
        claims: claimsOf(e.properties, property),
      });
  return out.sort((a, b) => compareStrings(a.subject, b.subject) || compareStrings(a.property, b.property));
}

/**
 * How many conflicts listConflicts(batch) lists (the build summary's count), without building them:
 * no names, claims or sorting, and nothing allocated for the many nodes and relationships without one.
 */
export function countConflicts(batch: GraphBatch): number {
  let n = 0;
  for (const x of batch.nodes) n += conflictingKeySet(x.properties)?.size ?? 0;
  for (const e of batch.edges) n += conflictingKeySet(e.properties)?.size ?? 0;
  return n;
}
