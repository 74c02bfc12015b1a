/**
 * resolveGraph: all articles' extractions -> one GraphBatch (nodes and edges sorted by id).
 *
 * Pure and deterministic: inputs are sorted by article id first, and every grouping decision is a
 * function of the whole input set, so any permutation of the inputs gives deep-equal output, and
 * resolving the union of two builds equals building them together.
 */
import { compareStrings } from '../model/compareStrings';
import { RELATION_SIGNATURES, isEventType, type NodeLabel, type RelationType } from '../model/ontology';
import { relationId } from '../model/ids';
import { sortById } from '../model/sortById';
import type { ArticleDoc, EdgeRecord, Evidence, Extraction, GraphBatch, NodeRecord } from '../model/types';
import { articleNode } from './articleNode';
import { clusterEntities, type MentionEntities } from './clusterEntities';
import { clusterEvents, type EventInput } from './clusterEvents';
import { EdgeAccumulator } from './edgeAccumulator';
import { type ResolveOptions, validateResolveOptions } from './options';
import type { Statement } from './provenance';
import { sortedUnique } from './orderProperties';

function allowed(type: RelationType, from: NodeLabel | undefined, to: NodeLabel | undefined): boolean {
  const sig = RELATION_SIGNATURES[type];
  return !!from && !!to && sig.from.includes(from) && sig.to.includes(to);
}

/** The evidence as stated by `articleId`: the extraction's own object when it already says so (no copy per statement). */
function ownEvidence(evidence: Evidence, articleId: string): Evidence {
  return evidence.articleId === articleId ? evidence : { ...evidence, articleId };
}

/** The entity ids of some mentions of one article, sorted unique (no copies for the usual zero or one). */
function entitiesOf(mentionEntity: MentionEntities, articleId: string, ids: readonly string[] | undefined): string[] {
  const out: string[] = [];
  if (ids) {
    for (const m of ids) {
      const e = mentionEntity.of(articleId, m);
      if (e) out.push(e);
    }
  }
  return out.length < 2 ? out : sortedUnique(out);
}

/** Adds the role relationships of one event member (no closure per member). */
function addRoles(acc: EdgeAccumulator, labelOf: Map<string, NodeLabel>, type: RelationType, eventId: string, targets: readonly string[], st: Statement): void {
  for (const t of targets) if (t !== eventId && allowed(type, 'Event', labelOf.get(t))) acc.add(type, eventId, t, st);
}

/** One item per id, sorted by id; of duplicates, the first by JSON text (so input order never matters). */
function dedupeById<T>(xs: readonly T[], idOf: (x: T) => string): T[] {
  const byId = new Map<string, T[]>();
  for (const x of xs) {
    const list = byId.get(idOf(x));
    if (list) list.push(x);
    else byId.set(idOf(x), [x]);
  }
  return [...byId.keys()].sort().map((k) => {
    const list = byId.get(k)!;
    if (list.length === 1) return list[0];
    return list.map((x) => [JSON.stringify(x), x] as const).sort(([a], [b]) => compareStrings(a, b))[0][1];
  });
}

export function resolveGraph(docs: readonly ArticleDoc[], extractions: readonly Extraction[], options: Partial<ResolveOptions> = {}): GraphBatch {
  const o = validateResolveOptions(options);
  const articles = dedupeById(docs, (d) => d.id);
  // an extraction stored by an older build may lack a list: read it as empty
  const xs = dedupeById(extractions, (x) => x.articleId).map((x) => ({ ...x, mentions: x.mentions ?? [], facts: x.facts ?? [], events: x.events ?? [] }));
  const docById = new Map(articles.map((d) => [d.id, d]));

  const nodes: NodeRecord[] = articles.map(articleNode);
  const labelOf = new Map<string, NodeLabel>(articles.map((d) => [d.id, 'Article' as NodeLabel]));

  // entities
  const { entities, mentionEntity } = clusterEntities(xs, o);
  const entityNames = new Map<string, string>();
  for (const e of entities) {
    nodes.push(e);
    labelOf.set(e.id, e.label);
    entityNames.set(e.id, String(e.properties.name));
  }

  // facts
  const acc = new EdgeAccumulator();
  for (const x of xs) {
    for (const f of x.facts) {
      const from = mentionEntity.of(x.articleId, f.from);
      const to = mentionEntity.of(x.articleId, f.to);
      if (!from || !to || from === to || !allowed(f.type, labelOf.get(from), labelOf.get(to))) continue;
      acc.add(f.type, from, to, { evidence: ownEvidence(f.evidence, x.articleId), confidence: f.confidence }, f.properties);
    }
  }

  // events
  const eventInputs: EventInput[] = [];
  for (const x of xs) {
    for (const ev of x.events) {
      if (!isEventType(ev.type)) continue;
      eventInputs.push({
        articleId: x.articleId,
        published: docById.get(x.articleId)?.published,
        event: ev,
        agents: entitiesOf(mentionEntity, x.articleId, ev.agents),
        targets: entitiesOf(mentionEntity, x.articleId, ev.targets),
        locations: entitiesOf(mentionEntity, x.articleId, ev.locations),
      });
    }
  }
  const events = clusterEvents(eventInputs, entityNames, o);
  // article id -> event candidate id -> event node id (nested: no joined key per candidate)
  const eventOf = new Map<string, Map<string, string>>();
  for (const e of events) {
    nodes.push({ id: e.id, label: 'Event', properties: e.properties });
    labelOf.set(e.id, 'Event');
    for (const m of e.members) {
      let local = eventOf.get(m.articleId);
      if (!local) eventOf.set(m.articleId, (local = new Map()));
      local.set(m.event.id, e.id);
    }
  }
  for (const e of events) {
    for (const m of e.members) {
      const st: Statement = { evidence: ownEvidence(m.event.evidence, m.articleId), confidence: m.event.confidence };
      addRoles(acc, labelOf, 'AGENT', e.id, m.agents, st);
      addRoles(acc, labelOf, 'TARGET', e.id, m.targets, st);
      addRoles(acc, labelOf, 'LOCATION', e.id, m.locations, st);
      if (m.event.partOf) {
        const parent = eventOf.get(m.articleId)?.get(m.event.partOf);
        if (parent) addRoles(acc, labelOf, 'PART_OF', e.id, [parent], st);
      }
    }
  }

  // MENTIONS: article -> entity (count of its mentions), article -> event (count of its candidates)
  const counts = new Map<string, Map<string, number>>();
  const bump = (a: string, n: string) => {
    let perArticle = counts.get(a);
    if (!perArticle) counts.set(a, (perArticle = new Map()));
    perArticle.set(n, (perArticle.get(n) ?? 0) + 1);
  };
  for (const x of xs) {
    if (!docById.has(x.articleId)) continue;
    for (const m of x.mentions) {
      const n = mentionEntity.of(x.articleId, m.id);
      if (n) bump(x.articleId, n);
    }
    const local = eventOf.get(x.articleId);
    if (!local) continue;
    for (const ev of x.events) {
      const n = local.get(ev.id);
      if (n) bump(x.articleId, n);
    }
  }
  const edges: EdgeRecord[] = acc.build(o.confidenceDecimals);
  for (const [from, perArticle] of counts) {
    for (const [to, count] of perArticle) edges.push({ id: relationId('MENTIONS', from, to), type: 'MENTIONS', from, to, properties: { count } });
  }
  nodes.sort((a, b) => compareStrings(a.id, b.id));
  sortById(edges);
  return { nodes, edges };
}
