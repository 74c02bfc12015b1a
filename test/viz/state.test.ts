import { expect } from 'chai';
import { fixtureGraph, fixtureViewerGraph } from './fixtureGraph';
import { dayOf, formatDay, parseDay, parseIsoDateRange } from '../../viz/src/state/dates';
import { clampWindow, histogram, inWindow, isFullWindow, nextPlayWindow, timeBounds } from '../../viz/src/state/timeWindow';
import { computeVisibility } from '../../viz/src/state/visibility';
import { DEFAULT_FILTERS, sameFilters, toggled, type Filters } from '../../viz/src/state/filters';
import { parallelCurvatures } from '../../viz/src/state/parallelEdges';
import { scaledSize, sizeRange, MIN_NODE_SIZE, MAX_NODE_SIZE } from '../../viz/src/state/sizing';
import { mix, labelColor, OTHER_LABEL_COLOR, compareLabels } from '../../viz/src/state/palette';

const A1 = 'article:1a2b3c4d5e6f7081';
const A3 = 'article:3c4d5e6f708192a3';

describe('viz/state/dates', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['2024-09-03', '2024-09-03', '2024-09-03'],
    ['2024-09', '2024-09-01', '2024-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024-12', '2024-12-01', '2024-12-31'],
    ['1939', '1939-01-01', '1939-12-31'],
    ['2024-09-03T10:00:00Z', '2024-09-03', '2024-09-03'],
    ['2023-02-29', null, null],
    ['2024-13', null, null],
    ['September 2024', null, null],
    ['', null, null],
  ];
  for (const [input, start, end] of cases)
    it(`${JSON.stringify(input)} -> ${start}..${end}`, () => {
      const r = parseIsoDateRange(input);
      if (start === null) expect(r).to.equal(null);
      else expect([formatDay(r!.start), formatDay(r!.end)]).to.deep.equal([start, end]);
    });
  it('day numbers round-trip through ISO', () => {
    for (const d of [-20000, -1, 0, 1, 19969, 20000]) expect(parseDay(formatDay(d))).to.equal(d);
    expect(dayOf(1970, 1, 1)).to.equal(0);
    expect(parseDay('2024-09')).to.equal(null);
  });
});

describe('viz/state/timeWindow', () => {
  const r = (a: string, b = a) => ({ start: parseDay(a)!, end: parseDay(b)! });
  const ranges = [r('2023-03-01', '2023-03-31'), r('2024-09-03'), r('2024-09-05'), r('1939-01-01', '1939-12-31')];
  it('bounds cover every range; none for no events', () => {
    const b = timeBounds(ranges)!;
    expect([formatDay(b.from), formatDay(b.to)]).to.deep.equal(['1939-01-01', '2024-09-05']);
    expect(timeBounds([])).to.equal(null);
  });
  const overlap: Array<[string, string, string, string, boolean]> = [
    ['2023-03-01', '2023-03-31', '2023-03-15', '2023-04-30', true],
    ['2023-03-01', '2023-03-31', '2023-04-01', '2023-04-30', false],
    ['2024-09-03', '2024-09-03', '2024-09-03', '2024-09-03', true],
    ['2024-09-03', '2024-09-03', '2024-09-04', '2024-12-31', false],
    ['1939-01-01', '1939-12-31', '1900-01-01', '1939-01-01', true],
  ];
  for (const [s, e, f, t, expected] of overlap)
    it(`${s}..${e} in ${f}..${t}: ${expected}`, () => expect(inWindow(r(s, e), { from: parseDay(f)!, to: parseDay(t)! })).to.equal(expected));
  it('histogram counts every range once, in order', () => {
    const b = timeBounds(ranges)!;
    const h = histogram(ranges, b, 10);
    expect(h).to.have.length(10);
    expect(h.reduce((x, y) => x + y, 0)).to.equal(4);
    expect(h[0]).to.equal(1);
    expect(h[9]).to.equal(3);
  });
  it('clamps and recognises the full window', () => {
    const b = { from: 0, to: 100 };
    expect(clampWindow({ from: -5, to: 500 }, b)).to.deep.equal(b);
    expect(clampWindow({ from: 80, to: 20 }, b)).to.deep.equal({ from: 20, to: 80 });
    expect(isFullWindow(b, b)).to.equal(true);
    expect(isFullWindow({ from: 1, to: 100 }, b)).to.equal(false);
  });
  it('play steps forward, wraps at the end, stops for a full window', () => {
    const b = { from: 0, to: 100 };
    expect(nextPlayWindow({ from: 0, to: 10 }, b, 5)).to.deep.equal({ from: 5, to: 15 });
    expect(nextPlayWindow({ from: 88, to: 98 }, b, 5)).to.deep.equal({ from: 90, to: 100 });
    expect(nextPlayWindow({ from: 90, to: 100 }, b, 5)).to.deep.equal({ from: 0, to: 10 });
    expect(nextPlayWindow(b, b, 5)).to.equal(null);
  });
});

