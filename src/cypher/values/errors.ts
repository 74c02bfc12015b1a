/**
 * Runtime CypherError factories used by the value library and the built-in functions, so that the
 * (class, detail) pairs the TCK checks are spelled in one place.
 */
import { CypherError } from './types';

/** an operator applied to operands of the wrong type ('a' - 1, true + 1): TypeError InvalidArgumentType */
export function operandTypeError(what: string): CypherError {
  return new CypherError('TypeError', 'InvalidArgumentType', `cypher.eval: ${what}`, 'runtime');
}

/** a function given an argument of the wrong type (toBoolean([]), type(1)): TypeError InvalidArgumentValue */
export function argumentTypeError(fn: string, what: string): CypherError {
  return new CypherError('TypeError', 'InvalidArgumentValue', `cypher.eval: ${fn}(): ${what}`, 'runtime');
}

/** a function argument outside its domain (range step 0, percentile 1.5): ArgumentError with `detail` */
export function argumentError(fn: string, detail: string, what: string): CypherError {
  return new CypherError('ArgumentError', detail, `cypher.eval: ${fn}(): ${what}`, 'runtime');
}

export function integerOverflow(what: string): CypherError {
  return new CypherError('ArithmeticError', 'IntegerOverflow', `cypher.eval: integer overflow: ${what}`, 'runtime');
}

export function divisionByZero(what: string): CypherError {
  return new CypherError('ArithmeticError', 'DivisionByZero', `cypher.eval: division by zero: ${what}`, 'runtime');
}
