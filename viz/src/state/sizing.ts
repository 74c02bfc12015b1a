/** Node size (screen pixels) from a count: square-root scale so area follows the count. */
export type SizeBy = 'degree' | 'mentions';
export const SIZE_BY: readonly SizeBy[] = ['degree', 'mentions'];

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

export function scaledSize(value: number, max: number, min = MIN_NODE_SIZE, top = MAX_NODE_SIZE): number {
  if (!(max > 0) || !(value > 0)) return min;
  return min + (top - min) * Math.sqrt(Math.min(value, max) / max);
}
