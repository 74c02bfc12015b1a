/**
 * A value made on first use and kept: `lazy(() => require('x') as typeof X)` loads a module only when
 * a code path needs it, so a thread (or a CLI command) that never does never pays for loading it. The
 * `require` stays at the call site, so relative paths resolve from there.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
