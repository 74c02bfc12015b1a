/* `any`: page.evaluate callbacks run in the browser */
/**
 * What a cheaper drawing of the relationships would cost under a CPU renderer (SwiftShader), before wiring
 * any of it: the straight relationships as sigma draws them (antialiased rectangles, ~3.4 px wide with the
 * feather, plus arrow heads) against hairlines, each timed with the GPU work included (a 1-pixel readPixels
 * after the draw waits until SwiftShader has drawn it; median of --reps) on the viewer's relationships
 * canvas, from the positions and colours sigma shows (so the same picture, only the relationships' shape
 * differs):
 *   sigma rectangles / arrow heads   sigma's programs as the viewer registers them (flat, ui/flatPrograms.ts)
 *   lines (gl.LINES)                 one 1-pixel line per relationship, flat colour, no antialiasing
 *   1 px rectangles                  two triangles 1 pixel wide per relationship, flat colour
 *   2 px rectangles                  the same, 2 pixels wide
 *   lines, no blending               the lines with blending off (the same picture: the colours are opaque)
 *   reference quad                   one quad covering the canvas (what filling every pixel once costs)
 * Each of the drawn variants is one drawArrays from a vertex array built here (raw WebGL, its own program),
 * so the figures are the rasterisation, not sigma's processing. Exploratory tool (viz/README.md, Speed).
 * Usage: ts-node --transpile-only bench/edge-lod-probe.ts [--nodes 10000] [--chromium software|angle] [--reps 7] [--no-build] [--png /tmp/x.png]
 */
import { installGpuTiming } from './gpuTiming';
import { arg, openProbePage, runBrowserProbe } from './probeSetup';

