import { expect } from 'chai';
import { readGraphml } from '../export/graphml';
import { toViewerGraph } from './viewerGraph';

/** A property named "__proto__" (a GraphML import may bring one) reaches the viewer as a property. */
describe('server/viewerGraph: a property named __proto__', () => {
  it('is kept as an own property, the prototype untouched', () => {
    const graph = readGraphml(
      `<graphml><key id="k" for="node" attr.name="__proto__" attr.type="string"/><key id="n" for="node" attr.name="name" attr.type="string"/>
<graph><node id="a"><data key="k">x</data><data key="n">Ann</data></node></graph></graphml>`,
      'proto.graphml',
    );
    const v = toViewerGraph(graph as never, new Map(), { layout: { iterations: 0, ms: 0 }, features: { query: false, writes: false, graphml: false } });
    const props = v.nodes[0].properties as object;
    expect(Object.getOwnPropertyDescriptor(props, '__proto__')?.value).to.equal('x');
    expect(Object.getPrototypeOf(props)).to.equal(Object.prototype);
    expect(JSON.stringify(props)).to.equal('{"__proto__":"x","name":"Ann"}');
  });
});
