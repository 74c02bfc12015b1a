import { expect } from 'chai';
import type { Mention } from '../model/types';
import { clusterEntities, mentionKey } from './clusterEntities';
import { validateResolveOptions } from './options';
import { type MentionExtra, ExtractionBuilder } from './testing/extractionBuilder';

type M = [Mention['label'], string, MentionExtra?];
/** One sentence per article holding all its mentions (texts joined), `ref: k` links to the k-th mention of that article. */
function resolve(articles: (M | [Mention['label'], string, MentionExtra & { ref?: number }])[][], options = {}) {
  const xs = articles.map((ms, i) => {
    const b = new ExtractionBuilder(`article:${String(i).padStart(16, '0')}`);
    b.s(ms.map(([, text]) => text).join(' | '));
    const ids: string[] = [];
    for (const [label, text, extra = {}] of ms) {
      const { ref, ...rest } = extra as MentionExtra & { ref?: number };
      ids.push(b.m(label, text, ref === undefined ? rest : { ...rest, refersTo: ids[ref] }));
    }
    return b.extraction();
  });
  const r = clusterEntities(xs, validateResolveOptions(options));
  const byText = (article: number, index: number) => r.mentionEntity.get(mentionKey(xs[article].articleId, `m${index}`));
  return { ...r, byText };
}

