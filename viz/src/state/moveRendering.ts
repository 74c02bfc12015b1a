/**
 * What sigma draws while the camera moves. Under a CPU renderer (SwiftShader, llvmpipe: no GPU, or
 * hardware acceleration off) rasterising the relationships is most of a frame: at 10k nodes / 20k
 * relationships a pan/zoom frame was presented every ~1.6 s with them and every ~0.4 s without
 * (bench/viewer-bench.ts). So relationships are hidden during camera moves (sigma's `hideEdgesOnMove`)
 * on big graphs, and on smaller ones when the renderer is a CPU one; a GPU draws them at full rate.
 * Labels stay: hiding them on move made no measurable difference.
 */

/** nodes + relationships from which relationships are hidden during camera moves, whatever the renderer */
export const HIDE_EDGES_ON_MOVE_FROM = 5000;
/** the same under a CPU renderer */
export const HIDE_EDGES_ON_MOVE_FROM_SOFTWARE = 1000;

export function hideEdgesOnMove(items: number, softwareRenderer: boolean): boolean {
  return items >= (softwareRenderer ? HIDE_EDGES_ON_MOVE_FROM_SOFTWARE : HIDE_EDGES_ON_MOVE_FROM);
}

/** whether a WebGL renderer string (WEBGL_debug_renderer_info) names a CPU rasteriser */
export function isSoftwareRenderer(renderer: string | null | undefined): boolean {
  return !!renderer && /swiftshader|llvmpipe|softpipe|software rasterizer|microsoft basic render/i.test(renderer);
}
