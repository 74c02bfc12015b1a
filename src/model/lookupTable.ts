/**
 * A table looked up by words of the text: an object without a prototype, so that a key like
 * "constructor", "toString" or "__proto__" finds nothing (a plain `{}` answers Object.prototype's
 * members: "Constructor said ..." was read as an organisation named "Object"). The entries are copied.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
