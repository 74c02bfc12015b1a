import { expect } from 'chai';
import { cleanName, titleLengthAt } from './names';
import { findDates, needsChrono, textAnchor } from './dates';
import { analyse, winkReadable } from './tokens';
import { countryGazetteer } from './gazetteer/countries';
import { validateExtractOptions, DEFAULT_EXTRACT_OPTIONS } from './options';
import { isNewsgraphError } from '../model/errors';

describe('extract: cleanName', () => {
  const cases: [string, string, string[]][] = [
    ["Mr Putin's", 'Putin', []],
    ['Mr. Peskov', 'Peskov', []],
    ['Putin\u2019s', 'Putin', []],
    ['Russian President Vladimir Putin', 'Vladimir Putin', ['President']],
    ['President Ukhnaagiin Khurelsukh', 'Ukhnaagiin Khurelsukh', ['President']],
    ['Court spokesman Fadi el-Abdallah', 'Fadi el-Abdallah', ['Court spokesman']],
    ['Prime Minister Narendra Modi', 'Narendra Modi', ['Prime Minister']],
    ['the Kremlin', 'Kremlin', []],
  ];
  for (const [surface, name, titles] of cases) {
    it(`${surface} -> ${name}`, () => {
      const c = cleanName(surface);
      expect(c.name).to.equal(name);
      expect(c.titles).to.deep.equal(titles);
    });
  }
});

describe('extract: titleLengthAt (the longest title starting at a word)', () => {
  const cases: [string, number, number][] = [
    ['Deputy Foreign Minister Andrei Rudenko', 0, 3],
    ['deputy prime minister and foreign minister', 0, 3],
    ['the foreign minister said', 1, 2],
    ['Prime Minister', 0, 2],
    ['prime time', 0, 0],
    ['President', 0, 1],
    ['foreign policy coordinator Federica Mogherini', 0, 3],
    ['chief executive officer of the bank', 0, 3],
    ['minister', 1, 0],
  ];
  for (const [text, k, n] of cases) it(`"${text}" at word ${k}: ${n}`, () => expect(titleLengthAt(text.split(' '), k)).to.equal(n));
});

describe('extract: country gazetteer', () => {
  const g = countryGazetteer();
  const cases: [string, 'byName' | 'byDemonym' | 'byCapital', string][] = [
    ['russia', 'byName', 'RUS'], ['russian federation', 'byName', 'RUS'], ['mongolian', 'byDemonym', 'MNG'],
    ['ukrainian', 'byDemonym', 'UKR'], ['american', 'byDemonym', 'USA'], ['moscow', 'byCapital', 'RUS'],
    ['ulaanbaatar', 'byCapital', 'MNG'], ['kyiv', 'byCapital', 'UKR'], ['u.s.', 'byName', 'USA'], ['britain', 'byName', 'GBR'],
  ];
  for (const [key, map, code] of cases) it(`${map} ${key} -> ${code}`, () => expect(g[map].get(key)?.code).to.equal(code));
});

