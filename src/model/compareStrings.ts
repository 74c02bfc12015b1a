/** Code-unit order of two strings, the order of every sorted id and key list the project writes (store file, batches, exports). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
