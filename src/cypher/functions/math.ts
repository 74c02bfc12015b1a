/**
 * Mathematical functions: abs, ceil, floor, round (with precision and rounding mode), sign, sqrt, exp,
 * log, log10, e, pi, rand, sin, cos, tan, cot, asin, acos, atan, atan2, degrees, radians, haversin,
 * isNaN. All return FLOAT except abs (type of its argument), sign (INTEGER) and isNaN (BOOLEAN).
 */
import { checkInt64 } from '../values/arithmetic';
import { argumentError } from '../values/errors';
import type { CypherValue } from '../values/types';
import { def, expectInteger, expectNumber, expectString, unary, wrongType } from './args';
import { ROUNDING_MODES, roundDecimal, type RoundingMode } from './rounding';
import type { FunctionDef } from './types';

function floatFn(name: string, f: (x: number) => number): FunctionDef {
  return unary(name, (v) => f(expectNumber(name, v)));
}

function round(args: CypherValue[]): CypherValue {
  if (args.some((a) => a === null)) return null;
  const x = expectNumber('round', args[0]);
  // ties toward positive infinity, as Java's Math.round; `+ 0` turns -0 into 0 as the long it returns
  if (args.length === 1) return Math.round(x) + 0;
  const precision = expectInteger('round', args[1]);
  if (precision > 1000n || precision < -1000n) {
    throw argumentError('round', 'NumberOutOfRange', `precision ${precision} is out of range`);
  }
  let mode: RoundingMode = 'HALF_UP';
  if (args.length === 3) {
    const m = expectString('round', args[2]).toUpperCase();
    if (!(ROUNDING_MODES as readonly string[]).includes(m)) {
      throw argumentError('round', 'InvalidArgumentValue', `unknown rounding mode '${args[2]}'`);
    }
    mode = m as RoundingMode;
  } else if (precision === 0n) {
    return Math.round(x) + 0; // precision 0 without a mode agrees with round(x)
  }
  return roundDecimal(x, Number(precision), mode);
}

export const MATH_FUNCTIONS: FunctionDef[] = [
  unary('abs', (v) => {
    if (typeof v === 'bigint') return checkInt64(v < 0n ? -v : v, `abs(${v})`);
    if (typeof v === 'number') return Math.abs(v);
    wrongType('abs', 'a number', v);
  }),
  floatFn('ceil', Math.ceil),
  floatFn('floor', Math.floor),
  def('round', 1, 3, round),
  unary('sign', (v) => {
    if (typeof v === 'bigint') return v > 0n ? 1n : v < 0n ? -1n : 0n;
    const x = expectNumber('sign', v);
    return x > 0 ? 1n : x < 0 ? -1n : 0n;
  }),
  floatFn('sqrt', Math.sqrt),
  floatFn('exp', Math.exp),
  floatFn('log', Math.log),
  floatFn('log10', Math.log10),
  def('e', 0, 0, () => Math.E),
  def('pi', 0, 0, () => Math.PI),
  def('rand', 0, 0, () => Math.random(), false),
  floatFn('sin', Math.sin),
  floatFn('cos', Math.cos),
  floatFn('tan', Math.tan),
  floatFn('cot', (x) => 1 / Math.tan(x)),
  floatFn('asin', Math.asin),
  floatFn('acos', Math.acos),
  floatFn('atan', Math.atan),
  def('atan2', 2, 2, ([y, x]) => (y === null || x === null ? null : Math.atan2(expectNumber('atan2', y), expectNumber('atan2', x)))),
  floatFn('degrees', (x) => (x * 180) / Math.PI),
  floatFn('radians', (x) => (x * Math.PI) / 180),
  floatFn('haversin', (x) => (1 - Math.cos(x)) / 2),
  unary('isNaN', (v) => {
    if (typeof v === 'bigint') return false;
    return Number.isNaN(expectNumber('isNaN', v));
  }),
];
