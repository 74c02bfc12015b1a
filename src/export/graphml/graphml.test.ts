import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { NewsgraphError } from '../../model';
import { applyBatch, createGraph, serializeGraph, type NewsGraph } from '../../store';
import { ARTICLE_A, sampleBatch, sampleExtraction } from '../../../test/fixtures/sampleBatch';
import { formatLabels, graphmlChunks, parseLabels, readGraphml, writeGraphml } from '.';

function fixtureGraph(): NewsGraph {
  const graph = createGraph();
  applyBatch(graph, sampleBatch());
  graph.getAttribute('extractions')[ARTICLE_A] = sampleExtraction(ARTICLE_A);
  // what Cypher may create: several labels (one with a colon), properties named like bookkeeping,
  // one property name with mixed types across nodes, an empty list, a lone surrogate
  graph.addNode('n:1', { labels: ['Person', 'Odd:Label\\x'], properties: { labels: 'a property', type: 7, mixed: 'text', empty: [] as string[], lone: 'a\ud800b' } });
  graph.addNode('n:2', { labels: [], properties: { mixed: 12, empty: [1, 2], bigList: [1, 2 ** 40] } });
  graph.addEdgeWithKey('r:1', 'n:1', 'n:2', { type: 'KNOWS', properties: { type: 'a property called type', at: 1.5 } });
  graph.addEdgeWithKey('r:2', 'n:1', 'n:2', { type: 'KNOWS', properties: {} });
  return graph;
}

/** Everything a graph holds, in key order: nodes, edges with their ends, graph attributes. */
function snapshot(graph: NewsGraph) {
  return {
    attributes: graph.getAttributes(),
    nodes: graph.nodes().sort().map((k) => [k, graph.getNodeAttributes(k)]),
    edges: graph.edges().sort().map((k) => [k, graph.source(k), graph.target(k), graph.getEdgeAttributes(k)]),
  };
}

function toText(graph: NewsGraph): string {
  return [...graphmlChunks(graph)].join('');
}

