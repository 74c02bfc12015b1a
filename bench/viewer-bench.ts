/* `any`: page.evaluate callbacks run in the browser */
/**
 * Viewer bench (npm run bench:viewer): generated graphs of 1k nodes / 2k relationships and 10k / 20k,
 * served by the real server, rendered by the real viewer in headless Chromium (SwiftShader, CPU only).
 *
 *   first render   navigation start -> first frame drawn (JSON fetched, graph built, sigma constructed, two
 *                  animation frames), and -> that frame presented on screen (from a trace, as below)
 *   filter single  hide/show a label, one change at a time with the page idle before each (previous change's
 *                  delayed full refresh done, GPU synchronised, two animation frames passed): the main-thread
 *                  time of the change (visibility recomputed + sigma refresh, median of 10), and the time from
 *                  the start of the change to its picture on screen, from a trace (median, max in parentheses);
 *                  the changes alternate hide (about half the relationships stay drawn) and show (all drawn),
 *                  whose pictures cost the CPU renderer very different times, so each also has its own median
 *   render only    sigma.render() with nothing changed, one at a time with the page idle before each (median
 *                  of 6): no reducer, no upload, no label grid, only drawing the same picture again; its time
 *                  to screen is what drawing the whole picture costs (rasterised by SwiftShader on the CPU),
 *                  the floor under any change that needs a new picture of every relationship
 *   filter burst   the same 10 changes made back to back in one task (main thread, median): under a CPU
 *                  renderer each change may wait for the GPU process to finish drawing the previous one, so
 *                  this is what dragging the time slider or 'play' costs per step, not what one click costs
 *   hover single   hover moving between nodes, one at a time with the page idle before each: focus + sigma
 *                  refresh on the main thread, and to screen (median of 19; the first hover, which fades
 *                  everything, left out)
 *   hover burst    the same 20 hovers back to back (main thread, median of 19; the first in parentheses)
 *   frame          render time per frame during an animated pan/zoom (median and p95): sigma's work on
 *                  the main thread, from beforeRender to afterRender
 *   screen         what the eye sees during a scripted drag (40 pointer moves) and 12 wheel notches, from
 *                  a Chromium trace (bench/tracePresentation.ts): the interval between presentations of new
 *                  pictures (a sigma render or a gesture transform), and wheel -> screen, from a wheel
 *                  event's timestamp to the presentation of the first picture made after it (median / p95)
 *   rAF            the same two from requestAnimationFrame timestamps (the first rAF after each new
 *                  picture), the bench's earlier measure, kept for comparison: it overstates the frame rate
 *                  when the compositor merges or drops main-thread frames (with GPU compositing on
 *                  SwiftShader: rAF 67 ms, screen 78 ms at 1k)
 *
 * Targets (issue 7): first render < 2 s, filter refresh < 50 ms, frame < 30 ms (smooth pan/zoom).
 * Usage: npm run bench:viewer [-- --sizes 1000,10000] [--json out.json] [--dist other/viz/dist] [--sigma hideEdgesOnMove=false,...] [--gesture off|layers|snapshot] [--chromium software,angle] [--query edges=full]
 * (`--sigma` overrides sigma settings in the page before measuring, to compare variants on the same build)
 */
import Graph from 'graphology';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startServer } from '../src/server';
import { seededRandom } from '../src/server/layout/seededRandom';
import { chromium } from 'playwright-core';
import { makeChanges } from './pageChanges';
import { traceEvents, activations, changeToPresentation, changesOnScreen, distinctPresentations, traceMarks, presentedCompositorFrames, type TraceEvent } from './tracePresentation';
import { buildViewer, chromiumAvailable, CHROMIUM, CHROMIUM_ARGS, openViewer, VIEWER_DIST, ROOT } from '../test/e2e/harness';

/**
 * How Chromium is launched (--chromium). 'angle' is the e2e tests' configuration: `--use-angle=swiftshader`
 * makes Chromium treat SwiftShader as its GPU, so compositing, rasterisation and 2D canvas all run as GL
 * through SwiftShader (chrome://gpu: "Compositing: Hardware accelerated"). 'software' is what Chrome
 * chooses by itself on a machine without a GPU (no GL flags): software compositing and rasterisation
 * (chrome://gpu: "Compositing: Software only"), SwiftShader for WebGL alone. A CPU-only user has the latter.
 */
