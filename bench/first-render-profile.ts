/**
 * Where the first render of the viewer spends its time: one traced load of a generated graph, summed per
 * thread and event name between navigation start and the first frame on screen. Exploratory tool.
 * Usage: ts-node --transpile-only bench/first-render-profile.ts [--nodes 10000] [--chromium software|angle] [--runs 1] [--trace out.json]
 */
import { writeFileSync } from 'node:fs';
import { activations, changeToPresentation, presentedCompositorFrames, threadBusy, threadNames, traceEvents, type TraceEvent } from './tracePresentation';
import { openViewer } from '../test/e2e/harness';
import { arg, launchProbeBrowser, probeOptions, probeServer, runProbe } from './probeSetup';


const CATEGORIES = ['disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'devtools.timeline', 'gpu', 'viz', 'toplevel', 'cc', 'v8', 'blink', 'disabled-by-default-devtools.timeline'];

async function main(): Promise<void> {
  const { n, launch, args } = probeOptions();
  const runs = Number(arg('--runs', '1'));
  const server = await probeServer(n);
  try {
    for (let run = 0; run < runs; run++) {
      const browser = await launchProbeBrowser(args);
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await browser.startTracing(page, { categories: CATEGORIES });
        await openViewer(page, server.url);
        await page.waitForTimeout(2500);
        const buf = await browser.stopTracing();
        const events: TraceEvent[] & any[] = traceEvents(buf);
        if (run === 0 && process.argv.includes('--trace')) writeFileSync(arg('--trace', '/tmp/trace.json'), buf);
        const t = await page.evaluate(() => (globalThis as any).__newsgraph.timings);
        const nav: any = (events as any[]).find((e: any) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.startsWith('http'));
        if (!nav) throw new Error('first-render-profile: no navigationStart in the trace');
        const shown = changeToPresentation([nav.ts + t.constructed * 1000], activations(events, nav.pid), presentedCompositorFrames(events, nav.pid))[0];
        const end = shown ?? nav.ts + 4e6;
        console.log(`run ${run}: json ${Math.round(t.fetched)} built ${Math.round(t.built)} constructed ${Math.round(t.constructed)} drawn ${Math.round(t.rendered)} on screen ${shown ? Math.round((shown - nav.ts) / 1000) : '-'}`);
        // per thread: top-level busy time (X events not nested in another X of the same thread) and per-name totals
        const { threads: names, processes: pnames } = threadNames(events);
        for (const p of threadBusy(events, [[nav.ts, end]]).slice(0, 6)) {
          console.log(`  ${pnames.get(p.pid) ?? p.pid} / ${names.get(p.thread) ?? p.thread}: busy ${Math.round(p.busy / 1000)} ms`);
          const top = [...p.byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
          for (const [name, d] of top) console.log(`      ${String(Math.round(d / 1000)).padStart(6)} ms  ${name}`);
        }
        // timeline of the GPU main thread's long events after construction
        const marks = (events as any[]).filter((e) => e.ts >= nav.ts && e.ts < end && e.dur > 20000).sort((a, b) => a.ts - b.ts);
        console.log('  events > 20 ms (start ms from navigation, dur ms, thread, name):');
        for (const e of marks) console.log(`    ${String(Math.round((e.ts - nav.ts) / 1000)).padStart(6)} ${String(Math.round(e.dur / 1000)).padStart(6)}  ${(names.get(`${e.pid}:${e.tid}`) ?? '').padEnd(18)} ${e.name} ${e.args?.data?.functionName ?? ''}`);
        await page.evaluate(() => (globalThis as any).__newsgraph.app?.kill());
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}

runProbe(main);
