import { expect } from 'chai';
import fc from 'fast-check';
import { hasLetters } from './detectLanguage';

/** what detectLanguage counted before hasLetters */
const countedLetters = (s: string, n: number) => !((s.match(/\p{L}/gu)?.length ?? 0) < n);

describe('ingest/detectLanguage: hasLetters', () => {
  // [text, n]: the answer must be the old count's
  const cases: [string, number][] = [
    ['', 0], ['', 1], ['a', 1], ['a', 2], ['1 2 3', 1], ['abc', 3], ['abc', 3.5], ['abcd', 3.5], ['abc', -1], ['abc', Number.NaN],
    ['élan, naïve', 9], ['Người Đưa Tin', 11], ['Москва', 6], ['東京都', 3], ['𠀀𠀁', 2], ['𠀀𠀁', 3], ['\ud800a', 1], ['\ud800\ud800', 1],
    ['The ICC issued a warrant in March 2023.', 30], ['The ICC issued a warrant in March 2023.', 26], ['... --- !!! 123', 1], ['x'.repeat(1200), 1200], ['x'.repeat(10), 1e9],
  ];
  for (const [s, n] of cases) it(`${JSON.stringify(s.slice(0, 20))}, ${n}: ${countedLetters(s, n)}`, () => expect(hasLetters(s, n)).to.equal(countedLetters(s, n)));

  it('agrees with counting every letter on any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.oneof(fc.integer({ min: -2, max: 130 }), fc.double({ min: -2, max: 130, noNaN: true })), (s, n) => {
        expect(hasLetters(s, n)).to.equal(countedLetters(s, n));
      }),
      { numRuns: 2000 },
    );
  });
});
