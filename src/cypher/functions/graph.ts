/**
 * Graph functions: id, elementId, labels, type, keys, properties, startNode, endNode, length, nodes,
 * relationships. They read entities through FunctionContext.access, so SET/REMOVE earlier in the same
 * query are visible. A wrong argument type is a TypeError InvalidArgumentValue (TCK Graph3, Graph4).
 */
import { NodeValue, PathValue, RelationshipValue, type CypherMap, type CypherValue } from '../values/types';
import { unary, wrongType } from './args';
import type { FunctionDef } from './types';

export const GRAPH_FUNCTIONS: FunctionDef[] = [
  unary('id', (v, { access }) => {
    if (v instanceof NodeValue) return access.nodeId(v);
    if (v instanceof RelationshipValue) return access.relationshipId(v);
    wrongType('id', 'NODE or RELATIONSHIP', v);
  }),
  unary('elementId', (v) => {
    if (v instanceof NodeValue || v instanceof RelationshipValue) return v.key;
    wrongType('elementId', 'NODE or RELATIONSHIP', v);
  }),
  unary('labels', (v, { access }) => {
    if (v instanceof NodeValue) return access.labels(v);
    wrongType('labels', 'NODE', v);
  }),
  unary('type', (v, { access }) => {
    if (v instanceof RelationshipValue) return access.relationshipType(v);
    wrongType('type', 'RELATIONSHIP', v);
  }),
  unary('keys', (v, { access }) => {
    if (v instanceof Map) return [...v.keys()];
    // stored properties are never null, but filter in case an overlay keeps removed keys as null
    if (v instanceof NodeValue) return presentKeys(access.nodeProperties(v));
    if (v instanceof RelationshipValue) return presentKeys(access.relationshipProperties(v));
    wrongType('keys', 'MAP, NODE or RELATIONSHIP', v);
  }),
  unary('properties', (v, { access }) => {
    if (v instanceof Map) return new Map(v);
    if (v instanceof NodeValue) return new Map(access.nodeProperties(v));
    if (v instanceof RelationshipValue) return new Map(access.relationshipProperties(v));
    wrongType('properties', 'MAP, NODE or RELATIONSHIP', v);
  }),
  unary('startNode', (v, { access }) => {
    if (v instanceof RelationshipValue) return access.startNode(v);
    wrongType('startNode', 'RELATIONSHIP', v);
  }),
  unary('endNode', (v, { access }) => {
    if (v instanceof RelationshipValue) return access.endNode(v);
    wrongType('endNode', 'RELATIONSHIP', v);
  }),
  unary('length', (v) => {
    if (v instanceof PathValue) return BigInt(v.relationships.length);
    wrongType('length', 'PATH', v);
  }),
  unary('nodes', (v) => {
    if (v instanceof PathValue) return [...v.nodes];
    wrongType('nodes', 'PATH', v);
  }),
  unary('relationships', (v) => {
    if (v instanceof PathValue) return [...v.relationships];
    wrongType('relationships', 'PATH', v);
  }),
];

function presentKeys(props: CypherMap): CypherValue[] {
  const out: CypherValue[] = [];
  for (const [k, val] of props) if (val !== null) out.push(k);
  return out;
}
