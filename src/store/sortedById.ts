import { compareStrings } from '../model/compareStrings';

/** The records in id order; resolve already sorts its batches, so usually no copy is made. */
export function sortedById<T extends { id: string }>(records: readonly T[]): readonly T[] {
  for (let i = 1; i < records.length; i++) if (records[i - 1].id > records[i].id) return [...records].sort((a, b) => compareStrings(a.id, b.id));
  return records;
}