describe('resolve/clusterEntities', () => {
  it('one Person however written; the fullest name is canonical; every surface form is an alias', () => {
    const r = resolve([
      [['Person', 'President Vladimir Putin', { name: 'Vladimir Putin', titles: ['President'] }], ['Person', 'Mr Putin', { name: 'Putin' }], ['Person', 'the Russian leader', { ref: 0 }]],
      [['Person', 'Russian President Vladimir Putin', { name: 'Vladimir Putin', titles: ['President'] }]],
      [['Person', 'Putin']],
      [['Person', 'he', { via: 'coreference' }]],
    ]);
    expect(r.entities.map((e) => e.id)).to.deep.equal(['person:vladimir-putin']);
    const putin = r.entities[0].properties;
    expect(putin.name).to.equal('Vladimir Putin');
    expect(putin.aliases).to.deep.equal(['Mr Putin', 'President Vladimir Putin', 'Putin', 'Russian President Vladimir Putin', 'Vladimir Putin', 'the Russian leader']);
    expect(putin.titles).to.deep.equal(['President']);
    expect(r.byText(0, 2)).to.equal('person:vladimir-putin');
    expect(r.byText(3, 0), 'an unlinked pronoun names nothing').to.equal(undefined);
  });

  // a person's single word: [articles, the entity each article's single-word mention (its last) resolves to]
  const singleWords: [string, M[][], (string | undefined)[]][] = [
    ['a surname past a generational suffix, across articles', [[['Person', 'Ferdinand Marcos Jr.']], [['Person', 'Marcos']]], ['person:ferdinand-marcos-jr', 'person:ferdinand-marcos-jr']],
    ['an inner word of a full name, in its article', [[['Person', 'Luiz Inácio Lula da Silva'], ['Person', 'Lula']]], ['person:luiz-inacio-lula-da-silva']],
    ['an inner word is not taken across articles', [[['Person', 'Luiz Inácio Lula da Silva']], [['Person', 'Lula']]], ['person:luiz-inacio-lula-da-silva', 'person:lula']],
    // a full name it ends comes first; a father's name after "bin" is not the son's
    ['a surname before an inner word', [[['Person', 'George Walker Bush'], ['Person', 'Scott Walker'], ['Person', 'Walker']]], ['person:scott-walker']],
    ['no inner word after "bin"', [[['Person', 'Mohamed bin Zayed Al Nahyan'], ['Person', 'Zayed']]], ['person:zayed']],
    ['no surname after "bin"', [[['Person', 'Mohammed bin Salman']], [['Person', 'Salman']]], ['person:mohammed-bin-salman', 'person:salman']],
  ];
  for (const [what, articles, want] of singleWords) {
    it(`a person's single word: ${what}`, () => {
      const r = resolve(articles);
      const single = (a: number) => Math.max(0, articles[a].findIndex(([, text]) => !text.includes(' ')));
      expect(articles.map((_, a) => r.byText(a, single(a)))).to.deep.equal(want);
    });
  }

  it('descriptionAliases: false keeps descriptions out of aliases but still links them', () => {
    const r = resolve([[['Person', 'Vladimir Putin'], ['Person', 'the Russian leader', { ref: 0 }]]], { descriptionAliases: false });
    expect(r.entities[0].properties.aliases).to.deep.equal(['Vladimir Putin']);
    expect(r.byText(0, 1)).to.equal('person:vladimir-putin');
  });

  it('transliteration variants are one Person', () => {
    const r = resolve([
      [['Person', 'Fadi el-Abdallah']],
      [['Person', 'Fadi Abdullah']],
      [['Person', 'Fadi El Abdallah'], ['Person', 'el-Abdallah']],
      [['Person', 'Ukhnaagiin Khurelsukh']],
      [['Person', 'Khurilesukh']],
      [['Person', 'Khurelsukh']],
    ]);
    expect(r.entities.map((e) => [e.id, e.properties.name])).to.deep.equal([
      ['person:fadi-el-abdallah', 'Fadi El Abdallah'], // 3 tokens with the particle; ties: first in sort order
      ['person:ukhnaagiin-khurelsukh', 'Ukhnaagiin Khurelsukh'],
    ]);
    expect(r.entities[0].properties.aliases).to.deep.equal(['Fadi Abdullah', 'Fadi El Abdallah', 'Fadi el-Abdallah', 'el-Abdallah']);
  });

  it('different people stay apart', () => {
    const r = resolve([[['Person', 'Dmitry Peskov'], ['Person', 'Dmitry Medvedev']], [['Person', 'Vladimir Putin']], [['Person', 'Vladimir Patten']]]);
    expect(r.entities.map((e) => e.id)).to.deep.equal(['person:dmitry-medvedev', 'person:dmitry-peskov', 'person:vladimir-patten', 'person:vladimir-putin']);
  });

  describe('a single surname joins a full name only when unambiguous', () => {
    const cases: { what: string; articles: M[][]; want: Record<string, string[]> }[] = [
      {
        what: 'one candidate in the corpus',
        articles: [[['Person', 'Joe Biden']], [['Person', 'Biden']]],
        want: { 'person:joe-biden': ['Biden', 'Joe Biden'] },
      },
      {
        what: 'two candidates in the corpus, none in the article: stays apart',
        articles: [[['Person', 'George Bush']], [['Person', 'Laura Bush']], [['Person', 'Bush']]],
        want: { 'person:bush': ['Bush'], 'person:george-bush': ['George Bush'], 'person:laura-bush': ['Laura Bush'] },
      },
      {
        what: 'two candidates in the corpus, one in the same article: joins that one',
        articles: [[['Person', 'George Bush']], [['Person', 'Laura Bush'], ['Person', 'Bush']]],
        want: { 'person:george-bush': ['George Bush'], 'person:laura-bush': ['Bush', 'Laura Bush'] },
      },
      {
        what: 'two candidates in the same article: the one it named first (news names the principal first)',
        articles: [[['Person', 'George Bush'], ['Person', 'Laura Bush'], ['Person', 'Bush']]],
        want: { 'person:george-bush': ['Bush', 'George Bush'], 'person:laura-bush': ['Laura Bush'] },
      },
      {
        what: 'two candidates in the same article, the surname before either: stays apart',
        articles: [[['Person', 'Bush'], ['Person', 'George Bush'], ['Person', 'Laura Bush']]],
        want: { 'person:bush': ['Bush'], 'person:george-bush': ['George Bush'], 'person:laura-bush': ['Laura Bush'] },
      },
      {
        what: 'a surname of another label does not count',
        articles: [[['Organization', 'Jackson Foundation']], [['Person', 'Jackson']]],
        want: { 'organization:jackson-foundation': ['Jackson Foundation'], 'person:jackson': ['Jackson'] },
      },
    ];
    for (const c of cases)
      it(c.what, () => {
        const r = resolve(c.articles);
        expect(Object.fromEntries(r.entities.map((e) => [e.id, e.properties.aliases]))).to.deep.equal(c.want);
      });
  });

  it('organizations: acronym, description, generic head noun in the same article', () => {
    const r = resolve([
      [['Organization', 'International Criminal Court', { kind: 'court' }], ['Organization', 'The Hague-based court', { ref: 0 }], ['Organization', 'Court']],
      [['Organization', 'ICC', { via: 'abbreviation' }], ['Organization', 'the Court', { ref: 0 }]],
      [['Organization', 'Court']],
    ]);
    expect(r.entities.map((e) => [e.id, e.properties.aliases, e.properties.kind])).to.deep.equal([
      ['organization:court', ['Court'], 'other'], // alone in its article: a generic word is not linked corpus-wide
      ['organization:international-criminal-court', ['Court', 'ICC', 'International Criminal Court', 'The Hague-based court', 'the Court'], 'court'],
    ]);
  });

  it('a partial name of common words only joins within its article', () => {
    const r = resolve([
      [['Organization', 'Independent National Electoral Commission'], ['Organization', 'National Electoral Commission']],
      [['Organization', 'National Electoral Commission']],
    ]);
    expect(r.entities.map((e) => [e.id, e.properties.aliases])).to.deep.equal([
      ['organization:independent-national-electoral-commission', ['Independent National Electoral Commission', 'National Electoral Commission']],
      ['organization:national-electoral-commission', ['National Electoral Commission']],
    ]);
  });

  it('a name with one inner word left out joins the longer one within its article only', () => {
    const r = resolve([
      [['Organization', 'Council of Foreign Ministers of the European Union'], ['Organization', 'Council of Ministers of the European Union']],
      [['Organization', 'Council of Ministers of the European Union']],
    ]);
    expect(r.entities.map((e) => e.id)).to.deep.equal([
      'organization:council-of-foreign-ministers-of-the-european-union',
      'organization:council-of-ministers-of-the-european-union',
    ]);
    expect(r.entities[0].properties.aliases).to.include('Council of Ministers of the European Union');
  });

  it('an organisation is not a short form of a body inside it; a shorter wording of the same body still joins', () => {
    const r = resolve([
      [['Organization', 'United Nations Security Council']],
      [['Organization', 'United Nations']],
      [['Organization', 'African Union Commission'], ['Organization', 'African Union']],
      [['Organization', 'Shanghai Cooperation Organisation']],
      [['Organization', 'Shanghai Cooperation']],
      [['Organization', 'Economic Community of West African States'], ['Organization', 'Economic Community']],
      [['Organization', 'United Nations Mission in Haiti']],
      // nor of a body named after it: the parent's name ends the body's, after a head that names a body
      [['Organization', 'Food and Agriculture Organization of the United Nations'], ['Organization', 'United Nations']],
      [['Organization', 'Court of Justice of the European Union']],
      [['Organization', 'European Union']],
      [['Organization', 'Kyiv School of Economics'], ['Organization', 'Kyiv School']],
    ]);
    expect(r.entities.map((e) => e.id)).to.deep.equal([
      'organization:african-union',
      'organization:african-union-commission',
      'organization:court-of-justice-of-the-european-union',
      'organization:economic-community-of-west-african-states',
      'organization:european-union',
      'organization:food-and-agriculture-organization-of-the-united-nations',
      'organization:kyiv-school-of-economics',
      'organization:shanghai-cooperation-organisation',
      'organization:united-nations',
      'organization:united-nations-mission-in-haiti',
      'organization:united-nations-security-council',
    ]);
  });

  it('an acronym with two expansions in the corpus stays apart', () => {
    const r = resolve([[['Organization', 'International Criminal Court']], [['Organization', 'International Cricket Council']], [['Organization', 'ICC']]]);
    expect(r.entities.map((e) => e.id)).to.deep.equal(['organization:icc', 'organization:international-cricket-council', 'organization:international-criminal-court']);
  });

  it('treaty: a shorter name that starts or ends a longer one joins it when unique', () => {
    const r = resolve([[['Treaty', 'Rome Statute of the International Criminal Court']], [['Treaty', 'Rome Statute']], [['Treaty', 'the Rome Statute']]]);
    expect(r.entities.map((e) => [e.id, e.properties.aliases])).to.deep.equal([
      ['treaty:rome-statute-of-the-international-criminal-court', ['Rome Statute', 'Rome Statute of the International Criminal Court', 'the Rome Statute']],
    ]);
  });

  it('countries by ISO code, demonyms and capitals included; the gazetteer fills missing codes', () => {
    const r = resolve([
      [['Country', 'Mongolia', { countryCode: 'MNG' }], ['Country', 'Mongolian', { countryCode: 'mng', via: 'demonym' }]],
      [['Country', 'Russian Federation'], ['Country', 'Moscow', { countryCode: 'RUS', via: 'capital' }], ['Country', 'Mongolian', { via: 'demonym' }]],
      [['Country', 'Atlantis']],
    ]);
    expect(r.entities.map((e) => e.properties)).to.deep.equal([
      { id: 'country:atlantis', name: 'Atlantis', aliases: ['Atlantis'] },
      { id: 'country:mng', name: 'Mongolia', aliases: ['Mongolia', 'Mongolian'], iso2: 'MN', iso3: 'MNG' },
      { id: 'country:rus', name: 'Russia', aliases: ['Moscow', 'Russian Federation'], iso2: 'RU', iso3: 'RUS' },
    ]);
  });

  it('homonyms of different labels stay apart', () => {
    const r = resolve([[['Country', 'Georgia', { countryCode: 'GEO' }], ['Person', 'Georgia']], [['Location', 'Georgia'], ['Country', 'Mongolia', { countryCode: 'MNG' }], ['Person', 'Mongolian', { name: 'Mongolian' }]]]);
    expect(r.entities.map((e) => e.id)).to.deep.equal(['country:geo', 'country:mng', 'location:georgia', 'person:georgia', 'person:mongolian']);
  });

  it('a refersTo across labels is ignored (the mention is dropped, not merged)', () => {
    const r = resolve([[['Country', 'Mongolia', { countryCode: 'MNG' }], ['Person', 'the host', { ref: 0 }]]]);
    expect(r.entities.map((e) => e.id)).to.deep.equal(['country:mng']);
    expect(r.byText(0, 1)).to.equal(undefined);
  });

  it('the id does not depend on which article came first', () => {
    const one = resolve([[['Person', 'Fadi Abdullah']], [['Person', 'Fadi el-Abdallah']]]);
    const two = resolve([[['Person', 'Fadi el-Abdallah']], [['Person', 'Fadi Abdullah']]]);
    expect(one.entities).to.deep.equal(two.entities);
  });

  it('organization kind: the most frequent specific kind', () => {
    const r = resolve([[['Organization', 'Kremlin', { kind: 'other' }]], [['Organization', 'Kremlin', { kind: 'government' }]], [['Organization', 'Kremlin', { kind: 'other' }]]]);
    expect(r.entities[0].properties.kind).to.equal('government');
  });

  describe('a shorter full name joins a longer one only when unambiguous', () => {
    const cases: { what: string; articles: M[][]; want: string[] }[] = [
      {
        what: 'extra given names, another order',
        articles: [[['Person', 'Emmerson Mnangagwa']], [['Person', 'Mnangagwa Emmerson Dambudzo']], [['Person', 'Mnangagwa']]],
        want: ['person:mnangagwa-emmerson-dambudzo'],
      },
      {
        what: 'a middle name',
        articles: [[['Person', 'Bola Tinubu']], [['Person', 'Bola Ahmed Tinubu']]],
        want: ['person:bola-ahmed-tinubu'],
      },
      {
        what: 'two longer people: the shorter name stays apart and does not chain them',
        articles: [[['Person', 'George W. Bush']], [['Person', 'George H. W. Bush']], [['Person', 'George Bush']]],
        want: ['person:george-bush', 'person:george-h-w-bush', 'person:george-w-bush'],
      },
      {
        what: 'Kim Jong does not chain Kim Jong Un and Kim Jong Il',
        articles: [[['Person', 'Kim Jong Un']], [['Person', 'Kim Jong Il']], [['Person', 'Kim Jong']]],
        want: ['person:kim-jong', 'person:kim-jong-il', 'person:kim-jong-un'],
      },
    ];
    for (const c of cases) it(c.what, () => expect(resolve(c.articles).entities.map((e) => e.id)).to.deep.equal(c.want));
  });

  describe('organizations worded two ways', () => {
    const cases: [string, string, boolean][] = [
      ['Ukrainian Ministry of Foreign Affairs', 'Ukrainian Foreign Ministry', true],
      ['Government of Mongolia', 'Mongolian Government', true],
      ['Ministry of Defence', 'Defence Ministry', true],
      ['Russian Foreign Ministry', 'Ukrainian Foreign Ministry', false],
      ['Ministry of Foreign Affairs', 'Ministry of Internal Affairs', false],
    ];
    for (const [a, b, same] of cases)
      it(`${a} ${same ? '=' : '!='} ${b}`, () => {
        const r = resolve([[['Organization', a]], [['Organization', b]]]);
        expect(r.entities.length).to.equal(same ? 1 : 2);
      });
  });
});
