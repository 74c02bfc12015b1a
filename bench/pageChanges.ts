/* `any`: page.evaluate callbacks run in the browser */
/**
 * Changes made in the viewer one at a time with the page idle before each, for the viewer bench and the
 * refresh trace probe: the previous change's delayed work done (the full refresh app.ts schedules
 * REINDEX_AFTER_MS after a filter change), the GPU process synchronised (a 1-pixel readPixels on each
 * WebGL context returns once everything drawn into it is done) and two animation frames passed, so the
 * previous picture is on screen. The page marks each change's start and end (`ng-change-start`,
 * `ng-change-end`) for a trace to find.
 */
import type { Page } from 'playwright-core';
import { installGpuTiming } from './gpuTiming';

/**
 * filter: hide/show a label (alternating); hover: move between nodes; render: sigma.render() with nothing
 * changed; refresh: sigma.refresh() with nothing changed
 */
export type ChangeKind = 'filter' | 'hover' | 'render' | 'refresh';

/** makes `count` changes of `kind`; gives each one's main-thread time (ms), and leaves the view as it was */
export async function makeChanges(page: Page, kind: ChangeKind, count: number): Promise<number[]> {
  await installGpuTiming(page, 1);
  return page.evaluate(
    async ([kind, count]) => {
      const w = globalThis as any;
      const { app, sigma, graph } = w.__newsgraph;
      const sync: () => void = w.__probeSync;
      const frame = () => new Promise((r) => w.requestAnimationFrame(r));
      const idle = async () => {
        await new Promise((r) => setTimeout(r, 600)); // > REINDEX_AFTER_MS (400)
        sync();
        await frame();
        await frame();
        sync();
      };
      const base = app.state.filters;
      const nodes: string[] = graph.nodes().slice(10, 10 + count);
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        await idle();
        performance.mark('ng-change-start');
        const t = performance.now();
        if (kind === 'filter') app.setFilters(i % 2 === 0 ? { ...base, hiddenLabels: [...base.hiddenLabels, 'Person'] } : base);
        else if (kind === 'hover') app.setHover(nodes[i]);
        else if (kind === 'render') sigma.render();
        else sigma.refresh();
        times.push(performance.now() - t);
        performance.mark('ng-change-end');
      }
      await idle();
      if (kind === 'hover') app.setHover(null);
      if (kind === 'filter') app.setFilters(base);
      await idle();
      return times;
    },
    [kind, count] as const,
  );
}
