/**
 * The records that flow through the pipeline:
 *
 *   files --ingest--> ArticleDoc --extract--> Extraction --resolve--> GraphBatch --store--> graphology graph
 *
 * ingest and extract work on one article at a time; resolve sees all of them (sorted by article id, so
 * the result does not depend on input order); the store turns a GraphBatch into the graph.
 */
import type { EntityLabel, EventType, FactType, NodeLabel, OrganizationKind, RelationType } from './ontology';

/** Neo4j-storable property values: scalars, homogeneous lists of scalars, and temporal values. */
export type Scalar = string | number | boolean;
/** A Cypher temporal value in the store's encoding (docs/store-format.md): e.g. an Event's `start` DATE. */
export type TemporalTag = {
  $temporal: 'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime' | 'Duration';
  value: string;
};
export type PropValue = Scalar | string[] | number[] | boolean[] | TemporalTag;
export type Properties = Record<string, PropValue>;

// ---------------------------------------------------------------------------------------------- ingest

/** One ingested document: metadata plus the article body with page furniture removed. */
export interface ArticleDoc {
  /** articleId(sha256) */
  id: string;
  /** path as given (relative to the cwd when it was relative) */
  path: string;
  /** sha256 (hex) of the file's bytes */
  sha256: string;
  /** sha256 of the normalised body text: the same story syndicated under another name has the same one */
  fingerprint: string;
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  /** ISO date, as precise as the source gives (2024, 2024-09, 2024-09-02) */
  published?: string;
  /** ISO 639-1 code, or 'und' */
  language: string;
  /** the body: title/headline first if the document has one, then paragraphs separated by blank lines */
  text: string;
}

/** A file that could not be ingested, and why (one line, shown to the user). */
export interface IngestProblem {
  path: string;
  reason: string;
}

// --------------------------------------------------------------------------------------------- extract

/** A character range in ArticleDoc.text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** The sentence that states a fact, as it appears in the article, with its offsets in ArticleDoc.text. */
export interface Evidence extends Span {
  articleId: string;
  sentence: string;
}

/** One occurrence of an entity in one article. */
export interface Mention extends Span {
  /** local to the extraction: 'm0', 'm1', ... */
  id: string;
  label: Exclude<EntityLabel, 'Event'>;
  /** surface form as written ("Mr Putin's" -> "Mr Putin") */
  text: string;
  /** the name with titles, honorifics and possessives removed ("Putin") */
  name: string;
  /** index into Extraction.sentences */
  sentence: number;
  /** titles seen with the name (President, spokesman) */
  titles?: string[];
  kind?: OrganizationKind;
  /** ISO 3166-1 alpha-3 for Country mentions (and demonyms, capitals resolved to a country) */
  countryCode?: string;
  /** how it was found */
  via: 'name' | 'demonym' | 'capital' | 'abbreviation' | 'description' | 'coreference';
  /** for coreference/description mentions: the id of the mention it refers to */
  refersTo?: string;
}

/** A relationship of ONTOLOGY.md between two mentions, as stated by one sentence. */
export interface FactCandidate {
  type: FactType;
  from: string; // Mention.id
  to: string; // Mention.id
  properties: Properties; // e.g. { role: 'President' } or { ratified: '2002' }
  evidence: Evidence;
  confidence: number; // [0, 1]
}

/** An event mentioned in one article with its participants (Mention ids) and date. */
export interface EventCandidate {
  /** local to the extraction: 'e0', 'e1', ... */
  id: string;
  type: EventType;
  /** a readable name, e.g. "Vladimir Putin visit to Mongolia" */
  name: string;
  /** ISO date as precise as the text allows */
  date?: string;
  /** the words that signal it ("visit", "issued a warrant") */
  trigger: string;
  agents: string[];
  targets: string[];
  locations: string[];
  /** local id of a larger event this one is part of */
  partOf?: string;
  evidence: Evidence;
  confidence: number;
}

export interface Extraction {
  articleId: string;
  sentences: Span[];
  mentions: Mention[];
  facts: FactCandidate[];
  events: EventCandidate[];
}

// --------------------------------------------------------------------------------------------- resolve

/** A node as the store holds it. `properties` includes `id` and `name` (Articles: `id`, `title`, ...). */
export interface NodeRecord {
  id: string;
  label: NodeLabel;
  properties: Properties;
}

/** A relationship as the store holds it. */
export interface EdgeRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  properties: Properties;
}

/** What resolve produces and the store applies. Sorted by id, so equal input gives equal output. */
export interface GraphBatch {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

/** Two or more articles claim different values for one property of one node or relationship. */
export interface Conflict {
  /** node id, or relationship id */
  subject: string;
  /** human-readable: "Mongolia -PARTY_TO-> Rome Statute" */
  description: string;
  property: string;
  claims: { value: PropValue; sources: string[] }[];
}