export const LAUNCH: Record<string, string[]> = {
  angle: CHROMIUM_ARGS,
  software: CHROMIUM_ARGS.filter((a) => a !== '--use-angle=swiftshader'),
};

const LABELS = ['Person', 'Organization', 'Country', 'Location', 'Treaty', 'Event'];
const TYPES = ['LEADER_OF', 'WORKS_FOR', 'MEMBER_OF', 'ALLY_OF', 'LOCATED_IN', 'AGENT', 'TARGET', 'LOCATION'];

/** n nodes (a few articles among them), m relationships with a skewed degree distribution, dated events */
export function generateGraph(n: number, m: number, seed = 1): Graph {
  const rand = seededRandom(seed);
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const articles = Math.max(3, Math.round(n / 200));
  for (let i = 0; i < articles; i++)
    g.addNode(`article:${i}`, { labels: ['Article'], properties: { id: `article:${i}`, name: `Article ${i}`, title: `Article ${i}`, publisher: 'Bench', published: '2024-01-01' } });
  for (let i = articles; i < n; i++) {
    const label = LABELS[Math.floor(rand() * rand() * LABELS.length)]!;
    const props: Record<string, unknown> = { id: `n${i}`, name: `${label} ${i}`, aliases: [`N${i}`] };
    if (label === 'Event') {
      const y = 2000 + Math.floor(rand() * 25), mo = 1 + Math.floor(rand() * 12), d = 1 + Math.floor(rand() * 28);
      props.date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      props.sources = [`article:${i % articles}`];
      props.evidence = [`Event ${i} happened.`];
      props.confidence = 0.8;
    }
    g.addNode(`n${i}`, { labels: [label], properties: props });
  }
  const keys = g.nodes().slice(articles);
  for (let e = 0; e < m; e++) {
    // preferential-ish: squares of uniforms favour low indexes, so some nodes become hubs
    const s = keys[Math.floor(rand() * rand() * keys.length)]!;
    const t = keys[Math.floor(rand() * keys.length)]!;
    const type = TYPES[Math.floor(rand() * TYPES.length)]!;
    g.addEdgeWithKey(`e${e}`, s, t, { type, properties: { sources: [`article:${e % articles}`], evidence: [`Sentence ${e}.`], confidence: 0.9 } });
  }
  return g;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** the times of pictures seen on screen; a missing one (NaN) is left out of the median and counted in the table */
const seen = (xs: number[]) => xs.filter((x) => Number.isFinite(x));
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

interface Row {
  /** how Chromium was launched (LAUNCH) */
  chromium: string;
  /** what moved during drag/wheel: 'layers', 'snapshot', or 'off' (a sigma render per camera update) */
  gestureMode: string;
  nodes: number;
  edges: number;
  layoutMs: number;
  firstRenderMs: number;
  /** navigation start -> the first frame presented on screen (trace) */
  firstScreenMs: number;
  /** navigation start -> graph JSON parsed, -> graphology graph built */
  fetchedMs: number;
  builtMs: number;
  /** burst: main-thread time of each of 10 filter changes made back to back (median) */
  filterMs: number;
  /** burst: the same for 19 hovers back to back (median; the first hover, below, apart) */
  hoverMs: number;
  /** the first hover fades everything: every node and relationship is re-reduced */
  firstHoverMs: number;
  /** single: 10 filter changes, each with the page idle before it: main thread (median), change -> on screen (median, max) */
  filterSingleMs: number;
  filterSingleScreenMs: number;
  filterSingleScreenMaxMs: number;
  /** the same split: the hiding changes (even) and the showing ones (odd), main thread and to screen (medians of 5) */
  filterHideMs: number;
  filterHideScreenMs: number;
  filterShowMs: number;
  filterShowScreenMs: number;
  /** sigma.render() with nothing changed: main thread and to screen (medians of 6) */
  renderOnlyMs: number;
  renderOnlyScreenMs: number;
  /** single: 19 hovers (the first, which fades everything, left out), each with the page idle before it */
  hoverSingleMs: number;
  hoverSingleScreenMs: number;
  hoverSingleScreenMaxMs: number;
  /** the single changes' raw times (ms; NaN: the picture was not seen presented in the trace) */
  single: { filter: SingleChanges; hover: SingleChanges; render: SingleChanges };
  frameMedianMs: number;
  frameP95Ms: number;
  /** frames presented during the animation */
  frames: number;
  /** scripted drag + wheel: interval between presented frames, wheel -> paint (median, p95) */
  presentedMs: number;
  presentedP95Ms: number;
  presentedFrames: number;
  wheelToPaintMs: number;
  wheelToPaintP95Ms: number;
  /** the same two from the trace: when each new picture was presented on screen (median, p95) */
  screenMs: number;
  screenP95Ms: number;
  screenFrames: number;
  wheelToScreenMs: number;
  wheelToScreenP95Ms: number;
}

/** the sigma settings given with --sigma (key=value,...), applied in the page before measuring */
function sigmaOverrides(spec: string | undefined): Record<string, boolean | number | string> {
  const out: Record<string, boolean | number | string> = {};
  for (const kv of (spec ?? '').split(',').filter(Boolean)) {
    const [k, v = ''] = kv.split('=');
    out[k!] = v === 'true' ? true : v === 'false' ? false : Number.isFinite(Number(v)) && v !== '' ? Number(v) : v;
  }
  return out;
}

/** first rAF timestamps after each render in `renders`, deduplicated: the frames that showed something new */
export function presentedFrames(raf: number[], renders: number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const r of renders) {
    while (j < raf.length && raf[j]! <= r) j++;
    if (j < raf.length && out.at(-1) !== raf[j]) out.push(raf[j]!);
  }
  return out;
}

