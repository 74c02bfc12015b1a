/**
 * Own properties of plain records whose keys come from input (GraphML attribute names, stored
 * properties), `__proto__` included: assigning `__proto__` sets the record's prototype instead (the
 * value is lost, or the record inherits the value's members), and reading it from a record without
 * that key gives Object.prototype, not undefined.
 */
const PROTO = '__proto__';

/** Sets `key` on `record` as its own enumerable property. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === PROTO) Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/** The record's own value for `key`, or undefined (never an inherited member for `__proto__`). */
export function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return key === PROTO && !Object.prototype.hasOwnProperty.call(record, key) ? undefined : record[key];
}
