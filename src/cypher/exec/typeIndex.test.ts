import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, toJs } from '../index';
import type { StoreGraph } from './graphStore';
import { TypeIndex } from './typeIndex';

/** what the index says about the graph, in key terms (independent of slot numbering and order) */
function view(idx: TypeIndex): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const live = (e: number) => idx.edgeSrc[e] >= 0;
  const edge = (e: number) => `${idx.edgeKeys[e]}:${idx.nodeKeys[idx.edgeSrc[e]]}->${idx.nodeKeys[idx.edgeDst[e]]}:${idx.edgeAttrs[e]!.type}`;
  for (const t of idx.types().sort()) {
    const l = idx.list(t)!;
    const edges: string[] = [];
    for (let i = 0; i < l.n; i++) if (live(l.slots[i])) edges.push(edge(l.slots[i]));
    expect(edges.length, `live count of ${t}`).to.equal(l.live);
    out[`type ${t}`] = edges.sort();
  }
  for (const [key, slot] of idx.slotOf) {
    expect(idx.nodeKeys[slot]).to.equal(key);
    out[`out ${key}`] = idx.outEdges[slot].filter(live).map(edge).sort();
    out[`in ${key}`] = idx.inEdges[slot].filter(live).map(edge).sort();
    out[`prop ${key}`] = [JSON.stringify(idx.propertyColumn('i')[slot] ?? null)];
    for (const label of ['A', 'B', 'C']) {
      if (idx.labelColumn(label)[slot] === 1) (out[`label ${label}`] ??= []).push(key);
    }
  }
  for (const k of Object.keys(out)) if (k.startsWith('label')) out[k].sort();
  return out;
}

function engine(): CypherEngine {
  const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
  e.run(`UNWIND range(0, 11) AS i CREATE (:A {i: i})`);
  e.run('MATCH (a:A), (b:A) WHERE b.i = (a.i + 1) % 12 OR b.i = (a.i * 5) % 12 CREATE (a)-[:R {w: a.i}]->(b), (b)-[:S]->(a)');
  e.run('MATCH (a:A {i: 3}) CREATE (a)-[:R]->(a)');
  // build the index (and the label columns) before the writes under test
  e.run('MATCH (a:A)-[r:R]->(b:B) RETURN count(r)');
  e.store.typeIndex().labelColumn('B');
  e.store.typeIndex().labelColumn('C');
  e.store.typeIndex().propertyColumn('i');
  return e;
}

