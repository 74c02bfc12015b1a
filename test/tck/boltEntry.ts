// What the TCK-over-Bolt adapter needs, bundled in one module: the engine and the Bolt endpoint.
export { CypherEngine } from '../../src/cypher';
export { startBoltServer } from '../../src/server/bolt/boltServer';
export { engineBackend } from '../../src/server/bolt/engineBackend';
export { temporalFromDriver } from './driverTemporal';
