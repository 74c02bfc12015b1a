/**
 * The gold standard for one set of articles (docs/gold-format.md): what a careful reader says the texts
 * state. `scoreGraph` compares a GraphBatch against it.
 */
import type { EntityLabel, EventType, FactType, OrganizationKind } from '../model/ontology';

/** Entities scored by label: every label but Event (events are scored on their own) and Article. */
export type GoldEntityLabel = Exclude<EntityLabel, 'Event'>;

/** One source document of the set. */
export interface GoldArticle {
  /** file name inside the articles directory ("usmca-signing.txt") */
  file: string;
  /** where the text was taken from; absent only when nobody knows (some seeds) */
  url?: string;
  /** free text: "trade deal", "election" */
  topic?: string;
  /** the headline, for reports */
  title?: string;
}

/** One real-world thing the texts name. */
export interface GoldEntity {
  label: GoldEntityLabel;
  /** canonical name: the fullest form the texts give */
  name: string;
  /** every other surface form the texts use for it; each must resolve to this entity */
  aliases: string[];
  kind?: OrganizationKind;
  /** ISO 3166-1 alpha-3, for countries */
  iso3?: string;
}

/** A relationship of the ontology that the texts clearly state. `from`/`to` name gold entities. */
export interface GoldFact {
  type: FactType;
  from: string;
  to: string;
  /** expected property values (role, signed, ratified); reported when they differ, not part of F1 */
  properties?: Record<string, string>;
}

/** Something that happened (or is planned) at a time. Participants name gold entities. */
export interface GoldEvent {
  type: EventType;
  /** ISO 8601 as precise as the text gives: 2024, 2024-09, 2024-09-03; absent when the text gives none */
  date?: string;
  agents: string[];
  targets: string[];
  locations: string[];
  /** a readable description, for reports only */
  description?: string;
}

/** Articles disagree on one property of one node or relationship. */
export interface GoldConflict {
  /** the gold entity the property belongs to (for a relationship: its `from` entity) */
  subject: string;
  /** for a relationship: its type and its `to` entity; absent for a node property */
  relation?: { type: FactType; to: string };
  property: string;
  /** every value claimed (at least two) */
  values: string[];
}

export interface Gold {
  /** the file it was read from (for messages) */
  file: string;
  articles: GoldArticle[];
  entities: GoldEntity[];
  facts: GoldFact[];
  events: GoldEvent[];
  conflicts: GoldConflict[];
  /** names that must not become entities: page furniture, bylines, site names */
  forbidden: string[];
  /** event types this gold does not list: predictions of these types are not counted as errors */
  unscoredEventTypes: EventType[];
}
