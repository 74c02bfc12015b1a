import { expect } from 'chai';
import { isHeadlineLike, isProse, isTitleLike } from './blockShape';
import { detectLanguage, primaryLanguage } from './detectLanguage';
import { fingerprint, normaliseBody } from './fingerprint';
import { inline, parseMarkdownDocument, splitFrontMatter } from './markdownDocument';
import { joinDateBreaks, splitTextBlocks } from './textBlocks';
import { undouble } from './textMetadata';

describe('ingest: text helpers', () => {
  describe('splitTextBlocks', () => {
    const CASES: [string, string, string[]][] = [
      ['one paragraph per line', 'First line of the story here.\nSecond line of the story.', ['First line of the story here.', 'Second line of the story.']],
      ['blank-line paragraphs', 'Headline\n\nBody one.\n\n\n\nBody two.', ['Headline', 'Body one.', 'Body two.']],
      [
        'hard-wrapped paragraph joined',
        'The delegations met in Geneva on Monday and agreed to\ncontinue the talks next week, according to officials\nfrom both sides.\n\nNext paragraph.',
        ['The delegations met in Geneva on Monday and agreed to continue the talks next week, according to officials from both sides.', 'Next paragraph.'],
      ],
      ['menu lines not glued', 'Home\nWorld\nBusiness\n\nStory.', ['Home', 'World', 'Business', 'Story.']],
      [
        'a list of capitalised headlines is no wrapped paragraph',
        'US warns Iran of severe consequences for plotting against Trump\nSão Paulo struggles with widespread power outages following storm\nDonald Trump pledges significant immigration reforms to secure border\nPoland\'s parl',
        ['US warns Iran of severe consequences for plotting against Trump', 'São Paulo struggles with widespread power outages following storm', 'Donald Trump pledges significant immigration reforms to secure border', "Poland's parl"],
      ],
      ['whitespace folded', '  A\u00a0 spaced \t line  ', ['A spaced line']],
      [
        'a headline and a lower-case continuation joined',
        'Brazilian Supreme Court panel sentences former president\nto more than 27 years in prison',
        ['Brazilian Supreme Court panel sentences former president to more than 27 years in prison'],
      ],
      [
        'a labelled date after a headline is no continuation',
        'Brazilian Supreme Court panel sentences Bolsonaro to 27 years\n date 2025-09-12 BRASILIA: A panel of justices sentenced him.',
        ['Brazilian Supreme Court panel sentences Bolsonaro to 27 years', 'date 2025-09-12 BRASILIA: A panel of justices sentenced him.'],
      ],
      [
        'nor is a publication date',
        'Leaders of the two countries sign a border treaty in Hanoi\npublished on 12 May 2023, 10:40',
        ['Leaders of the two countries sign a border treaty in Hanoi', 'published on 12 May 2023, 10:40'],
      ],
    ];
    for (const [name, text, blocks] of CASES) it(name, () => expect(splitTextBlocks(text)).to.deep.equal(blocks));
  });

  describe('joinDateBreaks: a paragraph broken between a month and its day', () => {
    const CASES: [string, string[], string[]][] = [
      ['abbreviated month, day, lower case', ['The mayor called the king on Dec.', '10 that the city would help.'], ['The mayor called the king on Dec. 10 that the city would help.']],
      ['day then year', ['The pact was signed on Feb.', '28, 2024, in Oslo.'], ['The pact was signed on Feb. 28, 2024, in Oslo.']],
      ['Sept. and an ordinal', ['Voting was put off until Sept.', '3rd and then again.'], ['Voting was put off until Sept. 3rd and then again.']],
      ['a month written out ends its block (a headline, a byline)', ['Putin to visit North Korea in June', '12 agreements are expected to be signed.'], ['Putin to visit North Korea in June', '12 agreements are expected to be signed.']],
      ['a byline ending in a month', ['By John Smith, published 3 May', '5 things to know about the vote.'], ['By John Smith, published 3 May', '5 things to know about the vote.']],
      ['a number opening a sentence of its own stays apart', ['Fighting resumed in Dec.', '10 Soldiers Die In Raid'], ['Fighting resumed in Dec.', '10 Soldiers Die In Raid']],
      ['a count opening a sentence of its own stays apart', ['Israel and Hamas agreed to a truce in Nov.', '10 people died in clashes in Gaza on Monday.'], ['Israel and Hamas agreed to a truce in Nov.', '10 people died in clashes in Gaza on Monday.']],
      ['a count of something opening a paragraph stays apart', ['Israel and Hamas agreed to a truce in Nov.', '10 of the hostages were freed in Gaza.'], ['Israel and Hamas agreed to a truce in Nov.', '10 of the hostages were freed in Gaza.']],
      ['no month before the number', ['The talks ended on Friday.', '10 that were left went home.'], ['The talks ended on Friday.', '10 that were left went home.']],
      ['not a day of the month', ['Prices rose in Jan.', '45 cents a litre was the peak.'], ['Prices rose in Jan.', '45 cents a litre was the peak.']],
      ['a month inside a word is none', ['He spoke to Decker', '10 of them listened.'], ['He spoke to Decker', '10 of them listened.']],
    ];
    for (const [name, input, expected] of CASES) it(name, () => expect(joinDateBreaks(input)).to.deep.equal(expected));
  });

  describe('block shapes', () => {
    const SHAPES: [string, boolean, boolean, boolean][] = [
      // text, prose, title-like, headline-like
      ['Russia, Mongolia strengthen ties, send no signal to the West', false, true, true],
      ['The ICC issued an arrest warrant for Putin in March 2023.', true, false, false],
      ['News Category', false, true, false],
      ['Multiple parties are paying attention to Putin\'s upcoming visit to Mongolia!...', false, true, false],
      ['"January is also the month to make money, not to have fun anymore"', false, true, true],
      ['Though there is little the court can do if Mongolia does not comply.', true, false, false],
    ];
    for (const [text, prose, title, headline] of SHAPES) {
      it(JSON.stringify(text.slice(0, 50)), () => {
        expect([isProse(text), isTitleLike(text), isHeadlineLike(text)]).to.deep.equal([prose, title, headline]);
      });
    }
  });

  describe('fingerprint', () => {
    it('folds case, whitespace, quotes and punctuation', () => {
      const a = 'Moscow is “not worried,” he said.\n\nThe visit was “carefully prepared”.';
      const b = 'MOSCOW is "not worried" he said\n\n\n  The visit  was "carefully prepared" .';
      expect(normaliseBody(a)).to.equal('moscow is not worried he said the visit was carefully prepared');
      expect(fingerprint(a)).to.equal(fingerprint(b));
    });
    it('differs when a word differs', () => {
      expect(fingerprint('Mongolia ratified the statute in 2002.')).not.to.equal(fingerprint('Mongolia ratified the statute in 2003.'));
    });
  });

  describe('detectLanguage', () => {
    const CASES: [string, string][] = [
      ['The foreign ministers of the two countries met in Geneva on Monday and agreed to continue the talks next week.', 'en'],
      ["Le président sénégalais et son homologue mauritanien ont inauguré mardi la première phase d'exploitation du champ gazier.", 'fr'],
      ['Los ministros de Asuntos Exteriores de los dos países se reunieron el lunes en Ginebra y acordaron continuar las conversaciones.', 'es'],
      ['Die Außenminister der beiden Länder trafen sich am Montag in Genf und vereinbarten, die Gespräche nächste Woche fortzusetzen.', 'de'],
      ['Tổng thống Nga Vladimir Putin đã có chuyến thăm chính thức Mông Cổ vào ngày 3 tháng 9 và hội đàm với lãnh đạo nước chủ nhà.', 'vi'],
      ['Министры иностранных дел двух стран встретились в понедельник в Женеве и договорились продолжить переговоры.', 'ru'],
      ['Too short.', 'und'],
    ];
    for (const [text, lang] of CASES) it(`${lang}: ${text.slice(0, 30)}`, () => expect(detectLanguage(text)).to.equal(lang));
    it('primaryLanguage reads tags', () => {
      expect([primaryLanguage('en-GB'), primaryLanguage('vi_VN'), primaryLanguage('fr'), primaryLanguage('not a tag'), primaryLanguage(undefined)]).to.deep.equal(['en', 'vi', 'fr', undefined, undefined]);
    });
  });

  describe('markdown', () => {
    const INLINE: [string, string][] = [
      ['**bold** and *italic* and _under_', 'bold and italic and under'],
      ['a [link](https://x.org/a_b) here', 'a link here'],
      ['an ![image](x.png) gone', 'an   gone'],
      ['`code` and ~~struck~~', 'code and struck'],
      ['snake_case_word stays', 'snake_case_word stays'],
      ['5 * 3 * 2 stays', '5 * 3 * 2 stays'],
      ['<span class="x">html</span> removed', ' html  removed'],
    ];
    for (const [md, text] of INLINE) it(`inline ${JSON.stringify(md)}`, () => expect(inline(md)).to.equal(text));

    it('reads YAML and TOML front matter', () => {
      expect(splitFrontMatter('---\ntitle: "A: title"\nauthors:\n  - Ann Lee\n  - Bo Chan\ntags: [a, b]\n---\nBody').fields).to.deep.equal({
        title: 'A: title',
        authors: 'Ann Lee, Bo Chan',
        tags: 'a, b',
      });
      expect(splitFrontMatter('+++\ntitle = "T"\ndate = 2024-01-02\n+++\nBody')).to.deep.equal({ fields: { title: 'T', date: '2024-01-02' }, body: 'Body' });
      expect(splitFrontMatter('No front matter\n---\n').fields).to.deep.equal({});
    });

    it('takes the first level-1 heading as title without front matter, setext too', () => {
      expect(parseMarkdownDocument('# The title\n\nBody text.').meta.title).to.equal('The title');
      expect(parseMarkdownDocument('The title\n=========\n\nBody text.').meta.title).to.equal('The title');
      expect(parseMarkdownDocument('## Only a subheading\n\nBody.').meta.title).to.equal(undefined);
    });
  });

  it('undouble removes a name printed twice', () => {
    expect(undouble('Người Đưa TinNgười Đưa Tin')).to.equal('Người Đưa Tin');
    expect(undouble('Reuters Reuters')).to.equal('Reuters');
    expect(undouble('Jane Doe')).to.equal('Jane Doe');
  });
});
