/**
 * The shareable part of the view, in the URL hash:
 *
 *   #q=putin&hl=Article,Event&ht=MENTIONS&src=article:…&t=2023-01-01..2024-09-30&n=person:…&cam=0.5,0.5,0.8,0&size=mentions
 *
 * q search text; hl/ht hidden labels/relationship types (absent = the defaults, empty = none hidden);
 * src source article; t time window (ISO days); n or e the selected node or relationship; cam camera
 * x,y,ratio,angle; size the size-by mode. decode(encode(s)) === s for every valid state, and decode
 * ignores what it cannot read rather than failing.
 */
import { DEFAULT_FILTERS, type Filters } from './filters';
import { formatDay, parseDay } from './dates';
import type { TimeWindow } from './timeWindow';
import { SIZE_BY, type SizeBy } from './sizing';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface Selection {
  kind: 'node' | 'edge';
  key: string;
}

export interface UrlState {
  q: string;
  filters: Filters;
  time: TimeWindow | null;
  selected: Selection | null;
  camera: CameraState | null;
  sizeBy: SizeBy;
}

export const DEFAULT_URL_STATE: UrlState = {
  q: '',
  filters: DEFAULT_FILTERS,
  time: null,
  selected: null,
  camera: null,
  sizeBy: 'degree',
};

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
const num = (v: number) => String(Math.round(v * 1e4) / 1e4);

export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (!sameList(s.filters.hiddenLabels, DEFAULT_FILTERS.hiddenLabels)) p.set('hl', [...s.filters.hiddenLabels].sort().join(','));
  if (!sameList(s.filters.hiddenTypes, DEFAULT_FILTERS.hiddenTypes)) p.set('ht', [...s.filters.hiddenTypes].sort().join(','));
  if (s.filters.source) p.set('src', s.filters.source);
  if (s.time) p.set('t', `${formatDay(s.time.from)}..${formatDay(s.time.to)}`);
  if (s.selected) p.set(s.selected.kind === 'node' ? 'n' : 'e', s.selected.key);
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio, s.camera.angle].map(num).join(','));
  if (s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  const out = p.toString();
  return out ? '#' + out : '';
}

export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (name: string, fallback: string[]) => {
    const v = p.get(name);
    if (v === null) return [...fallback];
    return v.split(',').map((x) => x.trim()).filter((x) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(x)).sort();
  };
  let time: TimeWindow | null = null;
  const t = p.get('t');
  if (t) {
    const [a, b] = t.split('..');
    const from = a ? parseDay(a) : null;
    const to = b ? parseDay(b) : null;
    if (from !== null && to !== null && from <= to) time = { from, to };
  }
  let camera: CameraState | null = null;
  const cam = p.get('cam');
  if (cam) {
    const v = cam.split(',').map(Number);
    if (v.length === 4 && v.every(Number.isFinite) && v[2]! > 0) camera = { x: v[0]!, y: v[1]!, ratio: v[2]!, angle: v[3]! };
  }
  const n = p.get('n'), e = p.get('e');
  const size = p.get('size');
  return {
    q: p.get('q') ?? '',
    filters: { hiddenLabels: list('hl', DEFAULT_FILTERS.hiddenLabels), hiddenTypes: list('ht', DEFAULT_FILTERS.hiddenTypes), source: p.get('src') || null },
    time,
    selected: n ? { kind: 'node', key: n } : e ? { kind: 'edge', key: e } : null,
    camera,
    sizeBy: (SIZE_BY as readonly string[]).includes(size ?? '') ? (size as SizeBy) : 'degree',
  };
}
