import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NewsgraphError, type GraphBatch } from '../model';
import { DICTIONARY_AT } from './applyBatch';
import { useAdjacencyDictionaries } from './adjacencyDictionaries';
import { ARTICLE_A, ARTICLE_B, sampleBatch, sampleExtraction } from '../../test/fixtures/sampleBatch';
import { addEntity, addRelation, applyBatch, canonicalJson, createGraph, graphToBatch, loadGraph, mergeEntity, mergeRelation, parseGraph, saveGraph, serializeGraph, STORE_FORMAT } from '.';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-store-'));
}

function sampleGraph(reverse = false) {
  const graph = createGraph();
  const batch = sampleBatch();
  if (reverse) {
    batch.nodes.reverse();
    batch.edges.reverse();
  }
  applyBatch(graph, batch);
  const extractions = [ARTICLE_B, ARTICLE_A].map(sampleExtraction);
  if (reverse) extractions.reverse();
  for (const x of extractions) graph.getAttribute('extractions')[x.articleId] = x;
  return graph;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(NewsgraphError);
    return (e as NewsgraphError).code;
  }
  throw new Error('expected a NewsgraphError');
}

describe('store', () => {
  it('creates a directed multigraph with self loops and the format tag', () => {
    const graph = createGraph();
    expect([graph.type, graph.multi, graph.allowSelfLoops]).to.deep.equal(['directed', true, true]);
    expect(graph.getAttributes()).to.deep.equal({ format: STORE_FORMAT, extractions: {} });
  });

  it('applies a batch with node attributes {labels, properties} and edge attributes {type, properties}', () => {
    const graph = sampleGraph();
    expect(graph.order).to.equal(6);
    expect(graph.size).to.equal(5);
    expect(graph.getNodeAttributes('country:mng')).to.deep.equal({ labels: ['Country'], properties: { id: 'country:mng', name: 'Mongolia', aliases: ['Mongolia', 'Mongolian'] } });
    expect(graph.getEdgeAttributes('MENTIONS:000000000001')).to.deep.equal({ type: 'MENTIONS', properties: { count: 4 } });
    expect(graph.source('PARTY_TO:000000000003')).to.equal('country:mng');
  });

  const refusals: [string, (g: ReturnType<typeof createGraph>) => unknown, string][] = [
    ['addEntity on an existing id', (g) => addEntity(g, { id: 'country:mng', label: 'Country', properties: {} }), 'CONFLICT'],
    ['applyBatch (add) with an existing relationship', (g) => applyBatch(g, { nodes: [], edges: [sampleBatch().edges[0]] }), 'CONFLICT'],
    ['a relationship to a missing node', (g) => applyBatch(g, { nodes: [], edges: [{ id: 'X:1', type: 'BORDERS', from: 'country:mng', to: 'country:nope', properties: {} }] }), 'NOT_FOUND'],
    ['mergeRelation with other ends', (g) => mergeRelation(g, { ...sampleBatch().edges[0], to: 'country:mng' }), 'CONFLICT'],
  ];
  for (const [name, act, code] of refusals) {
    it(`refuses ${name} with ${code}`, () => {
      const graph = sampleGraph();
      expect(codeOf(() => act(graph))).to.equal(code);
    });
  }

  it('mergeEntity unions aliases and labels, keeps stored scalars', () => {
    const graph = sampleGraph();
    const added = mergeEntity(graph, { id: 'person:vladimir-putin', label: 'Person', properties: { id: 'person:vladimir-putin', name: 'Putin', aliases: ['Putin', 'the Russian leader'], born: '1952' } });
    expect(added).to.equal(false);
    expect(graph.getNodeAttributes('person:vladimir-putin').properties).to.deep.equal({
      id: 'person:vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Mr Putin', 'President Vladimir Putin', 'the Russian leader'], titles: ['President'], born: '1952',
    });
  });

  it('mergeRelation unions claims, recomputes the winner and the conflicts', () => {
    const graph = createGraph();
    applyBatch(graph, { nodes: sampleBatch().nodes, edges: [] });
    const edge = (value: string, source: string) => ({
      id: 'PARTY_TO:1', type: 'PARTY_TO' as const, from: 'country:mng', to: 'treaty:rome-statute',
      properties: { ratified: value, ratified_values: [value], ratified_sources: [source], sources: [source], confidence: source === ARTICLE_A ? 0.5 : 0.7 },
    });
    mergeRelation(graph, edge('2003', ARTICLE_A));
    expect(graph.getEdgeAttributes('PARTY_TO:1').properties.conflicts).to.equal(undefined);
    mergeRelation(graph, edge('2002', ARTICLE_B));
    expect(graph.getEdgeAttributes('PARTY_TO:1').properties).to.deep.equal({
      ratified: '2002', ratified_values: ['2003', '2002'], ratified_sources: [ARTICLE_A, ARTICLE_B], conflicts: ['ratified'], sources: [ARTICLE_A, ARTICLE_B], confidence: 0.7,
    });
    mergeRelation(graph, edge('2003', 'article:c'));
    expect(graph.getEdgeAttributes('PARTY_TO:1').properties.ratified).to.equal('2003');
  });

  it('saves byte-identical files for the same graph, whatever the insertion order', () => {
    const dir = tempDir();
    saveGraph(path.join(dir, 'a.json'), sampleGraph());
    saveGraph(path.join(dir, 'b.json'), sampleGraph(true));
    saveGraph(path.join(dir, 'c.json'), sampleGraph());
    const a = fs.readFileSync(path.join(dir, 'a.json'));
    expect(a.equals(fs.readFileSync(path.join(dir, 'b.json')))).to.equal(true);
    expect(a.equals(fs.readFileSync(path.join(dir, 'c.json')))).to.equal(true);
    expect(fs.readdirSync(dir).sort()).to.deep.equal(['a.json', 'b.json', 'c.json']);
  });

  it('writes node properties as id, name, then the rest sorted, whatever their insertion order', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['already in order', { id: 'n', name: 'N', a: 1, b: 2 }, '{"id":"n","name":"N","a":1,"b":2}'],
      ['rest unsorted', { id: 'n', name: 'N', b: 2, a: 1 }, '{"id":"n","name":"N","a":1,"b":2}'],
      ['name before id', { name: 'N', id: 'n', a: 1 }, '{"id":"n","name":"N","a":1}'],
      ['id last', { a: 1, name: 'N', id: 'n' }, '{"id":"n","name":"N","a":1}'],
      ['no id', { name: 'N', z: 1, a: 2 }, '{"name":"N","a":2,"z":1}'],
      ['no name', { id: 'n', z: 1, a: 2 }, '{"id":"n","a":2,"z":1}'],
      ['an undefined value is left out', { id: 'n', name: 'N', a: undefined, b: 2 }, '{"id":"n","name":"N","b":2}'],
      ['nested objects sorted', { id: 'n', name: 'N', a: { y: 1, x: 2 } }, '{"id":"n","name":"N","a":{"x":2,"y":1}}'],
      ['a key that sorts before id', { id: 'n', name: 'N', aa: 1, ab: 2 }, '{"id":"n","name":"N","aa":1,"ab":2}'],
    ];
    for (const [what, properties, json] of cases) {
      const graph = createGraph();
      graph.addNode('n', { labels: ['Thing'], properties: properties as never });
      const text = [...serializeGraph(graph)].join('');
      expect(text, what).to.contain(`"properties":${json}}`);
    }
  });

  it('writes graphology export() shape that loads back into an equal graph and re-saves identically', () => {
    const dir = tempDir();
    const file = path.join(dir, 'graph.json');
    const graph = sampleGraph();
    saveGraph(file, graph);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(data.options).to.deep.equal({ allowSelfLoops: true, multi: true, type: 'directed' });
    expect(data.attributes.format).to.equal('newsgraph/1');
    expect(Object.keys(data.attributes.extractions)).to.deep.equal([ARTICLE_A, ARTICLE_B]);
    expect(data.nodes.map((n: { key: string }) => n.key)).to.deep.equal([...graph.nodes()].sort());
    const loaded = loadGraph(file);
    expect(loaded.export()).to.deep.equal(JSON.parse(JSON.stringify(graph.export())));
    const again = [...serializeGraph(loaded)].join('');
    expect(again).to.equal(fs.readFileSync(file, 'utf8'));
  });

  const badFiles: [string, string | null, string][] = [
    ['not JSON', '{"nodes": [', 'FORMAT'],
    ['a JSON array', '[]', 'FORMAT'],
    ['a wrong format tag', '{"attributes":{"format":"other/2"},"nodes":[],"edges":[]}', 'FORMAT'],
    ['no format tag (plain graphology export)', '{"attributes":{},"nodes":[],"edges":[]}', 'FORMAT'],
    ['nodes without labels', '{"attributes":{"format":"newsgraph/1"},"nodes":[{"key":"a","attributes":{}}],"edges":[]}', 'FORMAT'],
    ['an edge to a missing node', '{"attributes":{"format":"newsgraph/1"},"nodes":[],"edges":[{"key":"e","source":"a","target":"b","attributes":{"type":"X","properties":{}}}]}', 'FORMAT'],
    ['a missing file', null, 'NOT_FOUND'],
  ];
  for (const [name, text, code] of badFiles) {
    it(`loadGraph rejects ${name} with ${code} and one line naming the file`, () => {
      const file = path.join(tempDir(), 'graph.json');
      if (text !== null) fs.writeFileSync(file, text);
      let error: NewsgraphError | undefined;
      try {
        loadGraph(file);
      } catch (e) {
        error = e as NewsgraphError;
      }
      expect(error).to.be.instanceOf(NewsgraphError);
      expect(error!.code).to.equal(code);
      expect(error!.message).to.match(/^store: /).and.include(file).and.not.include('\n');
    });
  }

  it('parseGraph accepts an empty store', () => {
    expect(parseGraph('{"attributes":{"format":"newsgraph/1"},"nodes":[],"edges":[]}').order).to.equal(0);
  });

});

