import { expect } from 'chai';
import { fixtureGraph } from './fixtureGraph';
import { edgeFocus, FADED_EDGE, FADED_NODE, neighbourhood, reduceEdge, reduceNode, type ViewFrame } from '../../viz/src/state/reducers';
import { computeVisibility } from '../../viz/src/state/visibility';
import { DEFAULT_FILTERS } from '../../viz/src/state/filters';
import { changedItems, drawOrderChanged } from '../../viz/src/state/changedItems';

const g = fixtureGraph();
const visibility = computeVisibility(g, DEFAULT_FILTERS, null);
const frame = (over: Partial<ViewFrame> = {}): ViewFrame => ({ visibility, focus: null, query: null, selectedNode: null, selectedEdge: null, sizeBy: 'degree', ...over });
const PUTIN = 'person:vladimir-putin';

describe('viz/state/reducers', () => {
  it('without focus nodes keep their colour and size-by picks the size', () => {
    const a = g.getNodeAttributes(PUTIN);
    expect(reduceNode(PUTIN, a, frame())).to.include({ color: a.color, size: a.sizeDegree });
    expect(reduceNode(PUTIN, a, frame({ sizeBy: 'mentions' }))).to.include({ size: a.sizeMentions });
  });
  it('hover focus: the neighbourhood keeps colour and labels, the rest fades', () => {
    const focus = neighbourhood(g, PUTIN, visibility);
    expect(focus.nodes.has('country:rus')).to.equal(true);
    expect(focus.nodes.has('event:visit-2024-09-03-putin-mongolia')).to.equal(true);
    expect(focus.nodes.has('article:1a2b3c4d5e6f7081')).to.equal(false); // MENTIONS hidden: not a neighbour
    const f = frame({ focus });
    expect(reduceNode('country:rus', g.getNodeAttributes('country:rus'), f)).to.include({ forceLabel: true, color: g.getNodeAttribute('country:rus', 'color') });
    expect(reduceNode('country:chn', g.getNodeAttributes('country:chn'), f)).to.include({ color: FADED_NODE, label: '' });
    for (const e of focus.edges) expect(reduceEdge(e, g.getEdgeAttributes(e), f).label).to.equal(g.getEdgeAttribute(e, 'relType'));
    const far = g.findEdge((_e, a) => a.relType === 'BORDERS')!;
    expect(reduceEdge(far, g.getEdgeAttributes(far), f)).to.include({ color: FADED_EDGE, label: null });
  });
  it('hidden things stay hidden whatever the focus', () => {
    const article = 'article:1a2b3c4d5e6f7081';
    expect(reduceNode(article, g.getNodeAttributes(article), frame()).hidden).to.equal(true);
    const mention = g.findEdge((_e, a) => a.relType === 'MENTIONS')!;
    expect(reduceEdge(mention, g.getEdgeAttributes(mention), frame({ focus: neighbourhood(g, PUTIN, visibility) })).hidden).to.equal(true);
  });
  it('a query result highlights its nodes and relationships', () => {
    const edge = g.findEdge((_e, a) => a.relType === 'LEADER_OF')!;
    const q = edgeFocus(g, edge);
    const f = frame({ query: q });
    expect(reduceNode(PUTIN, g.getNodeAttributes(PUTIN), f)).to.include({ highlighted: true });
    expect(reduceNode('country:chn', g.getNodeAttributes('country:chn'), f)).to.include({ color: FADED_NODE });
    expect(reduceEdge(edge, g.getEdgeAttributes(edge), f)).to.include({ label: 'LEADER_OF' });
  });
  it('draw order (zIndex): the emphasised neighbourhood, result or selection above the plain, the plain above the faded', () => {
    const z = (kind: 'node' | 'edge', key: string, f: ViewFrame) =>
      (kind === 'node' ? reduceNode(key, g.getNodeAttributes(key), f) : reduceEdge(key, g.getEdgeAttributes(key), f)).zIndex as number;
    const hover = neighbourhood(g, PUTIN, visibility);
    const query = edgeFocus(g, g.findEdge((_e, a) => a.relType === 'LEADER_OF')!);
    const far = g.findEdge((_e, a) => a.relType === 'BORDERS')!;
    for (const [name, f, focus] of [['hover', frame({ focus: hover }), hover], ['query', frame({ query }), query]] as const) {
      const visibleNodes = g.filterNodes((k) => !visibility.hiddenNodes.has(k));
      const faded = visibleNodes.filter((k) => !focus.nodes.has(k));
      expect(faded.length, name).to.be.greaterThan(0);
      const lowestFocused = Math.min(...[...focus.nodes].map((k) => z('node', k, f)));
      const highestFaded = Math.max(...faded.map((k) => z('node', k, f)));
      expect(lowestFocused, `${name}: neighbours drawn above faded nodes`).to.be.greaterThan(highestFaded);
      const fadedEdges = g.filterEdges((e) => !visibility.hiddenEdges.has(e) && !focus.edges.has(e));
      expect(Math.min(...[...focus.edges].map((e) => z('edge', e, f))), `${name}: relationships`).to.be.greaterThan(Math.max(...fadedEdges.map((e) => z('edge', e, f))));
    }
    expect(z('node', PUTIN, frame({ selectedNode: PUTIN }))).to.be.greaterThan(z('node', 'country:chn', frame({ selectedNode: PUTIN })));
    expect(z('node', 'country:chn', frame())).to.be.greaterThan(z('node', 'country:chn', frame({ focus: hover })));
    expect(z('edge', far, frame())).to.be.greaterThan(z('edge', far, frame({ focus: hover })));
  });
  it('selection grows and highlights the node; the reducers never write to the graph', () => {
    const before = JSON.stringify(g.export());
    const a = g.getNodeAttributes(PUTIN);
    expect(reduceNode(PUTIN, a, frame({ selectedNode: PUTIN }))).to.include({ highlighted: true, size: a.sizeDegree * 1.25 });
    g.forEachNode((k, attrs) => reduceNode(k, attrs, frame({ focus: neighbourhood(g, PUTIN, visibility) })));
    g.forEachEdge((k, attrs) => reduceEdge(k, attrs, frame({ focus: neighbourhood(g, PUTIN, visibility) })));
    expect(JSON.stringify(g.export())).to.equal(before);
  });
});