runBrowserProbe(7, async ({ n, launch, reps, url, browser }) => {
  const page = await openProbePage(browser, url);
  await installGpuTiming(page, reps);
  const res = await page.evaluate(() => {
    const w = globalThis as any;
    const s = w.__newsgraph.sigma;
    const time = (fn: () => void): number => w.__probeTime(fn);
    const gl: any = s.webGLContexts.edges;
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    const clear = () => {
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.viewport(0, 0, width, height);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
    };
    // the straight relationships sigma shows: clip-space ends and RGBA bytes
    const rgba = (c: string): number[] => {
      const hex = /^#([0-9a-f]{6})$/i.exec(c);
      if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(255);
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (m) {
        const p = m[1]!.split(',').map((x) => Number(x.trim()));
        return [p[0]!, p[1]!, p[2]!, Math.round((p[3] ?? 1) * 255)];
      }
      return [128, 128, 128, 255];
    };
    const ends: number[] = [];
    const colours: number[][] = [];
    let length = 0;
    s.getGraph().forEachEdge((e: string, _a: unknown, src: string, tgt: string) => {
      const d = s.getEdgeDisplayData(e);
      const sd = s.getNodeDisplayData(src);
      const td = s.getNodeDisplayData(tgt);
      if (!d || d.hidden || d.type !== 'straight' || sd.hidden || td.hidden) return;
      const a = s.framedGraphToViewport(sd);
      const b = s.framedGraphToViewport(td);
      length += Math.hypot(a.x - b.x, a.y - b.y);
      ends.push(a.x, a.y, b.x, b.y);
      colours.push(rgba(d.color));
    });
    const count = colours.length;
    const toClip = (x: number, y: number): [number, number] => [(2 * x) / width - 1, 1 - (2 * y) / height];
    /** vertex array: x, y (float) then colour (4 bytes) per vertex, 12 bytes */
    const build = (vertsPerEdge: number, corners: (x1: number, y1: number, x2: number, y2: number) => Array<[number, number]>) => {
      const buf = new ArrayBuffer(count * vertsPerEdge * 12);
      const f = new Float32Array(buf);
      const u = new Uint8Array(buf);
      let v = 0;
      for (let i = 0; i < count; i++) {
        const pts = corners(ends[4 * i]!, ends[4 * i + 1]!, ends[4 * i + 2]!, ends[4 * i + 3]!);
        for (const [x, y] of pts) {
          const [cx, cy] = toClip(x, y);
          f[v * 3] = cx;
          f[v * 3 + 1] = cy;
          u.set(colours[i]!, v * 12 + 8);
          v++;
        }
      }
      return { buf, vertices: v };
    };
    const rect = (half: number) => (x1: number, y1: number, x2: number, y2: number): Array<[number, number]> => {
      const dx = x2 - x1;
      const dy = y2 - y1;
      const l = Math.hypot(dx, dy) || 1;
      const nx = (-dy / l) * half;
      const ny = (dx / l) * half;
      const a: [number, number] = [x1 + nx, y1 + ny];
      const b: [number, number] = [x1 - nx, y1 - ny];
      const c: [number, number] = [x2 + nx, y2 + ny];
      const d: [number, number] = [x2 - nx, y2 - ny];
      return [a, b, c, c, b, d];
    };
    const shader = (type: number, src: string) => {
      const sh = gl.createShader(type)!;
      gl.shaderSource(sh, src);
      gl.compileShader(sh);
      if (!gl.getShaderParameter(sh, gl.COMPILE_STATUS)) throw new Error(String(gl.getShaderInfoLog(sh)));
      return sh;
    };
    const program = gl.createProgram()!;
    gl.attachShader(program, shader(gl.VERTEX_SHADER, 'attribute vec2 a_position; attribute vec4 a_color; varying vec4 v_color; void main() { gl_Position = vec4(a_position, 0, 1); v_color = a_color; }'));
    gl.attachShader(program, shader(gl.FRAGMENT_SHADER, 'precision mediump float; varying vec4 v_color; void main() { gl_FragColor = v_color; }'));
    gl.linkProgram(program);
    const aPos = gl.getAttribLocation(program, 'a_position');
    const aCol = gl.getAttribLocation(program, 'a_color');
    const buffer = gl.createBuffer();
    const draw = (mode: number, data: { buf: ArrayBuffer; vertices: number }) => () => {
      clear();
      gl.useProgram(program);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data.buf, gl.DYNAMIC_DRAW);
      gl.enableVertexAttribArray(aPos);
      gl.vertexAttribPointer(aPos, 2, gl.FLOAT, false, 12, 0);
      gl.enableVertexAttribArray(aCol);
      gl.vertexAttribPointer(aCol, 4, gl.UNSIGNED_BYTE, true, 12, 8);
      gl.enable(gl.BLEND);
      gl.drawArrays(mode, 0, data.vertices);
      gl.disableVertexAttribArray(aPos);
      gl.disableVertexAttribArray(aCol);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    };
    const straight = s.edgePrograms.straight;
    const [rects, heads] = straight.programs ?? [straight];
    const params = s.getRenderParams();
    const out: Record<string, number | string> = {
      canvas: `${width}x${height}`,
      'straight relationships drawn': count,
      'mean length px': Math.round(length / Math.max(1, count)),
    };
    const lines = build(2, (x1, y1, x2, y2) => [[x1, y1], [x2, y2]]);
    const thin = build(6, rect(0.5));
    const two = build(6, rect(1));
    out['sigma rectangles'] = time(() => (clear(), rects.render(params)));
    if (heads) out['sigma arrow heads'] = time(() => (clear(), heads.render(params)));
    out['lines (gl.LINES, 1 px)'] = time(draw(gl.LINES, lines));
    out['1 px rectangles'] = time(draw(gl.TRIANGLES, thin));
    out['2 px rectangles'] = time(draw(gl.TRIANGLES, two));
    out['lines, no blending (the same picture: colours are opaque)'] = (() => {
      const enable = gl.enable;
      (gl as any).enable = (cap: number) => (cap === gl.BLEND ? undefined : enable.call(gl, cap));
      gl.disable(gl.BLEND);
      const t = time(draw(gl.LINES, lines));
      (gl as any).enable = enable;
      gl.enable(gl.BLEND);
      return t;
    })();
    const quad = build(6, () => [[0, 0], [width, 0], [0, height], [0, height], [width, 0], [width, height]]);
    out['reference: one quad over the whole canvas (x relationships)'] = time(draw(gl.TRIANGLES, { buf: quad.buf, vertices: 6 }));
    out['lines, upload only (no pixel: scissor 1 px)'] = (() => {
      gl.enable(gl.SCISSOR_TEST);
      gl.scissor(0, 0, 1, 1);
      const t = time(draw(gl.LINES, lines));
      gl.disable(gl.SCISSOR_TEST);
      return t;
    })();
    // leave the picture of the hairlines on the canvas (for --png), then sigma's own on the next render
    draw(gl.LINES, lines)();
    if (heads) heads.render(params);
    gl.useProgram(null);
    return out;
  });
  console.log(`${launch}, ${n} nodes, median of ${reps}, ms (GPU work included):`);
  for (const [k, v] of Object.entries(res)) console.log(`${String(v).padStart(10)}  ${k}`);
  const png = arg('--png', '');
  if (png) {
    await page.screenshot({ path: png.replace(/\.png$/, '-lines.png') });
    await page.evaluate(() => (globalThis as any).__newsgraph.sigma.render());
    await page.waitForTimeout(500);
    await page.screenshot({ path: png.replace(/\.png$/, '-sigma.png') });
  }
  await page.evaluate(() => (globalThis as any).__newsgraph.app?.kill());
});
