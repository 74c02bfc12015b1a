import { expect } from 'chai';
import fc from 'fast-check';
import { entityId, MAX_SLUG, slug } from './ids';

describe('model/ids', () => {
  const table: [string, string][] = [
    ['Vladimir Putin', 'vladimir-putin'],
    ['Fadi el-Abdallah', 'fadi-el-abdallah'],
    ['Người Đưa Tin', 'nguoi-dua-tin'],
    ['Łódź', 'lodz'],
    ["Côte d'Ivoire", 'cote-divoire'],
  ];
  for (const [s, want] of table) it(`slug(${JSON.stringify(s)})`, () => expect(slug(s)).to.equal(want));

  it('names with no letters or digits get a hash', () => expect(slug('—')).to.match(/^[0-9a-f]{12}$/));

  it('long keys keep their head and a hash of the whole, so they never collide on a shared prefix', () => {
    const head = 'statement ukrainian ministry of foreign affairs ukrainian ministry of foreign affairs';
    const a = entityId('Event', `${head} 2019`);
    const b = entityId('Event', `${head} 2024`);
    expect(a).to.not.equal(b);
    expect(slug(`${head} 2019`).length).to.be.at.most(MAX_SLUG);
  });

  it('is deterministic, bounded and in [a-z0-9-]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const x = slug(s);
        expect(x).to.equal(slug(s));
        expect(x.length).to.be.at.most(MAX_SLUG);
        expect(x).to.match(/^[a-z0-9-]+$/);
      }),
    );
  });
});
