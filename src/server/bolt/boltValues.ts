/**
 * Engine values <-> PackStream values, as Bolt 5 defines the structures:
 *   Node 'N' [id, labels, properties, element_id]
 *   Relationship 'R' [id, startId, endId, type, properties, element_id, start_element_id, end_element_id]
 *   UnboundRelationship 'r' [id, type, properties, element_id]
 *   Path 'P' [nodes, unbound relationships, indices]
 * Element ids are the store keys, so they are stable across connections and restarts.
 */
import {
  CypherError,
  NodeValue,
  PathValue,
  RelationshipValue,
  TemporalValue,
  type CypherMap,
  type CypherValue,
  type GraphAccess,
} from '../../cypher/values/types';
import { structToTemporal, temporalToStruct } from './boltTemporal';
import { Structure, type PackValue } from './packstream';

export const TAG = {
  NODE: 0x4e,
  RELATIONSHIP: 0x52,
  UNBOUND_RELATIONSHIP: 0x72,
  PATH: 0x50,
} as const;

export function toPack(v: CypherValue, access: GraphAccess): PackValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => toPack(x, access));
  if (v instanceof Map) return mapToPack(v, access);
  if (v instanceof NodeValue) return nodeStruct(v, access);
  if (v instanceof RelationshipValue) {
    const start = access.startNode(v);
    const end = access.endNode(v);
    return new Structure(TAG.RELATIONSHIP, [
      access.relationshipId(v),
      access.nodeId(start),
      access.nodeId(end),
      access.relationshipType(v),
      mapToPack(access.relationshipProperties(v), access),
      v.key,
      start.key,
      end.key,
    ]);
  }
  if (v instanceof PathValue) return pathStruct(v, access);
  if (v instanceof TemporalValue) return temporalToStruct(v) ?? v.toString();
  throw new CypherError('TypeError', 'InvalidArgumentType', 'bolt: a value of an unknown kind cannot be sent');
}

function mapToPack(m: CypherMap, access: GraphAccess): Map<string, PackValue> {
  const out = new Map<string, PackValue>();
  for (const [k, x] of m) out.set(k, toPack(x, access));
  return out;
}

function nodeStruct(n: NodeValue, access: GraphAccess): Structure {
  return new Structure(TAG.NODE, [
    access.nodeId(n),
    access.labels(n),
    mapToPack(access.nodeProperties(n), access),
    n.key,
  ]);
}

function pathStruct(p: PathValue, access: GraphAccess): Structure {
  const nodeIndex = new Map<string, number>();
  const nodes: Structure[] = [];
  const relIndex = new Map<string, number>();
  const rels: Structure[] = [];
  const indexOfNode = (n: NodeValue): number => {
    let i = nodeIndex.get(n.key);
    if (i === undefined) {
      i = nodes.length;
      nodeIndex.set(n.key, i);
      nodes.push(nodeStruct(n, access));
    }
    return i;
  };
  indexOfNode(p.nodes[0]);
  const indices: bigint[] = [];
  p.relationships.forEach((r, i) => {
    let ri = relIndex.get(r.key);
    if (ri === undefined) {
      ri = rels.length + 1;
      relIndex.set(r.key, ri);
      rels.push(
        new Structure(TAG.UNBOUND_RELATIONSHIP, [
          access.relationshipId(r),
          access.relationshipType(r),
          mapToPack(access.relationshipProperties(r), access),
          r.key,
        ]),
      );
    }
    const forward = access.startNode(r).key === p.nodes[i].key;
    indices.push(BigInt(forward ? ri : -ri), BigInt(indexOfNode(p.nodes[i + 1])));
  });
  return new Structure(TAG.PATH, [nodes, rels, indices]);
}

/**
 * Parameters from a client: values and temporal structures (graph structures are not accepted).
 * Lists and maps are converted in place (they come fresh from `unpack`, and a 5,000-row UNWIND
 * parameter would otherwise be copied whole): only a temporal structure inside is replaced.
 */
export function fromPack(v: PackValue, where = 'parameter'): CypherValue {
  if (v === null || typeof v !== 'object') return v as CypherValue;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x !== null && typeof x === 'object') v[i] = fromPack(x, where) as PackValue;
    }
    return v as CypherValue;
  }
  if (v instanceof Map) {
    for (const [k, x] of v) {
      if (x === null || typeof x !== 'object') continue;
      const y = fromPack(x, where);
      if (y !== x) v.set(k, y as PackValue);
    }
    return v as CypherMap;
  }
  if (v instanceof Uint8Array) {
    throw new CypherError('TypeError', 'InvalidArgumentType', `bolt: ${where}: byte arrays are not supported`);
  }
  if (v instanceof Structure) {
    const temporal = structToTemporal(v);
    if (temporal) return temporal;
    throw new CypherError(
      'TypeError',
      'InvalidArgumentType',
      `bolt: ${where}: structure 0x${v.tag.toString(16)} is not supported as a parameter`,
    );
  }
  const out: CypherMap = new Map();
  for (const [k, x] of Object.entries(v)) out.set(k, fromPack(x, where));
  return out;
}