describe('store graphToBatch', () => {
  it('gives back the applied batch, sorted by id', () => {
    const batch = sampleBatch();
    const graph = createGraph();
    applyBatch(graph, batch);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(graphToBatch(graph)).to.deep.equal({ nodes: byId(batch.nodes), edges: byId(batch.edges) });
  });
});

describe('store canonicalJson', () => {
  const cases: [unknown, string][] = [
    [{ b: 1, a: [{ d: true, c: null }], e: undefined }, '{"a":[{"c":null,"d":true}],"b":1}'],
    [{ a: 1, b: 2 }, '{"a":1,"b":2}'],
    [[3, 'x', { z: 1, y: 2 }], '[3,"x",{"y":2,"z":1}]'],
    ['line\nbreak "quoted" \u0001', JSON.stringify('line\nbreak "quoted" \u0001')],
    [undefined, 'null'],
    [{ toJSON: () => ({ b: 2, a: 1 }) }, '{"a":1,"b":2}'],
  ];
  for (const [value, json] of cases) {
    it(`writes ${json}`, () => {
      expect(canonicalJson(value)).to.equal(json);
    });
  }
});

describe('store applyBatch adopt', () => {
  it('copies property objects by default and adopts them on request', () => {
    const copied = sampleBatch();
    const graph = createGraph();
    applyBatch(graph, copied);
    expect(graph.getNodeAttribute(copied.nodes[0].id, 'properties')).to.not.equal(copied.nodes[0].properties);
    const adopted = sampleBatch();
    const other = createGraph();
    applyBatch(other, adopted, { adopt: true });
    expect(other.getNodeAttribute(adopted.nodes[0].id, 'properties')).to.equal(adopted.nodes[0].properties);
    expect(other.getEdgeAttribute(adopted.edges[0].id, 'properties')).to.equal(adopted.edges[0].properties);
  });
});

