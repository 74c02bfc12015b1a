/**
 * A small LRU of compiled plans keyed by query text. A hit only stamps the entry (no Map
 * reordering); the least recently stamped entry is evicted when the cache is full.
 */
export class PlanCache<T> {
  private readonly map = new Map<string, { value: T; stamp: number }>();
  private clock = 0;
  constructor(private readonly capacity: number) {}
  get(key: string): T | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    e.stamp = ++this.clock;
    return e.value;
  }
  set(key: string, value: T): void {
    this.map.set(key, { value, stamp: ++this.clock });
    if (this.map.size > this.capacity) {
      let oldest: string | null = null;
      let min = Infinity;
      for (const [k, e] of this.map) {
        if (e.stamp < min) {
          min = e.stamp;
          oldest = k;
        }
      }
      if (oldest !== null) this.map.delete(oldest);
    }
  }
  get size(): number {
    return this.map.size;
  }
}
