/**
 * Sigma's WebGL programs are instanced: one set of attributes per item (a node, a relationship), drawn
 * once per corner with `drawArraysInstanced` and a small table of per-corner constants. A CPU
 * rasteriser (SwiftShader, the WebGL of a machine without a GPU) draws every instance as its own draw
 * call: at 10k nodes / 20k relationships that per-instance overhead, not the pixels, was most of a frame
 * (ui/flatPrograms.ts; viz/README.md, Speed). The same picture drawn from one vertex array with
 * `drawArrays` needs each item's attributes repeated for every corner, with that corner's constants
 * appended. These are the pure parts: the program definition without instancing, and the spreading of
 * one item's attributes over its corners.
 */

export interface AttributeSpec {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}

export interface Definition {
  VERTICES: number;
  ATTRIBUTES: AttributeSpec[];
  CONSTANT_ATTRIBUTES?: AttributeSpec[];
  CONSTANT_DATA?: number[][];
}

/** the definition drawn with drawArrays: the per-corner constants become ordinary attributes, after the item's own */
export function withoutInstancing<D extends Definition>(def: D): Omit<D, 'CONSTANT_ATTRIBUTES' | 'CONSTANT_DATA'> {
  const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...rest } = def;
  if (!CONSTANT_ATTRIBUTES || !CONSTANT_DATA) return rest;
  if (CONSTANT_DATA.length !== def.VERTICES) throw new Error(`instanceLayout: ${CONSTANT_DATA.length} constant rows for ${def.VERTICES} vertices`);
  return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

/**
 * Writes one item into a vertex array laid out by `withoutInstancing`: for each corner, the item's
 * `itemFloats` values from `item`, then that corner's constants. Returns the index after the last write.
 */
export function spreadItem(item: Float32Array, itemFloats: number, constants: number[][], out: Float32Array, start: number): number {
  let o = start;
  for (const row of constants) {
    for (let i = 0; i < itemFloats; i++) out[o++] = item[i]!;
    for (let j = 0; j < row.length; j++) out[o++] = row[j]!;
  }
  return o;
}
