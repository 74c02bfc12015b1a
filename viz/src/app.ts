/**
 * The viewer's controller: one graph (data, never written for view state), one sigma renderer whose
 * reducers read a ViewFrame, and the view state that the panels change through the methods below. Every
 * change recomputes what it must (visibility for filters/time, focus for hover/selection), refreshes
 * sigma, writes the shareable part to the URL and tells the panels.
 */
import Sigma from 'sigma';
import type { ViewerGraph } from '../../src/server/viewerTypes';
import type { EdgeData, NodeData, ViewerGraphology } from './state/buildGraph';
import type { Filters } from './state/filters';
import { clampWindow, isFullWindow, timeBounds, type TimeWindow } from './state/timeWindow';
import { computeVisibility, type Visibility } from './state/visibility';
import { edgeFocus, neighbourhood, reduceEdge, reduceNode, type Focus, type ViewFrame } from './state/reducers';
import { changedItems, drawOrderChanged } from './state/changedItems';
import { hideEdgesOnMove } from './state/moveRendering';
import { drawHairlines, type EdgeDetail } from './state/edgeDetail';
import { GestureView, type GestureMode } from './ui/gestureView';
import { PreservingSigma } from './ui/preservingSigma';
import { sigmaPrograms } from './ui/flatPrograms';
import { encodeUrlState, type CameraState, type Selection, type UrlState } from './state/urlState';
import type { SizeBy } from './state/sizing';
import type { DayRange } from './state/dates';

/** below this many nodes + relationships every change refreshes fully (cheap, and keeps z-order exact) */
export const PARTIAL_REFRESH_FROM = 5000;
/** quiet time after a filter change before the full re-index */
export const REINDEX_AFTER_MS = 400;

export type Change = 'filters' | 'time' | 'selection' | 'hover' | 'query' | 'size' | 'search' | 'layout';

export interface AppState {
  q: string;
  filters: Filters;
  time: TimeWindow | null;
  selected: Selection | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  query: Focus | null;
  sizeBy: SizeBy;
}

export class ViewerApp {
  readonly sigma: Sigma;
  readonly bounds: TimeWindow | null;
  readonly eventDates: DayRange[];
  /** pan/zoom moves the last picture with a CSS transform, one render when it settles (CPU renderer) */
  readonly gesture: GestureView | null;
  state: AppState;
  visibility: Visibility;
  private frame: ViewFrame;
  private listeners: Array<(c: Change) => void> = [];
  private cameraTimer: number | undefined;
  private reindexTimer: number | undefined;

