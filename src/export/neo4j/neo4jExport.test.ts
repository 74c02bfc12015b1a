import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import type { NewsGraph } from '../../store/types';
import { cypherLiteral, floatLiteral, stringLiteral } from './cypherLiteral';
import { planExport } from './exportPlan';
import { readNeo4jCsv, writeNeo4jCsv, parseCsv, ARRAY_DELIMITER } from './neo4jCsv';
import { writeCypherScript } from './writeCypherScript';
import { toDriverValue } from './driverValue';
import neo4j from 'neo4j-driver';

function fixture(): NewsGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as NewsGraph;
  g.addNode('person:putin', {
    labels: ['Person'],
    properties: { id: 'person:putin', name: 'Vladimir Putin', aliases: ['Putin', 'Mr Putin'], titles: ['President'] },
  });
  g.addNode('country:rus', { labels: ['Country'], properties: { id: 'country:rus', name: 'Russia', iso3: 'RUS' } });
  g.addNode('article:1', {
    labels: ['Article'],
    properties: { id: 'article:1', title: "It's \"quoted\", with; semicolons\nand lines", text: 'a\nb, "c"' },
  });
  g.addNode('event:x', {
    labels: ['Event'],
    // tagged store values (docs/store-format.md) are outside the pipeline's PropValue type
    properties: { id: 'event:x', name: 'Visit', date: '2024-09-03', start: { $temporal: 'Date', value: '2024-09-03' }, count: 3, confidence: { $float: '1' } } as never,
  });
  g.addEdgeWithKey('LEADER_OF:1', 'person:putin', 'country:rus', {
    type: 'LEADER_OF',
    properties: { role: 'President', sources: ['article:1'], evidence: ['Putin; the President.', 'x'], confidence: 0.9 },
  });
  g.addEdgeWithKey('MENTIONS:1', 'article:1', 'person:putin', { type: 'MENTIONS', properties: { count: 2 } });
  return g;
}

describe('export neo4j: plan', () => {
  it('creates a constraint per label and batches rows as parameters', () => {
    const plan = planExport(fixture(), { batchSize: 1 });
    expect(plan.constraints).to.have.length(4);
    expect(plan.constraints[0]).to.equal(
      'CREATE CONSTRAINT newsgraph_Article_id IF NOT EXISTS FOR (n:`Article`) REQUIRE n.id IS UNIQUE',
    );
    expect(plan.nodes).to.have.length(4);
    expect(plan.relationships).to.have.length(2);
    for (const b of [...plan.nodes, ...plan.relationships]) {
      expect(b.query).to.match(/^UNWIND \$rows AS row /);
      expect(b.query).not.to.contain('Putin');
    }
    expect(plan.counts).to.deep.equal({ nodes: 4, relationships: 2 });
  });

  it('quotes labels and types so no name can change the statement', () => {
    const g = fixture();
    g.addNode('x', { labels: ['Evil` {}) DETACH DELETE n //'], properties: {} });
    const plan = planExport(g);
    const q = plan.nodes.find((b) => b.query.includes('Evil'))!.query;
    expect(q).to.contain('(n:`Evil`` {}) DETACH DELETE n //` {id: row.id})');
  });

  it('rejects a bad batch size', () => {
    expect(() => planExport(fixture(), { batchSize: 0 })).to.throw(RangeError);
  });
});

describe('export neo4j: values', () => {
  const table: [string, unknown, (v: any) => void][] = [
    ['integral number as Integer', 3, (v) => expect(neo4j.isInt(v) && v.toNumber()).to.equal(3)],
    ['fraction as float', 0.5, (v) => expect(v).to.equal(0.5)],
    ['$float tag as float', { $float: '1' }, (v) => expect(v).to.equal(1)],
    ['$int tag as Integer', { $int: '9007199254740993' }, (v) => expect(v.toString()).to.equal('9007199254740993')],
    ['Date', { $temporal: 'Date', value: '2024-09-03' }, (v) => expect(v.toString()).to.equal('2024-09-03')],
    ['DateTime with offset', { $temporal: 'DateTime', value: '2024-09-03T10:00:00+02:00' }, (v) => expect(Number(v.timeZoneOffsetSeconds)).to.equal(7200)],
    ['list of strings', ['a', 'b'], (v) => expect(v).to.deep.equal(['a', 'b'])],
  ];
  for (const [name, input, check] of table) it(name, () => check(toDriverValue(input)));
});

