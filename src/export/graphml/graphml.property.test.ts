import { expect } from 'chai';
import fc from 'fast-check';
import { createGraph, serializeGraph } from '../../store';
import { graphmlChunks, readGraphml } from '.';

// any string (lone surrogates and control characters included), integers of every size, doubles,
// booleans, homogeneous lists; -0 is left out (GraphML writes it as 0)
const hostile = fc.constantFrom('\ud800', '\udc00', '\ufffe', '\uffff', '\u0000', '\u001b', '\r', '\r\n', '\t', '\n', '&', '<', '>', '"', "'", ']]>', '&amp;', '😀');
const text = fc.string({ unit: fc.oneof(hostile, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 });
const number = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true }).filter((x) => !Object.is(x, -0)));
const value = fc.oneof(text, number, fc.boolean(), fc.array(text, { maxLength: 3 }), fc.array(fc.integer(), { maxLength: 3 }), fc.array(fc.boolean(), { maxLength: 3 }));
const properties = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !/[\u0000-\u001f\ufffe\uffff\ud800-\udfff]/.test(k) && k !== '__proto__'), value, { maxKeys: 4 });
const label = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/[\u0000-\u001f\ufffe\uffff\ud800-\udfff]/.test(s));

describe('graphml round trip (property)', () => {
  it('export then import keeps every node, edge, label and property', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(label, { maxLength: 2 }), properties), { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat(), label, properties), { maxLength: 5 }), (nodes, edges) => {
        const graph = createGraph();
        nodes.forEach(([labels, props], i) => graph.addNode(`n${i}`, { labels, properties: props as never }));
        edges.forEach(([a, b, type, props], i) => graph.addEdgeWithKey(`e${i}`, `n${a % nodes.length}`, `n${b % nodes.length}`, { type, properties: props as never }));
        const back = readGraphml([...graphmlChunks(graph)].join(''));
        for (const node of graph.nodes()) expect(back.getNodeAttributes(node)).to.deep.equal(graph.getNodeAttributes(node));
        for (const edge of graph.edges()) {
          expect([back.source(edge), back.target(edge), back.getEdgeAttributes(edge)]).to.deep.equal([graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge)]);
        }
        expect([back.order, back.size]).to.deep.equal([graph.order, graph.size]);
        expect([...serializeGraph(back)].join('')).to.equal([...serializeGraph(graph)].join(''));
      }),
      { numRuns: 300 },
    );
  });
});