describe('slot index upkeep (type lists, adjacency, label and property columns)', () => {
  const writes = [
    'MATCH ()-[r:R]->() WHERE r.w % 3 = 0 DELETE r',
    'MATCH (a:A {i: 4}) DETACH DELETE a',
    'MATCH (a:A) WHERE a.i < 6 DETACH DELETE a',
    'MATCH (a:A {i: 2}), (b:A {i: 9}) CREATE (a)-[:T]->(b), (b)-[:T]->(a), (a)-[:T]->(a)',
    'CREATE (x:B)-[:R]->(y:C), (y)-[:S]->(x)',
    'MATCH (a:A) WHERE a.i % 2 = 0 SET a:B REMOVE a:A',
    'MATCH (a:A) WHERE a.i > 6 SET a.i = a.i * 10',
    'MATCH (a:A) WHERE a.i < 3 REMOVE a.i',
    'MATCH (a:A {i: 1}) SET a = {j: 1}',
    'MATCH (a:A)-[r:S]->(b) DELETE r CREATE (b)-[:S2]->(a)',
    'MATCH ()-[r]->() DELETE r',
    'MATCH (n) DETACH DELETE n',
    // property writes through nodes whose slot the value carries (index postings, creation)
    'MATCH (a:A {i: 5}) SET a.i = 50',
    'UNWIND [100, 5, 101, 6] AS x MERGE (a:A {i: x}) SET a.i = x + 1000',
    'CREATE (n:A {i: 7}) SET n.i = 70 WITH n MATCH (m:A {i: 70}) SET m.i = 71',
  ];
  for (const w of writes) {
    it(`stays equal to a rebuilt index after: ${w}`, () => {
      const e = engine();
      e.run(w);
      e.run('CREATE (:C)-[:R]->(:A)'); // slots freed by the write get reused
      const live = e.store.typeIndex();
      expect(view(live)).to.deep.equal(view(new TypeIndex(e.graph)));
    });
  }
  it('stays equal to a rebuilt index when the property postings were made before it', () => {
    const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
    e.run('UNWIND range(0, 11) AS i CREATE (:A {i: i})');
    e.run('MATCH (a:A {i: 3}) RETURN a'); // postings for (A, i) first, the slot index after
    e.store.typeIndex().propertyColumn('i');
    e.run('UNWIND [3, 4, 20] AS x MERGE (a:A {i: x}) SET a.i = x * 10');
    expect(view(e.store.typeIndex())).to.deep.equal(view(new TypeIndex(e.graph)));
  });
  it('is unchanged by a statement that fails and rolls back', () => {
    const e = engine();
    const before = view(e.store.typeIndex());
    expect(() => e.run('MATCH (a:A)-[r:R]->() DELETE r CREATE (a)-[:Z]->(a) WITH a RETURN 1 / 0')).to.throw();
    expect(view(e.store.typeIndex())).to.deep.equal(before);
    expect(view(e.store.typeIndex())).to.deep.equal(view(new TypeIndex(e.graph)));
  });
  it('scans see a consistent graph when the same statement deletes what they read', () => {
    const e = engine();
    const n = Number(toJs(e.run('MATCH ()-[r:R]->() RETURN count(r)').rows[0][0], e.store));
    const r = e.run('MATCH ()-[r:R]->() DELETE r RETURN count(*) AS c');
    expect(Number(toJs(r.rows[0][0], e.store))).to.equal(n);
    expect(e.store.typeCount('R')).to.equal(0);
  });
  it('var-length walks and degree counts agree with graphology after writes', () => {
    const e = engine();
    e.run('MATCH (a:A {i: 5}) DETACH DELETE a');
    e.run('MATCH (a:A {i: 7}), (b:A {i: 1}) CREATE (a)-[:R]->(b)');
    for (let i = 0; i < 12; i++) {
      const walks = Number(toJs(e.run('MATCH (a:A {i: $i})-[*1..3]->(b) RETURN count(b)', { i: BigInt(i) }).rows[0]?.[0] ?? 0n, e.store));
      const generic = Number(toJs(e.run('MATCH (a:A {i: $i})-[*1..3]->(b) WHERE true RETURN count(b)', { i: BigInt(i) }).rows[0]?.[0] ?? 0n, e.store));
      expect(walks).to.equal(generic);
      const twoHop = e.run('MATCH (a:A {i: $i})-->()-->(c) RETURN count(c)', { i: BigInt(i) }).rows[0][0];
      const g = e.graph;
      let expected = 0;
      const key = [...e.store.nodesWithLabel('A')].find(([, at]) => at.properties.i === i)?.[0];
      if (key) g.forEachOutEdge(key, (_e, _a, _s, t) => void g.forEachOutEdge(t, (e2) => void (e2 !== _e && expected++)));
      expect(Number(toJs(twoHop, e.store)), `two hops from ${i}`).to.equal(expected);
    }
  });
  // count(*) of a pattern is counted from degrees where the last hop is free: compare with the rows
  const countQueries = [
    'MATCH (a:A {i: $i})-->()-->(c) RETURN count(c) AS n',
    'MATCH (a:A {i: $i})<--()-->(c) RETURN count(*) AS n',
    'MATCH (a:A {i: $i})-->()<--(c) RETURN count(*) AS n',
    'MATCH (a:A {i: $i})<--()<--(c) RETURN count(*) AS n',
    'MATCH (a:A {i: $i})--()--(c) RETURN count(*) AS n',
    'MATCH (a:A {i: $i})-[:R]->()-->()-->(c) RETURN count(*) AS n',
    'MATCH (a:A {i: $i})-->(b)<--(c) RETURN count(*) AS n',
    'MATCH (a:A {i: $i})-->(a) RETURN count(*) AS n',
  ];
  for (const q of countQueries) {
    it(`counts like the row pipeline: ${q}`, () => {
      const e = engine();
      e.run('MATCH (a:A {i: 2}) CREATE (a)-[:R]->(a), (a)-[:S]->(a)');
      for (let i = 0; i < 12; i++) {
        const p = { i: BigInt(i) };
        const pushed = toJs(e.run(q, p).rows[0][0], e.store);
        const generic = toJs(e.run(q.replace(' RETURN', ' WHERE true RETURN'), p).rows[0][0], e.store);
        expect(pushed, `from ${i}`).to.equal(generic);
      }
    });
  }
});
