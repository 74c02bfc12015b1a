/**
 * Scores a GraphBatch against a gold standard (docs/gold-format.md). Pure: the batch and the gold in,
 * a Report out. Article texts for the provenance check come from the Article nodes' `text` property, or
 * from `options.texts` (article id -> text).
 */
import type { GraphBatch } from '../model/types';
import type { ConflictScores } from './findConflicts';
import { findConflicts } from './findConflicts';
import type { FurnitureHit } from './findFurniture';
import { findFurniture } from './findFurniture';
import type { Gold } from './goldTypes';
import type { EntityScores } from './matchEntities';
import { matchEntities } from './matchEntities';
import type { ProvenanceScores } from './checkProvenance';
import { checkProvenance } from './checkProvenance';
import type { RelationshipScores } from './scoreRelationships';
import { scoreRelationships } from './scoreRelationships';
import type { EventScores } from './scoreEvents';
import { scoreEvents } from './scoreEvents';
import { stringList } from './nodeForms';

export interface Report {
  gold: string;
  /** gold articles found among the batch's Article nodes (by file name at the end of `path`, or by `url`) */
  articles: { expected: number; found: number; missing: string[] };
  entities: Omit<EntityScores, 'duplicates'>;
  relationships: RelationshipScores;
  events: EventScores;
  conflicts: ConflictScores;
  provenance: ProvenanceScores;
  furniture: { count: number; hits: FurnitureHit[] };
  duplicates: { count: number; groups: EntityScores['duplicates'] };
}

export interface ScoreOptions {
  /** article id -> text, for the provenance check when the Article nodes carry no `text` */
  texts?: Record<string, string>;
}

export function scoreGraph(batch: GraphBatch, gold: Gold, options: ScoreOptions = {}): Report {
  const { nodeToGold, scores } = matchEntities(batch, gold);
  const { duplicates, ...entities } = scores;

  const articleNodes = batch.nodes.filter((n) => n.label === 'Article');
  const missing = gold.articles
    .filter(
      (a) =>
        !articleNodes.some((n) => {
          const path = stringList(n.properties.path)[0] ?? '';
          return path === a.file || path.endsWith(`/${a.file}`) || path.endsWith(`\\${a.file}`) || (a.url !== undefined && stringList(n.properties.url).includes(a.url));
        }),
    )
    .map((a) => a.file);

  const furniture = findFurniture(batch, gold.forbidden);
  return {
    gold: gold.file,
    articles: { expected: gold.articles.length, found: gold.articles.length - missing.length, missing },
    entities,
    relationships: scoreRelationships(batch, gold, nodeToGold),
    events: scoreEvents(batch, gold, nodeToGold),
    conflicts: findConflicts(batch, gold, nodeToGold),
    provenance: checkProvenance(batch, options.texts),
    furniture: { count: furniture.length, hits: furniture },
    duplicates: { count: duplicates.reduce((s, d) => s + d.nodes.length - 1, 0), groups: duplicates },
  };
}
