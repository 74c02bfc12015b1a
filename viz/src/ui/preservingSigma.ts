/**
 * Sigma as the viewer runs it under a CPU renderer (SwiftShader: a machine without a GPU). Two changes, both
 * by overriding methods of a subclass, no patch of sigma:
 *
 * - Its WebGL layers keep their drawing buffers after they are shown (`preserveDrawingBuffer: true`;
 *   sigma asks for false). With it, what sigma last drew can still be read in a later task, so a pan/zoom
 *   gesture can copy the picture on screen into one canvas when it starts, without rendering again
 *   (ui/gestureView.ts, 'snapshot').
 * - Picking on demand. Sigma draws every node and relationship twice per render: visibly, and into its
 *   picking framebuffers (each item in its own colour) that `getNodeAtPosition` / `getEdgeAtPoint` read
 *   under the pointer. Here a render draws the visible pass only (ui/flatPrograms.ts keeps each program's
 *   parameters) and the picking passes of that render are drawn the first time sigma picks after it: on
 *   the first pointer move, click or hover over the graph. Renders nobody points at (the first frame, a
 *   filter change, the render that settles a wheel zoom) skip a third of their rasterisation; a pick reads
 *   exactly what an eager picking pass would have drawn, from the same parameters.
 */
import Sigma from 'sigma';
import type { DeferredPicking } from './flatPrograms';

export class PreservingSigma extends Sigma {
  // state read during super(): sigma draws its first frame inside its constructor, before field
  // initialisers would run, so neither is an initialised class field
  declare private pickingPending: boolean;
  override createWebGLContext(id: string, options: Parameters<Sigma['createWebGLContext']>[1] = {}): WebGLRenderingContext {
    return super.createWebGLContext(id, { ...options, preserveDrawingBuffer: true } as typeof options);
  }

  /** the picking passes of the last render, if not drawn yet */
  drawPicking(): void {
    if (!this.pickingPending) return;
    this.pickingPending = false;
    for (const p of deferredPrograms(this)) p.drawPicking();
  }
}

interface Picker {
  render(): unknown;
  getNodeAtPosition(position: unknown): unknown;
  getEdgeAtPoint(x: number, y: number): unknown;
}
// Overrides of three methods sigma's typings declare private (or as fields), set on the subclass's prototype.
const sigmaPicker = Sigma.prototype as unknown as Picker;
Object.assign(PreservingSigma.prototype, {
  render(this: PreservingSigma) {
    // a program the new render does not draw (relationships hidden while moving) has nothing to pick
    for (const p of deferredPrograms(this)) p.dropPicking();
    (this as unknown as { pickingPending: boolean }).pickingPending = true;
    return sigmaPicker.render.call(this);
  },
  getNodeAtPosition(this: PreservingSigma, position: unknown) {
    this.drawPicking();
    return sigmaPicker.getNodeAtPosition.call(this, position);
  },
  getEdgeAtPoint(this: PreservingSigma, x: number, y: number) {
    this.drawPicking();
    return sigmaPicker.getEdgeAtPoint.call(this, x, y);
  },
} satisfies Picker);

/** the programs of a sigma instance that draw picking on demand (compound programs opened) */
function deferredPrograms(sigma: Sigma): DeferredPicking[] {
  const own = sigma as unknown as { nodePrograms?: Record<string, unknown>; edgePrograms?: Record<string, unknown> };
  const out: DeferredPicking[] = [];
  for (const program of [...Object.values(own.nodePrograms ?? {}), ...Object.values(own.edgePrograms ?? {})]) {
    const parts = (program as { programs?: unknown[] }).programs ?? [program];
    for (const part of parts) if (typeof (part as Partial<DeferredPicking>).drawPicking === 'function') out.push(part as DeferredPicking);
  }
  return out;
}

/** whether every WebGL layer of a sigma instance keeps its drawing buffer (so it can be copied later) */
export function drawingBuffersPreserved(sigma: Sigma): boolean {
  const contexts = Object.values((sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts ?? {});
  return contexts.length > 0 && contexts.every((gl) => gl.getContextAttributes()?.preserveDrawingBuffer === true);
}