describe('viz/state/changedItems', () => {
  const all = { nodes: g.order, edges: g.size };
  const count = (x: { nodes: string[]; edges: string[] }) => ({ nodes: x.nodes.length, edges: x.edges.length });
  it('everything when fading starts or the size-by changes', () => {
    expect(count(changedItems(g, frame(), frame({ focus: neighbourhood(g, PUTIN, visibility) })))).to.deep.equal(all);
    expect(count(changedItems(g, frame(), frame({ sizeBy: 'mentions' })))).to.deep.equal(all);
  });
  it('moving the hover from one node to another: only the two neighbourhoods', () => {
    const a = neighbourhood(g, PUTIN, visibility), b = neighbourhood(g, 'country:chn', visibility);
    const c = changedItems(g, frame({ focus: a }), frame({ focus: b }));
    expect(new Set(c.nodes)).to.deep.equal(new Set([...a.nodes, ...b.nodes]));
    expect(new Set(c.edges)).to.deep.equal(new Set([...a.edges, ...b.edges]));
  });
  it('a filter change: exactly what changed visibility, plus the selection', () => {
    const hidden = computeVisibility(g, { ...DEFAULT_FILTERS, hiddenLabels: ['Article', 'Treaty'] }, null);
    const c = changedItems(g, frame({ selectedNode: PUTIN }), frame({ visibility: hidden, selectedNode: PUTIN }));
    expect(c.nodes.sort()).to.deep.equal([PUTIN, 'treaty:rome-statute'].sort());
    const treatyEdges = g.edges('treaty:rome-statute').filter((e) => !visibility.hiddenEdges.has(e));
    expect(c.edges.sort()).to.deep.equal(treatyEdges.sort());
  });
});

describe('viz/state/drawOrderChanged', () => {
  const a = neighbourhood(g, PUTIN, visibility);
  const cases: Array<[string, ViewFrame, ViewFrame, boolean]> = [
    ['hover starts', frame(), frame({ focus: a }), true],
    ['hover ends', frame({ focus: a }), frame(), true],
    ['hover moves to another node', frame({ focus: a }), frame({ focus: neighbourhood(g, 'country:chn', visibility) }), true],
    ['the same neighbourhood rebuilt', frame({ focus: a }), frame({ focus: neighbourhood(g, PUTIN, visibility) }), false],
    ['a query result appears', frame(), frame({ query: edgeFocus(g, g.edges()[0]!) }), true],
    ['selection changes', frame(), frame({ selectedNode: PUTIN }), true],
    ['edge selection changes', frame(), frame({ selectedEdge: g.edges()[0]! }), true],
    ['only the filters change', frame(), frame({ visibility: computeVisibility(g, { ...DEFAULT_FILTERS, hiddenLabels: ['Treaty'] }, null) }), false],
    ['nothing changes', frame({ selectedNode: PUTIN }), frame({ selectedNode: PUTIN }), false],
  ];
  for (const [name, x, y, expected] of cases) it(`${name}: ${expected}`, () => expect(drawOrderChanged(x, y)).to.equal(expected));
});
