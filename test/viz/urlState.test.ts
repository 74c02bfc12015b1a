import { expect } from 'chai';
import fc from 'fast-check';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from '../../viz/src/state/urlState';
import { parseDay } from '../../viz/src/state/dates';

describe('viz/state/urlState', () => {
  it('the default state is the empty hash, and back', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).to.equal('');
    expect(decodeUrlState('')).to.deep.equal(DEFAULT_URL_STATE);
    expect(decodeUrlState('#')).to.deep.equal(DEFAULT_URL_STATE);
  });
  it('encodes a full state readably', () => {
    const s: UrlState = {
      q: 'putin',
      filters: { hiddenLabels: ['Event', 'Article'], hiddenTypes: [], source: 'article:abc' },
      time: { from: parseDay('2023-01-01')!, to: parseDay('2024-09-30')! },
      selected: { kind: 'node', key: 'person:vladimir-putin' },
      camera: { x: 0.5, y: 0.25, ratio: 0.8, angle: 0 },
      sizeBy: 'mentions',
    };
    const h = encodeUrlState(s);
    expect(h).to.equal('#q=putin&hl=Article%2CEvent&ht=&src=article%3Aabc&t=2023-01-01..2024-09-30&n=person%3Avladimir-putin&cam=0.5%2C0.25%2C0.8%2C0&size=mentions');
    expect(decodeUrlState(h)).to.deep.equal({ ...s, filters: { ...s.filters, hiddenLabels: ['Article', 'Event'] } });
  });
  const garbage: Array<[string, Partial<UrlState>]> = [
    ['#t=2024-13-01..2024-01-01', { time: null }],
    ['#t=2024-09-03..2024-01-01', { time: null }],
    ['#t=2024', { time: null }],
    ['#cam=1,2,0,0', { camera: null }],
    ['#cam=a,b,c,d', { camera: null }],
    ['#size=huge', { sizeBy: 'degree' }],
    ['#hl=Person,<script>,Event', { filters: { hiddenLabels: ['Event', 'Person'], hiddenTypes: ['MENTIONS'], source: null } }],
    ['#e=LEADER_OF%3A0001', { selected: { kind: 'edge', key: 'LEADER_OF:0001' } }],
    ['#%%%', {}],
  ];
  for (const [hash, expected] of garbage)
    it(`reads ${hash} without failing`, () => expect(decodeUrlState(hash)).to.deep.equal({ ...DEFAULT_URL_STATE, ...expected }));

  it('decode(encode(s)) === s for any valid state (property)', () => {
    const ident = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
    const list = fc.uniqueArray(ident, { maxLength: 4 }).map((l) => [...l].sort());
    const num = fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1e4);
    const day = fc.integer({ min: -30000, max: 40000 });
    const state = fc.record<UrlState>({
      q: fc.string({ maxLength: 20 }),
      filters: fc.record({ hiddenLabels: list, hiddenTypes: list, source: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }) }),
      time: fc.option(fc.tuple(day, day).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })), { nil: null }),
      selected: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), key: fc.string({ minLength: 1, maxLength: 20 }) }), { nil: null }),
      camera: fc.option(fc.record({ x: num, y: num, ratio: fc.integer({ min: 1, max: 1e6 }).map((n) => n / 1e4), angle: num }), { nil: null }),
      sizeBy: fc.constantFrom('degree' as const, 'mentions' as const),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeUrlState(encodeUrlState(s))).to.deep.equal(s);
      }),
    );
  });
});
