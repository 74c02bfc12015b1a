import { expect } from 'chai';
import { dateBounds } from './eventBounds';

describe('resolve/eventBounds', () => {
  const table: [string, [string, string] | null][] = [
    ['2024', ['2024-01-01', '2024-12-31']],
    ['2024-09', ['2024-09-01', '2024-09-30']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2023-02', ['2023-02-01', '2023-02-28']],
    ['2024-09-03', ['2024-09-03', '2024-09-03']],
    ['2024-13', null],
    ['2023-02-29', null],
    ['September 2024', null],
  ];
  for (const [iso, want] of table) {
    it(`${iso} -> ${want ? want.join(' .. ') : 'none'}`, () => {
      const b = dateBounds(iso);
      expect(b && [b.start.value, b.end.value]).to.deep.equal(want);
      if (b) expect(b.start.$temporal).to.equal('Date');
    });
  }
});
