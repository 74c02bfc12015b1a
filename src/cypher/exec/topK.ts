/**
 * The first `k` items of `items` in the order of a stable sort by `cmp`, without sorting them all:
 * a sorted buffer of at most k items, where most candidates are rejected by one comparison with the
 * buffer's last item. Ties keep input order, as Array.prototype.sort (stable) would.
 * O(n log k) comparisons plus O(k) shifting per accepted item, so meant for small k.
 */
export function topK<T>(items: Iterable<T>, k: number, cmp: (a: T, b: T) => number): T[] {
  const buf: T[] = [];
  if (k <= 0) return buf;
  for (const x of items) {
    if (buf.length === k && cmp(x, buf[k - 1]) >= 0) continue;
    // upper bound: after every item that compares equal (stability)
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(x, buf[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    buf.splice(lo, 0, x);
    if (buf.length > k) buf.pop();
  }
  return buf;
}
