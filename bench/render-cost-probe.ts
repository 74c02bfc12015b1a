/**
 * What one sigma render costs, part by part, with the GPU work included: each part is followed by a
 * 1-pixel readPixels on every WebGL context, which waits until the GPU process (SwiftShader) has drawn
 * it. Exploratory tool for the first-render work (viz/README.md, Speed).
 * Usage: ts-node --transpile-only bench/render-cost-probe.ts [--nodes 10000] [--chromium software|angle] [--reps 3]
 */
import { installGpuTiming } from './gpuTiming';
import { openProbePage, runBrowserProbe } from './probeSetup';

runBrowserProbe(3, async ({ reps, url, browser }) => {
  const page = await openProbePage(browser, url);
  await installGpuTiming(page, reps);
  const out = await page.evaluate(() => {
    const w = globalThis as any;
    const s = w.__newsgraph.sigma;
    const gls: any[] = Object.values(s.webGLContexts);
    const sync: () => void = w.__probeSync;
    const time = (fn: () => void): number => w.__probeTime(fn);
    const res: Record<string, number | string> = {};
    res.fullRender = time(() => s.render());
    res.processJs = time(() => s.process());
    // fragment- or vertex-bound? the same render with the graph zoomed out to a small picture
    s.getCamera().setState({ ratio: 12 });
    res.fullRenderZoomedOut = time(() => s.render());
    s.getCamera().setState({ ratio: 1 });
    s.render();
    const params = s.getRenderParams();
    const subs = (p: any) => (p.programs ? p.programs : [p]);
    const clearAll = () => {
      for (const gl of gls) {
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.clear(gl.COLOR_BUFFER_BIT);
      }
    };
    res.clearAndTextures = time(() => {
      s.clear();
      s.pickingLayers.forEach((l: string) => s.resetWebGLTexture(l));
    });
    for (const [kind, programs] of [['node', s.nodePrograms], ['edge', s.edgePrograms]] as const) {
      for (const type of Object.keys(programs)) {
        subs(programs[type]).forEach((p: any, i: number) => {
          const name = `${kind}:${type}:${i}:${p.constructor.name}(${p.capacity} items)`;
          res[name + ' both'] = time(() => {
            clearAll();
            p.render(params);
            // flat programs (picking on demand, ui/preservingSigma.ts) keep their picking pass for when sigma picks
            p.drawPicking?.();
          });
          const pick = p.pickProgram;
          p.pickProgram = null;
          res[name + ' normal only'] = time(() => {
            clearAll();
            p.render(params);
          });
          p.pickProgram = pick;
        });
      }
    }
    res.clearOnly = time(clearAll);
    res.labels = time(() => s.renderLabels());
    res.edgeLabels = time(() => s.renderEdgeLabels());
    res.highlighted = time(() => s.renderHighlightedNodes());
    // the bench's filter refresh (hide/show a label 10 times), with the time spent inside bufferData
    const app = (globalThis as any).__newsgraph.app;
    let inBufferData = 0, uploaded = 0;
    const originals = gls.map((gl) => gl.bufferData);
    gls.forEach((gl) => {
      const orig = gl.bufferData;
      gl.bufferData = function (...a: any[]) {
        const t = performance.now();
        orig.apply(gl, a);
        inBufferData += performance.now() - t;
        uploaded += a[1]?.byteLength ?? 0;
      };
    });
    // each change timed on its own: back to back (one GPU sync before the series), or isolated (a sync before each)
    const series = (changes: (() => void)[], isolated: boolean): string => {
      if (!isolated) sync();
      return changes
        .map((change) => {
          if (isolated) sync();
          const t = performance.now();
          change();
          return Math.round(performance.now() - t);
        })
        .join(' ');
    };
    const base = app.state.filters;
    const filters = Array.from({ length: 10 }, (_, i) => () => app.setFilters(i % 2 === 0 ? { ...base, hiddenLabels: [...base.hiddenLabels, 'Person'] } : base));
    res.filterTimes = series(filters, false);
    res.filterIsolated = series(filters, true);
    res.filterInBufferData = Math.round(inBufferData);
    res.filterUploadedMB = Math.round(uploaded / 1e5) / 10;
    // the bench's hover: moving between 20 nodes
    inBufferData = 0;
    uploaded = 0;
    let inRender = 0;
    const before = () => (inRender -= performance.now());
    const after = () => (inRender += performance.now());
    const hovers = ((globalThis as any).__newsgraph.graph.nodes().slice(10, 30) as string[]).map((node) => () => app.setHover(node));
    s.on('beforeRender', before);
    s.on('afterRender', after);
    res.hoverTimes = series(hovers, false);
    app.setHover(null);
    s.off('beforeRender', before);
    s.off('afterRender', after);
    // the same hovers, each started with the GPU idle: the hover's own cost, without waiting for the previous one's
    res.hoverIsolated = series(hovers, true);
    app.setHover(null);
    res.hoverInRender = Math.round(inRender);
    res.hoverInBufferData = Math.round(inBufferData);
    res.hoverUploadedMB = Math.round(uploaded / 1e5) / 10;
    gls.forEach((gl, i) => (gl.bufferData = originals[i]));
    res.pixelRatio = s.pixelRatio;
    res.pickingDownSizingRatio = s.pickingDownSizingRatio;
    res.size = `${s.width}x${s.height}`;
    return res;
  });
  for (const [k, v] of Object.entries(out)) console.log(`${String(v).padStart(9)}  ${k}`);
  await page.evaluate(() => (globalThis as any).__newsgraph.app?.kill());
});
