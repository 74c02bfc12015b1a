import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isNewsgraphError } from '../model/errors';
import { articleId, sha256Hex } from '../model/ids';
import { detectFormat, parseArticle, parseArticleDetailed } from './parseArticle';

const ROOT = path.resolve(__dirname, '../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel));

interface Expected {
  file: string;
  title?: string;
  publisher?: string;
  author?: string;
  published?: string;
  url?: string;
  language: string;
  /** the text starts with this */
  first: string;
  /** the text ends with this */
  last: string;
  /** these must not occur anywhere in the text */
  furniture: string[];
  /** and these paragraphs must survive */
  keeps?: string[];
}

// From a careful reading of the seeds. 000 and 001 have no headline (their first line is a sentence of
// the story) and no dateline; 001's publisher is the site its author writes for (the biography), its
// "Source: korrespondent" footer names where the story came from.
const SEEDS: Expected[] = [
  {
    file: 'seeds/000_32ea234443565783.txt',
    language: 'en',
    first: 'Russia has said it is not worried that Mongolia could arrest President Vladimir Putin',
    last: 'only 21 have resulted in detentions and court appearances.',
    furniture: [],
    keeps: ["ICC can do little to force Mongolia's hand"],
  },
  {
    file: 'seeds/001_0035297ce0d64792.txt',
    publisher: 'Buna Times',
    author: 'David Wyatt',
    language: 'en',
    first: 'Vladimir Putin has received assurances ahead of a planned visit to Mongolia',
    last: 'the trust of international organizations in Mongolia.”',
    furniture: ['Source: korrespondent', 'korrespondent', 'I am David Wyatt', 'professional writer', 'Buna Times', 'passion to spread knowledge'],
  },
  {
    file: 'seeds/002_ff33d001fe23c161.txt',
    title: "Multiple parties are paying attention to Putin's upcoming visit to Mongolia! Peskov: This visit has been carefully prepared in all aspects",
    publisher: 'HiFred Technology Company Ltd',
    published: '2024-09-02',
    language: 'en',
    first: "Multiple parties are paying attention to Putin's upcoming visit to Mongolia! Peskov:",
    last: 'it is unlikely to execute the "arrest warrant".',
    furniture: ['Welcome to HiFred', 'HiFred', 'News Category', 'Your Position', 'Home>News', 'Time:2024-09-02', 'Click:28', '(source image)', 'Live Chat'],
    keeps: ['According to TASS, Russian President\'s press secretary Peskov responded on August 30th'],
  },
  {
    file: 'seeds/003_c0a50ba40cb45e53.txt',
    title: 'Russia, Mongolia strengthen ties, send no signal to the West',
    publisher: 'Người Đưa Tin',
    author: 'Minh Duc',
    published: '2024-09-04',
    url: 'https://www.nguoiduatin.vn/dien-kremlin-nga-mong-co-tang-cuong-quan-he-khong-gui-tin-hieu-toi-phuong-tay-204240904101835582.htm',
    language: 'en',
    first: 'Russia, Mongolia strengthen ties, send no signal to the West\n\nThe warm reception',
    last: 'as evidenced by our official statements so far," the spokesman added.',
    furniture: [
      'Người Đưa Tin', '04/09/2024', 'Ảnh 1', 'Điện Kremlin', 'Photo: Kremlin.ru', 'Minh Duc', 'According to TASS, Al Jazeera',
      'Source:', 'nguoiduatin', 'Comment (0)', 'No data', 'Event calendar', 'Same tag', 'Same category', 'Same author',
      'Figure', 'Phuong', 'Komodo', 'Ambassador Knapper', 'January is also the month', 'No videos available',
    ],
    keeps: ['The official welcoming ceremony for Russian President Vladimir Putin, hosted by Mongolian President Ukhnaagiin Khurelsukh, September 3, 2024.'],
  },
];

const FIXTURES: Expected[] = [
  {
    file: 'test/fixtures/ingest/news-page.html',
    title: 'Baltic states agree joint power grid plan',
    publisher: 'The Northern Ledger',
    author: 'Ingrid Solberg',
    published: '2024-02-08',
    url: 'https://www.northernledger.example/world/baltic-grid-plan',
    language: 'en',
    first: 'Baltic states agree joint power grid plan\n\nThe energy ministers of Estonia, Latvia and Lithuania',
    last: 'stopped importing Russian electricity in 2022.',
    furniture: ['cookie', 'Accept all', 'Subscribe', 'Sign in', 'Business', 'Sport', 'Home', 'By Ingrid Solberg', 'Facebook', 'Photo: Northern Ledger', 'Power lines near Tallinn', 'Advertisement', 'Tags:', 'Related stories', 'Finland opens', 'Fishing quotas', 'ferry strike', 'Follow us', '©', 'All rights reserved', 'dataLayer', 'Comments (2)', 'baltic_reader', 'Finally some good news', 'electricity prices in the winter'],
    keeps: ['The European Commission has committed more than 1.2 billion euros to the project'],
  },
  {
    // en-US page: the numeric dateline 09/04/2024 is month-first
    file: 'test/fixtures/ingest/us-page.html',
    title: 'City council approves harbor tunnel study',
    publisher: 'Harbor City Herald',
    published: '2024-09-04',
    language: 'en',
    first: 'City council approves harbor tunnel study\n\nThe city council voted 7 to 2',
    last: 'years of disruption during construction.',
    furniture: ['Posted', '09/04/2024', 'Home', 'Politics', 'Copyright'],
  },
  {
    file: 'test/fixtures/ingest/front-matter.md',
    title: 'Chile and Argentina sign glacier protection accord',
    publisher: 'Andes Review',
    author: 'Tomás Herrera',
    published: '2023-11-14',
    url: 'https://www.andesreview.example/2023/11/glacier-accord',
    language: 'en',
    first: 'Chile and Argentina sign glacier protection accord\n\nThe foreign ministers of Chile and Argentina signed an accord in Santiago on Tuesday to monitor the glaciers',
    last: 'did not restrict mining near the ice fields.',
    furniture: ['---', 'tags:', '**', '](', '![', 'console.log', '```', '> ', '- Joint', '#'],
    keeps: ['Under the agreement, the two countries will share satellite data and fund a joint research station in Patagonia.', 'What the accord covers', 'Joint monitoring of more than 200 glaciers along the border.'],
  },
  {
    file: 'test/fixtures/ingest/web-copy.txt',
    title: 'Kenya and Ethiopia open new border crossing',
    publisher: 'East Africa Monitor',
    author: 'Amina Otieno',
    published: '2024-03-12',
    language: 'en',
    first: 'Kenya and Ethiopia open new border crossing\n\nKenya and Ethiopia opened a new one-stop border post',
    last: 'for eleven years.',
    furniture: ['Skip to main content', 'Home |', 'cookies', 'World ›', 'By Amina', 'Published:', 'Share this', 'Advertisement', 'Read more', 'newsletter', 'Related', 'central bank', 'maize', 'plastic bags', '©'],
    keeps: ['Traders welcome shorter queues'],
  },
  {
    // a wire story: teaser of another story in the header, agency credit, Reuters-style sign-off,
    // comment form and "You May Also Like" teasers after the body
    file: 'test/fixtures/ingest/wire-copy.txt',
    title: 'Ghana and Togo agree to reopen joint customs post',
    author: 'Kwame Mensah',
    published: '2024-06-11',
    language: 'en',
    first: 'Ghana and Togo agree to reopen joint customs post\n\nACCRA (Wire) - Ghana and Togo agreed on Tuesday',
    last: 'The post will reopen on July 1.',
    furniture: ['World', 'Watch video', 'Nigeria', 'Write :', 'Update', 'REUTERS', 'Reporting by', 'Editing by', 'Leave a Reply', 'email address', 'You May Also Like', 'Senegal', 'consortia', 'Back to top'],
  },
  {
    // non-English: detected, still ingested
    file: 'test/fixtures/ingest/french-article.txt',
    title: 'Le Sénégal et la Mauritanie inaugurent un champ gazier commun',
    language: 'fr',
    first: 'Le Sénégal et la Mauritanie inaugurent un champ gazier commun\n\nLe président sénégalais',
    last: "l'utilisation future des revenus.",
    furniture: [],
  },
];

describe('ingest: parseArticle', () => {
  for (const [group, table] of [['seed', SEEDS], ['fixture', FIXTURES]] as const) {
    for (const e of table) {
      describe(`${group} ${path.basename(e.file)}`, () => {
        let bytes: Buffer;
        let doc: ReturnType<typeof parseArticle>;
        before(() => {
          bytes = read(e.file);
          doc = parseArticle(e.file, bytes);
        });

        it('has the expected metadata', () => {
          expect({ title: doc.title, publisher: doc.publisher, author: doc.author, published: doc.published, language: doc.language, url: doc.url }).to.deep.equal({
            title: e.title,
            publisher: e.publisher,
            author: e.author,
            published: e.published,
            language: e.language,
            url: e.url,
          });
        });

        it('has id, sha256 and path of the file', () => {
          expect(doc.sha256).to.equal(sha256Hex(bytes));
          expect(doc.id).to.equal(articleId(doc.sha256));
          expect(doc.path).to.equal(e.file);
          expect(doc.fingerprint).to.match(/^[0-9a-f]{64}$/);
        });

        it('keeps headline then body, paragraphs separated by blank lines', () => {
          expect(doc.text.startsWith(e.first), doc.text.slice(0, 200)).to.equal(true);
          expect(doc.text.endsWith(e.last), doc.text.slice(-200)).to.equal(true);
          expect(doc.text).not.to.match(/\n{3,}/);
          expect(doc.text).not.to.match(/[^\n]\n[^\n]/);
          for (const k of e.keeps ?? []) expect(doc.text).to.contain(k);
        });

        it('contains no furniture', () => {
          for (const f of e.furniture) expect(doc.text, f).not.to.contain(f);
        });
      });
    }
  }

  it("keeps none of the seeds gold's forbidden (furniture) names in any seed's text", () => {
    const gold = JSON.parse(read('test/fixtures/gold/seeds.json').toString('utf8')) as { forbidden: string[] };
    expect(gold.forbidden.length).to.be.greaterThan(10);
    for (const e of SEEDS) {
      const text = parseArticle(e.file, read(e.file)).text;
      for (const name of gold.forbidden) expect(text, `${e.file}: ${name}`).not.to.contain(name);
    }
  });

  it('records what it dropped, with the rule', () => {
    const { dropped } = parseArticleDetailed('seed002.txt', read('seeds/002_ff33d001fe23c161.txt'));
    expect(dropped.map((d) => d.rule)).to.deep.equal(['welcome-banner', 'header', 'breadcrumb', 'dateline', 'caption', 'chat-widget']);
  });

  it('is deterministic: the same bytes give the same record', () => {
    const b = read('seeds/003_c0a50ba40cb45e53.txt');
    expect(JSON.stringify(parseArticle('a.txt', b))).to.equal(JSON.stringify(parseArticle('a.txt', b)));
  });

  const FORMATS: [string, string, string][] = [
    ['a.html', 'x', 'html'],
    ['a.HTM', 'x', 'html'],
    ['a.md', '# x', 'markdown'],
    ['a.markdown', '# x', 'markdown'],
    ['a.txt', 'plain', 'text'],
    ['a.txt', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['a.txt', '  <html lang="en"><body>x</body></html>', 'html'],
  ];
  for (const [p, text, format] of FORMATS) {
    it(`detects ${p} ${JSON.stringify(text.slice(0, 20))} as ${format}`, () => expect(detectFormat(p, text)).to.equal(format));
  }

  const BAD: [string, Uint8Array, string, RegExp][] = [
    ['empty file', new Uint8Array(0), 'INPUT', /empty file/],
    ['whitespace only', new TextEncoder().encode(' \n\t\n  '), 'INPUT', /empty/],
    ['NUL bytes', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'INPUT', /binary/],
    ['control characters', new TextEncoder().encode('abc\u0001\u0002\u0003\u0004def'), 'INPUT', /binary/],
    ['invalid UTF-8', Uint8Array.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x0a]), 'INPUT', /invalid UTF-8/],
    ['Latin-1 bytes', Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]), 'INPUT', /invalid UTF-8/],
    ['only furniture', new TextEncoder().encode('<html><body><nav>Home</nav><p>Comment (0)</p></body></html>'), 'INPUT', /no article text/],
    ['over maxBytes', new TextEncoder().encode('A sentence of the story. '.repeat(100)), 'LIMIT', /too large/],
  ];
  for (const [name, bytes, code, message] of BAD) {
    it(`rejects ${name} with one line (${code})`, () => {
      try {
        parseArticle('bad.txt', bytes, { maxBytes: 1000 });
        expect.fail('should have thrown');
      } catch (e) {
        if (!isNewsgraphError(e)) throw e;
        expect(e.code).to.equal(code);
        expect(e.message).to.match(/^ingest: bad\.txt: /);
        expect(e.message).to.match(message);
        expect(e.message).not.to.contain('\n');
      }
    });
  }

  it('dates the page from a dateline run into its first paragraph, and keeps the rest as the story', () => {
    const text = ' date 2024-10-16 The summit, chaired by the host country, ended in Islamabad on Wednesday after two days of talks.\n\nThe leaders signed eight agreements on trade, security and the budget of the organisation.\n';
    const { article: doc, dropped } = parseArticleDetailed('glued.txt', new TextEncoder().encode(text));
    expect(doc.published).to.equal('2024-10-16');
    expect(doc.text.startsWith('The summit, chaired by the host country')).to.equal(true);
    expect(doc.text).not.to.contain('2024-10-16');
    expect(dropped).to.deep.include({ index: 0, text: 'date 2024-10-16', rule: 'dateline' });
  });

  it('dates the page from a wire dateline opening its first paragraph, and keeps the paragraph whole', () => {
    const text = 'Leaders sign friendship declaration in Athens\n\nIstanbul/Athens, 7 December 2023 (dpa/MIA) - Greek and Turkish leaders on Thursday met in Athens.\n\nThey agreed to meet again next year.\n';
    const doc = parseArticle('wire.txt', new TextEncoder().encode(text));
    expect(doc.published).to.equal('2023-12-07');
    expect(doc.text).to.contain('Istanbul/Athens, 7 December 2023 (dpa/MIA) - Greek and Turkish leaders');
  });

  it('keeps the standfirst under the headline as story even without a full stop; not a title-case line, a menu, a byline or a note to the reader', () => {
    const body = 'The news agency reported the signing on Friday, quoting officials in the capital.\n';
    const cases: [string, boolean][] = [
      ['Leaders sign partnership treaty\nThe leaders of the two countries signed a treaty on strategic partnership in the capital on January 17\n' + body, true],
      ['Leaders sign partnership treaty\nWorld News Politics Business Sport Culture Science Health Travel Opinion Video Live Chat Podcasts\n' + body, false],
      ['Leaders sign partnership treaty\nRead the Latest Stories About the Summit and the Treaty Signed by the Two Leaders in the Capital\n' + body, false],
      ['Leaders sign partnership treaty\nBy John Smith and Jane Doe, senior correspondents covering foreign affairs for the paper since 2010\n' + body, false],
      ['Leaders sign partnership treaty\nYou are reading the latest news from the capital, updated every hour by our team of editors\n' + body, false],
      // a dek may quote someone speaking to "you", or open with "From" or "Follow-up"
      ['Leaders sign partnership treaty\nBiden tells Netanyahu the United States will stand with you as Israel faces threats from Iran\n' + body, true],
      ['Leaders sign partnership treaty\nFollow-up talks between the two countries are planned in the capital for next month\n' + body, true],
    ];
    for (const [text, kept] of cases) {
      const doc = parseArticle('dek.txt', new TextEncoder().encode(text));
      expect(doc.title).to.equal('Leaders sign partnership treaty');
      expect(doc.text.includes(text.split('\n')[1]), text).to.equal(kept);
    }
  });

  it('reads a byline left after the dateline of a glued first line as the author (the dropped text is what is left)', () => {
    // a line too long to be a dateline with its name: the dateline is split off, the rest is a byline
    const text = ' date 2019-06-30 By Ann Lee and Tom Park, staff writers at the Daily Planet\n\nThe two ministers met in Oslo on Sunday and agreed to reopen the border crossing within a month.\n';
    const { article: doc, dropped } = parseArticleDetailed('byline.txt', new TextEncoder().encode(text));
    expect(doc.published).to.equal('2019-06-30');
    expect(doc.author).to.equal('Ann Lee and Tom Park');
    expect(dropped.map((d) => [d.rule, d.text])).to.deep.include.members([
      ['dateline', 'date 2019-06-30'],
      ['byline', 'By Ann Lee and Tom Park, staff writers at the Daily Planet'],
    ]);
    expect(doc.text.startsWith('The two ministers met in Oslo')).to.equal(true);
  });

  it('strips a BOM and reads CRLF text', () => {
    const text = '\uFEFFA headline about a border\r\n\r\nThe two neighbours opened the crossing on Monday after ten years of talks.\r\n';
    const doc = parseArticle('bom.txt', new TextEncoder().encode(text));
    expect(doc.title).to.equal('A headline about a border');
    expect(doc.text).to.equal('A headline about a border\n\nThe two neighbours opened the crossing on Monday after ten years of talks.');
  });

  it("gives 'und' for a text too short to tell its language", () => {
    expect(parseArticle('short.txt', new TextEncoder().encode('Talks resumed on Monday.')).language).to.equal('und');
  });
});
