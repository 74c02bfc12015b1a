import { expect } from 'chai';
import { datelineParsers, earliestDate, isAgeStampLine, numericOrder, parseDate, parseDateline, RELATIVE_DATE_PARSERS, splitLeadingDateline, wireDatelineDate, type DateOrder } from './datelines';

describe('ingest: datelines', () => {
  // [line, preferred order, date or undefined, rest]
  const DATELINES: [string, DateOrder, string | undefined, string?][] = [
    ['Time:2024-09-02 Click:28', 'DMY', '2024-09-02', ''],
    ['Người Đưa TinNgười Đưa Tin04/09/2024', 'DMY', '2024-09-04', 'Người Đưa TinNgười Đưa Tin'],
    ['Posted 09/04/2024', 'MDY', '2024-09-04', ''],
    ['Posted 09/04/2024', 'DMY', '2024-04-09', ''],
    ['13/04/2024', 'MDY', '2024-04-13', ''], // 13 cannot be a month: day-first whatever the page says
    ['04/13/2024', 'DMY', '2024-04-13', ''], // and 13 cannot be a month here either
    ['12.03.2024', 'MDY', '2024-03-12', ''], // dotted dates are day-first
    ['Published: 3 September 2024, 10:22 GMT', 'DMY', '2024-09-03', ''],
    ['Updated 2024-09-04T10:18:35+07:00', 'DMY', '2024-09-04', ''],
    ['By Jane Doe | Sep 4, 2024', 'DMY', '2024-09-04', 'Jane Doe'],
    ['September 2024', 'DMY', '2024-09', ''],
    ['Date: 2024-09', 'DMY', '2024-09', ''],
    // relative stamps beside the date: the date is the absolute one, and an age stamp is no name
    ['Today, 2 September 2024', 'DMY', '2024-09-02', ''],
    ['Published yesterday, 3 Sept 2024', 'DMY', '2024-09-03', ''],
    ['By Jane Doe | USA Today | 2 Sept 2024', 'DMY', '2024-09-02', 'Jane Doe USA Today'],
    ['Updated 2 hours ago | 2 September 2024', 'DMY', '2024-09-02', ''],
    ['Updated a few minutes ago | 2 September 2024', 'DMY', '2024-09-02', ''],
    ['Posted 5 mins ago - Sep 4, 2024 - Jane Doe', 'MDY', '2024-09-04', 'Jane Doe'],
    ['By Ann Lee 2h ago · 4 Sept 2024', 'DMY', '2024-09-04', 'Ann Lee'],
    ['Just Now Media | 4 Sept 2024', 'DMY', '2024-09-04', 'Just Now Media'],
    ['By Ann Lee just now | 4 Sept 2024', 'DMY', '2024-09-04', 'Ann Lee'],
    ['Monday 2 September 2024', 'DMY', '2024-09-02', ''],
    // not datelines: events of the story, no year, too many words
    ['on September 3', 'DMY', undefined],
    ['Putin will visit Mongolia on September 3 and take part in the celebrations of the victory', 'DMY', undefined],
    ['The official welcoming ceremony for Russian President Vladimir Putin, hosted by Mongolian President Ukhnaagiin Khurelsukh, September 3, 2024.', 'DMY', undefined],
    ['Live Chat', 'DMY', undefined],
    ['Vietnam participates in Multilateral Naval Exercise Komodo 2025', 'DMY', undefined],
  ];
  for (const [line, order, date, rest] of DATELINES) {
    it(`${JSON.stringify(line)} (${order}) -> ${date ?? 'no dateline'}`, () => {
      const d = parseDateline(line, order);
      expect(d?.date).to.equal(date);
      if (rest !== undefined) expect(d?.rest).to.equal(rest);
    });
  }

  it('the relative parsers left out are parsers chrono has (a renamed one would slip back in)', () => {
    const en = require('chrono-node/en');
    for (const parser of [en.GB, en.casual]) {
      const names = parser.parsers.map((p: object) => p.constructor.name);
      for (const name of RELATIVE_DATE_PARSERS) expect(names, name).to.include(name);
    }
  });

  it('reads datelines with exactly these parsers (a new chrono parser must be judged absolute or relative)', () => {
    const absolute = [
      'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser',
      'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser', 'ENYearMonthNameParser', 'ENCasualTimeParser', 'ENMonthNameParser',
    ];
    for (const order of ['DMY', 'MDY'] as const) expect(datelineParsers(order)).to.deep.equal(absolute);
  });

  const AGE_LINES: [string, boolean][] = [
    ['Updated 3 hours ago', true],
    ['Posted 2 days ago · 2024 Reuters', true],
    ['Updated 3 hours ago | © 2024 Example News', true],
    ['Two hours ago', true],
    ['By Ann Lee | moments ago', true],
    ['He arrived in Kyiv 2 days ago and met the president of the country there for talks on the border', false],
    ['Talks resume in Geneva', false],
    ['By Ann van der Berg | 2h ago', true],
    ['Posted by Ann Lee 5 mins ago', true],
    // a story that starts with an age, a caption-like line: no stamp
    ['Two hours ago, a bomb exploded in Kabul', false],
    ['Moments ago, the president said', false],
    ['Protesters gathered in Kyiv two days ago', false],
    ['Updated 5 minutes ago: Police said two people were hurt.', false],
  ];
  for (const [line, want] of AGE_LINES) it(`isAgeStampLine ${JSON.stringify(line)} -> ${want}`, () => expect(isAgeStampLine(line)).to.equal(want));

  it('marks update stamps', () => {
    expect(parseDateline('Last updated: 5 March 2024')?.updated).to.equal(true);
    expect(parseDateline('Published 4 March 2024, updated 5 March 2024')?.updated).to.equal(false);
  });

  it('answers a line asked again (the furniture rule, then the metadata reader) as the first time, per date order', () => {
    const asked: [string, DateOrder, string | undefined][] = [
      ['Published: 04/09/2024', 'DMY', '2024-09-04'],
      ['Published: 04/09/2024', 'MDY', '2024-04-09'],
      ['Published: 04/09/2024', 'DMY', '2024-09-04'],
      ['Live Chat 2024 and a sentence that goes on far too long to be a dateline. It has two parts.', 'DMY', undefined],
      ['Live Chat 2024 and a sentence that goes on far too long to be a dateline. It has two parts.', 'DMY', undefined],
      ['Published: 04/09/2024', 'MDY', '2024-04-09'],
    ];
    for (const [line, order, date] of asked) expect(parseDateline(line, order)?.date, `${line} (${order})`).to.equal(date);
    // many distinct lines (the cache starts over when full) still get their own answers
    for (let d = 1; d <= 28; d++) {
      for (let m = 1; m <= 12; m++) expect(parseDateline(`Posted ${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} 2023`)?.date).to.equal(`2023-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  });

  const ORDERS: [string, DateOrder, DateOrder][] = [
    ['04/09/2024', 'DMY', 'DMY'],
    ['04/09/2024', 'MDY', 'MDY'],
    ['25/12/2024', 'MDY', 'DMY'],
    ['12/25/2024', 'DMY', 'MDY'],
    ['01.02.2024', 'MDY', 'DMY'],
    ['no numbers', 'MDY', 'MDY'],
  ];
  for (const [text, preferred, expected] of ORDERS) {
    it(`reads ${text} as ${expected} when ${preferred} is preferred`, () => expect(numericOrder(text, preferred)).to.equal(expected));
  }

  it('gives as much precision as the text and requires a year', () => {
    expect(parseDate('in 2024')).to.equal(undefined);
    expect(parseDate('March 2023')?.date).to.equal('2023-03');
    expect(parseDate('on 30 August')).to.equal(undefined);
  });

  it('earliestDate prefers the earliest, and the more precise of equal prefixes', () => {
    expect(earliestDate(['2024-09-04', '2024-09-02', '2024-10'])).to.equal('2024-09-02');
    expect(earliestDate(['2024-09', '2024-09-02'])).to.equal('2024-09-02');
    expect(earliestDate([])).to.equal(undefined);
  });
});

describe('ingest: a dateline run into the paragraph after it (splitLeadingDateline)', () => {
  // [block, dateline, rest] or [block] when the block is left whole
  const CASES: [string, string?, string?][] = [
    [' date 2024-10-16 The 23rd summit, chaired by Pakistan, ended.', 'date 2024-10-16', 'The 23rd summit, chaired by Pakistan, ended.'],
    ['Published: 12 May 2023 The minister resigned on Friday.', 'Published: 12 May 2023', 'The minister resigned on Friday.'],
    ['Dated 3 March 2021 The letter reached Geneva.', 'Dated 3 March 2021', 'The letter reached Geneva.'],
    ['date 2019-06-30 By Ann Lee and Tom Park Daily Planet', 'date 2019-06-30', 'By Ann Lee and Tom Park Daily Planet'],
    ['Posted on June 4, 2018 OSLO, June 4 (Wire) - The talks opened.', 'Posted on June 4, 2018', 'OSLO, June 4 (Wire) - The talks opened.'],
    ['Updated 2024-09-04 10:18 GMT | "We will act," she said.', 'Updated 2024-09-04 10:18 GMT', '"We will act," she said.'],
    // the agency in brackets stays with the story
    [' date 2024-11-30 (MENAFN) A ceasefire came into effect.', 'date 2024-11-30', '(MENAFN) A ceasefire came into effect.'],
    // left whole: no label first, no date right after it, no year, nothing after it, or the story's own clause
    ['On 2024-10-16 the summit ended.'],
    ['Date palms grow in the oasis since 2019.'],
    ['Datelines 2019-06-30 The list.'],
    ['Updated 2 hours ago The talks resumed.'],
    ['Published 12 May The talks resumed.'],
    ['date 2024-10-16'],
    ['Published 12 May 2023, the report found that exports fell.'],
  ];
  for (const [block, dateline, rest] of CASES) {
    it(`${JSON.stringify(block)} -> ${dateline === undefined ? 'whole' : JSON.stringify(dateline)}`, () => {
      expect(splitLeadingDateline(block, 'DMY')).to.deep.equal(dateline === undefined ? undefined : { dateline, rest });
    });
  }
});

describe('ingest/extract: chrono English locale', () => {
  // datelines.ts and extract/dates.ts load `chrono-node/en` instead of `chrono-node` (which loads all
  // 17 locales): the parsers must be the very objects `chrono-node` exposes, so dates read the same
  it('chrono-node/en is the module chrono-node exposes as en, and its casual and GB parsers', () => {
    const all = require('chrono-node');
    const en = require('chrono-node/en');
    expect(all.en).to.equal(en);
    expect(all.casual).to.equal(en.casual);
    expect(all.en.GB).to.equal(en.GB);
  });
});

describe('ingest: the date of a wire dateline opening a paragraph (wireDatelineDate)', () => {
  // [block, date or undefined]
  const CASES: [string, string | undefined][] = [
    ['Istanbul/Athens, 7 December 2023 (dpa/MIA) - Greek and Turkish leaders met.', '2023-12-07'],
    ['NEW DELHI, Oct 15, 2024 (PTI): India said the envoys would leave.', '2024-10-15'],
    ['Geneva, 3 March 2024 – The talks resumed.', '2024-03-03'],
    ['KYIV, Ukraine, March 3, 2024 - Ukraine said.', '2024-03-03'],
    ['The Hague, 5 July 2024 (ANP) - The court ruled.', '2024-07-05'],
    // no year, no dash after it, or a sentence that names a date
    ['LONDON, Dec 7 (Reuters) - Britain said.', undefined],
    // a day that chrono would read as a two-digit year ("Sep 29": September 2029); a numeric date's two-digit year is one
    ['Male, Sep 29 : The Election Commission of Maldives confirmed the result.', undefined],
    ['Male, 29/09/18 : The Election Commission of Maldives confirmed the result.', '2018-09-29'],
    ['Greek and Turkish leaders met on 7 December 2023 in Athens - a rare meeting.', undefined],
    ['Athens, 7 December 2023 was the day the leaders met.', undefined],
    ['In Athens, 7 December 2023 - the leaders met.', undefined],
  ];
  for (const [block, date] of CASES) it(`${JSON.stringify(block.slice(0, 40))} -> ${date}`, () => expect(wireDatelineDate(block)).to.equal(date));
});
