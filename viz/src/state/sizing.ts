/** Node size (screen pixels) from a count: square-root scale so area follows the count. */
export type SizeBy = 'degree' | 'mentions';
export const SIZE_BY: readonly SizeBy[] = ['degree', 'mentions'];

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

export function scaledSize(value: number, max: number, min = MIN_NODE_SIZE, top = MAX_NODE_SIZE): number {
  if (!(max > 0) || !(value > 0)) return min;
  return min + (top - min) * Math.sqrt(Math.min(value, max) / max);
}

/** the size range for a graph of `order` nodes: big graphs get smaller nodes so the drawing stays legible */
export function sizeRange(order: number): { min: number; max: number } {
  const max = Math.max(6, Math.min(MAX_NODE_SIZE, MAX_NODE_SIZE * Math.pow(300 / Math.max(1, order), 0.15)));
  return { min: order > 2000 ? 1.5 : MIN_NODE_SIZE, max };
}
