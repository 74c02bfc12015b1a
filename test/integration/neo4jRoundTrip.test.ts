/**
 * The Neo4j exports, proved by loading them back: `export neo4j` through neo4j-driver into our own
 * Bolt endpoint on an empty store, the `export cypher` script run statement by statement, and the
 * `export csv` files read back. Each time the graph that arrives must equal the seed graph: every
 * node with its labels and properties, every relationship with its type, ends and properties.
 */
import { expect } from 'chai';
import * as path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { buildGraph } from '../../src/pipeline';
import { CypherEngine } from '../../src/cypher';
import type { NewsGraph } from '../../src/store';
import { exportToNeo4j } from '../../src/export/neo4j/exportToNeo4j';
import { writeCypherScript } from '../../src/export/neo4j/writeCypherScript';
import { readNeo4jCsv, writeNeo4jCsv } from '../../src/export/neo4j/neo4jCsv';
import { startBoltServer } from '../../src/server/bolt/boltServer';
import { engineBackend } from '../../src/server/bolt/engineBackend';
import type { BoltBackend } from '../../src/server/bolt/backend';

type AnyGraph = MultiDirectedGraph<{ labels: string[]; properties: Record<string, unknown> }, { type: string; properties: Record<string, unknown> }>;

/** Asserts that `got` holds the same nodes (by id) and relationships (by their `id` property) as `want`. */
function expectSameGraph(got: AnyGraph, want: NewsGraph): void {
  expect(got.order, 'nodes').to.equal(want.order);
  expect(got.size, 'relationships').to.equal(want.size);
  const byId = new Map<string, string>();
  got.forEachNode((key, a) => byId.set(String(a.properties.id), key));
  want.forEachNode((key, a) => {
    const k = byId.get(key);
    expect(k, `node ${key}`).to.not.equal(undefined);
    expect(got.getNodeAttribute(k!, 'labels'), key).to.deep.equal(a.labels);
    expect(got.getNodeAttribute(k!, 'properties'), key).to.deep.equal({ ...a.properties, id: key });
  });
  const edges = new Map<string, string>();
  got.forEachEdge((key, a) => edges.set(String(a.properties.id ?? key), key));
  want.forEachEdge((key, a, source, target) => {
    const k = edges.get(key);
    expect(k, `relationship ${key}`).to.not.equal(undefined);
    const g = got.getEdgeAttributes(k!);
    expect(g.type).to.equal(a.type);
    expect(got.getNodeAttribute(got.source(k!), 'properties').id).to.equal(source);
    expect(got.getNodeAttribute(got.target(k!), 'properties').id).to.equal(target);
    const { id: _id, ...props } = g.properties;
    expect(props, key).to.deep.equal(a.properties);
  });
}

