import { expect } from 'chai';
import { removeFurniture } from './removeFurniture';

/** Runs of short title-like lines inside the body: other stories' headlines, or a list the story introduces. */
describe('ingest/removeFurniture: runs of short title-like lines', () => {
  const prose = 'The ninth summit of the Organization of Turkic States took place in Samarkand on Friday, officials said.';
  const more = 'The leaders discussed transport links and economic cooperation during the meeting, which lasted two days.';
  const listed = ['President Shavkat Mirziyoyev of Uzbekistan', 'President Ilham Aliyev of Azerbaijan', 'President Kassym-Jomart Tokayev of Kazakhstan'];
  const cases: [name: string, blocks: string[], kept: string[], dropped: string[]][] = [
    ['a list introduced by a colon is story', [prose, 'The summit was attended by:', ...listed, more], listed, []],
    ['a run of headlines without an introduction is furniture', [prose, ...listed, more], [], listed],
    ['a run after a sentence that ends in a full stop is furniture', [prose, 'Read more from our reporters.', ...listed, more], [], listed],
    ["a run after a page's label is furniture", [prose, "Editor's picks:", ...listed, more], [], listed],
    ['an introduced list ends at a dropped label', [prose, 'The delegation included:', ...listed, 'Related:', 'Stocks Rally As Markets Open Higher', 'Storm Hits The Coast Overnight Again', 'Minister Resigns After Long Inquiry', more], listed, ['Stocks Rally As Markets Open Higher']],
  ];
  for (const [name, blocks, kept, dropped] of cases) {
    it(name, () => {
      const r = removeFurniture(blocks, { order: 'DMY' });
      for (const k of kept) expect(r.body, k).to.include(k);
      for (const d of dropped) expect(r.dropped.map((x) => x.text), d).to.include(d);
    });
  }
});

describe('ingest/removeFurniture: a last paragraph cut off mid-sentence', () => {
  const prose = 'The ninth summit of the Organization of Turkic States took place in Samarkand on Friday, officials said.';
  const cut = 'On Saturday, United Nations Secretary-General Antonio Guterres called on the leadership of both sides "to engag';
  const cases: [name: string, blocks: string[], kept: string[], dropped: string[]][] = [
    ['is story', [prose, cut], [cut], []],
    ['is story only as the last block', [prose, cut, 'Related Stories About The Region And More'], [], [cut]],
    ['a short title-like last line stays furniture', [prose, 'More From Our Correspondents In Central Asia'], [], ['More From Our Correspondents In Central Asia']],
    ['a teaser cut with an ellipsis stays furniture', [prose, 'Read the full story of how the two sides met in the capital...'], [], ['Read the full story of how the two sides met in the capital...']],
    ['a headline between the body and a cut-off teaser stays furniture', [prose, 'Zelensky Visits Front Line Troops', 'The president met soldiers at the front and promised them new weapons for the'], [], ['Zelensky Visits Front Line Troops', 'The president met soldiers at the front and promised them new weapons for the']],
    ['a credit or a bio at the end stays furniture', [prose, 'Olena Harmash is a Reuters correspondent based in the city of Kyiv'], [], ['Olena Harmash is a Reuters correspondent based in the city of Kyiv']],
  ];
  for (const [name, blocks, kept, dropped] of cases) {
    it(name, () => {
      const r = removeFurniture(blocks, { order: 'DMY' });
      for (const k of kept) expect(r.body, k).to.include(k);
      for (const d of dropped) expect(r.dropped.map((x) => x.text), d).to.include(d);
    });
  }
});
