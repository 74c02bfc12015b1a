/**
 * Entry point: detect WebGL 2, fetch the graph, build the viewer, wire the panels, expose
 * `window.__newsgraph = { sigma, graph, ready }` (ready resolves after the first render).
 */
import type Sigma from 'sigma';
import { ViewerApp } from './app';
import { fetchGraph, ApiError } from './api';
import { buildGraph, type ViewerGraphology } from './state/buildGraph';
import { decodeUrlState, encodeUrlState } from './state/urlState';
import { isSoftwareRenderer } from './state/moveRendering';
import { byId } from './ui/dom';
import { showBanner, showFatal } from './ui/banner';
import { mountFiltersPanel } from './ui/filtersPanel';
import { mountTimePanel } from './ui/timePanel';
import { mountDetailsPanel } from './ui/detailsPanel';
import { mountSearchBox } from './ui/searchBox';
import { mountQueryPanel } from './ui/queryPanel';
import { exportGraphml, exportPng } from './ui/exporters';
import { mountLayoutControl } from './ui/layoutControl';
import { parseEdgeDetail } from './state/edgeDetail';

export interface NewsgraphHandle {
  sigma: Sigma | null;
  graph: ViewerGraphology | null;
  app: ViewerApp | null;
  ready: Promise<void>;
  /** why the graph is not shown: 'webgl' | 'unreachable' | 'error' */
  error: string | null;
  /** ms since navigation start: graph JSON received, graphology graph built, first frame drawn */
  /** ms from navigation start: graph JSON parsed, graphology graph built, sigma constructed (its first frame drawn on the main thread), two animation frames later */
  timings: { fetched?: number; built?: number; constructed?: number; rendered?: number };
}

declare global {
  interface Window {
    __newsgraph: NewsgraphHandle;
  }
}

export function hasWebGL2(): boolean {
  // answered by webgl-probe.js in <head>, which also started the GPU side early
  const probed = document.documentElement.dataset.webgl2;
  if (probed === 'yes' || probed === 'no') return probed === 'yes';
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}

const twoFrames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

async function boot(handle: NewsgraphHandle): Promise<void> {
  const container = byId('graph');
  if (!hasWebGL2()) {
    handle.error = 'webgl';
    showFatal(container, 'WebGL 2 is not available', 'The graph view needs WebGL 2. Enable hardware acceleration in your browser settings, or try another browser. The API at /api/graph still works.');
    return;
  }
  let data;
  try {
    data = await fetchGraph();
  } catch (e) {
    const err = e as ApiError;
    handle.error = err.code === 'UNREACHABLE' ? 'unreachable' : 'error';
    showFatal(container, err.code === 'UNREACHABLE' ? 'The server cannot be reached' : 'The graph could not be loaded', err.message, { label: 'Retry', run: () => location.reload() });
    return;
  }
  handle.timings.fetched = performance.now();
  const graph = buildGraph(data);
  handle.timings.built = performance.now();
  const app = new ViewerApp(graph, data, container, decodeUrlState(location.hash), isSoftwareRenderer(document.documentElement.dataset.webglRenderer), undefined, parseEdgeDetail(new URLSearchParams(location.search).get('edges')));
  handle.timings.constructed = performance.now();
  handle.sigma = app.sigma;
  handle.graph = graph;
  handle.app = app;

  const search = mountSearchBox(app, byId<HTMLInputElement>('search'), byId('search-results'));
  mountFiltersPanel(app, byId('filters-labels'), byId('filters-more'));
  mountTimePanel(app, byId('time'));
  mountDetailsPanel(app, byId('details'));
  mountQueryPanel(app, byId('query'));
  mountLayoutControl(app, byId<HTMLButtonElement>('layout-start'), byId<HTMLButtonElement>('layout-stop'));
  byId('export-png').addEventListener('click', () => void exportPng(app).catch((e) => showBanner(`PNG export failed: ${(e as Error).message}`)));
  byId('export-graphml').addEventListener('click', () => exportGraphml(app, false));
  byId('export-graphml-visible').addEventListener('click', () => exportGraphml(app, true));
  byId('zoom-in').addEventListener('click', () => void app.sigma.getCamera().animatedZoom({ duration: 200 }));
  byId('zoom-out').addEventListener('click', () => void app.sigma.getCamera().animatedUnzoom({ duration: 200 }));
  byId('zoom-reset').addEventListener('click', () => void app.sigma.getCamera().animatedReset({ duration: 300 }));
  byId('stats').textContent = `${graph.order.toLocaleString('en')} nodes \u00b7 ${graph.size.toLocaleString('en')} relationships`;

  if (graph.order === 0) showBanner('This graph is empty. Build one with `newsgraph build <folder>` and serve it again.', 'info');
  if (app.state.selected?.kind === 'node' && !app.urlState().camera) app.focusNode(app.state.selected.key);

  window.addEventListener('hashchange', () => {
    if (location.hash !== encodeUrlState(app.urlState())) app.applyUrlState(decodeUrlState(location.hash));
  });
  await twoFrames();
  handle.timings.rendered = performance.now();
  // work the first frame does not need, once it is on screen
  afterPaint(() => search.warm());
}

/** when the browser is idle (or soon, where requestIdleCallback is missing) */
function afterPaint(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 500 });
  else window.setTimeout(fn, 50);
}

const handle: NewsgraphHandle = { sigma: null, graph: null, app: null, ready: Promise.resolve(), error: null, timings: {} };
window.__newsgraph = handle;
handle.ready = boot(handle).catch((e) => {
  handle.error = 'error';
  showBanner(`The viewer failed to start: ${(e as Error).message}`);
  console.error(e);
});