describe('Neo4j exports, loaded back', function () {
  this.timeout(120_000);
  let seeds: NewsGraph;

  before(async () => {
    seeds = (await buildGraph({ paths: [path.join(__dirname, '..', '..', 'seeds')] }, { workers: 1 })).graph;
  });

  it('export neo4j into the Bolt endpoint of an empty store gives the same graph, idempotently', async () => {
    const graph = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as AnyGraph;
    const engine = new CypherEngine(graph as never);
    const server = await startBoltServer({ backend: engineBackend(engine), port: 0, auth: { scheme: 'basic', user: 'neo4j', password: 'pw' } });
    try {
      const target = { uri: server.url, user: 'neo4j', password: 'pw' };
      const first = await exportToNeo4j(seeds, target, { batchSize: 50 });
      expect(first.nodes).to.equal(seeds.order);
      expectSameGraph(graph, seeds);
      await exportToNeo4j(seeds, target, { batchSize: 50 });
      expectSameGraph(graph, seeds);
      expect(engine.run('SHOW CONSTRAINTS').rows.length).to.be.greaterThan(0);
    } finally {
      await server.close();
    }
  });

  // several batches in flight: node batches all commit before relationship batches start (else a
  // relationship's MATCH would miss an end and the graph would come out short), progress stays exact
  for (const concurrency of [1, 3, 8]) {
    it(`export neo4j with --concurrency ${concurrency} gives the same graph, with exact progress`, async () => {
      const graph = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as AnyGraph;
      const engine = new CypherEngine(graph as never);
      const server = await startBoltServer({ backend: engineBackend(engine), port: 0 });
      try {
        const seen: number[] = [];
        const summary = await exportToNeo4j(seeds, { uri: server.url, user: 'neo4j', password: '' }, {
          batchSize: 7,
          concurrency,
          onProgress: (done, total) => {
            expect(total).to.equal(seeds.order + seeds.size);
            seen.push(done);
          },
        });
        expectSameGraph(graph, seeds);
        expect(seen).to.have.length(summary.batches);
        expect(seen.every((d, i) => i === 0 || d > seen[i - 1]), 'progress only grows').to.equal(true);
        expect(seen[seen.length - 1]).to.equal(seeds.order + seeds.size);
      } finally {
        await server.close();
      }
    });
  }

  it('stops at the first failing batch with one clear line, whatever the concurrency', async () => {
    const engine = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
    const inner = engineBackend(engine);
    let runs = 0;
    let runsAfterFailure = 0;
    const failAt = 5;
    const backend: BoltBackend = {
      database: inner.database,
      async begin(o) {
        const tx = await inner.begin(o);
        return {
          run(query, params) {
            if (!query.startsWith('UNWIND')) return tx.run(query, params);
            runs++;
            if (runs > failAt) runsAfterFailure++;
            if (runs === failAt) throw Object.assign(new Error('disk full\nsecond line'), { code: 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase' });
            return tx.run(query, params);
          },
          commit: () => tx.commit(),
          rollback: () => tx.rollback(),
        };
      },
    };
    const server = await startBoltServer({ backend, port: 0 });
    try {
      await exportToNeo4j(seeds, { uri: server.url, user: 'neo4j', password: '' }, { batchSize: 3, concurrency: 4 }).then(
        () => expect.fail('should throw'),
        (e) => expect(e.message).to.match(/^export neo4j: bolt:\/\/127\.0\.0\.1:\d+: Neo\.ClientError\.General\.ForbiddenOnReadOnlyDatabase: disk full$/),
      );
      // only the batches already in flight when the failure came back may still have run
      expect(runsAfterFailure).to.be.lessThan(4);
      await exportToNeo4j(seeds, { uri: server.url, user: 'neo4j', password: '' }, { concurrency: 0 }).then(
        () => expect.fail('should throw'),
        (e) => expect(e.message).to.equal('export neo4j: --concurrency must be a positive integer (got 0)'),
      );
    } finally {
      await server.close();
    }
  });

  it('explains a wrong password and an unreachable server in one line', async () => {
    const engine = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
    const server = await startBoltServer({ backend: engineBackend(engine), port: 0, auth: { scheme: 'basic', user: 'neo4j', password: 'pw' } });
    try {
      await exportToNeo4j(seeds, { uri: server.url, user: 'neo4j', password: 'nope' }).then(
        () => expect.fail('should throw'),
        (e) => expect(e.message).to.match(/^export neo4j: bolt:\/\/127\.0\.0\.1:\d+: authentication failed for user 'neo4j'$/),
      );
      await exportToNeo4j(seeds, { uri: server.url, user: 'neo4j', password: 'pw', database: 'news' }).then(
        () => expect.fail('should throw'),
        (e) => expect(e.message).to.match(/database 'news' does not exist/),
      );
    } finally {
      await server.close();
    }
    await exportToNeo4j(seeds, { uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'pw' }).then(
      () => expect.fail('should throw'),
      (e) => expect(e.message).to.match(/cannot reach the server/),
    );
  });

  it('the export cypher script, run statement by statement, gives the same graph', () => {
    const chunks: string[] = [];
    writeCypherScript(seeds, (c) => chunks.push(c), { batchSize: 40 });
    const statements = chunks.join('').split(/;\n/).map((s) => s.replace(/^\/\/[^\n]*\n/, '').trim()).filter(Boolean);
    const graph = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as AnyGraph;
    const engine = new CypherEngine(graph as never);
    for (const s of statements) engine.run(s);
    expectSameGraph(graph, seeds);
  });

  it('the export csv files, read back, give the same graph', () => {
    const data = readNeo4jCsv(writeNeo4jCsv(seeds));
    const graph = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as AnyGraph;
    for (const n of data.nodes) graph.addNode(n.id, { labels: n.labels, properties: n.properties });
    for (const r of data.relationships) graph.addEdgeWithKey(r.id, r.from, r.to, { type: r.type, properties: { ...r.properties, id: r.id } });
    expectSameGraph(graph, seeds);
  });
});
