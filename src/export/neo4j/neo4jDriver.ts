import type Neo4j from 'neo4j-driver';
import { lazy } from '../../model/lazy';

/**
 * neo4j-driver, loaded on first use: it takes ~70 ms to load, which only `export neo4j` should pay
 * (the CLI loads every command's module at start-up, `build` included).
 */
export const neo4jDriver: () => typeof Neo4j = lazy(() => (require('neo4j-driver') as { default: typeof Neo4j }).default);