/** the time from each input to the first frame presented after the first render that followed it */
export function inputToPaint(inputs: number[], renders: number[], raf: number[]): number[] {
  const out: number[] = [];
  for (const t of inputs) {
    const r = renders.find((x) => x > t);
    const f = r === undefined ? undefined : raf.find((x) => x > r);
    if (f !== undefined) out.push(f - t);
  }
  return out;
}

/** what one scripted gesture gave: page timestamps (ms), and presentation times from the trace (ms, trace clock) */
interface GestureRecord {
  raf: number[];
  renders: number[];
  wheels: number[];
  /** presentation time of each new picture (render or transform), distinct, in order */
  shown: number[];
  /** wheel event -> presentation of the first picture made after it */
  wheelToShown: number[];
}

const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];

/**
 * A scripted drag and wheel zoom with real input events. The page marks each new picture (a sigma render,
 * a gesture transform) and each wheel event with performance.mark; a Chromium trace of the same time says
 * when each reached the screen (bench/tracePresentation.ts). The rAF timestamps are kept for comparison.
 */
async function dragAndWheel(browser: Browser, page: Page): Promise<GestureRecord> {
  await page.evaluate(() => {
    const w = globalThis as any;
    const rec = (w.__benchFrames = { raf: [] as number[], renders: [] as number[], wheels: [] as number[], wheelLag: [] as number[], on: true });
    const loop = (t: number) => {
      rec.raf.push(t);
      if (rec.on) (globalThis as any).requestAnimationFrame(loop);
    };
    (globalThis as any).requestAnimationFrame(loop);
    const picture = () => {
      rec.renders.push(performance.now());
      performance.mark('ng-picture');
    };
    w.__newsgraph.sigma.on('afterRender', picture);
    // with gestures on a CSS transform (ui/gestureView.ts) each transform shown is a new picture too
    w.__newsgraph.app.gesture?.onApply(picture);
    w.document.getElementById('graph').addEventListener(
      'wheel',
      (e: any) => {
        rec.wheels.push(e.timeStamp);
        rec.wheelLag.push(performance.now() - e.timeStamp); // from the input to this listener
        performance.mark('ng-wheel');
      },
      { capture: true, passive: true },
    );
  });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(cx - 200 + i * 10, cy - 100 + i * 5);
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, i < 6 ? -120 : 120);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(600);
  const rec = await page.evaluate(() => {
    const rec = (globalThis as any).__benchFrames;
    rec.on = false;
    return { raf: rec.raf as number[], renders: rec.renders as number[], wheels: rec.wheels as number[], wheelLag: rec.wheelLag as number[] };
  });
  const events = traceEvents(await browser.stopTracing());
  const marks = (name: string) => traceMarks(events, name);
  const pid = events.find((e) => e.name === 'ng-picture')?.pid ?? -1;
  const frames = presentedCompositorFrames(events, pid);
  const activated = activations(events, pid);
  const pictures = marks('ng-picture');
  const shown = distinctPresentations(changeToPresentation(pictures, activated, frames)).map((t) => t / 1000);
  const wheelMarks = marks('ng-wheel');
  // the first picture made after each wheel event, and when that reached the screen
  const wheelShown = changeToPresentation(
    wheelMarks.map((m) => pictures.find((p) => p > m) ?? Infinity),
    activated,
    frames,
  );
  const wheelToShown: number[] = [];
  wheelMarks.forEach((m, i) => {
    const p = wheelShown[i];
    // from the input (the mark is in the listener, wheelLag after the event's timestamp) to the screen
    if (p !== undefined) wheelToShown.push((p - m) / 1000 + (rec.wheelLag[i] ?? 0));
  });
  return { raf: rec.raf, renders: rec.renders, wheels: rec.wheels, shown, wheelToShown };
}