  constructor(
    readonly graph: ViewerGraphology,
    readonly data: ViewerGraph,
    container: HTMLElement,
    initial: UrlState,
    /** the WebGL renderer is a CPU one (webgl-probe.js): draw less while the camera moves */
    private readonly softwareRenderer = false,
    gestureMode: GestureMode = 'snapshot',
    /** `?edges=`: how the straight relationships are drawn (hairlines when many, under a CPU renderer) */
    readonly edgeDetail: EdgeDetail = 'auto',
  ) {
    this.eventDates = [];
    graph.forEachNode((_k, a) => {
      if (a.date) this.eventDates.push(a.date);
    });
    this.bounds = timeBounds(this.eventDates);
    this.state = {
      q: initial.q,
      filters: initial.filters,
      time: initial.time && this.bounds ? clampWindow(initial.time, this.bounds) : null,
      selected: initial.selected && this.exists(initial.selected) ? initial.selected : null,
      hoveredNode: null,
      hoveredEdge: null,
      query: null,
      sizeBy: initial.sizeBy,
    };
    this.visibility = computeVisibility(graph, this.state.filters, this.state.time);
    this.frame = this.buildFrame();
    // sigma is used untyped (Attributes): its program classes are typed for plain attributes
    // under a CPU renderer gestures move a copy of the last picture, which needs sigma's buffers kept
    const SigmaClass = softwareRenderer ? PreservingSigma : Sigma;
    this.sigma = new SigmaClass(graph as unknown as ConstructorParameters<typeof Sigma>[0], container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      defaultEdgeType: 'straight',
      // under a CPU renderer the same programs without instancing (SwiftShader draws each instance apart)
      // (and, with many relationships visible, straight ones as hairlines: state/edgeDetail.ts)
      ...sigmaPrograms(softwareRenderer, () => this.edgeHairlines),
      labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f2328' },
      edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      edgeLabelSize: 10,
      edgeLabelColor: { color: '#57606a' },
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 6,
      zIndex: true,
      hideEdgesOnMove: hideEdgesOnMove(graph.order + graph.size, softwareRenderer),
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 40,
      nodeReducer: (key, attrs) => reduceNode(key, attrs as NodeData, this.frame),
      edgeReducer: (key, attrs) => reduceEdge(key, attrs as EdgeData, this.frame),
    });
    if (initial.camera) this.sigma.getCamera().setState(initial.camera);
    this.gesture = softwareRenderer ? new GestureView(this.sigma, gestureMode) : null;
    this.wireSigmaEvents(container);
  }

  // ------------------------------------------------------------------ subscriptions

  onChange(fn: (c: Change) => void): void {
    this.listeners.push(fn);
  }

  private changed(c: Change, how: { visibility?: boolean; index?: boolean } = {}): void {
    if (how.visibility) this.visibility = computeVisibility(this.graph, this.state.filters, this.state.time);
    const previous = this.frame;
    this.frame = this.buildFrame();
    // A full refresh re-runs every reducer and re-indexes (label grid, z-order). On a big graph, re-running
    // the reducers over what changed is several times cheaper; the re-index is kept when the draw order
    // changes (a highlighted neighbourhood must be drawn above the faded rest: zIndex only takes effect
    // when sigma re-indexes). After a filter change the full refresh (which places the labels of nodes
    // that appeared) follows once the user pauses.
    if (how.index || this.graph.order + this.graph.size < PARTIAL_REFRESH_FROM) this.sigma.refresh();
    else {
      this.sigma.refresh({ partialGraph: changedItems(this.graph, previous, this.frame), skipIndexation: !drawOrderChanged(previous, this.frame) });
      if (how.visibility) {
        window.clearTimeout(this.reindexTimer);
        this.reindexTimer = window.setTimeout(() => this.sigma.refresh(), REINDEX_AFTER_MS);
      }
    }
    if (c !== 'hover') this.syncUrl();
    for (const fn of this.listeners) fn(c);
  }

  /** whether sigma's renders draw the straight relationships as hairlines now (state/edgeDetail.ts; read at every render) */
  get edgeHairlines(): boolean {
    return drawHairlines(this.edgeDetail, this.softwareRenderer, this.graph.size - this.visibility.hiddenEdges.size);
  }

  // ------------------------------------------------------------------ state changes

  setFilters(filters: Filters): void {
    this.state.filters = filters;
    this.changed('filters', { visibility: true });
  }

  setTime(w: TimeWindow | null): void {
    this.state.time = w && this.bounds && !isFullWindow(w, this.bounds) ? clampWindow(w, this.bounds) : null;
    this.changed('time', { visibility: true });
  }

  setSizeBy(sizeBy: SizeBy): void {
    this.state.sizeBy = sizeBy;
    this.changed('size', { index: true });
  }

  setSearch(q: string): void {
    this.state.q = q;
    this.syncUrl();
  }

  select(selection: Selection | null): void {
    this.state.selected = selection && this.exists(selection) ? selection : null;
    this.changed('selection');
  }

  setHover(node: string | null, edge: string | null = null): void {
    if (node === this.state.hoveredNode && edge === this.state.hoveredEdge) return;
    this.state.hoveredNode = node;
    this.state.hoveredEdge = edge;
    this.changed('hover');
  }

  setQueryHighlight(focus: Focus | null): void {
    this.state.query = focus && focus.nodes.size + focus.edges.size > 0 ? focus : null;
    this.changed('query');
  }

  /** select a node, make sure filters show it, and fly the camera there */
  focusNode(key: string): void {
    if (!this.graph.hasNode(key)) return;
    if (this.visibility.hiddenNodes.has(key)) {
      const label = this.graph.getNodeAttribute(key, 'nodeLabel');
      this.state.filters = { ...this.state.filters, hiddenLabels: this.state.filters.hiddenLabels.filter((l) => l !== label), source: null };
      this.state.time = null;
      this.changed('filters', { visibility: true });
    }
    this.select({ kind: 'node', key });
    const d = this.sigma.getNodeDisplayData(key);
    if (d) {
      const camera = this.sigma.getCamera();
      // zoom in only as far as the graph's size calls for: a small graph stays whole
      const ratio = Math.min(camera.ratio, Math.max(0.08, Math.min(1, Math.sqrt(40 / Math.max(1, this.graph.order)))));
      camera.animate({ x: d.x, y: d.y, ratio }, { duration: 500 });
    }
  }

  /** node positions changed (layout): labels grid and bounding box must be recomputed */
  positionsChanged(): void {
    this.sigma.refresh();
    for (const fn of this.listeners) fn('layout');
  }

  urlState(): UrlState {
    const c = this.sigma.getCamera().getState();
    const camera: CameraState = { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle };
    const isDefault = Math.abs(c.x - 0.5) < 1e-9 && Math.abs(c.y - 0.5) < 1e-9 && Math.abs(c.ratio - 1) < 1e-9 && c.angle === 0;
    return {
      q: this.state.q,
      filters: this.state.filters,
      time: this.state.time,
      selected: this.state.selected,
      camera: isDefault ? null : camera,
      sizeBy: this.state.sizeBy,
    };
  }

  /** the view of another URL (hash changed by the user) */
  applyUrlState(s: UrlState): void {
    this.state.q = s.q;
    this.state.filters = s.filters;
    this.state.time = s.time && this.bounds ? clampWindow(s.time, this.bounds) : null;
    this.state.selected = s.selected && this.exists(s.selected) ? s.selected : null;
    this.state.sizeBy = s.sizeBy;
    if (s.camera) this.sigma.getCamera().setState(s.camera);
    this.changed('filters', { visibility: true });
    for (const fn of this.listeners) fn('search');
  }

  kill(): void {
    window.clearTimeout(this.cameraTimer);
    window.clearTimeout(this.reindexTimer);
    this.gesture?.kill();
    this.sigma.kill();
  }

  // ------------------------------------------------------------------ internals

  private exists(s: Selection): boolean {
    return s.kind === 'node' ? this.graph.hasNode(s.key) : this.graph.hasEdge(s.key);
  }

  private buildFrame(): ViewFrame {
    const s = this.state;
    let focus: Focus | null = null;
    if (s.hoveredNode) focus = neighbourhood(this.graph, s.hoveredNode, this.visibility);
    else if (s.hoveredEdge) focus = edgeFocus(this.graph, s.hoveredEdge);
    else if (!s.query && s.selected?.kind === 'node') focus = neighbourhood(this.graph, s.selected.key, this.visibility);
    else if (!s.query && s.selected?.kind === 'edge') focus = edgeFocus(this.graph, s.selected.key);
    return {
      visibility: this.visibility,
      focus,
      query: s.query,
      selectedNode: s.selected?.kind === 'node' ? s.selected.key : null,
      selectedEdge: s.selected?.kind === 'edge' ? s.selected.key : null,
      sizeBy: s.sizeBy,
    };
  }

  private syncUrl(): void {
    const hash = encodeUrlState(this.urlState());
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || location.pathname + location.search);
  }

  private wireSigmaEvents(container: HTMLElement): void {
    const s = this.sigma;
    s.on('enterNode', ({ node }) => {
      container.classList.add('pointer');
      this.setHover(node);
    });
    s.on('leaveNode', () => {
      container.classList.remove('pointer');
      this.setHover(null);
    });
    s.on('enterEdge', ({ edge }) => {
      container.classList.add('pointer');
      if (!this.state.hoveredNode) this.setHover(null, edge);
    });
    s.on('leaveEdge', () => {
      container.classList.remove('pointer');
      if (!this.state.hoveredNode) this.setHover(null, null);
    });
    s.on('clickNode', ({ node }) => this.select({ kind: 'node', key: node }));
    s.on('clickEdge', ({ edge }) => this.select({ kind: 'edge', key: edge }));
    s.on('clickStage', () => this.select(null));
    s.getCamera().on('updated', () => {
      window.clearTimeout(this.cameraTimer);
      this.cameraTimer = window.setTimeout(() => this.syncUrl(), 250);
    });
  }
}
