import { expect } from 'chai';
import fc from 'fast-check';
import { isNewsgraphError } from '../model/errors';
import { fingerprint } from './fingerprint';
import { parseArticleDetailed } from './parseArticle';
import { removeFurniture } from './removeFurniture';

/** lines that look like pages: furniture, headlines, prose, dates, junk */
const line = fc.oneof(
  fc.constantFrom(
    'Live Chat', 'Comment (0)', 'Home > World > Asia', 'Share', 'Advertisement', 'Source: wire', 'By Jane Doe',
    'Time:2024-09-02 Click:28', '04/09/2024', 'Related stories', 'No data', 'Talks resume in Geneva',
    'The delegations met in Geneva on Monday and agreed to continue the talks next week.',
    '"We will continue," the minister said after the meeting in the capital on Friday.',
    'I am Jane Doe, a journalist for The Daily Example.', '© 2024 Example News',
  ),
  fc.string({ maxLength: 120 }),
  fc.lorem({ maxCount: 40, mode: 'sentences' }),
);

describe('ingest: properties', () => {
  it('removeFurniture partitions the blocks: every block is the headline, body or dropped, in order', () => {
    fc.assert(
      fc.property(fc.array(line.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== ''), { maxLength: 30 }), (blocks) => {
        const r = removeFurniture(blocks, { order: 'DMY' });
        const droppedWhole = r.dropped.filter((d) => d.rule !== 'credit');
        const count = r.body.length + droppedWhole.length + (r.headline === undefined ? 0 : 1);
        expect(count).to.equal(blocks.length);
        const idx = droppedWhole.map((d) => d.index);
        expect(new Set(idx).size).to.equal(idx.length);
      }),
      { numRuns: 300 },
    );
  });

  it('parseArticle returns a well-formed record or throws NewsgraphError, for any bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.array(line, { maxLength: 25 }).map((ls) => new TextEncoder().encode(ls.join('\n')))), (bytes) => {
        try {
          const { article } = parseArticleDetailed('x.txt', bytes);
          expect(article.text.trim()).to.equal(article.text);
          expect(article.text).not.to.match(/\n{3,}/);
          expect(article.text.length).to.be.greaterThan(0);
          expect(article.language).to.match(/^(?:[a-z]{2,3}|und)$/);
          if (article.published) expect(article.published).to.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        } catch (e) {
          if (!isNewsgraphError(e)) throw e;
          expect(e.message).to.match(/^ingest: x\.txt: [^\n]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the fingerprint ignores whitespace, case and punctuation changes', () => {
    fc.assert(
      fc.property(fc.lorem({ maxCount: 30 }), (text) => {
        const noisy = text.toUpperCase().replace(/ /g, ' \n ').replace(/\./g, ' ... ');
        expect(fingerprint(noisy)).to.equal(fingerprint(text));
      }),
      { numRuns: 200 },
    );
  });
});