/** what one kind of change cost when made one at a time with the page idle before each */
interface SingleChanges {
  /** main thread: the change call, including the synchronous sigma refresh it makes */
  mainMs: number[];
  /** from the start of the change to the presentation of its picture on screen (trace) */
  screenMs: number[];
}

/**
 * Filter changes, hovers or renders with nothing changed, one at a time with the page idle before each
 * (bench/pageChanges.ts); a Chromium trace says when the first picture committed after each change's end
 * reached the screen (bench/tracePresentation.ts).
 */
async function singleChanges(browser: Browser, page: Page, kind: 'filter' | 'hover' | 'render', count: number): Promise<SingleChanges> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const mainMs = await makeChanges(page, kind, count);
  // a change whose picture never reached the screen within the trace counts as missing (NaN), not as fast
  const { screenMs } = changesOnScreen(traceEvents(await browser.stopTracing()));
  return { mainMs, screenMs };
}

async function benchOne(n: number, m: number, overrides: Record<string, boolean | number | string>, gestures: string, launch: string, dist: string, query = ''): Promise<Row> {
  const graph = generateGraph(n, m);
  const server = await startServer({ graph, staticDir: dist, port: 0 });
  const layoutMs = server.context.cache!.layout.ms;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH[launch], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // the first frame as the eye sees it: traced from navigation to the presentation of the first frame
    // drawn after sigma's construction (which draws it on the main thread)
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await openViewer(page, query ? `${server.url}?${query}` : server.url);
    await page.waitForTimeout(2000); // with GPU compositing on SwiftShader the first frame is presented up to ~1 s after ready
    const loadEvents = traceEvents(await browser.stopTracing());
    const constructedAt = await page.evaluate(() => (globalThis as any).__newsgraph.timings.constructed as number);
    const navigation = loadEvents.find((e) => e.name === 'navigationStart' && e.args && (e.args as any).data?.isLoadingMainFrame && (e.args as any).data?.documentLoaderURL?.startsWith('http'));
    const firstScreen =
      navigation === undefined
        ? undefined
        : changeToPresentation([navigation.ts + constructedAt * 1000], activations(loadEvents, navigation.pid!), presentedCompositorFrames(loadEvents, navigation.pid!))[0];
    const firstScreenMs = firstScreen === undefined || navigation === undefined ? NaN : (firstScreen - navigation.ts) / 1000;
    const gestureMode: string = await page.evaluate(
      ([o, gesture]) => {
        const ng = (globalThis as any).__newsgraph;
        for (const [k, v] of Object.entries(o)) ng.sigma.setSetting(k, v);
        if (gesture === 'off') ng.app.gesture?.kill();
        else if (ng.app.gesture && gesture) ng.app.gesture.mode = gesture;
        return gesture === 'off' || !ng.app.gesture ? 'off' : ng.app.gesture.mode;
      },
      [overrides, gestures] as const,
    );
    const timings = await page.evaluate(() => (globalThis as any).__newsgraph.timings);
    const filterMs = await page.evaluate(() => {
      const app = (globalThis as any).__newsgraph.app;
      const base = app.state.filters;
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        app.setFilters(i % 2 === 0 ? { ...base, hiddenLabels: [...base.hiddenLabels, 'Person'] } : base);
        times.push(performance.now() - t);
      }
      return times;
    });
    const hoverMs = await page.evaluate(() => {
      const ng = (globalThis as any).__newsgraph;
      const nodes: string[] = ng.graph.nodes().slice(10, 30);
      const times: number[] = [];
      for (const node of nodes) {
        const t = performance.now();
        ng.app.setHover(node);
        times.push(performance.now() - t);
      }
      ng.app.setHover(null);
      return times;
    });
    // the same changes one at a time, the page idle before each: what a user who clicks a filter sees
    const filterSingle = await singleChanges(browser, page, 'filter', 10);
    const hoverSingle = await singleChanges(browser, page, 'hover', 20);
    const renderOnly = await singleChanges(browser, page, 'render', 6);
    const parity = (xs: number[], odd: number) => xs.filter((_x, i) => i % 2 === odd);
    const frames = await page.evaluate(
      () =>
        new Promise<{ times: number[]; ends: number[]; raf: number[] }>((resolve) => {
          const sigma = (globalThis as any).__newsgraph.sigma;
          const times: number[] = [];
          const ends: number[] = [];
          const raf: number[] = [];
          let on = true;
          const loop = (t: number) => {
            raf.push(t);
            if (on) (globalThis as any).requestAnimationFrame(loop);
          };
          (globalThis as any).requestAnimationFrame(loop);
          let start = 0;
          const before = () => (start = performance.now());
          const after = () => {
            const t = performance.now();
            times.push(t - start);
            ends.push(t);
          };
          sigma.on('beforeRender', before);
          sigma.on('afterRender', after);
          const camera = sigma.getCamera();
          camera.animate({ x: 0.3, y: 0.6, ratio: 0.4 }, { duration: 1200 }).then(() =>
            camera.animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 1200 }).then(() => {
              sigma.off('beforeRender', before);
              sigma.off('afterRender', after);
              on = false;
              resolve({ times, ends, raf });
            }),
          );
        }),
    );
    const input = await dragAndWheel(browser, page);
    const shown = presentedFrames(input.raf, input.renders);
    const gaps = shown.slice(1).map((t, i) => t - shown[i]!);
    const wheelToPaint = inputToPaint(input.wheels, input.renders, input.raf);
    const screenGaps = input.shown.slice(1).map((t, i) => t - input.shown[i]!);
    await page.evaluate(() => (globalThis as any).__newsgraph.app.kill());
    return {
      chromium: launch,
      gestureMode,
      nodes: graph.order,
      edges: graph.size,
      layoutMs: Math.round(layoutMs),
      firstRenderMs: Math.round(timings.rendered),
      firstScreenMs: Math.round(firstScreenMs),
      fetchedMs: Math.round(timings.fetched),
      builtMs: Math.round(timings.built),
      filterMs: median(filterMs),
      hoverMs: median(hoverMs.slice(1)),
      firstHoverMs: hoverMs[0]!,
      filterSingleMs: median(filterSingle.mainMs),
      filterSingleScreenMs: median(seen(filterSingle.screenMs)),
      filterSingleScreenMaxMs: Math.max(...seen(filterSingle.screenMs)),
      filterHideMs: median(parity(filterSingle.mainMs, 0)),
      filterHideScreenMs: median(seen(parity(filterSingle.screenMs, 0))),
      filterShowMs: median(parity(filterSingle.mainMs, 1)),
      filterShowScreenMs: median(seen(parity(filterSingle.screenMs, 1))),
      renderOnlyMs: median(renderOnly.mainMs),
      renderOnlyScreenMs: median(seen(renderOnly.screenMs)),
      hoverSingleMs: median(hoverSingle.mainMs.slice(1)),
      hoverSingleScreenMs: median(seen(hoverSingle.screenMs.slice(1))),
      hoverSingleScreenMaxMs: Math.max(...seen(hoverSingle.screenMs.slice(1))),
      single: { filter: filterSingle, hover: hoverSingle, render: renderOnly },
      frameMedianMs: median(frames.times),
      frameP95Ms: p95(frames.times),
      frames: presentedFrames(frames.raf, frames.ends).length,
      presentedMs: median(gaps),
      presentedP95Ms: p95(gaps),
      presentedFrames: shown.length,
      wheelToPaintMs: median(wheelToPaint),
      wheelToPaintP95Ms: p95(wheelToPaint),
      screenMs: median(screenGaps),
      screenP95Ms: p95(screenGaps),
      screenFrames: input.shown.length,
      wheelToScreenMs: median(input.wheelToShown),
      wheelToScreenP95Ms: p95(input.wheelToShown),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log(`bench:viewer: skipped, ${CHROMIUM} not found (apt-get install chromium)`);
    return;
  }
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = (arg('--sizes') ?? '1000,10000').split(',').map(Number);
  const overrides = sigmaOverrides(arg('--sigma'));
  // --gesture off: a sigma render per camera update during drag/wheel, as before ui/gestureView.ts;
  // layers or snapshot: what the CSS transform moves (without the option: the viewer's default)
  const gestures = arg('--gesture') ?? '';
  // both by default: software is what a CPU-only user has, angle is what the e2e tests run
  const launches = (arg('--chromium') ?? 'software,angle').split(',');
  for (const l of launches) if (!LAUNCH[l]) throw new Error(`bench:viewer: --chromium ${l}: expected ${Object.keys(LAUNCH).join(', ')}`);
  // --dist DIR: serve a viewer built elsewhere (e.g. another worktree's viz/dist, to compare builds with the
  // same bench); without it the viewer is built from this tree
  const dist = arg('--dist');
  if (dist === undefined) buildViewer();
  const rows: Row[] = [];
  // --query edges=full: the page's address query (viewer settings outside the shareable hash, e.g. ?edges=)
  const query = arg('--query') ?? '';
  for (const launch of launches) for (const n of sizes) rows.push(await benchOne(n, n * 2, overrides, gestures, launch, dist ?? VIEWER_DIST, query));
  const missing = (xs: number[]) => (seen(xs).length < xs.length ? ` [${xs.length - seen(xs).length} not seen]` : '');
  const f = (x: number) => (x < 10 ? x.toFixed(1) : String(Math.round(x)));
  const header = ['chromium', 'gesture', 'nodes', 'rels', 'server layout ms', 'first render ms (<2000): json / built / drawn / on screen', 'filter single ms (<50): main thread / to screen (max)', 'filter hide; show ms: main / to screen', 'render only ms: main / to screen', 'filter burst ms: main thread', 'hover single ms: main thread / to screen (max)', 'hover burst ms: main thread (first)', 'frame ms median / p95 (<30)', 'rAF interval ms median / p95 (frames)', 'wheel -> rAF ms median / p95', 'screen interval ms median / p95 (frames)', 'wheel -> screen ms median / p95'];
  const lines = rows.map((r) =>
    [r.chromium, r.gestureMode, r.nodes, r.edges, r.layoutMs, `${r.fetchedMs} / ${r.builtMs} / ${r.firstRenderMs} / ${r.firstScreenMs}`, `${f(r.filterSingleMs)} / ${f(r.filterSingleScreenMs)} (${f(r.filterSingleScreenMaxMs)})${missing(r.single.filter.screenMs)}`, `${f(r.filterHideMs)} / ${f(r.filterHideScreenMs)}; ${f(r.filterShowMs)} / ${f(r.filterShowScreenMs)}`, `${f(r.renderOnlyMs)} / ${f(r.renderOnlyScreenMs)}${missing(r.single.render.screenMs)}`, f(r.filterMs), `${f(r.hoverSingleMs)} / ${f(r.hoverSingleScreenMs)} (${f(r.hoverSingleScreenMaxMs)})${missing(r.single.hover.screenMs.slice(1))}`, `${f(r.hoverMs)} (${f(r.firstHoverMs)})`, `${f(r.frameMedianMs)} / ${f(r.frameP95Ms)}`, `${f(r.presentedMs)} / ${f(r.presentedP95Ms)} (${r.presentedFrames})`, `${f(r.wheelToPaintMs)} / ${f(r.wheelToPaintP95Ms)}`, `${f(r.screenMs)} / ${f(r.screenP95Ms)} (${r.screenFrames})`, `${f(r.wheelToScreenMs)} / ${f(r.wheelToScreenP95Ms)}`].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => '| ' + cells.map((c, i) => c.padStart(widths[i]!)).join(' | ') + ' |';
  console.log(fmt(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const l of lines) console.log(fmt(l));
  const out = arg('--json') ?? join(ROOT, 'bench', 'results', 'viewer-bench.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ when: new Date().toISOString(), sigma: overrides, gestures, query, rows }, null, 2) + '\n');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
