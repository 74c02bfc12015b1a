/**
 * Cypher's arithmetic operators: + - * / % ^ and unary minus. INTEGER arithmetic is exact 64-bit
 * (overflow is an ArithmeticError IntegerOverflow, integer division or modulo by zero an ArithmeticError
 * DivisionByZero); an INTEGER mixed with a FLOAT gives a FLOAT; `^` always gives a FLOAT. `+` also
 * concatenates lists, and a string with a string or another scalar (number, boolean, temporal), as
 * Neo4j does. Temporal operands are delegated to TemporalValue's methods. null
 * propagates; any other combination is a TypeError InvalidArgumentType.
 */
import { divisionByZero, integerOverflow, operandTypeError } from './errors';
import { formatFloat, scalarString } from './format';
import { typeName } from './typeName';
import { TemporalValue, type CypherValue } from './types';

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** `r` when it fits in 64 bits, else ArithmeticError IntegerOverflow */
export function checkInt64(r: bigint, what: string): bigint {
  if (r < INT64_MIN || r > INT64_MAX) throw integerOverflow(what);
  return r;
}

function mismatch(op: string, a: CypherValue, b: CypherValue): never {
  throw operandTypeError(`cannot apply ${op} to ${typeName(a)} and ${typeName(b)}`);
}

function temporalResult(r: CypherValue | undefined, op: string, a: CypherValue, b: CypherValue): CypherValue {
  if (r === undefined) mismatch(op, a, b);
  return r;
}

function isNum(v: CypherValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

/** the string form a scalar takes in string concatenation ('a' + 1.0 = 'a1.0', 'a' + true = 'atrue') */
const concatPart = scalarString;

export function add(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkInt64(a + b, `${a} + ${b}`);
  if (isNum(a) && isNum(b)) return Number(a) + Number(b);
  if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
  if (Array.isArray(b)) return [a, ...b];
  if (typeof a === 'string' || typeof b === 'string') {
    const sa = concatPart(a);
    const sb = concatPart(b);
    if (sa !== undefined && sb !== undefined) return sa + sb;
    mismatch('+', a, b);
  }
  if (a instanceof TemporalValue) {
    const r = a.add(b);
    if (r !== undefined) return r;
    if (b instanceof TemporalValue) return temporalResult(b.add(a), '+', a, b);
    mismatch('+', a, b);
  }
  if (b instanceof TemporalValue) return temporalResult(b.add(a), '+', a, b);
  mismatch('+', a, b);
}

export function subtract(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkInt64(a - b, `${a} - ${b}`);
  if (isNum(a) && isNum(b)) return Number(a) - Number(b);
  if (a instanceof TemporalValue) return temporalResult(a.subtract(b), '-', a, b);
  mismatch('-', a, b);
}

export function multiply(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkInt64(a * b, `${a} * ${b}`);
  if (isNum(a) && isNum(b)) return Number(a) * Number(b);
  if (a instanceof TemporalValue) return temporalResult(a.multiply(b), '*', a, b);
  if (b instanceof TemporalValue) return temporalResult(b.multiply(a), '*', a, b);
  mismatch('*', a, b);
}

/** INTEGER / INTEGER truncates toward zero (7 / -2 = -3); FLOAT division is IEEE (1.0 / 0 = Infinity) */
export function divide(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (b === 0n) throw divisionByZero(`${a} / 0`);
    return checkInt64(a / b, `${a} / ${b}`);
  }
  if (isNum(a) && isNum(b)) return Number(a) / Number(b);
  if (a instanceof TemporalValue) return temporalResult(a.divide(b), '/', a, b);
  mismatch('/', a, b);
}

/** remainder with the sign of the dividend (Java's %): -7 % 3 = -1, 7.5 % 2 = 1.5 */
export function modulo(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (b === 0n) throw divisionByZero(`${a} % 0`);
    return a % b;
  }
  if (isNum(a) && isNum(b)) return Number(a) % Number(b);
  mismatch('%', a, b);
}

/** `^` is always FLOAT: 2 ^ 3 = 8.0 */
export function power(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (isNum(a) && isNum(b)) return Math.pow(Number(a), Number(b));
  mismatch('^', a, b);
}

export function negate(a: CypherValue): CypherValue {
  if (a === null) return null;
  if (typeof a === 'bigint') return checkInt64(-a, `-(${a})`);
  if (typeof a === 'number') return -a;
  if (a instanceof TemporalValue) {
    const r = a.multiply(-1n);
    if (r !== undefined) return r;
  }
  throw operandTypeError(`cannot negate ${typeName(a)}`);
}
