/**
 * The one name the engine cannot keep as a key of a plain object: `__proto__`. Rows hold variables,
 * and records hold properties, as keys of plain objects, where assigning `__proto__` sets the object's
 * prototype instead (a property that vanishes, or a record that inherits an array's `length`). The
 * parser refuses it as a variable or as a property key SET or REMOVE names; a map of properties
 * written by CREATE, MERGE or SET is checked when it is applied (refuseReservedKey). Reading
 * `n.__proto__` is allowed: it is null, as every absent property.
 */
import { CypherError } from './types';

export const RESERVED_KEY = '__proto__';

/** Throws a one-line SemanticError when a map of properties to write has the key `__proto__`. */
export function refuseReservedKey(key: string): void {
  if (key === RESERVED_KEY) throw new CypherError('SemanticError', 'InvalidArgumentType', `cypher: \`${RESERVED_KEY}\` cannot be used as a property key to write`, 'runtime');
}
