/** The records clusterEntities works with: mentions, the name forms of named mentions, entity nodes. */
import type { EntityLabel } from '../model/ontology';
import type { Mention, Properties } from '../model/types';

export type MentionLabel = Exclude<EntityLabel, 'Event'>;

export interface EntityNode {
  id: string;
  label: MentionLabel;
  properties: Properties;
}

export const mentionKey = (articleId: string, mentionId: string) => `${articleId}\u0000${mentionId}`;

/** One distinct name of one label (or one ISO code), with the named mentions that use it. */
export interface Form {
  key: string;
  label: MentionLabel;
  /** nameTokens of the name, shared with the name-token cache: never mutated */
  tokens: readonly string[];
  articles: Set<string>;
  iso?: string;
  acronym: boolean;
}

export interface MentionInfo {
  articleId: string;
  mention: Mention;
  /** index of the named mention this one stands for (itself when it is named); -1: none */
  anchor: number;
}

/** Mentions that name their entity (the others describe it or point at it). */
export const NAMED_VIA = new Set(['name', 'demonym', 'capital', 'abbreviation']);
