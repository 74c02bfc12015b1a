import { expect } from 'chai';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './startServer';
import { DEFAULT_SERVER_OPTIONS, resolveServerOptions } from './options';
import { resolveStaticPath } from './http/serveStatic';
import { CypherError, NodeValue } from '../cypher/values/types';
import type { QueryRunner } from './query/queryRunner';
import type { ViewerGraph } from './viewerTypes';
import { VIEWER_FIXTURE as FIXTURE, withWritableServer } from './__tests__/writableServer';

describe('server/options', () => {
  it('defaults bind 127.0.0.1:4173, read-only', () => {
    const o = resolveServerOptions({});
    expect(o).to.include({ port: 4173, host: '127.0.0.1', allowWrites: false });
    expect(DEFAULT_SERVER_OPTIONS.port).to.equal(4173);
  });
  const bad: Array<[string, Record<string, unknown>]> = [
    ['port', { port: 70000 }],
    ['port', { port: 1.5 }],
    ['host', { host: 'a b' }],
    ['allowWrites', { allowWrites: 'yes' }],
    ['queryTimeoutMs', { queryTimeoutMs: 0 }],
    ['maxRows', { maxRows: -1 }],
    ['layoutIterations', { layoutIterations: -3 }],
    ['graphPath', { graphPath: '' }],
  ];
  for (const [option, partial] of bad) {
    it(`refuses a bad ${option}: ${JSON.stringify(partial)}`, () => {
      expect(() => resolveServerOptions(partial as never))
        .to.throw()
        .that.satisfies((e: { code: string; details: { option: string } }) => e.code === 'INPUT' && e.details.option === option);
    });
  }
});

describe('server/http/resolveStaticPath', () => {
  const root = '/srv/viewer';
  const cases: Array<[string, string | null]> = [
    ['/', '/srv/viewer/index.html'],
    ['/app.js', '/srv/viewer/app.js'],
    ['/a/./b.css', '/srv/viewer/a/b.css'],
    ['/../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/a/%2e%2e/%2e%2e/x', null],
    ['/..%2fsecret', null],
    ['/a%00.js', null],
    ['/%5c..%5cx', null],
    ['/%E0%A4%A', null],
  ];
  for (const [path, expected] of cases) it(`${path} -> ${expected}`, () => expect(resolveStaticPath(root, path)).to.equal(expected));
});

