/**
 * Temporal values in the JSON store (docs/store-format.md): {"$temporal": "Date", "value": "2024-09-03"}.
 * The ISO text round-trips exactly (toString, then the parser of the same type).
 */
import type { TemporalValue } from '../values/types';
import { parseDuration, parsePoint } from './parse';
import { invalidTemporal } from './zone';

export interface TemporalTag {
  $temporal: TemporalValue['temporalType'];
  value: string;
}

const TYPES = new Set(['Date', 'LocalTime', 'Time', 'LocalDateTime', 'DateTime', 'Duration']);

export function temporalToStore(v: TemporalValue): TemporalTag {
  return { $temporal: v.temporalType, value: v.toString() };
}

export function temporalFromStore(tag: { $temporal: string; value: string }): TemporalValue {
  return decodeTemporal(tag.$temporal, tag.value);
}

/** (type name, ISO text) -> value; ArgumentError for an unknown type or unparsable text */
export function decodeTemporal(type: string, value: string): TemporalValue {
  if (!TYPES.has(type)) throw invalidTemporal(`unknown temporal type in store: ${type}`);
  if (type === 'Duration') return parseDuration(value);
  return parsePoint(type as Exclude<TemporalValue['temporalType'], 'Duration'>, value);
}
