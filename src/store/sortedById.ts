/** The records in id order; resolve already sorts its batches, so usually no copy is made. */
export function sortedById<T extends { id: string }>(records: readonly T[]): readonly T[] {
  for (let i = 1; i < records.length; i++) if (records[i - 1].id > records[i].id) return [...records].sort((a, b) => compareKeys(a.id, b.id));
  return records;
}

/** Code-unit order, the order of every key list in a store file. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
