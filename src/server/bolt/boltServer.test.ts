import { expect } from 'chai';
import neo4j, { type Driver } from 'neo4j-driver';
import { CypherError, NodeValue, RelationshipValue, PathValue, type CypherValue, type GraphAccess } from '../../cypher/values/types';
import type { BoltBackend, BoltResult } from './backend';
import { startBoltServer, type RunningBoltServer } from './boltServer';

/**
 * Transport tests with a scripted backend: what the backend returns must reach neo4j-driver intact,
 * transactions must call through, errors must keep their codes. (The engine-backed tests live with the
 * engine backend.)
 */
const access: GraphAccess = {
  nodeExists: () => true,
  relationshipExists: () => true,
  labels: (n) => (n.key === 'a' ? ['Person'] : ['Country']),
  nodeProperties: (n) => new Map<string, CypherValue>([['name', n.key === 'a' ? 'Vladimir Putin' : 'Russia']]),
  relationshipType: () => 'LEADER_OF',
  relationshipProperties: () => new Map<string, CypherValue>([['role', 'President']]),
  startNode: () => new NodeValue('a'),
  endNode: () => new NodeValue('b'),
  nodeId: (n) => (n.key === 'a' ? 0n : 1n),
  relationshipId: () => 7n,
};

class ScriptedBackend implements BoltBackend {
  readonly database = 'neo4j';
  log: string[] = [];
  begin() {
    const log = this.log;
    return {
      run(query: string, params: Record<string, CypherValue>): BoltResult {
        log.push(`run ${query}`);
        if (query === 'BAD') throw new CypherError('SyntaxError', 'InvalidSyntax', 'cypher.parse: line 1, column 1: unexpected BAD', 'compile time');
        if (query === 'ECHO') return { columns: ['p'], rows: [[params.p ?? null]], access };
        if (query === 'MANY') {
          const n = Number(params.n as bigint);
          return { columns: ['i'], rows: Array.from({ length: n }, (_, i) => [BigInt(i)]), access };
        }
        if (query === 'GRAPH') {
          const a = new NodeValue('a');
          const b = new NodeValue('b');
          const r = new RelationshipValue('r');
          return { columns: ['a', 'r', 'p'], rows: [[a, r, new PathValue([a, b], [r])]], access };
        }
        return { columns: [], rows: [], access, stats: { 'nodes-created': 1 } };
      },
      commit: () => void log.push('commit'),
      rollback: () => void log.push('rollback'),
    };
  }
}

describe('bolt server with neo4j-driver', function () {
  let server: RunningBoltServer;
  let driver: Driver;
  const backend = new ScriptedBackend();

  before(async () => {
    server = await startBoltServer({ backend, port: 0, auth: { scheme: 'basic', user: 'neo4j', password: 'secret' } });
    driver = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'secret'), { disableLosslessIntegers: false });
  });
  after(async () => {
    await driver.close();
    await server.close();
  });
  beforeEach(() => (backend.log = []));

  it('binds to 127.0.0.1 by default', () => expect(server.host).to.equal('127.0.0.1'));

  it('passes parameters of every type through and back', async () => {
    const values: unknown[] = [null, true, 'text ✓', 1.5, neo4j.int(42), [neo4j.int(1), 'a'], { k: [true] }];
    for (const p of values) {
      const r = await driver.session().run('ECHO', { p });
      expect(r.records[0].get('p')).to.deep.equal(p);
    }
  });

  it('streams a large result over several PULLs', async () => {
    const session = driver.session({ fetchSize: 100 });
    const r = await session.run('MANY', { n: neo4j.int(1050) });
    await session.close();
    expect(r.records).to.have.length(1050);
    expect(r.records[1049].get('i').toNumber()).to.equal(1049);
  });

  it('sends nodes, relationships and paths as Bolt structures with element ids', async () => {
    const r = await driver.executeQuery('GRAPH');
    const [a, rel, path] = [r.records[0].get('a'), r.records[0].get('r'), r.records[0].get('p')];
    expect(a.labels).to.deep.equal(['Person']);
    expect(a.properties).to.deep.equal({ name: 'Vladimir Putin' });
    expect(a.elementId).to.equal('a');
    expect(rel.type).to.equal('LEADER_OF');
    expect(rel.startNodeElementId).to.equal('a');
    expect(path.segments).to.have.length(1);
    expect(path.end.properties.name).to.equal('Russia');
  });

  it('commits managed and explicit transactions, and rolls back', async () => {
    const session = driver.session();
    await session.executeWrite((tx) => tx.run('CREATE'));
    const tx = session.beginTransaction();
    await tx.run('CREATE');
    await tx.rollback();
    await session.close();
    expect(backend.log).to.deep.equal(['run CREATE', 'commit', 'run CREATE', 'rollback']);
  });

  it('reports a syntax error with its Neo4j code, and the connection recovers', async () => {
    const session = driver.session();
    try {
      await session.run('BAD');
      expect.fail('should have thrown');
    } catch (e) {
      expect((e as { code: string }).code).to.equal('Neo.ClientError.Statement.SyntaxError');
    }
    const r = await session.run('ECHO', { p: 1 });
    await session.close();
    expect(r.records[0].get('p')).to.equal(1);
  });

  it('rejects a wrong password with one clear error', async () => {
    const bad = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'wrong'));
    try {
      await bad.verifyConnectivity();
      expect.fail('should have thrown');
    } catch (e) {
      expect((e as { code: string }).code).to.equal('Neo.ClientError.Security.Unauthorized');
    } finally {
      await bad.close();
    }
  });

  it('answers ROUTE so neo4j:// URIs work', async () => {
    const routed = neo4j.driver(`neo4j://127.0.0.1:${server.port}`, neo4j.auth.basic('neo4j', 'secret'));
    try {
      const r = await routed.executeQuery('ECHO', { p: 'routed' });
      expect(r.records[0].get('p')).to.equal('routed');
    } finally {
      await routed.close();
    }
  });
});
