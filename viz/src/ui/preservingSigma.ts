/**
 * Sigma whose WebGL layers keep their drawing buffers after they are shown (`preserveDrawingBuffer:
 * true`; sigma asks for false). With it, what sigma last drew can still be read in a later task, so a
 * pan/zoom gesture can copy the picture on screen into one canvas when it starts, without rendering again
 * (ui/gestureView.ts, 'snapshot'). Only the context attributes change: a subclass overriding the one
 * method that creates the contexts, no patch of sigma. Used under a CPU renderer only; a GPU renders every
 * frame and does not need the copy.
 */
import Sigma from 'sigma';

export class PreservingSigma extends Sigma {
  override createWebGLContext(id: string, options: Parameters<Sigma['createWebGLContext']>[1] = {}): WebGLRenderingContext {
    return super.createWebGLContext(id, { ...options, preserveDrawingBuffer: true } as typeof options);
  }
}

/** whether every WebGL layer of a sigma instance keeps its drawing buffer (so it can be copied later) */
export function drawingBuffersPreserved(sigma: Sigma): boolean {
  const contexts = Object.values((sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts ?? {});
  return contexts.length > 0 && contexts.every((gl) => gl.getContextAttributes()?.preserveDrawingBuffer === true);
}