describe('server/startServer (HTTP)', () => {
  let server: RunningServer;
  let dir: string;
  let calls: Array<{ query: string; params: Map<string, unknown> }> = [];
  const runner: QueryRunner = {
    run(query, params) {
      calls.push({ query, params });
      if (query.includes('BROKEN')) throw new CypherError('SyntaxError', 'InvalidSyntax', 'cypher.parse: unexpected BROKEN', 'compile time', 1, 8);
      if (query.includes('SLOW')) return new Promise((r) => setTimeout(() => r({ columns: [], rows: [] }), 500));
      if (query.includes('MANY')) return { columns: ['i'], rows: Array.from({ length: 50 }, (_, i) => [BigInt(i)]) };
      return { columns: ['p', 'n'], rows: [[new NodeValue('person:vladimir-putin'), 1n]], stats: {} };
    },
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ng-server-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'dist', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    server = await startServer({ graphPath: FIXTURE, staticDir: join(dir, 'dist'), port: 0, queryRunner: () => runner, maxRows: 10, queryTimeoutMs: 200 });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => (calls = []));
  const get = (p: string, init?: RequestInit) => fetch(new URL(p, server.url), init);
  const post = (body: unknown) => get('/api/query', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  it('listens on 127.0.0.1', () => expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/));

  it('GET /api/graph: every node with position, size inputs and properties; no article text', async () => {
    const res = await get('/api/graph');
    expect(res.status).to.equal(200);
    const g = (await res.json()) as ViewerGraph;
    expect(g.format).to.equal('newsgraph-viewer/1');
    expect(g.nodes).to.have.length(31);
    expect(g.edges).to.have.length(74);
    const putin = g.nodes.find((n) => n.key === 'person:vladimir-putin')!;
    expect(putin).to.include({ label: 'Person', name: 'Vladimir Putin' });
    expect(putin.aliases).to.include('Mr Putin');
    expect(putin.mentions).to.equal(18);
    expect(putin.degree).to.be.greaterThan(3);
    expect(Number.isFinite(putin.x) && Number.isFinite(putin.y)).to.equal(true);
    const article = g.nodes.find((n) => n.label === 'Article')!;
    expect(article.properties).not.to.have.property('text');
    expect(article.properties).to.have.property('publisher');
    expect(g.features).to.deep.equal({ query: true, writes: false, graphml: true });
    expect(g.edges.find((e) => e.type === 'PARTY_TO')!.properties.conflicts).to.deep.equal(['ratified']);
  });

  it('GET /api/graph twice gives the same layout (computed once per graph)', async () => {
    const a = await (await get('/api/graph')).text();
    const b = await (await get('/api/graph')).text();
    expect(a).to.equal(b);
  });

  it('GET /api/articles/:id returns the text and metadata', async () => {
    const res = await get('/api/articles/' + encodeURIComponent('article:1a2b3c4d5e6f7081'));
    expect(res.status).to.equal(200);
    const a = (await res.json()) as { text: string; publisher: string; published: string };
    expect(a.publisher).to.equal('Reuters');
    expect(a.published).to.equal('2024-09-03');
    expect(a.text).to.contain('Ulaanbaatar');
  });

  const notFound = ['/api/articles/article%3Anope', '/api/articles/person%3Avladimir-putin', '/api/nothing'];
  for (const p of notFound)
    it(`GET ${p} -> 404 NOT_FOUND`, async () => {
      const res = await get(p);
      expect(res.status).to.equal(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('NOT_FOUND');
    });

  it('POST /api/query encodes values and decodes params', async () => {
    const res = await post({ query: 'MATCH (p:Person {name: $name}) RETURN p, 1 AS n', params: { name: 'Vladimir Putin', k: 2 } });
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { columns: string[]; rows: unknown[][]; truncated: boolean };
    expect(body.columns).to.deep.equal(['p', 'n']);
    expect(body.rows[0]![0]).to.deep.include({ $type: 'Node', key: 'person:vladimir-putin', labels: ['Person'] });
    expect(body.rows[0]![1]).to.equal(1);
    expect(body.truncated).to.equal(false);
    expect(calls[0]!.params.get('k')).to.equal(2n);
  });

  it('POST /api/query caps rows', async () => {
    const body = (await (await post({ query: 'MANY' })).json()) as { rows: unknown[]; truncated: boolean };
    expect(body.rows).to.have.length(10);
    expect(body.truncated).to.equal(true);
  });

  const failures: Array<[string, unknown, number, string]> = [
    ['a write clause', { query: 'MATCH (n)\nSET n.x = 1' }, 403, 'WRITE_FORBIDDEN'],
    ['bad JSON', '{nope', 400, 'INPUT'],
    ['no query', { params: {} }, 400, 'INPUT'],
    ['params not an object', { query: 'RETURN 1', params: [1] }, 400, 'INPUT'],
    ['a Cypher error', { query: 'RETURN BROKEN' }, 400, 'CYPHER'],
    ['a timeout', { query: 'SLOW' }, 422, 'LIMIT'],
  ];
  for (const [what, body, status, code] of failures)
    it(`POST /api/query with ${what} -> ${status} ${code}`, async () => {
      const res = await post(body);
      expect(res.status).to.equal(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).to.equal(code);
    });

  it('a refused write runs nothing and shows where', async () => {
    const body = (await (await post({ query: 'MATCH (n)\nDETACH DELETE n' })).json()) as { error: { details: Record<string, unknown> } };
    expect(calls).to.have.length(0);
    expect(body.error.details).to.include({ clause: 'DETACH DELETE', line: 2, column: 1 });
    expect(body.error.details.excerpt).to.equal('DETACH DELETE n\n^');
  });

  it('a Cypher error carries class, position and the caret excerpt', async () => {
    const body = (await (await post({ query: 'RETURN BROKEN' })).json()) as { error: { details: Record<string, unknown> } };
    expect(body.error.details).to.include({ cypherClass: 'SyntaxError', line: 1, column: 8, excerpt: 'RETURN BROKEN\n       ^' });
  });

  it('GET /api/query -> 405', async () => {
    const res = await get('/api/query');
    expect(res.status).to.equal(405);
    expect(res.headers.get('allow')).to.equal('POST');
  });

  it('GET /api/export/graphml: the whole graph from the GraphML writer', async () => {
    const res = await get('/api/export/graphml');
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-disposition')).to.contain('newsgraph.graphml');
    const xml = await res.text();
    expect(xml).to.contain('<graphml');
    expect(xml.match(/<node /g)).to.have.length(31);
    expect(xml).to.contain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('serves the viewer with a CSP that forbids inline script, and nosniff', async () => {
    const res = await get('/');
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.contain('text/html');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).to.contain("script-src 'self'");
    expect(csp).not.to.contain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect((await get('/app.js')).headers.get('content-type')).to.contain('javascript');
  });

  for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js'])
    it(`does not serve ${p}`, async () => {
      const res = await get(p);
      expect(res.status).to.equal(404);
      expect(await res.text()).not.to.contain('secret"');
    });

  it('refuses POST on files', async () => expect((await get('/', { method: 'POST' })).status).to.equal(405));
});

describe('server/startServer (embedded Cypher engine, writes, bad store)', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ graphPath: FIXTURE, staticDir: tmpdir(), port: 0, maxRows: 5 });
  });
  after(() => server.close());
  const q = async (query: string, params?: unknown, s = server) => {
    const res = await fetch(new URL('/api/query', s.url), { method: 'POST', body: JSON.stringify({ query, params }) });
    return { status: res.status, body: (await res.json()) as { columns: string[]; rows: unknown[][]; stats: Record<string, number>; error: { code: string; details: Record<string, unknown> } } };
  };

  it('answers a read query with the engine', async () => {
    const { status, body } = await q('MATCH (p:Person)-[:LEADER_OF]->(c:Country) RETURN p.name AS leader, c.name AS country ORDER BY leader');
    expect(status).to.equal(200);
    expect(body.columns).to.deep.equal(['leader', 'country']);
    expect(body.rows).to.deep.equal([['Ukhnaagiin Khurelsukh', 'Mongolia'], ['Vladimir Putin', 'Russia']]);
  });
  it('passes parameters through, integers as integers', async () => {
    const { body } = await q('MATCH (p:Person {name: $name}) RETURN p, $n + 1 AS next', { name: 'Vladimir Putin', n: 41 });
    expect(body.rows[0]![0]).to.deep.include({ $type: 'Node', key: 'person:vladimir-putin' });
    expect(body.rows[0]![1]).to.equal(42);
  });
  it('a syntax error comes back with its position and caret', async () => {
    const { status, body } = await q('MATCH (n RETURN n');
    expect(status).to.equal(400);
    expect(body.error.code).to.equal('CYPHER');
    expect(body.error.details).to.include({ cypherClass: 'SyntaxError', line: 1, column: 10, excerpt: 'MATCH (n RETURN n\n         ^' });
  });
  it('read-only: the planner decides what writes (a keyword in a string is not a write)', async () => {
    expect((await q('MATCH (n) SET n.x = 1')).status).to.equal(403);
    expect((await q('MERGE (n:Person {name: "x"}) RETURN n')).body.error.code).to.equal('WRITE_FORBIDDEN');
    const ok = await q("RETURN 'CREATE' AS word");
    expect(ok.status).to.equal(200);
    expect(ok.body.rows).to.deep.equal([['CREATE']]);
  });
  it('the row cap is a LIMIT error', async () => {
    const { status, body } = await q('MATCH (n) RETURN n');
    expect(status).to.equal(422);
    expect(body.error.code).to.equal('LIMIT');
  });
  it('with --allow-writes a write changes the graph, the viewer JSON and the store file', async () => {
    await withWritableServer(async (s, path) => {
      const { status, body } = await q("CREATE (n:Person {id: 'person:new', name: 'New Person'}) RETURN n.name", undefined, s);
      expect(status).to.equal(200);
      expect(body.stats.nodesCreated).to.equal(1);
      const g = (await (await fetch(new URL('/api/graph', s.url))).json()) as ViewerGraph;
      expect(g.nodes).to.have.length(32);
      expect(g.features.writes).to.equal(true);
      const saved = JSON.parse(readFileSync(path, 'utf8')) as { nodes: unknown[] };
      expect(saved.nodes).to.have.length(32);
    });
  });
  it('one engine behind HTTP and its Bolt backend: a committed backend write is saved, seen over HTTP and in /api/graph', async () => {
    await withWritableServer(async (s, path) => {
      expect((await (await fetch(new URL('/api/graph', s.url))).json() as ViewerGraph).nodes).to.have.length(31);
      const tx = await s.backend!.begin({ mode: 'w' });
      tx.run("CREATE (:Person {id: 'person:bolt', name: 'Via Bolt'})", {});
      await tx.commit();
      expect((await q("MATCH (p:Person {name: 'Via Bolt'}) RETURN count(p) AS n", undefined, s)).body.rows).to.deep.equal([[1]]);
      expect((await (await fetch(new URL('/api/graph', s.url))).json() as ViewerGraph).nodes).to.have.length(32);
      expect((JSON.parse(readFileSync(path, 'utf8')) as { nodes: unknown[] }).nodes).to.have.length(32);
      const w = await q("MATCH (p:Person {name: 'Via Bolt'}) REMOVE p.name", undefined, s);
      expect(w.body.stats).to.include({ propertiesRemoved: 1 }); // the engine's counters, not Bolt's names
    });
  });
  it('an injected query runner has no Bolt backend', async () => {
    const s = await startServer({ graphPath: FIXTURE, staticDir: tmpdir(), port: 0, queryRunner: () => ({ run: () => ({ columns: [], rows: [] }) }) });
    try {
      expect(s.backend).to.equal(null);
      expect(server.backend).not.to.equal(null);
    } finally {
      await s.close();
    }
  });
  it('fails to start with NOT_FOUND for a missing store and FORMAT for a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-bad-'));
    try {
      writeFileSync(join(dir, 'bad.json'), '{"x":1}');
      for (const [path, code] of [[join(dir, 'none.json'), 'NOT_FOUND'], [join(dir, 'bad.json'), 'FORMAT']] as const) {
        let err: { code?: string } = {};
        await startServer({ graphPath: path, port: 0 }).catch((e) => (err = e));
        expect(err.code).to.equal(code);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