describe('graphml', () => {
  it('round-trips every node, edge, label, type and property with its type', () => {
    const graph = fixtureGraph();
    const back = readGraphml(toText(graph), 'fixture.graphml');
    expect(snapshot(back)).to.deep.equal(snapshot(graph));
    expect([...serializeGraph(back)].join('')).to.equal([...serializeGraph(graph)].join(''));
    // spot checks on types that deep equality of exports would also catch, stated for the reader
    expect(back.getNodeAttribute('event:tricky', 'properties').count).to.equal(3);
    expect(back.getNodeAttribute('event:tricky', 'properties').flag).to.equal(true);
    expect(back.getNodeAttribute('n:1', 'labels')).to.deep.equal(['Person', 'Odd:Label\\x']);
  });

  it('declares typed keys as Gephi, yEd and networkx expect', () => {
    const text = toText(fixtureGraph());
    const keyLine = (name: string, domain: string) => text.split('\n').find((l) => l.startsWith('<key') && l.includes(`attr.name="${name}"`) && l.includes(`for="${domain}"`));
    const cases: [string, string, RegExp][] = [
      ['labels', 'node', /id="labels" for="node" attr.name="labels" attr.type="string"\/>/],
      ['type', 'edge', /id="type" for="edge" attr.name="type" attr.type="string"\/>/],
      ['count', 'node', /attr.type="int"\/>/],
      ['big', 'node', /attr.type="long"\/>/],
      ['ratio', 'node', /attr.type="double"\/>/],
      ['whole', 'node', /attr.type="int"\/>/],
      ['flag', 'node', /attr.type="boolean"\/>/],
      ['aliases', 'node', /attr.type="string" attr.list="string"\/>/],
      ['scores', 'node', /attr.type="string" attr.list="int"\/>/],
      ['weights', 'node', /attr.type="string" attr.list="double"\/>/],
      ['bigList', 'node', /attr.type="string" attr.list="long"\/>/],
      ['mixed', 'node', /attr.type="string" newsgraph.encoding="json"\/>/],
      ['at', 'edge', /attr.type="double"\/>/],
      ['extractions', 'graph', /attr.type="string" newsgraph.encoding="json"\/>/],
    ];
    for (const [name, domain, re] of cases) expect(keyLine(name, domain), `${domain} ${name}`).to.match(re);
    expect(text).to.include('<data key="labels">:Person</data>');
    expect(text).to.include('<data key="type">PARTY_TO</data>');
  });

  it('escapes markup and encodes what XML 1.0 cannot carry', () => {
    const text = toText(fixtureGraph());
    expect(text).to.include('Tricky &lt;tag&gt; &amp; "quotes"');
    expect(text).to.include('CR&#13;\nend');
    // control characters never appear raw in the document
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)).to.equal(false);
    expect(text).to.match(/newsgraph.encoding="json">"nul\\u0000 bell\\u0007/);
  });

  it('is deterministic and streams into a Writable', async () => {
    const graph = fixtureGraph();
    const out = new PassThrough();
    let written = '';
    out.on('data', (d) => (written += d));
    await writeGraphml(graph, out);
    expect(written).to.equal(toText(graph));
    expect(toText(fixtureGraph())).to.equal(written);
  });

  it('can leave graph attributes out', () => {
    const text = [...graphmlChunks(fixtureGraph(), { graphAttributes: false })].join('');
    expect(text).to.not.include('for="graph"');
    expect(readGraphml(text).getAttribute('extractions')).to.deep.equal({});
  });

  const labelCases: string[][] = [[], ['Person'], ['A', 'B'], ['a:b', 'c\\d'], ['']];
  for (const labels of labelCases) {
    it(`labels ${JSON.stringify(labels)} survive formatLabels/parseLabels`, () => {
      expect(parseLabels(formatLabels(labels))).to.deep.equal(labels);
    });
  }

  it('reads GraphML written by other tools (networkx style, defaults, CDATA, comments)', () => {
    const xml = `<?xml version='1.0' encoding='utf-8'?>
<!-- written by hand -->
<!DOCTYPE graphml [ <!ELEMENT x ANY> ]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="weight" attr.type="float"><default>1.5</default></key>
  <key id="d1" for="node" attr.name="name" attr.type="string"/>
  <key id="d2" for="edge" attr.name="w" attr.type="vector"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="d1"><![CDATA[<A & B>]]></data></node>
    <node id="b"><data key="d0">2</data><data key="d1">Line&#13;&#10;two
three</data></node>
    <edge source="a" target="b"><data key="d2">1,2</data></edge>
  </graph>
</graphml>`;
    const graph = readGraphml(xml, 'other.graphml');
    expect(graph.getNodeAttributes('a')).to.deep.equal({ labels: [], properties: { name: '<A & B>', weight: 1.5 } });
    expect(graph.getNodeAttributes('b')).to.deep.equal({ labels: [], properties: { weight: 2, name: 'Line\r\ntwo\nthree' } });
    expect(graph.getEdgeAttributes('edge:0')).to.deep.equal({ type: 'RELATED', properties: { w: '1,2' } });
  });

  it('keeps an attribute named __proto__ as a property (node, edge, graph), through the store and back', () => {
    const xml = `<graphml>
  <key id="n" for="node" attr.name="__proto__" attr.type="string"/>
  <key id="e" for="edge" attr.name="__proto__" attr.type="int"><default>3</default></key>
  <key id="g" for="graph" attr.name="__proto__" attr.type="string"/>
  <graph><data key="g">gx</data><node id="a"><data key="n">x</data></node><node id="b"/><edge source="a" target="b"/></graph>
</graphml>`;
    const graph = readGraphml(xml, 'proto.graphml');
    const own = (r: object) => Object.getOwnPropertyDescriptor(r, '__proto__')?.value;
    expect(own(graph.getNodeAttribute('a', 'properties'))).to.equal('x');
    expect(own(graph.getNodeAttribute('b', 'properties'))).to.equal(undefined);
    expect(own(graph.getEdgeAttribute('edge:0', 'properties'))).to.equal(3);
    expect(own(graph.getAttributes())).to.equal('gx');
    for (const r of [graph.getNodeAttribute('a', 'properties'), graph.getEdgeAttribute('edge:0', 'properties'), graph.getAttributes()]) {
      expect(Object.getPrototypeOf(r)).to.equal(Object.prototype);
    }
    const stored = [...serializeGraph(graph)].join('');
    expect(stored).to.include('"properties":{"__proto__":"x"}');
    expect(stored).to.include('"properties":{"__proto__":3}');
    const back = readGraphml(toText(graph), 'proto-back.graphml');
    expect([...serializeGraph(back)].join('')).to.equal(stored);
  });

  const bad: [string, string][] = [
    ['not XML', 'hello'],
    ['no graphml root', '<foo><graph/></foo>'],
    ['no graph', '<graphml></graphml>'],
    ['an unclosed element', '<graphml><graph>'],
    ['mismatched tags', '<graphml><graph></node></graphml>'],
    ['an unknown entity', '<graphml><graph><node id="&nbsp;"/></graph></graphml>'],
    ['an entity named after a member of every object', '<graphml><graph><node id="&constructor;"/></graph></graphml>'],
    ['a double named after a member of every object', '<graphml><key id="k" for="node" attr.name="k" attr.type="double"/><graph><node id="a"><data key="k">constructor</data></node></graph></graphml>'],
    ['a bare ampersand', '<graphml><graph><node id="a&b"/></graph></graphml>'],
    ['an edge to a missing node', '<graphml><graph><node id="a"/><edge source="a" target="z"/></graph></graphml>'],
    ['data without a key declaration', '<graphml><graph><node id="a"><data key="k">1</data></node></graph></graphml>'],
    ['a bad int', '<graphml><key id="k" for="node" attr.name="k" attr.type="int"/><graph><node id="a"><data key="k">x</data></node></graph></graphml>'],
    ['a list that is not JSON', '<graphml><key id="k" for="node" attr.name="k" attr.type="string" attr.list="string"/><graph><node id="a"><data key="k">a,b</data></node></graph></graphml>'],
    ['a duplicate node', '<graphml><graph><node id="a"/><node id="a"/></graph></graphml>'],
    ['nested graphs', '<graphml><graph><node id="a"><graph/></node></graph></graphml>'],
  ];
  for (const [name, xml] of bad) {
    it(`rejects ${name} with one FORMAT line naming the file`, () => {
      let error: unknown;
      try {
        readGraphml(xml, 'bad.graphml');
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(NewsgraphError);
      expect((error as NewsgraphError).code).to.equal('FORMAT');
      expect((error as NewsgraphError).message).to.match(/^graphml: bad\.graphml: /).and.not.include('\n');
    });
  }

  it('refuses to export an id XML cannot carry', () => {
    const graph = createGraph();
    graph.addNode('bad\u0001id', { labels: [], properties: {} });
    expect(() => toText(graph)).to.throw(NewsgraphError, /XML 1.0/);
  });

  const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  (python.status === 0 ? it : it.skip)('is read by networkx with the declared types', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-graphml-'));
    const file = path.join(dir, 'g.graphml');
    fs.writeFileSync(file, toText(fixtureGraph()));
    const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = g.nodes['event:tricky']
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'count': n['count'], 'ratio': n['ratio'], 'flag': n['flag'], 'labels': g.nodes['person:vladimir-putin']['labels'], 'name': n['name'], 'aliases': g.nodes['person:vladimir-putin']['aliases']}))`;
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8', timeout: 60000 });
    expect(run.status, run.stderr).to.equal(0);
    const got = JSON.parse(run.stdout);
    const graph = fixtureGraph();
    expect(got).to.deep.equal({
      nodes: graph.order, edges: graph.size, count: 3, ratio: 0.25, flag: true, labels: ':Person',
      name: graph.getNodeAttribute('event:tricky', 'properties').name,
      aliases: JSON.stringify(['Putin', 'Mr Putin', 'President Vladimir Putin']),
    });
  });
});
