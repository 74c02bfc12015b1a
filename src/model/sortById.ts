import { compareStrings } from './compareStrings';

/**
 * Sorts `records` in place by id in code-unit order (compareStrings), stably, and returns them.
 *
 * When every id is a relationship id (`TYPE:<12 hex>`, model/ids relationId), a comparison sort spends
 * its time comparing the shared `TYPE:` heads: ~350 ms for the 367k relationships of a 10k-article
 * build. Those ids are ordered instead by a radix sort: one pass reads each id once (its type and its
 * digits, four hex digits to a 16-bit number), then four stable counting passes over typed arrays
 * order by the digits, last four first, and finally by type. Hex digits of one length compare as their
 * numbers, and a type's `TYPE:` is never the start of another's, so the order is compareStrings'.
 * Any other id sends the whole list through the comparison sort.
 */
export function sortById<T extends { id: string }>(records: T[]): T[] {
  const n = records.length;
  if (n < 2) return records;
  const digits = [new Uint16Array(n), new Uint16Array(n), new Uint16Array(n)];
  const typeOf = new Uint16Array(n);
  const typeIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = records[i].id;
    const colon = id.length - 13;
    if (colon < 1 || id.charCodeAt(colon) !== 58 || id.lastIndexOf(':', colon - 1) >= 0) return byComparison(records);
    for (let part = 0; part < 3; part++) {
      let value = 0;
      for (let k = colon + 1 + part * 4, end = k + 4; k < end; k++) {
        const c = id.charCodeAt(k);
        const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
        if (digit < 0) return byComparison(records);
        value = value * 16 + digit;
      }
      digits[part][i] = value;
    }
    const type = id.slice(0, colon);
    let t = typeIndex.get(type);
    if (t === undefined) {
      if (typeIndex.size === 65535) return byComparison(records);
      typeIndex.set(type, (t = typeIndex.size));
    }
    typeOf[i] = t;
  }
  const types = [...typeIndex.keys()];
  const rank = new Uint16Array(types.length);
  types
    .map((type, t) => ({ key: `${type}:`, t }))
    .sort((a, b) => compareStrings(a.key, b.key))
    .forEach(({ t }, r) => (rank[t] = r));
  for (let i = 0; i < n; i++) typeOf[i] = rank[typeOf[i]];

  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const count = new Uint32Array(65537);
  for (const key of [digits[2], digits[1], digits[0], typeOf]) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[key[i] + 1]++;
    for (let d = 1; d <= 65536; d++) count[d] += count[d - 1];
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[count[key[i]]++] = i;
    }
    [order, next] = [next, order];
  }
  const before = records.slice();
  for (let k = 0; k < n; k++) records[k] = before[order[k]];
  return records;
}

function byComparison<T extends { id: string }>(records: T[]): T[] {
  return records.sort((a, b) => compareStrings(a.id, b.id));
}
