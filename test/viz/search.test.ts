import { expect } from 'chai';
import { createNodeSearch, type SearchDoc } from '../../viz/src/state/search';
import { fixtureViewerGraph } from './fixtureGraph';

const docs: SearchDoc[] = fixtureViewerGraph().nodes.map((n) => ({ key: n.key, name: n.name, aliases: n.aliases, label: n.label, weight: n.degree }));
const search = createNodeSearch(docs);

describe('viz/state/search', () => {
  const top: Array<[string, string]> = [
    ['Putin', 'person:vladimir-putin'], // exact alias beats names containing the word
    ['vladimir putin', 'person:vladimir-putin'],
    ['vlad', 'person:vladimir-putin'], // prefix
    ['Vladimr', 'person:vladimir-putin'], // fuzzy
    ['ICC', 'organization:international-criminal-court'], // alias
    ['khurilesukh', 'person:ukhnaagiin-khurelsukh'], // alias spelling
    ['Mongolia', 'country:mng'], // exact name beats events mentioning Mongolia
    ['Ulan Bator', 'location:ulaanbaatar'],
    ['fadi abdullah', 'person:fadi-el-abdallah'],
    ['<img', 'person:img-src-x-onerror-alert-1'],
  ];
  for (const [q, key] of top) it(`${JSON.stringify(q)} -> ${key}`, () => expect(search.search(q)[0]?.key).to.equal(key));

  it('reports the alias that matched', () => {
    const hit = search.search('ICC')[0]!;
    expect(hit.matchedAlias).to.equal('ICC');
    expect(search.search('Vladimir Putin')[0]!.matchedAlias).to.equal(null);
  });
  it('returns nothing for blank or unknown queries, and respects the limit', () => {
    expect(search.search('   ')).to.deep.equal([]);
    expect(search.search('zzzzqqq')).to.deep.equal([]);
    expect(search.search('p', 3).length).to.be.at.most(3);
  });
  it('ignores accents and case', () => {
    const s = createNodeSearch([{ key: 'k', name: 'José Martí', aliases: [], label: 'Person', weight: 1 }]);
    expect(s.search('jose marti')[0]?.key).to.equal('k');
  });
  it('ranks are stable: scores never increase down the list', () => {
    const hits = search.search('mon', 20);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).to.be.at.most(hits[i - 1]!.score);
  });
});
