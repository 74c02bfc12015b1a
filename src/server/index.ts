export { startServer, type RunningServer } from './startServer';
export { DEFAULT_SERVER_OPTIONS, resolveServerOptions, validateServerOptions, type ServerOptions } from './options';
export type { QueryRunner, QueryRunnerFactory, QueryOutput, QueryLimits } from './query/queryRunner';
export { engineRunner, runnerForEngine } from './query/engineRunner';
export type { ViewerGraph, ViewerNode, ViewerEdge, ArticleJson } from './viewerTypes';
export { computeLayout, defaultLayoutIterations } from './layout/computeLayout';
