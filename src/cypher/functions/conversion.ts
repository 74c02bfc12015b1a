/**
 * Type conversion functions: toBoolean, toInteger, toFloat, toString, their *OrNull variants (null
 * instead of an error for an unconvertible type), and toBooleanList, toIntegerList, toFloatList,
 * toStringList (each element converted the OrNull way).
 */
import { toBoolean, toFloat, toInteger, toString } from '../values/convert';
import type { CypherValue } from '../values/types';
import { unary, wrongType } from './args';
import type { FunctionDef } from './types';

type Converter = (v: CypherValue, orNull?: boolean) => CypherValue;

const CONVERTERS: Array<[string, Converter]> = [
  ['toBoolean', toBoolean],
  ['toInteger', toInteger],
  ['toFloat', toFloat],
  ['toString', toString],
];

export const CONVERSION_FUNCTIONS: FunctionDef[] = CONVERTERS.flatMap(([name, convert]): FunctionDef[] => [
  unary(name, (v) => convert(v)),
  unary(name + 'OrNull', (v) => convert(v, true)),
  unary(name + 'List', (v) => {
    if (!Array.isArray(v)) wrongType(name + 'List', 'LIST', v);
    return v.map((e) => convert(e, true));
  }),
]);