describe('viz/state/visibility', () => {
  const g = fixtureGraph();
  const none: Filters = { hiddenLabels: [], hiddenTypes: [], source: null };
  it('shows everything with no filter', () => {
    const v = computeVisibility(g, none, null);
    expect(v.hiddenNodes.size + v.hiddenEdges.size).to.equal(0);
  });
  it('the default hides Article nodes and every MENTIONS edge', () => {
    const v = computeVisibility(g, DEFAULT_FILTERS, null);
    expect([...v.hiddenNodes].every((k) => k.startsWith('article:'))).to.equal(true);
    expect(v.hiddenNodes.size).to.equal(3);
    g.forEachEdge((e, a) => {
      if (a.relType === 'MENTIONS') expect(v.hiddenEdges.has(e)).to.equal(true);
    });
  });
  it('a hidden label hides its nodes and their relationships', () => {
    const v = computeVisibility(g, { ...none, hiddenLabels: ['Person'] }, null);
    expect(v.hiddenNodes.has('person:vladimir-putin')).to.equal(true);
    expect(v.hiddenNodes.has('country:rus')).to.equal(false);
    g.forEachEdge('person:vladimir-putin', (e) => expect(v.hiddenEdges.has(e)).to.equal(true));
  });
  it('a hidden type hides only those relationships', () => {
    const v = computeVisibility(g, { ...none, hiddenTypes: ['BORDERS'] }, null);
    expect(v.hiddenNodes.size).to.equal(0);
    g.forEachEdge((e, a) => expect(v.hiddenEdges.has(e)).to.equal(a.relType === 'BORDERS'));
  });
  it('a source article keeps only what it states or mentions', () => {
    const v = computeVisibility(g, { ...none, source: A3 }, null);
    for (const shown of [A3, 'person:vladimir-putin', 'person:karim-khan', 'event:arrestwarrant-2023-03-putin', 'country:ukr'])
      expect(v.hiddenNodes.has(shown), shown).to.equal(false);
    for (const hidden of [A1, 'person:dmitry-peskov', 'event:visit-2024-09-03-putin-mongolia']) expect(v.hiddenNodes.has(hidden), hidden).to.equal(true);
    g.forEachEdge((e, a) => {
      if (!v.hiddenEdges.has(e) && a.relType !== 'MENTIONS') expect(a.properties.sources as string[]).to.include(A3);
    });
  });
  it('the time window hides events outside it and leaves other nodes', () => {
    const v = computeVisibility(g, none, { from: parseDay('2024-01-01')!, to: parseDay('2024-12-31')! });
    expect(v.hiddenNodes.has('event:arrestwarrant-2023-03-putin')).to.equal(true);
    expect(v.hiddenNodes.has('event:battle-1939-khalkhin-gol')).to.equal(true);
    expect(v.hiddenNodes.has('event:visit-2024-09-03-putin-mongolia')).to.equal(false);
    expect(v.hiddenNodes.has('person:vladimir-putin')).to.equal(false);
  });
  it('filter helpers', () => {
    expect(toggled(['A', 'B'], 'A', true)).to.deep.equal(['B']);
    expect(toggled(['B'], 'A', false)).to.deep.equal(['A', 'B']);
    expect(sameFilters({ ...none, hiddenLabels: ['A', 'B'] }, { ...none, hiddenLabels: ['B', 'A'] })).to.equal(true);
    expect(sameFilters(none, { ...none, source: 'x' })).to.equal(false);
  });
});

describe('viz/state/buildGraph + parallelEdges + sizing + palette', () => {
  it('builds every node and edge with display attributes', () => {
    const data = fixtureViewerGraph();
    const g = fixtureGraph();
    expect(g.order).to.equal(data.nodes.length);
    expect(g.size).to.equal(data.edges.length);
    const putin = g.getNodeAttributes('person:vladimir-putin');
    expect(putin).to.include({ label: 'Vladimir Putin', nodeLabel: 'Person', color: labelColor('Person') });
    expect(putin.sizeMentions).to.equal(MAX_NODE_SIZE);
    expect(g.getNodeAttributes('event:arrestwarrant-2023-03-putin').date).to.deep.equal(parseIsoDateRange('2023-03'));
  });
  it('draws parallel relationships apart and lone ones straight', () => {
    const c = parallelCurvatures([
      { key: 'a', source: 'x', target: 'y' },
      { key: 'b', source: 'y', target: 'x' },
      { key: 'c', source: 'x', target: 'y' },
      { key: 'd', source: 'x', target: 'z' },
    ]);
    expect(c.get('d')).to.equal(0);
    const canonical = ['a', 'b', 'c'].map((k) => Math.abs(c.get(k)!));
    expect(new Set(canonical).size).to.equal(3);
    expect(Math.sign(c.get('a')!)).to.equal(-Math.sign(c.get('b')!)); // reversed edge: drawn from the other end
    const g = fixtureGraph();
    const borders = g.filterEdges((_e, a) => a.relType === 'BORDERS' && g.hasNode('country:rus'));
    expect(borders.map((e) => g.getEdgeAttribute(e, 'type')).sort()).to.deep.equal(['curved', 'curved', 'straight']);
  });
  it('sizes with a square-root scale within bounds', () => {
    expect(scaledSize(0, 10)).to.equal(MIN_NODE_SIZE);
    expect(scaledSize(10, 10)).to.equal(MAX_NODE_SIZE);
    expect(scaledSize(2.5, 10)).to.be.closeTo((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2, 1e-9);
    expect(scaledSize(5, 0)).to.equal(MIN_NODE_SIZE);
  });
  it('bigger graphs get smaller nodes, within bounds', () => {
    expect(sizeRange(31)).to.deep.equal({ min: MIN_NODE_SIZE, max: MAX_NODE_SIZE });
    const ranges = [300, 1000, 10_000, 1_000_000].map(sizeRange);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.max).to.be.at.most(ranges[i - 1]!.max);
    expect(ranges.at(-1)!.max).to.equal(6);
    expect(sizeRange(10_000).min).to.be.lessThan(MIN_NODE_SIZE);
  });
  it('colours: unknown labels get the fallback; mixing; legend order', () => {
    expect(labelColor('Spaceship')).to.equal(OTHER_LABEL_COLOR);
    expect(mix('#000000', '#ffffff', 0.5)).to.equal('#808080');
    expect(['Article', 'Zeta', 'Person', 'Alpha'].sort(compareLabels)).to.deep.equal(['Person', 'Article', 'Alpha', 'Zeta']);
  });
});
