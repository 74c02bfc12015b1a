/**
 * Does coalescing sigma refreshes to one per animation frame pay off during a burst of changes? A real
 * pointer drag of the time slider's start thumb (40 moves sent as fast as the page takes them), at 10k
 * nodes / 20k relationships, once with the viewer as built (each change refreshes and renders
 * synchronously) and once with sigma.refresh patched in the page to schedule its render for the next
 * animation frame (sigma's `schedule: true`: the reducers still run in the change, the render is shared by
 * all changes of a frame). Reports, for each: the drag's wall time from the first move to the last picture
 * drawn (GPU synchronised), the number of changes and of renders, and the main-thread time in renders.
 * Exploratory tool (viz/README.md, Speed).
 * Usage: ts-node --transpile-only bench/slider-drag-probe.ts [--nodes 10000] [--chromium software|angle] [--reps 3] [--no-build]
 */
import { installGpuTiming } from './gpuTiming';
import { openProbePage, runBrowserProbe } from './probeSetup';

runBrowserProbe(3, async ({ launch, reps, url, browser }) => {
  for (let rep = 0; rep < reps; rep++)
    for (const variant of ['sync', 'scheduled'] as const) {
      const page = await openProbePage(browser, url);
      await installGpuTiming(page, 1);
      await page.evaluate((variant) => {
        const w = globalThis as any;
        const { sigma, app } = w.__newsgraph;
        if (variant === 'scheduled') {
          const refresh = sigma.refresh.bind(sigma);
          sigma.refresh = (o?: any) => refresh({ ...o, schedule: true });
        }
        const rec = (w.__probe = { changes: 0, renders: 0, inRender: 0, start: 0 });
        app.onChange(() => rec.changes++);
        sigma.on('beforeRender', () => (rec.start = performance.now()));
        sigma.on('afterRender', () => {
          rec.renders++;
          rec.inRender += performance.now() - rec.start;
        });
      }, variant);
      const box = (await page.getByTestId('time-from').boundingBox())!;
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + 4, y);
      await page.mouse.down();
      await page.evaluate(() => ((globalThis as any).__probe.t0 = performance.now()));
      for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 4 + (i * (box.width - 8)) / 80, y);
      await page.mouse.up();
      const out = await page.evaluate(async () => {
        const w = globalThis as any;
        const frame = () => new Promise((r) => w.requestAnimationFrame(r));
        await frame(); // a scheduled render runs here
        w.__probeSync();
        const rec = w.__probe;
        return { wallMs: Math.round(performance.now() - rec.t0), changes: rec.changes, renders: rec.renders, inRenderMs: Math.round(rec.inRender) };
      });
      console.log(`${launch} ${variant.padEnd(9)} drag to last picture drawn ${String(out.wallMs).padStart(5)} ms, changes ${out.changes}, renders ${out.renders}, main thread in renders ${out.inRenderMs} ms`);
      await page.evaluate(() => (globalThis as any).__newsgraph.app?.kill());
      await page.close();
    }
});
