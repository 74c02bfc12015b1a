/**
 * Exports: PNG of the current view with the legend drawn in (@sigma/export-image), GraphML of the whole
 * graph (the server's writer when it has one, else written here) or of what is visible.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type { ViewerApp } from '../app';
import { compareLabels, labelColor } from '../state/palette';
import { writeGraphml } from '../state/graphml';
import { download } from './dom';

export async function exportPng(app: ViewerApp): Promise<Blob> {
  const canvas = await drawOnCanvas(app.sigma, { backgroundColor: '#ffffff' });
  drawLegend(app, canvas);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('viewer: PNG encoding failed'))), 'image/png'));
  const url = URL.createObjectURL(blob);
  download(url, 'newsgraph.png');
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob;
}

function drawLegend(app: ViewerApp, canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const counts = new Map<string, number>();
  app.graph.forEachNode((k, a) => {
    if (!app.visibility.hiddenNodes.has(k)) counts.set(a.nodeLabel, (counts.get(a.nodeLabel) ?? 0) + 1);
  });
  const labels = [...counts.keys()].sort(compareLabels);
  const scale = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  const ratio = Math.max(1, scale || 1);
  const line = 20 * ratio, pad = 12 * ratio;
  ctx.save();
  ctx.font = `${13 * ratio}px Inter, "Segoe UI", system-ui, sans-serif`;
  const width = Math.max(...labels.map((l) => ctx.measureText(`${l}  ${counts.get(l)}`).width), 60) + pad * 2 + 18 * ratio;
  const height = labels.length * line + pad * 2;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = ratio;
  ctx.fillRect(pad, pad, width, height);
  ctx.strokeRect(pad, pad, width, height);
  labels.forEach((l, i) => {
    const y = pad * 2 + i * line + line / 2 - 4 * ratio;
    ctx.fillStyle = labelColor(l);
    ctx.beginPath();
    ctx.arc(pad * 2 + 5 * ratio, y, 5 * ratio, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1f2328';
    ctx.textBaseline = 'middle';
    ctx.fillText(`${l}  ${counts.get(l)}`, pad * 2 + 16 * ratio, y);
  });
  ctx.restore();
}

export function exportGraphml(app: ViewerApp, visibleOnly: boolean): void {
  if (!visibleOnly && app.data.features.graphml) {
    download('/api/export/graphml', 'newsgraph.graphml');
    return;
  }
  const g = app.graph;
  const nodes = g
    .filterNodes((k) => !visibleOnly || !app.visibility.hiddenNodes.has(k))
    .map((k) => ({ key: k, labels: g.getNodeAttribute(k, 'labels'), properties: g.getNodeAttribute(k, 'properties') }));
  const edges = g
    .filterEdges((k) => !visibleOnly || !app.visibility.hiddenEdges.has(k))
    .map((k) => ({ key: k, source: g.source(k), target: g.target(k), type: g.getEdgeAttribute(k, 'relType'), properties: g.getEdgeAttribute(k, 'properties') }));
  const blob = new Blob([writeGraphml(nodes, edges)], { type: 'application/graphml+xml' });
  const url = URL.createObjectURL(blob);
  download(url, visibleOnly ? 'newsgraph-visible.graphml' : 'newsgraph.graphml');
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
