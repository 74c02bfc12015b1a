/**
 * The Cypher type of a value, named as Neo4j names it in messages and in `valueType()`.
 */
import { NodeValue, PathValue, RelationshipValue, TemporalValue, type CypherValue } from './types';

const TEMPORAL_NAMES: Record<TemporalValue['temporalType'], string> = {
  Date: 'DATE',
  LocalTime: 'LOCAL TIME',
  Time: 'ZONED TIME',
  LocalDateTime: 'LOCAL DATETIME',
  DateTime: 'ZONED DATETIME',
  Duration: 'DURATION',
};

/** 'NULL', 'BOOLEAN', 'INTEGER', 'FLOAT', 'STRING', 'LIST', 'MAP', 'NODE', 'RELATIONSHIP', 'PATH',
 *  'DATE', 'LOCAL TIME', 'ZONED TIME', 'LOCAL DATETIME', 'ZONED DATETIME', 'DURATION'. */
export function typeName(v: CypherValue): string {
  if (v === null) return 'NULL';
  switch (typeof v) {
    case 'boolean':
      return 'BOOLEAN';
    case 'bigint':
      return 'INTEGER';
    case 'number':
      return 'FLOAT';
    case 'string':
      return 'STRING';
  }
  if (Array.isArray(v)) return 'LIST';
  if (v instanceof Map) return 'MAP';
  if (v instanceof NodeValue) return 'NODE';
  if (v instanceof RelationshipValue) return 'RELATIONSHIP';
  if (v instanceof PathValue) return 'PATH';
  if (v instanceof TemporalValue) return TEMPORAL_NAMES[v.temporalType];
  return 'ANY';
}

/** true for INTEGER and FLOAT */
export function isNumber(v: CypherValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}
