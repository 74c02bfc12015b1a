/**
 * newsgraph as a library: the pipeline, the store, the Cypher engine and the exports.
 * The command line (src/cli) is a thin shell over these.
 */
export { openGraph, NewsgraphDb, type OpenGraphOptions, type QueryOutput } from './api/openGraph';
export * from './model';
export { CypherEngine, CypherError, formatCypherError, fromJs, toJs } from './cypher';
export { loadGraph, saveGraph, createGraph } from './store';
