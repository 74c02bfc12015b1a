/**
 * The JSON the viewer reads from `GET /api/graph` (format "newsgraph-viewer/1"). Shared by the server
 * (which writes it) and viz/ (which reads it): types only, no code.
 */
export type JsonScalar = string | number | boolean | null;
export type JsonProp = JsonScalar | JsonScalar[];

export interface ViewerNode {
  key: string;
  /** the first label ("Node" when it has none) */
  label: string;
  labels: string[];
  /** display name: `name`, else `title`, else the key */
  name: string;
  aliases: string[];
  /** relationships other than MENTIONS, both directions */
  degree: number;
  /** sum of the `count` of incoming MENTIONS (1 when a MENTIONS has no count) */
  mentions: number;
  x: number;
  y: number;
  /** every property; an Article's `text` is left out (GET /api/articles/:id has it) */
  properties: Record<string, JsonProp>;
}

export interface ViewerEdge {
  key: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, JsonProp>;
}

export interface ViewerGraph {
  format: 'newsgraph-viewer/1';
  nodes: ViewerNode[];
  edges: ViewerEdge[];
  layout: { iterations: number; ms: number };
  /** features the server offers: the viewer hides what is missing */
  features: { query: boolean; writes: boolean; graphml: boolean };
}

export interface ArticleJson {
  id: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  text: string;
}

export interface ApiErrorJson {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
