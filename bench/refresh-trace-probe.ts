/* `any`: page.evaluate callbacks run in the browser */
/**
 * Where the time between a change on the main thread and its picture on screen goes: one traced change at a
 * time (the page idle before it, as in viewer-bench's 'single'), for several kinds of change, with every
 * thread's busy time and slices between the change and the presentation of its picture (summed per thread
 * and slice name, per change; then the timeline of the last change). Exploratory tool (viz/README.md, Speed).
 * The GPU process's work shows as `ContextVk::finishImpl` inside a readback: SwiftShader executing the queued
 * draws when someone waits for them (the renderer's compositor reading the WebGL canvas back under software
 * compositing, the display's SwapBuffers with --use-angle=swiftshader).
 *   filter  hide/show a label (app.setFilters)      hover   app.setHover on a node
 *   render  sigma.render() with nothing changed      refresh sigma.refresh() with nothing changed
 * Usage: ts-node --transpile-only bench/refresh-trace-probe.ts [--nodes 10000] [--chromium software|angle]
 *        [--kinds filter,render] [--reps 5] [--trace /tmp/t.json] [--min 1]
 */
import { writeFileSync } from 'node:fs';
import { changesOnScreen, threadBusy, threadNames, traceEvents } from './tracePresentation';
import { makeChanges, type ChangeKind } from './pageChanges';
import { arg, openProbePage, runBrowserProbe } from './probeSetup';

const CATEGORIES = ['disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'devtools.timeline', 'gpu', 'viz', 'toplevel', 'cc', 'disabled-by-default-gpu.service', 'gpu.angle', 'blink'];

runBrowserProbe(5, async ({ n, launch, reps, url, browser }) => {
  const kinds = arg('--kinds', 'filter,render,hover').split(',');
  const minMs = Number(arg('--min', '1'));
  const page = await openProbePage(browser, url);
  for (const kind of kinds) {
    await browser.startTracing(page, { categories: CATEGORIES });
    const main = await makeChanges(page, kind as ChangeKind, reps);
    const buf = await browser.stopTracing();
    const events: any[] = traceEvents(buf);
    if (process.argv.includes('--trace')) writeFileSync(arg('--trace', '/tmp/t.json').replace(/\.json$/, `-${kind}.json`), buf);
    const { threads: names, processes: pnames } = threadNames(events);
    const { starts, shown, screenMs: screen } = changesOnScreen(events);
    console.log(`\n== ${launch} ${n} ${kind}: main ${main.map((x) => x.toFixed(1)).join(' ')} | to screen ${screen.map((x) => x.toFixed(0)).join(' ')}`);
    // per thread busy time within [start, shown] summed over reps, and per-name totals
    const windows = starts.map((s, i) => [s, shown[i] ?? s + 300000] as const);
    for (const p of threadBusy(events, windows).slice(0, 6)) {
      console.log(`  ${pnames.get(p.pid) ?? p.pid} / ${names.get(p.thread) ?? p.thread}: busy ${(p.busy / 1000 / starts.length).toFixed(1)} ms per change`);
      const top = [...p.byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
      for (const [name, d] of top) console.log(`      ${(d / 1000 / starts.length).toFixed(1).padStart(7)} ms  ${name}`);
    }
    // the timeline of the last rep: slices >= minMs
    const i = starts.length - 1;
    const s = starts[i]!, e = shown[i] ?? s + 300000;
    console.log(`  timeline of the last change (ms from its start; presented at ${((e - s) / 1000).toFixed(0)}):`);
    const xs = events.filter((ev) => ev.ph === 'X' && ev.ts >= s - 2000 && ev.ts < e && (ev.dur ?? 0) >= minMs * 1000).sort((a, b) => a.ts - b.ts);
    for (const ev of xs) console.log(`    ${((ev.ts - s) / 1000).toFixed(1).padStart(7)} ${(ev.dur / 1000).toFixed(1).padStart(7)}  ${(pnames.get(ev.pid) ?? '').slice(0, 10).padEnd(10)} ${(names.get(`${ev.pid}:${ev.tid}`) ?? '').padEnd(22)} ${ev.name}`);
  }
  await page.evaluate(() => (globalThis as any).__newsgraph.app?.kill());
});
