import { expect } from 'chai';
import { isoPrefix, parseHtmlDocument, type PageMeta } from './htmlDocument';
import { parseArticle } from './parseArticle';

const PARA = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the delegations met again in Geneva on Monday and agreed to continue the talks on the ceasefire next week, officials from both sides said.</p>`).join('\n');

describe('ingest: HTML', () => {
  const META: [string, string, PageMeta][] = [
    [
      'JSON-LD NewsArticle with an author list and a publisher',
      `<html lang="en"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2024-05-06T08:00:00Z","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],"publisher":{"@type":"Organization","name":"Lakeside Post"},"url":"https://lakeside.example/geneva"}</script></head><body><article>${PARA(4)}</article></body></html>`,
      { title: 'Talks resume in Geneva', author: 'Ann Lee, Bo Chan', publisher: 'Lakeside Post', published: '2024-05-06', url: 'https://lakeside.example/geneva', lang: 'en' },
    ],
    [
      'JSON-LD as an array with @type list; malformed JSON-LD ignored',
      `<html><head><script type="application/ld+json">{ not json</script><script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["ReportageNews"],"headline":"Floods in the delta","datePublished":"2023-10"}]</script></head><body>${PARA(4)}</body></html>`,
      { title: 'Floods in the delta', published: '2023-10' },
    ],
    [
      'meta tags only',
      `<html lang="fr-FR"><head><meta property="og:title" content="Accord sur le gaz"><meta property="og:site_name" content="Le Quotidien"><meta name="author" content="Marie Dupont"><meta property="article:published_time" content="2024-09-04T10:18:35+07:00"><link rel="canonical" href="https://quotidien.example/gaz"></head><body>${PARA(3)}</body></html>`,
      { title: 'Accord sur le gaz', publisher: 'Le Quotidien', author: 'Marie Dupont', published: '2024-09-04', url: 'https://quotidien.example/gaz', lang: 'fr-FR' },
    ],
    [
      'an author meta that is a profile URL is not an author; a relative canonical is not a url',
      `<html><head><meta property="article:author" content="https://facebook.com/someone"><link rel="canonical" href="/story/1"></head><body>${PARA(3)}</body></html>`,
      {},
    ],
  ];
  for (const [name, html, expected] of META) {
    it(`reads metadata: ${name}`, () => {
      const { meta } = parseHtmlDocument(html);
      const got: PageMeta = { ...meta };
      if (expected.title === undefined) delete got.title; // Readability may guess a title from the text
      expect(got).to.deep.equal(expected);
    });
  }

  it('drops scripts, styles, navigation and figure captions; keeps paragraphs in order', () => {
    const html = `<html><body><nav><ul><li>Home</li><li>World</li></ul></nav><script>var x = "<p>not text</p>";</script><style>p{color:red}</style>
      <article><h1>Ceasefire talks resume</h1>${PARA(3)}<figure><img src="a.jpg"><figcaption>Delegates arrive in Geneva.</figcaption></figure><ul><li>First point of the agreement is about prisoners.</li></ul></article><footer>© 2024 Lakeside Post</footer></body></html>`;
    const { blocks } = parseHtmlDocument(html);
    expect(blocks.join('\n')).not.to.match(/not text|color:red|Delegates arrive|Lakeside/);
    expect(blocks.filter((b) => b.startsWith('Paragraph')).map((b) => b.slice(0, 11))).to.deep.equal(['Paragraph 1', 'Paragraph 2', 'Paragraph 3']);
  });

  it('falls back to the body when Readability finds no article', () => {
    const html = '<html><body><nav>Home | World</nav><div>A short note: the border crossing reopened on Monday after two weeks.</div></body></html>';
    const doc = parseArticle('note.html', new TextEncoder().encode(html));
    expect(doc.text).to.equal('A short note: the border crossing reopened on Monday after two weeks.');
  });

  it('detects the language of the text, not the page label, when there is enough text', () => {
    const html = `<html lang="vi"><head><meta property="og:title" content="Talks resume"></head><body><article>${PARA(4)}</article></body></html>`;
    expect(parseArticle('a.html', new TextEncoder().encode(html)).language).to.equal('en');
  });

  it('uses the page language when the text is too short to tell', () => {
    const html = '<html lang="de-DE"><body><p>Gespräche am Montag.</p></body></html>';
    expect(parseArticle('a.html', new TextEncoder().encode(html)).language).to.equal('de');
  });

  it('never executes or keeps markup from the page', () => {
    const html = `<html><body><article><h1>Title &lt;b&gt;here&lt;/b&gt;</h1>${PARA(3)}<p>A paragraph with <a href="javascript:alert(1)">a link</a> and an &amp; sign, written at the end.</p></article></body></html>`;
    const doc = parseArticle('a.html', new TextEncoder().encode(html));
    expect(doc.text).to.contain('A paragraph with a link and an & sign, written at the end.');
    expect(doc.text).not.to.contain('javascript:');
    expect(doc.text).not.to.contain('<a');
  });

  const ISO: [string | undefined, string | undefined][] = [
    ['2024-09-04T10:18:35+07:00', '2024-09-04'],
    ['2024-09', '2024-09'],
    ['2024', '2024'],
    ['September 4, 2024', undefined],
    [undefined, undefined],
  ];
  for (const [input, out] of ISO) it(`isoPrefix(${JSON.stringify(input)}) = ${out}`, () => expect(isoPrefix(input)).to.equal(out));
});
