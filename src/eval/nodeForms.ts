/** Reading names and lists out of a node's or edge's properties, whatever shape the producer gave them. */
import type { NodeRecord, PropValue } from '../model/types';
import { normalizeName } from './normalizeName';

/** A property as a list of strings: a string gives one item, a list its string items, anything else none. */
export function stringList(v: PropValue | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return (v as unknown[]).filter((x): x is string => typeof x === 'string');
  return [];
}

/** The node's display name: `name`, else `title`, else its id. */
export function nodeName(node: NodeRecord): string {
  const n = node.properties.name ?? node.properties.title;
  return typeof n === 'string' ? n : node.id;
}

/** Normalized keys of the node's name and aliases (empty ones dropped). */
export function nodeForms(node: NodeRecord): Set<string> {
  const forms = new Set<string>();
  for (const s of [...stringList(node.properties.name), ...stringList(node.properties.aliases)]) {
    const k = normalizeName(s);
    if (k !== '') forms.add(k);
  }
  return forms;
}
