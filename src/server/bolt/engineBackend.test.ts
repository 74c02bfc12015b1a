import { expect } from 'chai';
import neo4j, { type Driver } from 'neo4j-driver';
import { CypherEngine } from '../../cypher';
import { createGraph } from '../../store';
import { engineBackend, RwLock } from './engineBackend';
import { startBoltServer, type RunningBoltServer } from './boltServer';

describe('bolt endpoint on the embedded engine, through neo4j-driver', function () {
  let server: RunningBoltServer;
  let driver: Driver;
  let engine: CypherEngine;
  let commits = 0;

  beforeEach(async () => {
    engine = new CypherEngine(createGraph() as never);
    commits = 0;
    server = await startBoltServer({
      backend: engineBackend(engine, { onCommit: () => void commits++, lockTimeoutMs: 2000 }),
      port: 0,
    });
    driver = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'any'));
  });
  afterEach(async () => {
    await driver.close();
    await server.close();
  });

  it('runs session.run and executeQuery with parameters of every type', async () => {
    const params = { i: neo4j.int(7), f: 2.5, s: 'Ukhnaagiin Khurelsukh', b: true, n: null, l: [neo4j.int(1), neo4j.int(2)], m: { k: 'v' } };
    const r = await driver.session().run('RETURN $i AS i, $f AS f, $s AS s, $b AS b, $n AS n, $l AS l, $m AS m, $i + 1 AS j', params);
    const rec = r.records[0];
    expect(rec.get('i').toNumber()).to.equal(7);
    expect(rec.get('f')).to.equal(2.5);
    expect(rec.get('s')).to.equal('Ukhnaagiin Khurelsukh');
    expect(rec.get('b')).to.equal(true);
    expect(rec.get('n')).to.equal(null);
    expect(rec.get('l').map((x: { toNumber(): number }) => x.toNumber())).to.deep.equal([1, 2]);
    expect(rec.get('m')).to.deep.equal({ k: 'v' });
    expect(rec.get('j').toNumber()).to.equal(8);
    const q = await driver.executeQuery("CREATE (p:Person {name: $name}) RETURN p", { name: 'Dmitry Peskov' });
    expect(q.records[0].get('p').labels).to.deep.equal(['Person']);
    expect(q.summary.counters.updates().nodesCreated).to.equal(1);
    expect(commits).to.equal(1);
  });

  it('maps temporal values both ways as Bolt structures', async () => {
    const r = await driver.executeQuery(
      "RETURN date('2024-09-03') AS d, localtime('12:30:15.5') AS lt, time('10:00+02:00') AS t, " +
        "localdatetime('2024-09-03T10:15:30') AS ldt, datetime('2024-09-03T10:15:30.123456789+08:00') AS dt, " +
        "datetime('2024-09-03T10:15:30[Asia/Ulaanbaatar]') AS dtz, duration('P1Y2M3DT4H5M6.5S') AS dur",
    );
    const rec = r.records[0];
    expect(rec.get('d')).to.be.instanceOf(neo4j.types.Date);
    expect(String(rec.get('d'))).to.equal('2024-09-03');
    expect(String(rec.get('lt'))).to.equal('12:30:15.500000000');
    expect(String(rec.get('t'))).to.equal('10:00:00+02:00');
    expect(String(rec.get('ldt'))).to.equal('2024-09-03T10:15:30');
    expect(String(rec.get('dt'))).to.equal('2024-09-03T10:15:30.123456789+08:00');
    expect(rec.get('dtz').timeZoneId).to.equal('Asia/Ulaanbaatar');
    expect(Number(rec.get('dtz').hour)).to.equal(10);
    expect(String(rec.get('dur'))).to.equal('P1Y2M3DT4H5M6.500000000S');
    const params = {
      d: new neo4j.types.Date(2024, 9, 3),
      dt: new neo4j.types.DateTime(2024, 9, 3, 10, 15, 30, 0, 3600 * 8),
      dtz: new neo4j.types.DateTime(2024, 9, 3, 10, 15, 30, 0, undefined, 'Europe/London'),
      dur: new neo4j.types.Duration(1, 2, 3, 4),
    };
    const back = await driver.executeQuery('RETURN toString($d) AS d, toString($dt) AS dt, toString($dtz) AS dtz, $dur.days AS days, $d + duration({days: 1}) AS next', params);
    expect(back.records[0].get('d')).to.equal('2024-09-03');
    expect(back.records[0].get('dt')).to.equal('2024-09-03T10:15:30+08:00');
    expect(back.records[0].get('dtz')).to.equal('2024-09-03T10:15:30+01:00[Europe/London]');
    expect(back.records[0].get('days').toNumber()).to.equal(2);
    expect(String(back.records[0].get('next'))).to.equal('2024-09-04');
  });

  it('streams a 5,000-row result in several PULLs', async () => {
    const session = driver.session({ fetchSize: 500 });
    const r = await session.run('UNWIND range(1, 5000) AS i RETURN i');
    await session.close();
    expect(r.records).to.have.length(5000);
    expect(r.records[4999].get('i').toNumber()).to.equal(5000);
  });

  it('commits an explicit transaction, and a rolled-back one leaves nothing', async () => {
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run("CREATE (:Country {name: 'Mongolia'})");
    await tx.rollback();
    const tx2 = session.beginTransaction();
    await tx2.run("CREATE (:Country {name: 'Russia'})");
    const inside = await tx2.run('MATCH (c:Country) RETURN c.name AS name');
    expect(inside.records.map((x) => x.get('name'))).to.deep.equal(['Russia']);
    await tx2.commit();
    await session.close();
    const after = await driver.executeQuery('MATCH (c:Country) RETURN c.name AS name');
    expect(after.records.map((x) => x.get('name'))).to.deep.equal(['Russia']);
  });

  it("keeps a transaction's writes invisible to other sessions until COMMIT", async () => {
    const writer = driver.session();
    const tx = writer.beginTransaction();
    await tx.run("CREATE (:Person {name: 'Fadi el-Abdallah'})");
    const reader = driver.session({ defaultAccessMode: neo4j.session.READ });
    let seen: number | null = null;
    const read = reader.run('MATCH (p:Person) RETURN count(p) AS n').then((r) => (seen = r.records[0].get('n').toNumber()));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen, 'the reader waits for the writer').to.equal(null);
    await tx.commit();
    await read;
    expect(seen).to.equal(1);
    await writer.close();
    await reader.close();
  });

  it('reports a syntax error with its code and position, and a write in read mode', async () => {
    const session = driver.session();
    try {
      await session.run('MATCH (n RETURN n');
      expect.fail('should throw');
    } catch (e) {
      expect((e as { code: string }).code).to.equal('Neo.ClientError.Statement.SyntaxError');
    }
    const ok = await session.run('RETURN 1 AS one');
    expect(ok.records[0].get('one').toNumber()).to.equal(1);
    await session.close();
    const ro = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await ro.executeRead((tx) => tx.run('CREATE (n)'));
      expect.fail('should throw');
    } catch (e) {
      expect((e as { code: string }).code).to.equal('Neo.ClientError.Statement.AccessMode');
    } finally {
      await ro.close();
    }
  });

  it('poisons a transaction after a failed statement: the commit fails and nothing is written', async () => {
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run('CREATE (:T)');
    await tx.run('RETURN 1/0').catch(() => undefined);
    let failed = false;
    await tx.commit().catch(() => (failed = true));
    await session.close();
    expect(failed).to.equal(true);
    const r = await driver.executeQuery('MATCH (n:T) RETURN count(n) AS n');
    expect(r.records[0].get('n').toNumber()).to.equal(0);
  });

  it('returns nodes, relationships and paths with properties and element ids', async () => {
    await driver.executeQuery("CREATE (:Person {name: 'Putin'})-[:LEADER_OF {role: 'President'}]->(:Country {name: 'Russia'})");
    const r = await driver.executeQuery('MATCH p = (a)-[r]->(b) RETURN a, r, p');
    const [a, rel, p] = [r.records[0].get('a'), r.records[0].get('r'), r.records[0].get('p')];
    expect(a.properties).to.deep.equal({ name: 'Putin' });
    expect(rel.properties).to.deep.equal({ role: 'President' });
    expect(rel.startNodeElementId).to.equal(a.elementId);
    expect(p.end.labels).to.deep.equal(['Country']);
  });
});

describe('RwLock', () => {
  it('lets readers share, a writer wait for them, and times out', async () => {
    const lock = new RwLock();
    const r1 = await lock.acquire(false, 100);
    const r2 = await lock.acquire(false, 100);
    let wrote = false;
    const w = lock.acquire(true, 1000).then((rel) => {
      wrote = true;
      return rel;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(wrote).to.equal(false);
    r1();
    r2();
    const release = await w;
    expect(wrote).to.equal(true);
    try {
      await lock.acquire(false, 20);
      expect.fail('should time out');
    } catch (e) {
      expect((e as { boltCode: string }).boltCode).to.match(/TransientError/);
    }
    release();
  });
});
