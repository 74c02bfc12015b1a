/**
 * A GraphML writer for the viewer's "visible only" export (and the whole graph when the server has no
 * writer). Node labels go in a `labels` key as ":A:B" (as APOC and Neo4j write them), the relationship type
 * in `type`; lists are stored as JSON text in a string key (APOC's convention). Every string is XML-escaped.
 */
export interface GraphmlNode {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface GraphmlEdge {
  key: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

type AttrType = 'string' | 'long' | 'double' | 'boolean';

export function escapeXml(s: string): string {
  // characters XML 1.0 cannot carry at all are dropped
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function typeOf(values: unknown[]): AttrType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function text(v: unknown): string {
  return Array.isArray(v) || (typeof v === 'object' && v !== null) ? JSON.stringify(v) : String(v);
}

export function writeGraphml(nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  const keysFor = (items: Array<{ properties: Record<string, unknown> }>) => {
    const values = new Map<string, unknown[]>();
    for (const it of items)
      for (const [k, v] of Object.entries(it.properties)) {
        if (v === null || v === undefined) continue;
        if (!values.has(k)) values.set(k, []);
        values.get(k)!.push(v);
      }
    return [...values.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, vs]) => [k, typeOf(vs)] as const);
  };
  const nodeKeys = keysFor(nodes);
  const edgeKeys = keysFor(edges);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  out.push('  <key id="labels" for="node" attr.name="labels" attr.type="string"/>');
  for (const [k, t] of nodeKeys) out.push(`  <key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="${t}"/>`);
  out.push('  <key id="type" for="edge" attr.name="type" attr.type="string"/>');
  for (const [k, t] of edgeKeys) out.push(`  <key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="${t}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  for (const n of nodes) {
    out.push(`    <node id="${escapeXml(n.key)}">`);
    out.push(`      <data key="labels">${escapeXml(n.labels.map((l) => ':' + l).join(''))}</data>`);
    for (const [k, v] of Object.entries(n.properties))
      if (v !== null && v !== undefined) out.push(`      <data key="n_${escapeXml(k)}">${escapeXml(text(v))}</data>`);
    out.push('    </node>');
  }
  for (const e of edges) {
    out.push(`    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`);
    out.push(`      <data key="type">${escapeXml(e.type)}</data>`);
    for (const [k, v] of Object.entries(e.properties))
      if (v !== null && v !== undefined) out.push(`      <data key="e_${escapeXml(k)}">${escapeXml(text(v))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}
