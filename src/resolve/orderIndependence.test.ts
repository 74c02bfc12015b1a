/**
 * Order independence on generated corpora: articles made of names drawn from a pool that invites every
 * rule (surnames shared by two people, transliterations, acronyms with two expansions, descriptions,
 * countries by code and by name, events with dates at several precisions), resolved in shuffled orders.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { EventType } from '../model/ontology';
import type { Mention } from '../model/types';
import { resolveGraph } from './resolveGraph';
import { ExtractionBuilder } from './testing/extractionBuilder';

const POOL: [Mention['label'], string, { countryCode?: string; via?: Mention['via'] }?][] = [
  ['Person', 'Vladimir Putin'],
  ['Person', 'Putin'],
  ['Person', 'George W. Bush'],
  ['Person', 'George H. W. Bush'],
  ['Person', 'George Bush'],
  ['Person', 'Laura Bush'],
  ['Person', 'Bush'],
  ['Person', 'Fadi el-Abdallah'],
  ['Person', 'Fadi Abdullah'],
  ['Person', 'Khurilesukh'],
  ['Person', 'Ukhnaagiin Khurelsukh'],
  ['Organization', 'International Criminal Court'],
  ['Organization', 'International Cricket Council'],
  ['Organization', 'ICC', { via: 'abbreviation' }],
  ['Organization', 'Court'],
  ['Organization', 'Ukrainian Foreign Ministry'],
  ['Organization', 'Ukrainian Ministry of Foreign Affairs'],
  ['Treaty', 'Rome Statute'],
  ['Treaty', 'Rome Statute of the International Criminal Court'],
  ['Country', 'Mongolia', { countryCode: 'MNG' }],
  ['Country', 'Mongolian', { via: 'demonym' }],
  ['Country', 'Russia', { countryCode: 'RUS' }],
  ['Location', 'Khalkhin Gol'],
  ['Location', 'Halkhin River'],
];
const TYPES: EventType[] = ['Visit', 'Statement', 'Ratification', 'Battle'];
const DATES = [undefined, '2019', '2024', '2024-09', '2024-09-03', '2024-08-30'];

interface ArticleSpec {
  mentions: number[];
  describe: boolean;
  events: { type: number; date: number; a: number; t: number }[];
  published?: string;
}

const article: fc.Arbitrary<ArticleSpec> = fc.record({
  mentions: fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 6 }),
  describe: fc.boolean(),
  events: fc.array(fc.record({ type: fc.nat(TYPES.length - 1), date: fc.nat(DATES.length - 1), a: fc.nat(5), t: fc.nat(5) }), { maxLength: 3 }),
  published: fc.option(fc.constantFrom('2024-09-02', '2019-05-01'), { nil: undefined }),
});

function build(specs: ArticleSpec[]) {
  return specs.map((spec, i) => {
    const b = new ExtractionBuilder(`article:${(i + 1).toString(16).padStart(16, '0')}`, spec.published ? { published: spec.published } : {});
    const picked = spec.mentions.map((k) => POOL[k]);
    b.s(picked.map(([, text]) => text).join(', ') + (spec.describe ? ', the leader.' : '.'));
    const ids = picked.map(([label, text, extra]) => b.m(label, text, extra ?? {}));
    const persons = ids.filter((_, k) => picked[k][0] === 'Person');
    if (spec.describe && persons.length) b.m('Person', 'the leader', { refersTo: persons[0] });
    if (ids.length > 1) b.fact('LEADER_OF', ids[0], ids[1], { role: spec.published ? 'President' : 'Leader' });
    for (const e of spec.events) {
      const agents = [ids[e.a % ids.length]];
      const targets = e.t % 2 ? [ids[e.t % ids.length]] : [];
      b.event(TYPES[e.type], `${TYPES[e.type]} of Khalkhin Gol`, { date: DATES[e.date], agents, targets });
    }
    return b;
  });
}

describe('resolve/order independence on generated corpora (fast-check)', () => {
  it('any order of articles gives deep-equal output, and so does the union of two halves', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 6 }), fc.infiniteStream(fc.nat()), (specs, seeds) => {
        const bs = build(specs);
        const docs = bs.map((b) => b.doc());
        const xs = bs.map((b) => b.extraction());
        const g = resolveGraph(docs, xs);
        const order = docs.map((_, i) => [seeds.next().value as number, i] as const).sort((p, q) => p[0] - q[0]).map(([, i]) => i);
        const shuffled = resolveGraph(order.map((i) => docs[i]), [...order].reverse().map((i) => xs[i]));
        expect(JSON.stringify(shuffled)).to.equal(JSON.stringify(g));
        for (const e of g.edges) {
          expect(g.nodes.some((n) => n.id === e.from), e.id).to.equal(true);
          expect(g.nodes.some((n) => n.id === e.to), e.id).to.equal(true);
        }
        expect(new Set(g.nodes.map((n) => n.id)).size).to.equal(g.nodes.length);
        expect(new Set(g.edges.map((e) => e.id)).size).to.equal(g.edges.length);
      }),
      { numRuns: 100 },
    );
  });
});
