/**
 * The CSS transform that shows the last rendered picture where a camera move puts it, and its inverse.
 *
 * During a pan/zoom gesture the viewer does not re-render sigma per frame (under a CPU renderer a frame
 * reaches the screen only every few hundred ms); it moves the last picture with one CSS transform and
 * renders once when the gesture settles (ui/gestureView.ts). Sigma's camera stays the only source of
 * truth: the transform is derived from two camera states, never the other way round in the app; the
 * inverse is here so the mapping can be checked both ways.
 *
 * Sigma (angle 0) projects a framed-graph point p to the viewport as v = C + k (p - c) / r, with y
 * flipped (C the viewport centre, c and r the camera position and ratio, k pixels per framed unit at
 * ratio 1). Between a base camera (c0, r0) and a current one (c1, r1) the picture therefore moves by the
 * similarity v1 = s v0 + t with s = r0 / r1 and t = (1 - s) C + k (c0 - c1) / r1 (y flipped).
 */

export interface Camera2D {
  x: number;
  y: number;
  ratio: number;
}

/** how framed-graph coordinates reach the viewport at ratio 1 */
export interface Projection {
  /** viewport centre, CSS px */
  cx: number;
  cy: number;
  /** CSS px per framed-graph unit at ratio 1 */
  k: number;
}

/** v1 = s * v0 + (tx, ty): CSS `translate(tx px, ty px) scale(s)` with transform-origin 0 0 */
export interface ViewTransform {
  s: number;
  tx: number;
  ty: number;
}

export const IDENTITY: ViewTransform = { s: 1, tx: 0, ty: 0 };

/** where a framed-graph point lands in the viewport under a camera (sigma's projection at angle 0) */
export function project(p: { x: number; y: number }, cam: Camera2D, pr: Projection): { x: number; y: number } {
  return { x: pr.cx + (pr.k * (p.x - cam.x)) / cam.ratio, y: pr.cy - (pr.k * (p.y - cam.y)) / cam.ratio };
}

/** the transform that moves the picture rendered under `base` to where `current` shows it */
export function transformBetween(base: Camera2D, current: Camera2D, pr: Projection): ViewTransform {
  const s = base.ratio / current.ratio;
  return {
    s,
    tx: (1 - s) * pr.cx + (pr.k * (base.x - current.x)) / current.ratio,
    ty: (1 - s) * pr.cy - (pr.k * (base.y - current.y)) / current.ratio,
  };
}

/** the camera that shows what `base`'s picture moved by `t` shows (the inverse of transformBetween) */
export function cameraAfter(base: Camera2D, t: ViewTransform, pr: Projection): Camera2D {
  const ratio = base.ratio / t.s;
  return {
    x: base.x - ((t.tx - (1 - t.s) * pr.cx) * ratio) / pr.k,
    y: base.y + ((t.ty - (1 - t.s) * pr.cy) * ratio) / pr.k,
    ratio,
  };
}

/**
 * The similarity (no rotation) that maps two viewport points a0, b0 to a1, b1: used with sigma's own
 * projection of two reference points under both cameras, so the transform follows sigma exactly.
 */
export function similarityFromPairs(a0: { x: number; y: number }, b0: { x: number; y: number }, a1: { x: number; y: number }, b1: { x: number; y: number }): ViewTransform {
  const d0 = Math.hypot(b0.x - a0.x, b0.y - a0.y);
  const s = d0 === 0 ? 1 : Math.hypot(b1.x - a1.x, b1.y - a1.y) / d0;
  return { s, tx: a1.x - s * a0.x, ty: a1.y - s * a0.y };
}

/** the CSS text of a transform (transform-origin 0 0); '' for the identity */
export function cssTransform(t: ViewTransform): string {
  if (Math.abs(t.s - 1) < 1e-9 && Math.abs(t.tx) < 1e-6 && Math.abs(t.ty) < 1e-6) return '';
  return `translate(${t.tx}px, ${t.ty}px) scale(${t.s})`;
}
