import { expect } from 'chai';
import fc from 'fast-check';
import { datesCompatible, encodeClaims, isReservedProperty, valuesDisagree } from './claims';
import { combineConfidence, provenance } from './provenance';

describe('resolve/claims', () => {
  describe('datesCompatible', () => {
    const cases: [string | undefined, string | undefined, boolean][] = [
      ['2024-09', '2024-09-03', true],
      ['2024', '2024-09-03', true],
      ['2024-09-03', '2024-09-03', true],
      ['2019', '2024-09', false],
      ['2024-09-03', '2024-09-04', false],
      ['2024-08', '2024-09-03', false],
      [undefined, '2019', true],
    ];
    for (const [a, b, want] of cases) it(`${a} ${want ? '~' : '!~'} ${b}`, () => expect(datesCompatible(a, b)).to.equal(want));
  });

  describe('encodeClaims', () => {
    const cases: { what: string; claims: [string | number, string][]; want: Record<string, unknown>; conflict: boolean }[] = [
      {
        what: 'the seeds: ratified 2002 (a) vs 2003 (b)',
        claims: [['2003', 'article:b'], ['2002', 'article:a']],
        want: { ratified: '2002', ratified_values: ['2002', '2003'], ratified_sources: ['article:a', 'article:b'] },
        conflict: true,
      },
      {
        what: 'majority wins over sort order',
        claims: [['2003', 'article:b'], ['2002', 'article:a'], ['2003', 'article:c']],
        want: { ratified: '2003', ratified_values: ['2002', '2003', '2003'], ratified_sources: ['article:a', 'article:b', 'article:c'] },
        conflict: true,
      },
      {
        what: 'a refinement is not a disagreement; the most precise wins',
        claims: [['2024-09', 'article:a'], ['2024-09-03', 'article:b'], ['2024', 'article:c']],
        want: { ratified: '2024-09-03', ratified_values: ['2024', '2024-09', '2024-09-03'], ratified_sources: ['article:c', 'article:a', 'article:b'] },
        conflict: false,
      },
      {
        what: 'the same claim twice from one article counts once',
        claims: [['2002', 'article:a'], ['2002', 'article:a']],
        want: { ratified: '2002', ratified_values: ['2002'], ratified_sources: ['article:a'] },
        conflict: false,
      },
      {
        what: 'case and spacing variants of a string are one value',
        claims: [['president', 'article:b'], ['President', 'article:a'], [' President ', 'article:c']],
        want: { ratified: 'President', ratified_values: ['President', 'President', 'President'], ratified_sources: ['article:a', 'article:b', 'article:c'] },
        conflict: false,
      },
      {
        what: 'numbers stay numbers',
        claims: [[3, 'article:a'], [4, 'article:b']],
        want: { ratified: 3, ratified_values: [3, 4], ratified_sources: ['article:a', 'article:b'] },
        conflict: true,
      },
      {
        what: 'mixed types are listed as strings (Neo4j lists are homogeneous)',
        claims: [[2002, 'article:a'], ['2002', 'article:b']],
        want: { ratified: 2002, ratified_values: ['2002', '2002'], ratified_sources: ['article:a', 'article:b'] },
        conflict: true,
      },
    ];
    for (const c of cases)
      it(c.what, () => {
        const { props, conflict } = encodeClaims(
          'ratified',
          c.claims.map(([value, source]) => ({ value, source })),
        );
        expect(props).to.deep.equal(c.want);
        expect(conflict).to.equal(c.conflict);
      });
  });

  // encodeClaims writes its three keys with Reflect.set (no deopt per new name in optimised code):
  // the same [[Set]] as an assignment, so every property name gives what assignments gave, even the
  // names Object.prototype already has (an assignment to __proto__ with a string value is ignored)
  describe('encodeClaims property names: as plain assignments write them', () => {
    const claims = [{ value: '2003', source: 'article:b' }, { value: '2002', source: 'article:a' }];
    for (const property of ['date', 'toString', 'constructor', 'hasOwnProperty', '__proto__', '2019', 'a b', '']) {
      it(JSON.stringify(property), () => {
        const want: Record<string, unknown> = {};
        want[property] = '2002';
        want[`${property}_values`] = ['2002', '2003'];
        want[`${property}_sources`] = ['article:a', 'article:b'];
        const { props } = encodeClaims(property, claims);
        expect(Object.getPrototypeOf(props)).to.equal(Object.getPrototypeOf(want));
        expect(Object.keys(props)).to.deep.equal(Object.keys(want));
        expect(JSON.stringify(props)).to.equal(JSON.stringify(want));
      });
    }
  });

  it('encodeClaims does not depend on the order of the claims (fast-check)', () => {
    const claim = fc.record({
      value: fc.oneof(fc.constantFrom('2002', '2003', '2002-05', 'President', 'president', 'Prime Minister', '1', true), fc.integer({ min: 0, max: 3 })),
      source: fc.constantFrom('article:a', 'article:b', 'article:c'),
    });
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 8 }), fc.infiniteStream(fc.nat()), (claims, seeds) => {
        const shuffled = claims.map((c) => [seeds.next().value as number, c] as const).sort((p, q) => p[0] - q[0]).map(([, c]) => c);
        const a = encodeClaims('p', claims);
        const b = encodeClaims('p', shuffled);
        expect(JSON.stringify(b)).to.equal(JSON.stringify(a));
        expect((a.props.p_values as unknown[]).length).to.equal((a.props.p_sources as unknown[]).length);
      }),
      { numRuns: 200 },
    );
  });

  // one claim takes a short path; the same claim stated twice by its article goes the general way
  const singles: [string, string | number | boolean][] = [
    ['date', '2024-09'],
    ['role', '  Prime   Minister '],
    ['signed', true],
    ['year', 2002],
    ['title', '\tpresident\n'],
  ];
  for (const [property, value] of singles) {
    it(`encodeClaims of one claim (${property}: ${JSON.stringify(value)}) is that of the claim repeated`, () => {
      const one = { value, source: 'article:a' };
      expect(JSON.stringify(encodeClaims(property, [one]))).to.equal(JSON.stringify(encodeClaims(property, [one, { ...one }])));
    });
  }

  it('valuesDisagree: dates by compatibility, strings folded', () => {
    expect(valuesDisagree(['2002', '2003'])).to.equal(true);
    expect(valuesDisagree(['2002', '2002-05'])).to.equal(false);
    expect(valuesDisagree(['Prime Minister', 'prime minister'])).to.equal(false);
    expect(valuesDisagree(['President'])).to.equal(false);
  });

  it('reserved properties are never taken from an extractor', () => {
    expect(['sources', 'evidence', 'confidence', 'conflicts', 'ratified_values', 'role_sources'].every(isReservedProperty)).to.equal(true);
    expect(['role', 'ratified', 'signed', 'date'].some(isReservedProperty)).to.equal(false);
  });

  describe('provenance', () => {
    const ev = (articleId: string, start: number, sentence: string) => ({ articleId, start, end: start + sentence.length, sentence });
    it('combines 1 - prod(1 - c), counts one sentence once at its best, strictly inside (0, 1)', () => {
      expect(combineConfidence([0.5, 0.5], 6)).to.equal(0.75);
      expect(combineConfidence([1, 0.3], 6)).to.equal(0.999999);
      expect(combineConfidence([1.7], 6)).to.equal(0.999999);
      expect(combineConfidence([], 6)).to.equal(0.000001);
      expect(Number.isInteger(combineConfidence([1], 2))).to.equal(false);
      const p = provenance(
        [
          { evidence: ev('article:b', 0, 'Second.'), confidence: 0.5 },
          { evidence: ev('article:a', 10, 'First later.'), confidence: 0.5 },
          { evidence: ev('article:a', 0, 'First.'), confidence: 0.2 },
          { evidence: ev('article:a', 0, 'First.'), confidence: 0.4 },
          { evidence: ev('article:c', 0, 'Second.'), confidence: 0 },
        ],
        6,
      );
      expect(p.sources).to.deep.equal(['article:a', 'article:b', 'article:c']);
      expect(p.evidence).to.deep.equal(['First.', 'First later.', 'Second.']);
      expect(p.confidence).to.equal(0.85); // 1 - 0.6 * 0.5 * 0.5 * 1
    });
  });
});