describe('store applyBatch on a large batch (neighbour indexes as dictionaries)', () => {
  // hubs with many neighbours and leaves with few, relationships in id order (as resolve gives them)
  const batch = (): GraphBatch => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n:${String(i).padStart(2, '0')}`, label: 'Person' as const, properties: { name: `N${i}` } }));
    const edges = [];
    for (let i = 0; i < 1500; i++) {
      const from = nodes[i % 60].id;
      const to = nodes[(i * 7 + (i % 3 === 0 ? 0 : 11)) % 60].id;
      edges.push({ id: `r:${String(i).padStart(4, '0')}`, type: 'MENTIONS' as const, from, to, properties: { count: i } });
    }
    return { nodes, edges };
  };

  it('gives the graph adding the records one by one gives: same file, same neighbour and edge order', () => {
    const b = batch();
    expect(b.edges.length).to.be.at.least(DICTIONARY_AT);
    const bulk = createGraph();
    applyBatch(bulk, batch());
    const one = createGraph();
    for (const n of b.nodes) addEntity(one, n);
    for (const e of b.edges) addRelation(one, e);
    expect([...serializeGraph(bulk)].join('')).to.equal([...serializeGraph(one)].join(''));
    for (const n of b.nodes) {
      expect(bulk.outEdges(n.id)).to.deep.equal(one.outEdges(n.id));
      expect(bulk.inEdges(n.id)).to.deep.equal(one.inEdges(n.id));
      expect(bulk.outNeighbors(n.id)).to.deep.equal(one.outNeighbors(n.id));
      expect(bulk.inNeighbors(n.id)).to.deep.equal(one.inNeighbors(n.id));
    }
    expect(bulk.edges()).to.deep.equal(one.edges());
  });

  it('still refuses a relationship to a missing node and a taken key', () => {
    const b = batch();
    b.edges.push({ id: 'r:zzzz', type: 'MENTIONS', from: 'n:00', to: 'n:missing', properties: {} });
    expect(codeOf(() => applyBatch(createGraph(), b))).to.equal('NOT_FOUND');
    const c = batch();
    const graph = createGraph();
    applyBatch(graph, c);
    expect(codeOf(() => applyBatch(graph, batch()))).to.equal('CONFLICT');
  });

  it('leaves a graph without graphology internals as it is', () => {
    expect(() => useAdjacencyDictionaries({} as never)).not.to.throw();
  });
});
