export { startServer, type RunningServer } from './startServer';
export { DEFAULT_SERVER_OPTIONS, resolveServerOptions, validateServerOptions, type ServerOptions } from './options';
export type { QueryRunner, QueryRunnerFactory, QueryOutput, QueryLimits } from './query/queryRunner';
export { sharedEngine, type SharedEngine } from './sharedEngine';
export type { ViewerGraph, ViewerNode, ViewerEdge, ArticleJson } from './viewerTypes';
export { computeLayout, defaultLayoutIterations } from './layout/computeLayout';
