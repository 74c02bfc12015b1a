/**
 * The table of built-in functions and aggregates, looked up case-insensitively by name (dotted
 * namespaces kept: 'date.truncate'). Other modules (the temporal types, procedures' helpers) add theirs
 * with registerFunction / registerAggregate.
 */
import { AGGREGATES } from './aggregate';
import { CONVERSION_FUNCTIONS } from './conversion';
import { GRAPH_FUNCTIONS } from './graph';
import { LIST_FUNCTIONS } from './list';
import { MATH_FUNCTIONS } from './math';
import { SCALAR_FUNCTIONS } from './scalar';
import { STRING_FUNCTIONS } from './string';
import type { AggregateDef, FunctionDef } from './types';
import { TEMPORAL_FUNCTIONS } from '../temporal/register';

const functions = new Map<string, FunctionDef>();
const aggregates = new Map<string, AggregateDef>();

/** adds or replaces a scalar function */
export function registerFunction(def: FunctionDef): void {
  functions.set(def.name.toLowerCase(), def);
}

/** adds or replaces an aggregate */
export function registerAggregate(def: AggregateDef): void {
  aggregates.set(def.name.toLowerCase(), def);
}

export function getFunction(name: string): FunctionDef | undefined {
  return functions.get(name.toLowerCase());
}

export function getAggregate(name: string): AggregateDef | undefined {
  return aggregates.get(name.toLowerCase());
}

export function isAggregate(name: string): boolean {
  return aggregates.has(name.toLowerCase());
}

/** canonical names of every registered function and aggregate */
export function functionNames(): string[] {
  return [...functions.values(), ...aggregates.values()].map((d) => d.name);
}

for (const family of [STRING_FUNCTIONS, MATH_FUNCTIONS, LIST_FUNCTIONS, GRAPH_FUNCTIONS, CONVERSION_FUNCTIONS, SCALAR_FUNCTIONS, TEMPORAL_FUNCTIONS]) {
  for (const def of family) registerFunction(def);
}
for (const def of AGGREGATES) registerAggregate(def);
