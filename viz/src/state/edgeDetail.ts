/**
 * How the straight relationships are drawn: sigma's antialiased rectangles (with their arrow heads), or,
 * when many are visible under a CPU renderer, 1-pixel hairlines (arrow heads kept). SwiftShader, Chrome's
 * WebGL without a GPU, spends most of a picture of 20k relationships rasterising their rectangles
 * (80-125 ms of both cores at 10k); opaque hairlines cost it about half (bench/edge-lod-probe.ts,
 * viz/README.md, Speed). At that density the rectangles' ~3 px and antialiasing add little to the picture.
 *
 * The setting is `?edges=` in the page's address (not the shareable hash): `auto` (the default), `full`
 * (always rectangles) or `hairline` (always hairlines, wherever the flat programs are used: a CPU renderer).
 */
export type EdgeDetail = 'auto' | 'full' | 'hairline';

/** under a CPU renderer, more visible relationships than this are drawn as hairlines ('auto') */
export const HAIRLINES_FROM = 5000;

/** the `?edges=` value; anything else (absent, misspelt) is 'auto' */
export function parseEdgeDetail(value: string | null | undefined): EdgeDetail {
  return value === 'full' || value === 'hairline' ? value : 'auto';
}

/** whether the straight relationships are drawn as hairlines, for this many visible relationships */
export function drawHairlines(detail: EdgeDetail, softwareRenderer: boolean, visibleRelationships: number): boolean {
  if (detail === 'full') return false;
  if (detail === 'hairline') return true;
  return softwareRenderer && visibleRelationships > HAIRLINES_FROM;
}

/**
 * The slots a program must draw to cover every flagged item (flags: 1 per slot of an emphasised, visible
 * relationship): from the first flagged slot to the last, or null when none is. Sigma sorts items by
 * zIndex when it re-indexes, so the emphasised are the tail and the range holds only them; unsorted, the
 * range also holds unflagged slots between them (drawn too: more work, the same picture).
 */
export function flaggedRange(flags: Uint8Array): { first: number; count: number } | null {
  const first = flags.indexOf(1);
  return first < 0 ? null : { first, count: flags.lastIndexOf(1) + 1 - first };
}
