/**
 * The comparison key of a name: case, diacritics, punctuation and spacing do not count.
 * "Fadi el-Abdallah" and "fadi el abdallah", "Mr. Putin" and "Mr Putin", "Người" and "nguoi" compare equal.
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
