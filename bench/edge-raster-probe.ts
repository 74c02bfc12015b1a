/* `any`: page.evaluate callbacks run in the browser */
/**
 * What the relationships' rasterisation costs depend on, under a CPU renderer (SwiftShader). The straight
 * relationships' rectangles are most of a full render at 10k / 20k (render-cost-probe); this times that one
 * program's visible pass with the GPU work included (a 1-pixel readPixels after it waits until SwiftShader has
 * drawn it), varied one thing at a time:
 *   viewport x f    the same picture drawn into a viewport f times as wide and high (fewer, shorter rows)
 *   scissor 1 px    every triangle still goes through vertex shading and set-up, but no pixel is shaded
 *   first k         only the first k of the rectangles
 *   plain shader    the fragment shader reduced to `gl_FragColor = v_color` (no antialiasing)
 *   no blending     blending disabled
 * and the CPU time of the GPU process's threads over 10 full renders (SwiftShader's worker threads are
 * `Thread<nn>`). Exploratory tool (viz/README.md, Speed); nothing here changes the viewer.
 * Usage: ts-node --transpile-only bench/edge-raster-probe.ts [--nodes 10000] [--chromium software|angle] [--reps 5] [--no-build]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { installGpuTiming } from './gpuTiming';
import { openProbePage, runBrowserProbe } from './probeSetup';

/** CPU time (ms) of every thread of Chromium's GPU processes, by `pid/tid/name` (Linux /proc) */
function gpuProcessThreads(): Map<string, number> {
  const out = new Map<string, number>();
  let pids: string[] = [];
  try {
    pids = execFileSync('pgrep', ['-f', 'type=gpu-process']).toString().trim().split('\n').filter(Boolean);
  } catch {
    return out; // no match
  }
  const tick = 10; // ms per clock tick (USER_HZ 100)
  for (const pid of pids) {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(`${pid}/${tid}/${name}`, (Number(fields[11]) + Number(fields[12])) * tick);
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

runBrowserProbe(5, async ({ n, launch, reps, url, browser }) => {
  const page = await openProbePage(browser, url);
  await installGpuTiming(page, reps);
  const before = gpuProcessThreads();
  const wallStart = Date.now();
  const fullRender = await page.evaluate(() => (globalThis as any).__probeTime(() => (globalThis as any).__newsgraph.sigma.render(), 10));
  const wall = Date.now() - wallStart;
  const after = gpuProcessThreads();
  console.log(`${launch}, ${n} nodes: full render ${fullRender} ms (median of 10, GPU work included); 10 renders took ${wall} ms, GPU process threads' CPU:`);
  for (const [k, v] of after) {
    const d = v - (before.get(k) ?? 0);
    if (d > 0) console.log(`  ${String(d).padStart(6)} ms  ${k}`);
  }
  const res = await page.evaluate(() => {
    const w = globalThis as any;
    const s = w.__newsgraph.sigma;
    const time = w.__probeTime;
    const gl = s.webGLContexts.edges;
    const straight = s.edgePrograms.straight;
    const [rects, heads] = straight.programs ?? [straight];
    const params = s.getRenderParams();
    const clear = () => {
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.clear(gl.COLOR_BUFFER_BIT);
    };
    const out: Record<string, number | string> = { viewport: `${s.width}x${s.height}`, 'rectangle capacity': rects.capacity };
    let visible = 0, length = 0;
    s.getGraph().forEachEdge((e: string, _a: unknown, src: string, tgt: string) => {
      const d = s.getEdgeDisplayData(e);
      if (!d || d.hidden) return;
      const a = s.framedGraphToViewport(s.getNodeDisplayData(src));
      const b = s.framedGraphToViewport(s.getNodeDisplayData(tgt));
      visible++;
      length += Math.hypot(a.x - b.x, a.y - b.y);
    });
    out['visible relationships'] = visible;
    out['mean length px'] = Math.round(length / Math.max(1, visible));
    out['rectangles'] = time(() => (clear(), rects.render(params)));
    if (heads) out['arrow heads'] = time(() => (clear(), heads.render(params)));
    for (const f of [0.5, 0.25, 0.1]) {
      const small = { ...params, width: Math.round(params.width * f), height: Math.round(params.height * f) };
      out[`rectangles, viewport x ${f}`] = time(() => (clear(), rects.render(small)));
    }
    gl.enable(gl.SCISSOR_TEST);
    gl.scissor(0, 0, 1, 1);
    out['rectangles, scissor 1 px'] = time(() => (clear(), rects.render(params)));
    gl.disable(gl.SCISSOR_TEST);
    const drawArrays = gl.drawArrays;
    for (const k of [0.1, 0.5]) {
      gl.drawArrays = (mode: number, first: number, count: number) => drawArrays.call(gl, mode, first, Math.floor((count * k) / 6) * 6);
      out[`rectangles, first ${k * 100} %`] = time(() => (clear(), rects.render(params)));
    }
    gl.drawArrays = drawArrays;
    const normal = rects.normalProgram;
    rects.normalProgram = rects.getProgramInfo('normal', gl, rects.VERTEX_SHADER_SOURCE, 'precision mediump float; varying vec4 v_color; void main(void) { gl_FragColor = v_color; }', null);
    rects.written = (rects.written ?? 0) + 1; // the new program's buffer is uploaded once (ui/flatPrograms.ts)
    out['rectangles, plain fragment shader'] = time(() => (clear(), rects.render(params)));
    rects.normalProgram = normal;
    rects.written = (rects.written ?? 0) + 1;
    const enable = gl.enable;
    gl.enable = (cap: number) => (cap === gl.BLEND ? undefined : enable.call(gl, cap));
    gl.disable(gl.BLEND);
    out['rectangles, no blending'] = time(() => (clear(), rects.render(params)));
    gl.enable = enable;
    gl.enable(gl.BLEND);
    s.render();
    return out;
  });
  for (const [k, v] of Object.entries(res)) console.log(`${String(v).padStart(10)}  ${k}`);
  await page.evaluate(() => (globalThis as any).__newsgraph.app?.kill());
});
