/** The temporal types of the store's `$temporal` tags, and their names in Cypher and in neo4j-admin headers. */
export const TEMPORAL_TYPES = ['Date', 'LocalTime', 'Time', 'LocalDateTime', 'DateTime', 'Duration'] as const;
export type TemporalTypeName = (typeof TEMPORAL_TYPES)[number];

/** the Cypher constructor function (`date('2024-09-03')`) and the neo4j-admin column type (`start:date`) */
export const temporalFunction = (type: string): string | undefined =>
  (TEMPORAL_TYPES as readonly string[]).includes(type) ? type.toLowerCase() : undefined;

/** the store's tag for a neo4j-admin column type (`date` -> `Date`) */
export const temporalTypeOfColumn = (column: string): TemporalTypeName | undefined =>
  TEMPORAL_TYPES.find((t) => t.toLowerCase() === column);