describe('extract: findDates', () => {
  const cases: [string, string | undefined, string[]][] = [
    ['Mr Putin will travel to Mongolia on Tuesday.', '2024-08-30', ['2024-09-03']],
    ['The ICC issued a warrant in March 2023.', '2024-08-30', ['2023-03']],
    ['The ICC issued a warrant in March 2023.', undefined, ['2023-03']],
    ['a warrant was issued for him in March last year', '2024-08-30', ['2023-03']],
    ['Last October, during a meeting', '2024-09-04', ['2023-10']],
    ['his visit there next week', '2024-08-30', ['2024-09']],
    ['said this at a briefing on Friday, August 30.', '2024-08-30', ['2024-08-30']],
    ['Putin will visit Mongolia on September 3', '2024-09-02', ['2024-09-03']],
    ["Putin's last visit to Mongolia was in 2019.", '2024-09-02', ['2019']],
    ['However, the country ratified it in 2003.', '2024-08-30', ['2003']],
    ['Last year the first Mongolian judge was elected', '2024-08-30', ['2023']],
    ['joining the court earlier this year', '2024-08-30', ['2024']],
    // years joined to a year: each is a date
    ['He also ran for president in 2014 and 2019, and founded the party in 2012.', '2024-08-30', ['2014', '2019', '2012']],
    ['Elections were held in 2004, 2009 and 2014.', '2024-08-30', ['2004', '2009', '2014']],
    ['He lost the 2022 race to Lula.', '2024-08-30', ['2022']],
    ['It followed a humiliating 2012 election defeat.', '2024-08-30', ['2012']],
    ['The 1,500 and 2019 figures were revised.', '2024-08-30', []],
    ['he will travel on Tuesday', undefined, []],
    ['published 04/09/2024', '2024-09-04', []],
    ['no date here at all', '2024-09-04', []],
    // abbreviated and dotted months reach chrono, also beside words that start like a month
    ['The vote is set for Sept. 30, 2023.', '2024-09-04', ['2023-09-30']],
    ['The talks resumed on Dec. 5, 2022 in Doha.', '2024-09-04', ['2022-12-05']],
    ['Prices in the market rose on 5 March 2023.', '2024-09-04', ['2023-03-05']],
    ['The accord was signed on 2023/03/05 in Doha.', '2024-09-04', ['2023-03-05']],
    // a year that names an event, and numbers that are no year
    ['Mahama won the 2012 presidential election.', undefined, ['2012']],
    ['Both sides fought the 2014 war over the region.', '2024-09-04', ['2014']],
    ['The 2000 soldiers crossed the border.', '2024-09-04', []],
    ['Some 2000 war refugees returned.', '2024-09-04', []],
    ["Russia's 2022 invasion of Ukraine killed thousands.", '2024-09-04', ['2022']],
    ['Voters backed it in a 2016 referendum.', '2024-09-04', ['2016']],
    ["Russia's 2014 annexation of Crimea was condemned.", '2024-09-04', ['2014']],
    ['The 2008 attacks in Mumbai killed 166 people.', '2024-09-04', ['2008']],
    ['The 2019 visit was short.', '2024-09-04', ['2019']],
    ['Some 2000 protests were counted.', '2024-09-04', []],
  ];
  for (const [s, ref, want] of cases) {
    it(`${s} (ref ${ref}) -> ${want.join(',') || 'none'}`, () => {
      expect(findDates(s, ref).map((d) => d.iso)).to.deep.equal(want);
    });
  }
  // with no publication date, the text's latest full date gives a year to months and days named without one, and to
  // nothing relative
  const anchored: [string, string, string[]][] = [
    ['Foreign ministers arrived in Moscow on October 9 for consultations.', '2020-10-10', ['2020-10-09']],
    ['The talks ended in December.', '2020-10-10', ['2020-12']],
    ['The talks ended in June.', '2020-10-10', ['2020-06']],
    ['The hearings opened on Monday.', '2020-10-10', []],
    ['A warrant was issued in March last year.', '2023-12', []],
    ['The ministers met last week and will meet next month.', '2020-10-10', []],
    ['The ICC issued a warrant in March 2023.', '2020-10-10', ['2023-03']],
    // (the tense still tells the way; a weekday with its day picks the year where they fall together)
    ['They met in Sochi on 5 March.', '2020-10-10', ['2020-03-05']],
    ['Peskov said this at a briefing on Friday, August 30.', '2023-12', ['2024-08-30']],
  ];
  for (const [s, anchor, want] of anchored) {
    it(`${s} (no publication date, text's date ${anchor}) -> ${want.join(',') || 'none'}`, () => {
      expect(findDates(s, undefined, anchor).map((d) => d.iso)).to.deep.equal(want);
    });
  }
  it("textAnchor: the latest date with a month and a year that the text states, not a bare year or an event's", () => {
    expect(textAnchor(['A ceasefire is announced from 12:00 on 10 October 2020.', 'They met in May 2019.', 'The 2021 election looms.'])).to.equal('2020-10-10');
    expect(textAnchor(['It was founded in 1974.', 'They met on Monday.'])).to.equal(undefined);
    expect(textAnchor(['They met on 9 October 2020.', 'The treaty will expire in February 2026.'])).to.equal('2020-10-09');
    expect(textAnchor(['He said on 12 December 2023 that Russia will hold its election in March 2024.'])).to.equal('2023-12-12');
    // (not a date that opens a span, nor one of what should be)
    expect(textAnchor(['Since October 7, 2023, the war has raged.', 'It was announced on May 31.'])).to.equal(undefined);
    expect(textAnchor(['Romania should fully join on 1 January 2007.', 'It ratified the treaty on 17 May 2005.'])).to.equal('2005-05-17');
  });
  it('gives offsets into the sentence', () => {
    const s = 'The ICC issued a warrant in March 2023.';
    for (const d of findDates(s, '2024-01-01')) expect(s.slice(d.start, d.end)).to.equal(d.text);
  });
});

describe('extract: needsChrono (which sentences findDates hands to chrono)', () => {
  const cases: [string, boolean][] = [
    ['Maria Novak will travel to Kyiv later this month.', false],
    ['Marshall Islands declared a decision in the market in 2021.', false],
    ['The junior minister met Augustine Mayo.', false],
    ['The vote is set for Sept. 30, 2023.', true],
    ['The talks resumed on Dec 5.', true],
    ['It was signed on 5March 2023.', true],
    ['Talks are set for May 2025.', true],
    ['The accord was signed on 2023/03/05.', true],
    ['He arrived on Tuesday.', true],
    ['They met two days ago.', true],
    ['Published 04/09/2024', true],
    ['The accord was signed on 2023.03.05.', true],
    ['Home Assistant 2024.10.2 was released.', false],
    ['Build 2023.1.5.1 is out.', false],
  ];
  for (const [s, want] of cases) it(`${s} -> ${want}`, () => expect(needsChrono(s)).to.equal(want));
});

