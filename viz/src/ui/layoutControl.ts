/**
 * The Layout button: runs ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) for at most
 * LAYOUT_BUDGET_MS, with a Stop button. The worker writes x/y into the graph: positions are data.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewerApp } from '../app';

export const LAYOUT_BUDGET_MS = 8000;

export function mountLayoutControl(app: ViewerApp, start: HTMLButtonElement, stop: HTMLButtonElement): () => void {
  let layout: FA2Layout | null = null;
  let timer: number | undefined;
  stop.disabled = true;

  const finish = () => {
    window.clearTimeout(timer);
    layout?.kill();
    layout = null;
    start.disabled = false;
    stop.disabled = true;
    start.textContent = 'Layout';
    app.positionsChanged();
  };

  start.addEventListener('click', () => {
    if (layout || app.graph.order < 2) return;
    layout = new FA2Layout(app.graph, { settings: { ...forceAtlas2.inferSettings(app.graph), slowDown: 5 } });
    layout.start();
    start.disabled = true;
    stop.disabled = false;
    start.textContent = 'Layout\u2026';
    // sigma redraws by itself: it listens to the position updates the worker makes
    timer = window.setTimeout(finish, LAYOUT_BUDGET_MS);
  });
  stop.addEventListener('click', () => {
    if (layout) finish();
  });
  return () => {
    if (layout) finish();
  };
}
