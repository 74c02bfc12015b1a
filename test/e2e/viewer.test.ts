/* `any`: browser globals are reached through (globalThis as any) */
/**
 * The viewer end to end: the real server on a random port with the fixture graph, Debian's chromium
 * headless (SwiftShader WebGL 2). Skips, saying why, when chromium is not installed.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server';
import { generateGraph } from '../../bench/viewer-bench';
import { buildViewer, chromiumAvailable, CHROMIUM, closeViewer, collectConsoleErrors, launchChromium, openViewer, ROOT, VIEWER_DIST } from './harness';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'viewer', 'graph.json');
const PUTIN = 'person:vladimir-putin';
const XSS = '<img src=x onerror=alert(1)>';

describe('viewer end to end (headless chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  let errors: string[];
  let dialogs: string[];

  before(async function () {
    if (!chromiumAvailable()) {
      console.log(`    (skipped: ${CHROMIUM} not found; install Debian's chromium package, as .ci/run does)`);
      this.skip();
    }
    buildViewer();
    server = await startServer({ graphPath: FIXTURE, staticDir: VIEWER_DIST, port: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    if (!browser) return;
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    errors = collectConsoleErrors(page);
    dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterEach(async function () {
    if (!page) return;
    await closeViewer(page);
    if (this.currentTest?.state === 'passed') expect(errors, 'console errors').to.deep.equal([]);
  });

  const ng = <T>(fn: (n: any) => T) => page.evaluate(`(${fn.toString()})(globalThis.__newsgraph)`) as Promise<T>;
  const display = (kind: 'Node' | 'Edge', key: string) =>
    page.evaluate(([k, key]) => (globalThis as any).__newsgraph.sigma[`get${k}DisplayData`](key), [kind, key] as const);
  /** viewport point of a node, in page coordinates */
  async function nodePoint(key: string): Promise<{ x: number; y: number }> {
    const box = (await page.locator('#graph').boundingBox())!;
    const p = await page.evaluate((k) => {
      const s = (globalThis as any).__newsgraph.sigma;
      return s.framedGraphToViewport(s.getNodeDisplayData(k));
    }, key);
    return { x: box.x + p.x, y: box.y + p.y };
  }

  it('loads: graph, legend with counts, no error message', async () => {
    await openViewer(page, server.url);
    expect(await ng((n) => [n.graph.order, n.graph.size, n.error])).to.deep.equal([31, 74, null]);
    // webgl-probe.js names the renderer (SwiftShader here); a small graph keeps its relationships while moving
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.dataset.webglRenderer)).to.match(/SwiftShader/i);
    expect(await ng((n) => n.sigma.getSetting('hideEdgesOnMove'))).to.equal(false);
    expect(await page.getByTestId('filter-label-Person').isChecked()).to.equal(true);
    expect(await page.getByTestId('filter-label-Article').isChecked()).to.equal(false);
    const personRow = page.locator('.legend-row', { has: page.getByTestId('filter-label-Person') });
    expect(await personRow.locator('.count').textContent()).to.equal('6');
    expect(await page.getByTestId('fatal').count()).to.equal(0);
    const shot = await page.locator('#graph').screenshot({ path: '/tmp/newsgraph-e2e-load.png' });
    expect(shot.length).to.be.greaterThan(10_000); // a drawn graph, not a blank canvas
  });

  it('search "Putin": keyboard choice selects the node, moves the camera and shows evidence', async () => {
    await openViewer(page, server.url);
    const before = await ng((n) => n.sigma.getCamera().getState());
    await page.getByTestId('search').fill('Putin');
    await page.getByTestId('search-result').first().waitFor();
    expect(await page.getByTestId('search-result').first().textContent()).to.contain('Vladimir Putin');
    await page.getByTestId('search').press('ArrowDown');
    await page.getByTestId('search').press('ArrowUp');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('details-name').waitFor();
    expect(await page.getByTestId('details-name').textContent()).to.equal('Vladimir Putin');
    expect(await page.getByTestId('evidence').count()).to.be.greaterThan(3);
    expect(await page.getByTestId('details').textContent()).to.contain('Mr Putin, who has led Russia');
    await page.waitForFunction(() => {
      const s = (globalThis as any).__newsgraph.sigma;
      const c = s.getCamera().getState(), d = s.getNodeDisplayData('person:vladimir-putin');
      return Math.abs(c.x - d.x) < 1e-3 && Math.abs(c.y - d.y) < 1e-3; // the camera animation has landed
    });
    const [cam, node] = await ng((n) => [n.sigma.getCamera().getState(), n.sigma.getNodeDisplayData('person:vladimir-putin')]);
    expect(cam.x).to.be.closeTo(node.x, 1e-3);
    expect(cam.y).to.be.closeTo(node.y, 1e-3);
    expect([cam.x, cam.y]).not.to.deep.equal([before.x, before.y]);
    expect(await page.evaluate(() => (globalThis as any).location.hash)).to.contain('n=person%3Avladimir-putin');
    await page.screenshot({ path: '/tmp/newsgraph-e2e-search.png' });
  });

  it('hover highlights the neighbourhood through the reducers, and only while hovering', async () => {
    await openViewer(page, server.url);
    const p = await nodePoint(PUTIN);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => (globalThis as any).__newsgraph.app.state.hoveredNode === 'person:vladimir-putin');
    const [rus, chn, rusColor] = await Promise.all([display('Node', 'country:rus'), display('Node', 'country:chn'), ng((n) => n.graph.getNodeAttribute('country:rus', 'color'))]);
    expect(rus.color).to.equal(rusColor);
    expect(chn.color).to.equal('#e6e6e6');
    expect(await ng((n) => n.graph.getNodeAttribute('country:chn', 'color'))).not.to.equal('#e6e6e6'); // the graph is untouched
    await page.screenshot({ path: '/tmp/newsgraph-e2e-hover.png' });
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => (globalThis as any).__newsgraph.app.state.hoveredNode === null);
    expect((await display('Node', 'country:chn')).color).not.to.equal('#e6e6e6');
  });

  it('on a big graph (partial refreshes) the hovered neighbourhood is drawn above the faded nodes and relationships', async function () {
    this.timeout(120_000);
    const own = await startServer({ graph: generateGraph(2000, 4000), staticDir: VIEWER_DIST, port: 0, layoutIterations: 20 });
    try {
      await openViewer(page, own.url);
      expect(await ng((n) => n.graph.order + n.graph.size >= 5000)).to.equal(true); // the partial-refresh path (app.ts PARTIAL_REFRESH_FROM)
      // a big graph: relationships are not drawn while the camera moves (state/moveRendering.ts)
      expect(await ng((n) => n.sigma.getSetting('hideEdgesOnMove'))).to.equal(true);
      // sigma draws each program's items in buffer order: a later slot is drawn on top
      const order = (hub: string) =>
        page.evaluate((key) => {
          const { app, graph, sigma } = (globalThis as any).__newsgraph;
          app.setHover(key);
          const focusNodes = new Set<string>([key, ...graph.neighbors(key)]);
          const focusEdges = new Set<string>(graph.edges(key));
          const s = sigma as any;
          const worst = { focusedNode: Infinity, fadedNode: -Infinity, focusedEdge: {} as Record<string, number>, fadedEdge: {} as Record<string, number> };
          graph.forEachNode((k: string) => {
            if (s.nodeDataCache[k].hidden) return;
            const i = s.nodeProgramIndex[k];
            if (focusNodes.has(k)) worst.focusedNode = Math.min(worst.focusedNode, i);
            else worst.fadedNode = Math.max(worst.fadedNode, i);
          });
          graph.forEachEdge((e: string) => {
            const d = s.edgeDataCache[e];
            if (d.hidden) return;
            const i = s.edgeProgramIndex[e];
            if (focusEdges.has(e)) worst.focusedEdge[d.type] = Math.min(worst.focusedEdge[d.type] ?? Infinity, i);
            else worst.fadedEdge[d.type] = Math.max(worst.fadedEdge[d.type] ?? -Infinity, i);
          });
          return { ...worst, neighbours: focusNodes.size - 1, faded: s.nodeDataCache[graph.nodes().find((k: string) => !focusNodes.has(k) && !s.nodeDataCache[k].hidden)].color };
        }, hub);
      // the first hover (fading starts), then moving to another node: both partial refreshes
      for (const hub of ['n20', 'n11']) {
        const o = await order(hub);
        expect(o.neighbours, hub).to.be.greaterThan(3);
        expect(o.faded).to.equal('#e6e6e6');
        expect(o.focusedNode, `${hub}: first neighbour slot after the last faded node`).to.be.greaterThan(o.fadedNode);
        for (const type of Object.keys(o.focusedEdge)) expect(o.focusedEdge[type], `${hub}: ${type} relationships`).to.be.greaterThan(o.fadedEdge[type] ?? -1);
      }
      await page.evaluate(() => (globalThis as any).__newsgraph.app.kill());
    } finally {
      await own.close();
    }
  });

  for (const mode of ['layers', 'snapshot'])
  it(`drag + wheel (${mode}) move the last picture by a CSS transform, then one render lands on the camera a direct move gives`, async () => {
    await openViewer(page, server.url);
    expect(await ng((n) => n.app.gesture !== null)).to.equal(true); // SwiftShader: gestures on a transform
    await page.evaluate((m) => {
      (globalThis as any).__newsgraph.app.gesture.mode = m;
    }, mode);
    await page.evaluate(() => {
      const w = globalThis as any;
      w.__gestureRenders = 0;
      w.__newsgraph.sigma.on('afterRender', () => w.__gestureRenders++);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(cx + i * 15, cy + i * 8);
    // mid-gesture: sigma has not re-rendered per move; the transform puts the rendered picture of a node
    // (sigma's last matrix) where the current camera shows it
    const mid = await page.evaluate((key) => {
      const w = globalThis as any, s = w.__newsgraph.sigma;
      const d = s.getNodeDisplayData(key);
      // the moved element: sigma's nodes layer ('layers') or the one snapshot canvas, sigma's hidden ('snapshot')
      const moved = [...w.document.querySelectorAll('#graph canvas')].filter((c: any) => c.style.transform && c.style.visibility !== 'hidden');
      const m = /translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(moved[0]?.style.transform ?? '');
      const shown = [...w.document.querySelectorAll('#graph canvas')].filter((c: any) => c.style.visibility !== 'hidden' && c.style.display !== 'none').length;
      return { renders: w.__gestureRenders, m: m && m.slice(1).map(Number), drawn: s.framedGraphToViewport(d), now: s.framedGraphToViewport(d, { cameraState: s.getCamera().getState() }), mouse: s.getCanvases().mouse.style.transform, shown };
    }, PUTIN);
    // no render per move; 'snapshot' copies what is on screen (sigma keeps its WebGL buffers), no render either
    expect(mid.renders).to.be.below(mode === 'snapshot' ? 1 : 3);
    expect(mid.shown).to.equal(mode === 'layers' ? 7 : 2); // sigma's 7 canvases, or the snapshot and the mouse layer
    expect(mid.m, 'a transform on the nodes layer').to.not.equal(null);
    const [tx, ty, sc] = mid.m!;
    expect(sc! * mid.drawn.x + tx!).to.be.closeTo(mid.now.x, 0.5);
    expect(sc! * mid.drawn.y + ty!).to.be.closeTo(mid.now.y, 0.5);
    expect(Math.hypot(mid.now.x - mid.drawn.x, mid.now.y - mid.drawn.y)).to.be.greaterThan(100); // it did move
    expect(mid.mouse).to.equal(''); // the mouse layer stays put: pointer coordinates stay true
    await page.mouse.up();
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(60);
    }
    await page.waitForFunction(() => !(globalThis as any).__newsgraph.app.gesture.gestureActive && !(globalThis as any).__newsgraph.sigma.getCamera().isAnimated());
    await page.waitForTimeout(100);
    const end = await page.evaluate((key) => {
      const s = (globalThis as any).__newsgraph.sigma;
      const d = s.getNodeDisplayData(key);
      const cam = s.getCamera().getState();
      const all = [...(globalThis as any).document.querySelectorAll('#graph canvas')];
      const transforms = all.map((c: any) => c.style.transform);
      const shown = all.filter((c: any) => c.style.visibility !== 'hidden' && c.style.display !== 'none').length;
      return { cam, transforms, shown, drawn: s.framedGraphToViewport(d), direct: s.framedGraphToViewport(d, { cameraState: cam }) };
    }, PUTIN);
    expect(end.cam.ratio).to.be.below(1); // the wheel zoomed in
    expect(end.transforms.every((t) => t === '')).to.equal(true);
    expect(end.shown).to.equal(7); // sigma's own canvases again
    // the last render was made at the final camera: sigma's matrix maps a node where the camera state does
    expect(end.drawn.x).to.be.closeTo(end.direct.x, 1e-6);
    expect(end.drawn.y).to.be.closeTo(end.direct.y, 1e-6);
    // and the picture is what a direct camera move to that state draws
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => (globalThis as any).__newsgraph.app.state.hoveredNode === null);
    await page.waitForTimeout(50);
    const settled = await page.locator('#graph').screenshot();
    await page.evaluate((cam) => {
      const s = (globalThis as any).__newsgraph.sigma;
      s.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      s.getCamera().setState(cam);
      s.refresh();
    }, end.cam);
    await page.waitForTimeout(100);
    expect(Buffer.compare(settled, await page.locator('#graph').screenshot())).to.equal(0);
    // the URL follows the camera; hover and click work on the new picture
    await page.waitForFunction((c) => {
      const v = (new URLSearchParams((globalThis as any).location.hash.slice(1)).get('cam') ?? '').split(',').map(Number);
      return v.length === 4 && Math.abs(v[0]! - c.x) < 1e-3 && Math.abs(v[1]! - c.y) < 1e-3 && Math.abs(v[2]! - c.ratio) < 1e-3;
    }, end.cam);
    const p = await nodePoint(PUTIN);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => (globalThis as any).__newsgraph.app.state.hoveredNode === 'person:vladimir-putin');
    await page.mouse.click(p.x, p.y);
    expect(await page.getByTestId('details-name').textContent()).to.equal('Vladimir Putin');
  });

  /** channel values that differ between two PNG screenshots (decoded in the page), and the largest difference */
  async function pixelDiff(a: Buffer, b: Buffer): Promise<{ changed: number; max: number; channels: number }> {
    return page.evaluate(
      async ([pa, pb]) => {
        const w = globalThis as any;
        const load = async (b64: string) => {
          const bitmap = await w.createImageBitmap(new w.Blob([Uint8Array.from(w.atob(b64), (ch: string) => ch.charCodeAt(0))], { type: 'image/png' }));
          const ctx = new w.OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data as Uint8ClampedArray;
        };
        const [x, y] = [await load(pa), await load(pb)];
        let changed = 0, max = 0;
        for (let i = 0; i < x.length; i++) {
          const d = Math.abs(x[i]! - y[i]!);
          if (d) (changed++, (max = Math.max(max, d)));
        }
        return { changed, max: x.length === y.length ? max : Infinity, channels: x.length };
      },
      [a.toString('base64'), b.toString('base64')],
    );
  }

  it('the snapshot a gesture moves is the picture sigma drew (no render at its start); the settled one is exact', async () => {
    await openViewer(page, server.url);
    await page.evaluate(() => {
      const w = globalThis as any;
      w.__newsgraph.app.gesture.mode = 'snapshot';
      w.__newsgraph.sigma.refresh(); // the picture on screen, in a task before the gesture
    });
    await page.mouse.move(5, 5);
    await page.waitForTimeout(100);
    const before = await page.locator('#graph').screenshot();
    // a gesture whose camera update does not move the camera: the snapshot is shown at the identity
    const shown = await page.evaluate(() => {
      const w = globalThis as any, s = w.__newsgraph.sigma;
      let renders = 0;
      s.on('afterRender', () => renders++);
      s.getCanvases().mouse.dispatchEvent(new w.PointerEvent('pointerdown', { bubbles: true }));
      s.getCamera().emit('updated', s.getCamera().getState()); // setState emits only on a change
      const canvases = [...w.document.querySelectorAll('#graph canvas')];
      return { renders, visible: canvases.filter((c: any) => c.style.visibility !== 'hidden' && c.style.display !== 'none').length };
    });
    expect(shown).to.deep.equal({ renders: 0, visible: 2 }); // the snapshot and the mouse layer
    await page.waitForTimeout(50);
    // blending six layers into one canvas rounds a few premultiplied values differently: at most 1 level
    const diff = await pixelDiff(before, await page.locator('#graph').screenshot());
    expect(diff.max, `${diff.changed} channel values differ`).to.be.at.most(1);
    expect(diff.changed).to.be.below(diff.channels / 1000);
    await page.evaluate(() => (globalThis as any).dispatchEvent(new (globalThis as any).PointerEvent('pointerup')));
    await page.waitForFunction(() => !(globalThis as any).__newsgraph.app.gesture.gestureActive);
    await page.waitForTimeout(100);
    expect(await ng((n) => [...n.sigma.getContainer().querySelectorAll('canvas')].filter((c: any) => c.style.visibility !== 'hidden' && c.style.display !== 'none').length)).to.equal(7);
    expect(Buffer.compare(before, await page.locator('#graph').screenshot())).to.equal(0);
  });

  it('under a CPU renderer sigma draws without instancing and picks on demand (ui/flatPrograms.ts): the same picture and picks as its instanced programs', async () => {
    await openViewer(page, server.url);
    const programs = await ng((n) => {
      const s = n.sigma;
      const subs = (p: any) => p.programs ?? [p];
      // the viewer's types (sigma also registers its defaults, arrow and line, which nothing here uses)
      const all = [s.nodePrograms.circle, s.edgePrograms.straight, s.edgePrograms.curved].flatMap(subs) as any[];
      const curved = n.graph.filterEdges((_e: string, a: any) => a.type === 'curved').length;
      return { instanced: all.filter((p) => p.isInstanced).length, flat: all.length, curved };
    });
    expect(programs.instanced, 'instanced programs').to.equal(0);
    expect(programs.curved, 'the fixture has parallel relationships').to.be.greaterThan(0);
    // hover and a selection so that emphasised, faded and curved items are all in the picture
    await ng((n) => {
      n.app.select({ kind: 'node', key: 'person:vladimir-putin' });
      n.sigma.refresh();
    });
    await page.waitForTimeout(100);
    const flat = await page.locator('#graph').screenshot();
    // picking on demand (ui/preservingSigma.ts): the render left its picking passes undrawn; the first
    // pick draws them, and what is picked over a grid of points equals sigma's eager picking (below)
    const picks = () =>
      ng((n) => {
        const s = n.sigma;
        const { width, height } = s.getDimensions();
        const out: string[] = [];
        for (let x = 5; x < width; x += 9) for (let y = 5; y < height; y += 9) out.push(`${s.getNodeAtPosition({ x, y }) ?? '-'} ${s.getEdgeAtPoint(x, y) ?? '-'}`);
        return out;
      });
    expect(await ng((n) => n.sigma.pickingPending)).to.equal(true);
    const flatPicks = await picks();
    expect(await ng((n) => n.sigma.pickingPending)).to.equal(false);
    expect(new Set(flatPicks.map((p) => p.split(' ')[0]).filter((k) => k !== '-')).size, 'nodes picked').to.be.greaterThan(10);
    expect(new Set(flatPicks.map((p) => p.split(' ')[1]).filter((k) => k !== '-')).size, 'relationships picked').to.be.greaterThan(10);
    // the classes sigma published: each flat class names its own; the straight compound is rebuilt here
    await ng((n) => {
      const s = n.sigma;
      const base = (C: any) => C.instancedClass;
      const [Clamped, Head] = s.edgePrograms.straight.programs.map((p: any) => base(p.constructor));
      class Straight {
        programs: any[];
        drawLabel = undefined;
        constructor(...args: any[]) {
          this.programs = [new Clamped(...args), new Head(...args)];
        }
        reallocate(c: number) {
          for (const p of this.programs) p.reallocate(c);
        }
        process(...args: any[]) {
          for (const p of this.programs) p.process(...args);
        }
        render(params: any) {
          for (const p of this.programs) p.render(params);
        }
        kill() {
          for (const p of this.programs) p.kill();
        }
      }
      const edges = s.getSetting('edgeProgramClasses');
      s.setSetting('nodeProgramClasses', { circle: base(s.getSetting('nodeProgramClasses').circle) });
      s.setSetting('edgeProgramClasses', { straight: Straight, curved: base(edges.curved) });
      s.refresh();
    });
    await page.waitForTimeout(100);
    expect(await ng((n) => [n.sigma.nodePrograms.circle, n.sigma.edgePrograms.straight, n.sigma.edgePrograms.curved].flatMap((p: any) => p.programs ?? [p]).every((p: any) => p.isInstanced))).to.equal(true);
    const diff = await pixelDiff(flat, await page.locator('#graph').screenshot());
    expect(diff.changed, `${diff.changed} channel values differ, by up to ${diff.max}`).to.equal(0);
    const eager = await picks();
    expect(flatPicks.filter((p, i) => p !== eager[i]), 'picks that differ from eager picking').to.deep.equal([]);
  });

  it('?edges=hairline draws straight relationships as 1-pixel lines (state/edgeDetail.ts); hidden ones draw nothing and a click still picks one', async () => {
    /** pixels of the relationships' canvas that are drawn (alpha > 0) */
    const edgePixels = () =>
      ng((n) => {
        const gl = n.sigma.webGLContexts.edges;
        const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px);
        let drawn = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) drawn++;
        return drawn;
      });
    await openViewer(page, `${server.url}?edges=full`);
    expect(await ng((n) => n.app.edgeHairlines), 'the fixture is small: rectangles').to.equal(false);
    const rectangles = await edgePixels();
    await closeViewer(page);
    expect(errors, 'console errors (?edges=full)').to.deep.equal([]);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    errors = collectConsoleErrors(page);
    await openViewer(page, `${server.url}?edges=hairline`);
    expect(await ng((n) => n.app.edgeHairlines)).to.equal(true);
    const hairlines = await edgePixels();
    expect(hairlines, 'hairlines drawn').to.be.greaterThan(200);
    expect(hairlines, `hairlines (${hairlines} px) are thinner than rectangles (${rectangles} px)`).to.be.lessThan(rectangles * 0.8);
    // every node hidden: nothing at all on the relationships' canvas (a hidden hairline is put off the picture)
    await ng((n) => {
      n.savedFilters = n.app.state.filters;
      n.app.setFilters({ ...n.app.state.filters, hiddenLabels: [...new Set(n.graph.mapNodes((_k: string, a: any) => a.nodeLabel))] });
    });
    expect(await ng((n) => n.graph.nodes().filter((k: string) => !n.sigma.getNodeDisplayData(k).hidden).length), 'nodes left').to.equal(0);
    expect(await edgePixels(), 'pixels drawn with every relationship hidden').to.equal(0);
    await ng((n) => n.app.setFilters(n.savedFilters));
    expect(await edgePixels()).to.equal(hairlines);
    // a selection: its relationships (emphasised) keep their rectangles over the hairlines
    await ng((n) => n.app.select({ kind: 'node', key: 'person:vladimir-putin' }));
    const selected = await edgePixels();
    expect(selected, `with a selection (${selected} px) more than hairlines alone (${hairlines} px)`).to.be.greaterThan(hairlines + 50);
    await ng((n) => n.app.select(null));
    expect(await edgePixels()).to.equal(hairlines);
    // picking uses the rectangles' picking pass: a click beside the line selects the relationship
    const edge = await ng((n) => n.graph.findEdge((_e: string, a: any, s: string, t: string) => a.relType === 'LEADER_OF' && s === 'person:vladimir-putin' && t === 'country:rus'));
    const a = await nodePoint(PUTIN), b = await nodePoint('country:rus');
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2 + 1);
    await page.waitForFunction((e) => (globalThis as any).__newsgraph.app.state.selected?.key === e, edge);
  });

  it('clicking a relationship shows its evidence; a source opens the article with the sentence marked', async () => {
    await openViewer(page, server.url);
    const edge = await ng((n) => n.graph.findEdge((_e: string, a: any, s: string, t: string) => a.relType === 'LEADER_OF' && s === 'person:vladimir-putin' && t === 'country:rus'));
    const a = await nodePoint(PUTIN), b = await nodePoint('country:rus');
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    await page.waitForFunction((e) => (globalThis as any).__newsgraph.app.state.selected?.key === e, edge);
    expect(await page.getByTestId('details-name').textContent()).to.equal('Vladimir Putin \u2192 Russia');
    expect(await page.getByTestId('evidence').allTextContents()).to.include('Mr Putin, who has led Russia for more than two decades, was greeted by an honour guard.');
    expect(await page.getByTestId('details').textContent()).to.contain('confidence 0.95');
    await page.getByTestId('evidence-source').first().click();
    const mark = page.getByTestId('evidence-highlight').first();
    await mark.waitFor();
    expect(await page.getByTestId('article-text').textContent()).to.contain('Putin visits Mongolia despite ICC warrant');
    expect(await page.getByTestId('evidence-highlight').allTextContents()).to.include('Mr Putin, who has led Russia for more than two decades, was greeted by an honour guard.');
    await page.screenshot({ path: '/tmp/newsgraph-e2e-article.png' });
  });

  it('conflicting claims are flagged with who claims what', async () => {
    await openViewer(page, server.url + '#n=country%3Amng');
    const conflict = page.getByTestId('conflict').first();
    await conflict.waitFor();
    const text = await conflict.textContent();
    expect(text).to.contain('ratified');
    expect(text).to.contain('2002');
    expect(text).to.contain('2003');
    expect(text).to.contain('Bloomberg');
    expect(text).to.contain('Reuters');
  });

  it('label filter hides the label through the reducers and lands in the URL', async () => {
    await openViewer(page, server.url);
    expect((await display('Node', PUTIN)).hidden).to.equal(false);
    await page.getByTestId('filter-label-Person').uncheck();
    expect((await display('Node', PUTIN)).hidden).to.equal(true);
    expect((await display('Node', 'country:rus')).hidden).to.equal(false);
    expect(await ng((n) => n.graph.hasNode('person:vladimir-putin'))).to.equal(true);
    expect(decodeURIComponent(await page.evaluate(() => (globalThis as any).location.hash))).to.contain('hl=Article,Person');
    await page.getByTestId('filter-label-Person').check();
    expect((await display('Node', PUTIN)).hidden).to.equal(false);
  });

  it('source-article filter and size-by', async () => {
    await openViewer(page, server.url);
    await page.getByTestId('filter-source').selectOption('article:3c4d5e6f708192a3');
    expect((await display('Node', 'person:karim-khan')).hidden).to.equal(false);
    expect((await display('Node', 'person:dmitry-peskov')).hidden).to.equal(true);
    expect(decodeURIComponent(await page.evaluate(() => (globalThis as any).location.hash))).to.contain('src=article:3c4d5e6f708192a3');
    await page.getByTestId('filter-source').selectOption('');
    expect((await display('Node', 'person:dmitry-peskov')).hidden).to.equal(false);
    const [key, byDegree, mentions] = await ng((n) => {
      const k = n.graph.findNode((_k: string, a: any) => a.nodeLabel !== 'Article' && Math.abs(a.sizeDegree - a.sizeMentions) > 1);
      return [k, n.sigma.getNodeDisplayData(k).size, n.graph.getNodeAttribute(k, 'sizeMentions')];
    });
    await page.getByTestId('size-by').selectOption('mentions');
    const bySize = (await display('Node', key)).size;
    expect(bySize).to.equal(mentions);
    expect(bySize).not.to.equal(byDegree);
  });

  it('time window hides events outside it; the histogram and dates follow', async () => {
    await openViewer(page, server.url);
    const from = await ng((n) => {
      const d = new Date(Date.UTC(2024, 0, 1));
      return Math.round(d.getTime() / 86400000);
    });
    await page.getByTestId('time-from').evaluate((el: any, v: number) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, from);
    expect((await display('Node', 'event:arrestwarrant-2023-03-putin')).hidden).to.equal(true);
    expect((await display('Node', 'event:battle-1939-khalkhin-gol')).hidden).to.equal(true);
    expect((await display('Node', 'event:visit-2024-09-03-putin-mongolia')).hidden).to.equal(false);
    expect(await page.getByTestId('time-label').textContent()).to.equal('2024-01-01 \u2192 2024-09-05');
    expect(await page.locator('.histogram .bar.out').count()).to.be.greaterThan(0);
    await page.getByTestId('time-play').click();
    await page.waitForFunction(() => (globalThis as any).__newsgraph.app.state.time?.to !== undefined);
    await page.getByTestId('time-play').click(); // pause
    await page.getByTestId('time-reset').click();
    expect((await display('Node', 'event:battle-1939-khalkhin-gol')).hidden).to.equal(false);
  });

  it('Cypher (the embedded engine): result table, result highlighted in the graph', async () => {
    await openViewer(page, server.url);
    await page.getByTestId('cypher-input').fill('MATCH (a:Person)-[r:LEADER_OF]->(b)\nRETURN a, r, b ORDER BY a.name');
    await page.getByTestId('cypher-run').click();
    const table = page.getByTestId('cypher-result');
    await table.waitFor();
    expect(await table.locator('th').allTextContents()).to.deep.equal(['a', 'r', 'b']);
    expect(await table.locator('tbody tr').count()).to.equal(2);
    expect(await table.textContent()).to.contain('(:Person Vladimir Putin)');
    expect((await display('Node', PUTIN)).highlighted).to.equal(true);
    expect((await display('Node', 'country:chn')).color).to.equal('#e6e6e6');
    await page.screenshot({ path: '/tmp/newsgraph-e2e-cypher.png' });
    await page.getByTestId('cypher-clear').click();
    expect((await display('Node', 'country:chn')).color).not.to.equal('#e6e6e6');
  });

  it('Cypher errors show class, message and the caret excerpt; writes are refused', async () => {
    await openViewer(page, server.url);
    await page.getByTestId('cypher-input').fill('MATCH (n RETURN n');
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-error').waitFor();
    expect(await page.getByTestId('cypher-error').textContent()).to.contain('SyntaxError');
    expect(await page.getByTestId('cypher-caret').textContent()).to.equal('MATCH (n RETURN n\n         ^');
    expect(await page.getByTestId('cypher-caret').evaluate((el: any) => (globalThis as any).getComputedStyle(el).fontFamily)).to.match(/mono/i);
    await page.getByTestId('cypher-input').fill('MATCH (n)\nDETACH DELETE n');
    await page.getByTestId('cypher-input').press('Control+Enter');
    await page.waitForFunction(() => /WRITE_FORBIDDEN/.test((globalThis as any).document.querySelector('[data-testid=cypher-error]')?.textContent ?? ''));
    expect(await page.getByTestId('cypher-caret').textContent()).to.equal('DETACH DELETE n\n^');
    await page.screenshot({ path: '/tmp/newsgraph-e2e-cypher-error.png' });
    // the browser logs every 4xx fetch; these two are the ones this test provoked
    const expected = errors.filter((e) => /status of (400|403)/.test(e));
    expect(expected).to.have.length(2);
    errors.splice(0, errors.length, ...errors.filter((e) => !expected.includes(e)));
  });

  it('URL round trip: filters, time, selection and camera restore in a new page', async () => {
    await openViewer(page, server.url);
    await page.getByTestId('filter-label-Location').uncheck();
    await page.getByTestId('filter-type-BORDERS').uncheck();
    await page.getByTestId('time-to').evaluate((el: any) => {
      el.value = String(Math.round(Date.UTC(2024, 8, 3) / 86400000));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByTestId('search').fill('Mongolia');
    await page.getByTestId('search').press('Enter');
    await page.waitForFunction(() => {
      const s = (globalThis as any).__newsgraph.sigma;
      const c = s.getCamera().getState(), d = s.getNodeDisplayData('country:mng');
      return Math.abs(c.x - d.x) < 1e-3 && Math.abs(c.y - d.y) < 1e-3;
    });
    await page.waitForTimeout(400); // the URL follows the camera after a 250 ms pause
    await page.waitForFunction(() => (globalThis as any).location.hash.includes('cam='));
    const url = await page.evaluate(() => (globalThis as any).location.href);
    const state = await ng((n) => n.app.urlState());
    const second = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const secondErrors = collectConsoleErrors(second);
    try {
      await openViewer(second, url);
      const restored = await second.evaluate(() => (globalThis as any).__newsgraph.app.urlState());
      expect(restored.filters).to.deep.equal(state.filters);
      expect(restored.time).to.deep.equal(state.time);
      expect(restored.selected).to.deep.equal({ kind: 'node', key: 'country:mng' });
      expect(restored.camera.x).to.be.closeTo(state.camera.x, 1e-3);
      expect(restored.camera.ratio).to.be.closeTo(state.camera.ratio, 1e-3);
      expect(await second.getByTestId('filter-label-Location').isChecked()).to.equal(false);
      expect(await second.getByTestId('filter-type-BORDERS').isChecked()).to.equal(false);
      expect(await second.getByTestId('details-name').textContent()).to.equal('Mongolia');
      expect(await second.getByTestId('search').inputValue()).to.equal('Mongolia');
      expect(secondErrors).to.deep.equal([]);
    } finally {
      await closeViewer(second);
    }
  });

  it('editing the hash in place applies the new view', async () => {
    await openViewer(page, server.url);
    await page.evaluate(() => ((globalThis as any).location.hash = '#n=country%3Amng&hl=Article,Event'));
    await page.waitForFunction(() => (globalThis as any).__newsgraph.app.state.selected?.key === 'country:mng');
    expect(await page.getByTestId('details-name').textContent()).to.equal('Mongolia');
    expect(await page.getByTestId('filter-label-Event').isChecked()).to.equal(false);
    expect((await display('Node', 'event:visit-2024-09-03-putin-mongolia')).hidden).to.equal(true);
  });

  it('PNG export: a real PNG with the view and legend', async () => {
    await openViewer(page, server.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).to.equal('newsgraph.png');
    const path = '/tmp/newsgraph-e2e-export.png';
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(0, 8).toString('hex')).to.equal('89504e470d0a1a0a');
    expect(png.length).to.be.greaterThan(20_000);
  });

  it('GraphML export: whole graph and visible only', async () => {
    await openViewer(page, server.url);
    const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-graphml').click()]);
    const whole = readFileSync(await all.path());
    const [vis] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-graphml-visible').click()]);
    const visible = readFileSync(await vis.path()).toString('utf8');
    expect(whole.toString('utf8').match(/<node /g)).to.have.length(31);
    expect(visible.match(/<node /g)).to.have.length(28); // articles hidden by default
    expect(visible).not.to.contain('>MENTIONS<');
    expect(visible).to.contain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the XSS name stays text: no alert, no injected element, text node present', async () => {
    await openViewer(page, server.url);
    await page.getByTestId('search').fill('<img');
    await page.getByTestId('search-result').first().waitFor();
    expect(await page.getByTestId('search-result').first().textContent()).to.contain(XSS);
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('details-name').waitFor();
    expect(await page.getByTestId('details-name').textContent()).to.equal(XSS);
    expect(await page.locator('.aliases').textContent()).to.contain('<script>alert(2)</script>');
    await page.locator('.relation-group', { hasText: 'WORKS_FOR' }).getByRole('button', { name: 'details' }).click();
    await page.getByText('<b>blogger</b>').first().waitFor(); // a property value, shown as text
    expect(await page.locator('img[src=x], script:not([src]), b').count()).to.equal(0);
    expect(await page.getByTestId('details').evaluate((el: any) => el.innerHTML)).to.contain('&lt;b&gt;blogger&lt;/b&gt;');
    await page.waitForTimeout(200);
    expect(dialogs).to.deep.equal([]);
  });

  it('the Layout button runs the worker, Stop ends it and positions stay finite', async () => {
    await openViewer(page, server.url);
    const before = await ng((n) => n.graph.getNodeAttributes('person:vladimir-putin'));
    await page.getByTestId('layout-start').click();
    expect(await page.getByTestId('layout-stop').isEnabled()).to.equal(true);
    await page.waitForTimeout(600);
    await page.getByTestId('layout-stop').click();
    expect(await page.getByTestId('layout-start').isEnabled()).to.equal(true);
    const after = await ng((n) => n.graph.getNodeAttributes('person:vladimir-putin'));
    expect(Number.isFinite(after.x) && Number.isFinite(after.y)).to.equal(true);
    expect([after.x, after.y]).not.to.deep.equal([before.x, before.y]);
  });

  it('a server that went away: a clear message, not a silent failure', async () => {
    const own = await startServer({ graphPath: FIXTURE, staticDir: VIEWER_DIST, port: 0 });
    await openViewer(page, own.url);
    await own.close();
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('banner').waitFor();
    expect(await page.getByTestId('banner').textContent()).to.contain('cannot be reached');
    await page.screenshot({ path: '/tmp/newsgraph-e2e-server-gone.png' });
    errors.splice(0); // the failed fetch itself is logged by the browser
  });

  it('an empty graph and a one-node graph load cleanly', async () => {
    for (const [graph, expected] of [[new Graph(), 0], [oneNode(), 1]] as const) {
      const own = await startServer({ graph, staticDir: VIEWER_DIST, port: 0 });
      try {
        await openViewer(page, own.url);
        expect(await ng((n) => [n.graph.order, n.error])).to.deep.equal([expected, null]);
        if (expected === 0) expect(await page.getByTestId('banner').textContent()).to.contain('empty');
        else {
          const d = await display('Node', 'person:solo');
          expect(Number.isFinite(d.x) && Number.isFinite(d.y)).to.equal(true);
        }
        await page.evaluate(() => (globalThis as any).__newsgraph.app.kill());
      } finally {
        await own.close();
      }
    }
  });

  it('without WebGL 2: a clear message instead of a blank page', async () => {
    await page.addInitScript(() => {
      const original = (globalThis as any).HTMLCanvasElement.prototype.getContext;
      (globalThis as any).HTMLCanvasElement.prototype.getContext = function (this: unknown, type: string, ...rest: unknown[]) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    });
    await openViewer(page, server.url);
    expect(await ng((n) => [n.error, n.sigma])).to.deep.equal(['webgl', null]);
    expect(await page.getByTestId('fatal').textContent()).to.contain('WebGL 2 is not available');
    await page.screenshot({ path: '/tmp/newsgraph-e2e-no-webgl.png' });
  });
});

function oneNode(): Graph {
  const g = new Graph({ multi: true });
  g.addNode('person:solo', { labels: ['Person'], properties: { id: 'person:solo', name: 'Solo' } });
  return g;
}
