import { expect } from 'chai';
import { NewsgraphError, type Extraction, type GraphBatch } from '../model';
import { ARTICLE_A, ARTICLE_B, sampleBatch, sampleExtraction } from '../../test/fixtures/sampleBatch';
import { applyBatch, createGraph, serializeBatch, serializeGraph, STORE_GRAPH_OPTIONS } from '.';

/** The text of the graph the batch applied to a fresh store gives: what serializeBatch must equal. */
function viaGraph(batch: GraphBatch, extractions: Record<string, Extraction>): string {
  const graph = createGraph();
  applyBatch(graph, batch);
  graph.setAttribute('extractions', extractions);
  return [...serializeGraph(graph)].join('');
}

function extractionsOf(...ids: string[]): Record<string, Extraction> {
  return Object.fromEntries(ids.map((id) => [id, sampleExtraction(id)]));
}

describe('store serializeBatch', () => {
  const cases: [string, () => GraphBatch, Record<string, Extraction>][] = [
    ['the sample batch', sampleBatch, extractionsOf(ARTICLE_A, ARTICLE_B)],
    ['the sample batch given in reverse, extractions in reverse', () => {
      const b = sampleBatch();
      return { nodes: b.nodes.reverse(), edges: b.edges.reverse() };
    }, extractionsOf(ARTICLE_B, ARTICLE_A)],
    ['properties in another key order', () => {
      const b = sampleBatch();
      for (const n of b.nodes) n.properties = Object.fromEntries(Object.entries(n.properties).reverse());
      return b;
    }, extractionsOf(ARTICLE_A)],
    ['an empty batch', () => ({ nodes: [], edges: [] }), {}],
  ];
  for (const [name, batch, extractions] of cases) {
    it(`writes the bytes of the graph the batch gives: ${name}`, () => {
      expect([...serializeBatch(batch(), extractions)].join('')).to.equal(viaGraph(batch(), extractions));
    });
  }

  it('writes the options createGraph gives', () => {
    const g = createGraph();
    expect(STORE_GRAPH_OPTIONS).to.deep.equal({ type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops });
  });

  const refusals: [string, (b: GraphBatch) => void, string][] = [
    ['a node id used twice', (b) => b.nodes.push({ ...b.nodes[0] }), 'CONFLICT'],
    ['a relationship id used twice', (b) => b.edges.push({ ...b.edges[0] }), 'CONFLICT'],
    ['a relationship to a missing node', (b) => b.edges.push({ id: 'X:1', type: 'BORDERS', from: 'country:mng', to: 'country:nope', properties: {} }), 'NOT_FOUND'],
    ['a relationship from a missing node', (b) => b.edges.push({ id: 'X:1', type: 'BORDERS', from: 'country:nope', to: 'country:mng', properties: {} }), 'NOT_FOUND'],
  ];
  for (const [name, spoil, code] of refusals) {
    it(`refuses ${name} with ${code} before writing anything`, () => {
      const b = sampleBatch();
      spoil(b);
      let code_ = '';
      try {
        serializeBatch(b, {});
      } catch (e) {
        expect(e).to.be.instanceOf(NewsgraphError);
        code_ = (e as NewsgraphError).code;
      }
      expect(code_).to.equal(code);
    });
  }
});