describe('extract: sentences and tokens', () => {
  const texts = [
    'Russia has said it is not worried.\nMr. Putin will travel on Tuesday. He met U.S. officials.',
    'Headline without a full stop\n\nFirst paragraph, "with a quote." Second one!\n  Indented line',
    'Putin\u2019s visit to news.ru and the ICC\u2019s warrant; el-Abdallah said.',
    'Erdoğan met Łukashenka in İstanbul; Nguyễn Phú Trọng and \u{1D49C}lpha \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 \u201cquoted\u201d.',
  ];
  for (const t of texts) {
    it(`offsets are exact: ${JSON.stringify(t.slice(0, 30))}`, () => {
      const a = analyse(t);
      for (const tok of a.tokens) expect(t.slice(tok.start, tok.end)).to.equal(tok.text);
      for (const s of a.sentences) {
        const text = t.slice(s.start, s.end);
        expect(text).to.equal(text.trim());
        expect(text).to.not.match(/\n/);
      }
    });
  }
  it('splits on line breaks and keeps abbreviations', () => {
    const t = 'Mr. Putin will travel on Tuesday.\nHeadline here';
    const a = analyse(t);
    expect(a.sentences.map((s) => t.slice(s.start, s.end))).to.deep.equal(['Mr. Putin will travel on Tuesday.', 'Headline here']);
  });
  // wink-nlp reads only Latin-1 letters: other letters used to split a word into pieces
  const words: [string, string[]][] = [
    ['Recep Tayyip Erdoğan met him.', ['Recep', 'Tayyip', 'Erdoğan', 'met', 'him', '.']],
    ['Kılıçdaroğlu and Łukashenka.', ['Kılıçdaroğlu', 'and', 'Łukashenka', '.']],
    ['Nguyễn Phú Trọng in Đà Nẵng.', ['Nguyễn', 'Phú', 'Trọng', 'in', 'Đà', 'Nẵng', '.']],
    ['Erdoğan\u2019s visit.', ['Erdoğan', '\u2019s', 'visit', '.']],
    ['Mr \u041f\u0443\u0442\u0438\u043d said.', ['Mr', '\u041f\u0443\u0442\u0438\u043d', 'said', '.']],
  ];
  for (const [t, expected] of words) {
    it(`keeps words with letters beyond Latin-1 whole: ${JSON.stringify(t)}`, () => {
      const a = analyse(t);
      expect(a.tokens.map((x) => x.text)).to.deep.equal(expected);
      expect(a.tokens[0].cap).to.equal(true);
    });
  }
  it('winkReadable replaces only letters, code unit for code unit', () => {
    const t = 'Erdoğan \u201cİstanbul\u201d \u2014 ı \u{1D49C} 5\u20ac';
    const r = winkReadable(t);
    expect(r.length).to.equal(t.length);
    expect(r).to.equal('Erdogan \u201cIstanbul\u201d \u2014 i Xx 5\u20ac');
    expect(winkReadable('plain text')).to.equal('plain text');
  });
  it("keeps an abbreviated title's dot on it and the name after it in the sentence", () => {
    const t = 'Col. Ali Khan, Maj. Gen. Ahmed Saleh and Adm. John Smith spoke. They left.';
    const a = analyse(t);
    expect(a.sentences.map((s) => t.slice(s.start, s.end))).to.deep.equal(['Col. Ali Khan, Maj. Gen. Ahmed Saleh and Adm. John Smith spoke.', 'They left.']);
    expect(a.tokens.map((x) => x.text)).to.include.members(['Maj.', 'Adm.']);
    // a real sentence end after such a word stays one
    const u = 'He was promoted to the rank of Maj.\nThe army said so.';
    expect(analyse(u).sentences.length).to.equal(2);
  });
  // an abbreviated month before its day is no sentence end
  for (const t of [
    'King Hamad told the envoy during a call on Dec. 10 that his country would help.',
    'The talks opened on Jan. 5 in Oslo and closed on Sept. 3 without a deal.',
    'The accord was signed on Feb. 28, 2024, by both sides.',
  ]) it(`keeps a date with an abbreviated month in its sentence: ${JSON.stringify(t.slice(0, 40))}`, () => expect(analyse(t).sentences.length).to.equal(1));
  it('splits glued possessives and joins hyphenated names', () => {
    const a = analyse("The ICC's judges and Fadi el-Abdallah.");
    expect(a.tokens.map((x) => x.text)).to.include.members(['ICC', "'s", 'el-Abdallah']);
  });
});

describe('extract: options', () => {
  it('fills defaults', () => expect(validateExtractOptions({})).to.deep.equal({ ...DEFAULT_EXTRACT_OPTIONS }));
  const bad: Record<string, unknown>[] = [{ minConfidence: 2 }, { claimPenalty: -1 }, { maxSentenceLength: 3 }, { pronouns: 'yes' }, { nope: 1 }];
  for (const b of bad) {
    it(`rejects ${JSON.stringify(b)}`, () => {
      try {
        validateExtractOptions(b as never);
        expect.fail('should throw');
      } catch (e) {
        expect(isNewsgraphError(e) && e.code).to.equal('INPUT');
      }
    });
  }
});
