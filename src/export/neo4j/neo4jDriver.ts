import type Neo4j from 'neo4j-driver';

let loaded: typeof Neo4j | undefined;

/**
 * neo4j-driver, loaded on first use: it takes ~70 ms to load, which only `export neo4j` should pay
 * (the CLI loads every command's module at start-up, `build` included).
 */
export function neo4jDriver(): typeof Neo4j {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= (require('neo4j-driver') as { default: typeof Neo4j }).default);
}