describe('export cypher: literals', () => {
  const table: [unknown, string][] = [
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak', "'line\\nbreak'"],
    ['\u0000', "'\\u0000'"],
    [1, '1'],
    [1.5, '1.5'],
    [{ $float: '2' }, '2.0'],
    [{ $temporal: 'Date', value: '2024-09-03' }, "date('2024-09-03')"],
    [['a', 1], "['a', 1]"],
    [{ 'we`ird': true }, '{`we``ird`: true}'],
  ];
  for (const [v, want] of table) it(`${JSON.stringify(v)} -> ${want}`, () => expect(cypherLiteral(v)).to.equal(want));
  it('prints non-finite floats as expressions', () => {
    expect(floatLiteral(NaN)).to.equal('(0.0 / 0.0)');
    expect(floatLiteral(-Infinity)).to.equal('(-1.0 / 0.0)');
    expect(stringLiteral('')).to.equal("''");
  });
  it('writes constraints then one statement per batch, each ending in ;', () => {
    const out: string[] = [];
    const s = writeCypherScript(fixture(), (c) => out.push(c), { batchSize: 100 });
    const text = out.join('');
    expect(s.statements).to.equal(4 + 4 + 2);
    expect(text.match(/;\n/g)).to.have.length(10);
    expect(text).to.contain("UNWIND [\n  {`id`: 'person:putin'");
    expect(text).not.to.contain('$rows');
  });
});

describe('export csv', () => {
  it('writes neo4j-admin headers with types and arrays', () => {
    const files = writeNeo4jCsv(fixture());
    const person = files.find((f) => f.name === 'nodes_Person.csv')!;
    expect(person.content.split('\n')[0]).to.equal('id:ID,aliases:string[],name:string,titles:string[],:LABEL');
    expect(person.content).to.contain(`Putin${ARRAY_DELIMITER}Mr Putin`);
    const ev = files.find((f) => f.name === 'nodes_Event.csv')!;
    expect(ev.content.split('\n')[0]).to.equal('id:ID,confidence:double,count:long,date:string,name:string,start:date,:LABEL');
    const rels = files.find((f) => f.name === 'rels_LEADER_OF.csv')!;
    expect(rels.content.split('\n')[0]).to.equal(':START_ID,:END_ID,:TYPE,id:string,confidence:double,evidence:string[],role:string,sources:string[]');
  });

  it('round-trips every node, relationship and property', () => {
    const g = fixture();
    const back = readNeo4jCsv(writeNeo4jCsv(g));
    expect(back.nodes).to.have.length(g.order);
    for (const n of back.nodes) {
      expect(n.properties, n.id).to.deep.equal(g.getNodeAttributes(n.id).properties);
      expect(n.labels).to.deep.equal(g.getNodeAttributes(n.id).labels);
    }
    for (const r of back.relationships) {
      expect(r.properties).to.deep.equal(g.getEdgeAttributes(r.id).properties);
      expect([r.from, r.to, r.type]).to.deep.equal([g.source(r.id), g.target(r.id), g.getEdgeAttributes(r.id).type]);
    }
  });

  it('parses quoted fields with commas, quotes and newlines, and rejects an unclosed quote', () => {
    expect(parseCsv('a,"b,""c""\nd"\n', 'x.csv')).to.deep.equal([['a', 'b,"c"\nd']]);
    expect(() => parseCsv('"open', 'x.csv')).to.throw(/x.csv: a quoted field is not closed/);
  });
});
