/* `any`: page.evaluate callbacks run in the browser */
/**
 * Timing with the GPU work included, for the exploratory render probes: installs in the page
 *   __probeSync()           returns once the GPU process (SwiftShader) has drawn everything asked of it
 *                           (a 1-pixel readPixels on every WebGL context of the viewer's sigma)
 *   __probeTime(fn, times)  median ms of `times` runs of fn (default: `reps`), each between two syncs
 */
import type { Page } from 'playwright-core';

export function installGpuTiming(page: Page, reps: number): Promise<void> {
  return page.evaluate((reps) => {
    const w = globalThis as any;
    const gls: any[] = Object.values(w.__newsgraph.sigma.webGLContexts);
    const px = new Uint8Array(4);
    w.__probeSync = () => {
      for (const gl of gls) {
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      }
    };
    w.__probeTime = (fn: () => void, times = reps) => {
      const xs: number[] = [];
      for (let i = 0; i < times; i++) {
        w.__probeSync();
        const t = performance.now();
        fn();
        w.__probeSync();
        xs.push(performance.now() - t);
      }
      return Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
    };
  }, reps);
}
