/**
 * Dates in a sentence, normalised against the article's publication date and only as precise as the
 * text says: "in 2019" -> 2019, "in March 2023" -> 2023-03, "September 3" -> 2024-09-03, "on Tuesday" ->
 * the Tuesday before or after the publication date depending on tense, "last year" -> 2023.
 * chrono-node does the parsing; our rules fix its pitfalls (docs: /work/shared/NOTES.md):
 *   - "March last year" / "last March" / "Last October": chrono splits them or resolves forward;
 *   - a month or day without a year is placed in the year that puts it nearest to the reference date,
 *     forwards for future-tense sentences and backwards otherwise;
 *   - numeric dates whose day/month order is ambiguous (04/09/2024) are ignored;
 *   - with no publication date, only dates whose year the text states are kept (never the clock);
 *   - a bare year counts after a preposition ("in 2019"), or after a determiner and before an event noun
 *     ("the 2012 presidential election", "its 2014 war"), and then it dates only the event that noun
 *     tells (`names`): "met to discuss the 2015 deal" does not date the meeting 2015.
 */
import type * as ChronoEn from 'chrono-node/dist/cjs/locales/en';

// chrono's English locale alone: `chrono-node` itself loads all 17 locales (~55 ms of CPU and ~200
// module files per thread), and its `casual` is this module's `casual` (the same object; tested)
const chrono = require('chrono-node/en') as typeof ChronoEn;

export interface FoundDate {
  start: number; // offsets within the sentence
  end: number;
  text: string;
  iso: string;
  /** a year that names an event ("the 2012 presidential election"): the offset of that event's noun; it dates only an event told by that noun */
  names?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const CUE = /\b(19|20)\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(january|february|march|april|june|july|august|september|october|november|december)\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|yesterday|tomorrow|tonight)\b|\b(last|next|this|past|coming)\s+(week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|\bago\b/i;
/**
 * What chrono is needed for (years alone and relative years/weeks are ours): a month name or
 * abbreviation as a whole word ("Sept.", "Dec 5", "5March"), a weekday, today/tomorrow/ago, a numeric
 * date (year first only as 2023-3-5, 2023/03/05 or 2023.03.05: not a version number like 2024.10.2).
 * A month must be a whole word so that "Maria", "Novak", "market" or "declared" do not send a
 * sentence to chrono: they did, ~7% of the calls on the bench corpus, and chrono found there only
 * spans our own rules above had already taken.
 */
const CHRONO_CUE =
  /(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?![a-z])|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|yesterday|tomorrow|tonight|ago)\b|\b\d{4}(?:[-/]\d{1,2}[-/]\d{1,2}|\.\d{2}\.\d{2})(?!\d|[-/.]\d)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i;

/** Does the sentence hold something only chrono reads (findDates calls chrono only then)? */
export function needsChrono(sentence: string): boolean {
  return CHRONO_CUE.test(sentence);
}
const FUTURE = /\b(will|would|shall|going to|upcoming|planned|plans? to|due to|expected to|is to|are to|scheduled)\b/i;
/** where a clause starts: a comma, a semicolon, a dash, a relative word */
const CLAUSE_BREAK = /[,;:—–]\s*|\b(?=(?:which|who|where|when)\s)|\b(?:after|since|because)\s+/gi;
/**
 * a past verb in a clause: an auxiliary, a simple past ("saw", "was", "held"), or a regular past after a relative
 * word or "and" ("which killed"); in lower case ("Mohammed", "United" are no verbs), not a participle opening an
 * aside (", postponed to Sunday,")
 */
const PAST_VERB = /\b(?:was|were|had|did|saw|held|met|took|made|began|fought|won|lost|broke|agreed|freed)\b|\b(?:[Ww]hich|[Ww]ho|[Tt]hat|and|it|they|he|she)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:[^e\s]ed|ied)\b/;

const REL_MONTH = new RegExp(`\\b${MONTH_RE}\\s+(last|this|next)\\s+year\\b|\\b(last|this|next)\\s+${MONTH_RE}\\b`, 'gi');
const REL_YEAR = /\b(last|this|next|earlier this|later this|past)\s+year\b/gi;
const REL_WEEK = /\b(last|this|next)\s+(week|month)\b/gi;
/** a year joined to a year before it ("in 2014 and 2019", "in 2004, 2009 and 2014"): a date when the first is one */
const JOINED_YEAR = /\b((?:19|20)\d\d)(?:\s*,\s*|,?\s+(?:and|or)\s+)((?:19|20)\d\d)\b(?![-/.]\d)/g;
const BARE_YEAR = /\b(in|since|by|until|from|of|during|early|late|mid|before|after|around|through)[\s-]+((?:19|20)\d\d)\b(?![-/.]\d)/gi;
/**
 * a year naming an event ("the 2012 presidential election", "Nigeria's 2023 election", "a 2016
 * referendum", "a humiliating 2012 election defeat"): a determiner (maybe an adjective after it) or a
 * possessive, the year, then an event noun (group 3), maybe after a kind of election (group 2)
 */
const YEAR_OF_EVENT =
  /(?<=(?:\b(?:the|a|an|its|their|his|her|this|that|these|those)(?:\s+\p{Ll}+(?<!\b(?:of|in|on|at|to|for|by|and|or)))?|\p{L}['’]s?)\s+)((?:19|20)\d\d)\s+(?=((?:presidential|parliamentary|general|legislative|local|municipal|regional|provincial|federal|midterm|snap|national)\s+)?(elections?|vote|polls?|race|referendum|summit|war|agreement|treaty|accord|deal|ceasefire|truce|invasion|offensive|coup|uprising|revolution|annexation|attacks?|bombings?|massacre|genocide|protests?|talks|visit|meeting|raid|incursion|arrest)\b)/giu;

/**
 * a weekday's possessive, maybe a kind of election, before an event noun ("Wednesday's poll", "Sunday's presidential
 * runoff"): the match ends where that noun starts
 */
const DAY_OF_EVENT_AT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+(?:(?:presidential|parliamentary|general|legislative|local|snap|national)\s+)?(?=(?:elections?|vote|polls?|ballot|runoff|referendum|summit|meeting|talks|attacks?|strikes?|raid|bombing|blast|explosion|clashes?|protests?)\b)/gi;

/** chrono without the parsers for clock times and units we never use ("at 5pm", "within 2 hours"): a third faster */
const DROP_PARSERS = /TimeExpression|CasualTime|TimeUnitWithin|TimeUnitLater|EndOfCurrentMonth|TimeUnitCasualRelative/;
const parser = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !DROP_PARSERS.test(p.constructor.name));
  return c;
})();

const pad = (n: number) => String(n).padStart(2, '0');

interface Ref {
  y: number;
  m: number; // 1-12
  d: number;
  date: Date;
  /** the latest date the text states, standing in for an unknown publication date: it only gives a year to a month or a day */
  inferred: boolean;
}

export function parseReference(published?: string, inferred = false): Ref | undefined {
  if (!published) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 7;
  const d = m[3] ? Number(m[3]) : 1;
  return { y, m: mo, d, date: new Date(Date.UTC(y, mo - 1, d, 12)), inferred };
}

/** a sentence's future, for textAnchor: FUTURE's words and what ought or is set to be ("should fully join on 1 January 2007") */
const ANCHOR_FUTURE = /\b(will|would|shall|should|must|going to|upcoming|planned|plans? to|due to|expected to|set to|is to|are to|scheduled)\b/i;
/** a year, and a month name, in one sentence: where textAnchor looks */
const YEAR_WORD = /\b(?:19|20)\d\d\b/;
const MONTH_WORD = new RegExp(MONTH_RE, 'i');

/**
 * For an article with no publication date: the latest date with its month and year that the text states ("from 12:00 on
 * 10 October 2020"; not in a sentence about the future), or undefined. findDates then gives that year to a month or a day the text names without one ("arrived
 * in Moscow on October 9"), as a reader would; weekdays and relative dates ("on Thursday", "last year") stay undated.
 */
export function textAnchor(sentences: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const s of sentences) {
    if (!YEAR_WORD.test(s) || !MONTH_WORD.test(s)) continue;
    // (not a date still to come: "the treaty will expire in February 2026"; one before the future word is: "said on 12
    // December 2023 that Russia will hold")
    // (nor one that only opens or closes a span: "Since October 7, 2023, ...")
    const future = ANCHOR_FUTURE.exec(s);
    for (const d of findDates(s)) {
      if (d.iso.length < 7 || d.names !== undefined || (future && d.start >= future.index) || /\b(?:since|from|until|till)\s+$/i.test(s.slice(Math.max(0, d.start - 8), d.start))) continue;
      if (best === undefined || d.iso > best) best = d.iso;
    }
  }
  return best;
}

/**
 * Finds and normalises dates in one sentence. Deterministic: never reads the clock. `anchor` (textAnchor) stands in for
 * a publication date the article does not give.
 */
export function findDates(sentence: string, published?: string, anchor?: string): FoundDate[] {
  if (!CUE.test(sentence)) return [];
  const ref = published ? parseReference(published) : parseReference(anchor, true);
  const future = FUTURE.test(sentence);
  const out: FoundDate[] = [];
  const taken: [number, number][] = [];
  const push = (start: number, end: number, iso: string, names?: number) => {
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    const d: FoundDate = { start, end, text: sentence.slice(start, end), iso };
    if (names !== undefined) d.names = names;
    out.push(d);
  };

  // our rules first: month + relative year, relative month
  const relMonth = REL_MONTH;
  relMonth.lastIndex = 0;
  for (let m; (m = relMonth.exec(sentence)); ) {
    if (!ref) continue;
    // (against the text's own date, "March last year" is no date, nor is its "March" one for chrono)
    if (ref.inferred) {
      taken.push([m.index, m.index + m[0].length]);
      continue;
    }
    const monthName = (m[1] ?? m[4]).toLowerCase();
    const rel = (m[2] ?? m[3]).toLowerCase();
    const mo = MONTHS.indexOf(monthName) + 1;
    let y = ref.y;
    if (m[1]) y = rel === 'last' ? ref.y - 1 : rel === 'next' ? ref.y + 1 : ref.y;
    else if (rel === 'last') y = mo >= ref.m ? ref.y - 1 : ref.y;
    else if (rel === 'next') y = mo <= ref.m ? ref.y + 1 : ref.y;
    push(m.index, m.index + m[0].length, `${y}-${pad(mo)}`);
  }
  const relYear = REL_YEAR;
  relYear.lastIndex = 0;
  for (let m; (m = relYear.exec(sentence)); ) {
    if (!ref || ref.inferred) continue;
    const w = m[1].toLowerCase();
    const y = w === 'last' || w === 'past' ? ref.y - 1 : w === 'next' ? ref.y + 1 : ref.y;
    push(m.index, m.index + m[0].length, String(y));
  }
  const relWeek = REL_WEEK;
  relWeek.lastIndex = 0;
  for (let m; (m = relWeek.exec(sentence)); ) {
    if (!ref || ref.inferred) continue;
    const dir = m[1].toLowerCase() === 'last' ? -1 : m[1].toLowerCase() === 'next' ? 1 : 0;
    if (m[2].toLowerCase() === 'month') {
      const dt = new Date(Date.UTC(ref.y, ref.m - 1 + dir, 1, 12));
      push(m.index, m.index + m[0].length, `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}`);
    } else {
      // a week is as precise as its month when it lies in one month, else its year
      const monday = new Date(ref.date.getTime() + (dir * 7 - ((ref.date.getUTCDay() + 6) % 7)) * 86400000);
      const sunday = new Date(monday.getTime() + 6 * 86400000);
      const iso = monday.getUTCMonth() === sunday.getUTCMonth()
        ? `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}`
        : String(monday.getUTCFullYear() === sunday.getUTCFullYear() ? monday.getUTCFullYear() : ref.y);
      push(m.index, m.index + m[0].length, iso);
    }
  }
  const results0 = !needsChrono(sentence) ? [] : parser.parse(sentence, ref ? { instant: ref.date, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: future });
  for (const r of results0) {
    const iso = normalise(r, ref, future && !pastClause(sentence, r.index));
    const text = r.text.replace(/[\s,;:.]+$/, '');
    if (iso) push(r.index, r.index + text.length, iso);
  }
  // bare years after a preposition ("in 2019", "since 2002"), which chrono leaves alone
  const bareYear = BARE_YEAR;
  bareYear.lastIndex = 0;
  for (let m; (m = bareYear.exec(sentence)); ) {
    const start = m.index + m[0].length - 4;
    push(start, start + 4, m[2]);
  }
  // years joined to a year found ("in 2014 and 2019"), in order, so that a list is read to its end
  const joined = JOINED_YEAR;
  joined.lastIndex = 0;
  for (let m; (m = joined.exec(sentence)); ) {
    const second = m.index + m[0].length - 4;
    if (out.some((d) => d.start === m!.index && d.iso === m![1])) push(second, second + 4, m[2]);
    joined.lastIndex = second;
  }
  // and years that name an event ("the 2012 presidential election"): they date that event only
  const eventYear = YEAR_OF_EVENT;
  eventYear.lastIndex = 0;
  for (let m; (m = eventYear.exec(sentence)); ) push(m.index, m.index + 4, m[1], m.index + m[0].length + (m[2]?.length ?? 0));
  // a weekday's possessive dates only the event noun it owns ("the winner of Wednesday's poll"), not the sentence's verb
  if (out.length && /day['’]s\s/i.test(sentence)) {
    const dayOfEvent = DAY_OF_EVENT_AT;
    dayOfEvent.lastIndex = 0;
    for (let m; (m = dayOfEvent.exec(sentence)); ) {
      const d = out.find((x) => x.start === m!.index);
      if (d) d.names = m.index + m[0].length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Is the date at `at` told in a past clause of a sentence that speaks of the future elsewhere? "He will attend
 * the signing of an accord between A and B, which saw deadly clashes in July": the clause from the last comma,
 * semicolon or relative word before the date has a past verb and no future word.
 */
function pastClause(sentence: string, at: number): boolean {
  const lead = sentence.slice(0, at);
  let from = 0;
  for (const m of lead.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const clause = lead.slice(from);
  // (a date something is moved or put off to is still ahead: "which was moved to July 10")
  if (/\b(?:to|until|till|for)\s*$/i.test(clause)) return false;
  return !FUTURE.test(clause) && PAST_VERB.test(clause);
}

/** the years around a text's own date where a weekday and its day are looked for, nearest first */
const WEEKDAY_YEARS = [0, -1, 1, -2, 2];

function normalise(r: ChronoEn.ParsedResult, ref: Ref | undefined, future: boolean): string | undefined {
  const c = r.start;
  const text = r.text;
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text)) {
    const [a, b] = text.split(/[/.-]/).map(Number);
    if (a <= 12 && b <= 12 && a !== b) return undefined; // ambiguous day/month order
  }
  if (/^\d{1,2}$/.test(text.trim())) return undefined;
  const yearCertain = c.isCertain('year') && (!!ref || /\b\d{4}\b/.test(text));
  if (!ref && !yearCertain) return undefined;
  if (/\b(ago|hours?|minutes?|seconds?|tonight|now)\b/i.test(text) && !/\bdays? ago\b/i.test(text)) return undefined;
  // (a date read against the text's own latest date: only a month or a day named without its year)
  if (ref?.inferred && !/\b\d{4}\b/.test(text) && ((c.isCertain('weekday') && !c.isCertain('day')) || !c.isCertain('month') || /\b(ago|today|yesterday|tomorrow|last|next|this|past|coming|week|month|year)\b/i.test(text))) return undefined;
  const dayCertain = c.isCertain('day') || c.isCertain('weekday');
  const monthCertain = c.isCertain('month') || c.isCertain('weekday') || c.isCertain('day');
  let y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  if (!yearCertain && ref && monthCertain && !c.isCertain('weekday') && !/\b(today|yesterday|tomorrow)\b/i.test(text)) {
    // place the month/day in the year nearest to the reference, in the tense's direction when close
    // three literals, not [..].map(...): TurboFan's inlined map makes a holey array where the
    // interpreter's is packed, which deoptimised normalise once per thread
    const day = dayCertain ? d : 15;
    const candidates = [
      { yy: ref.y - 1, t: Date.UTC(ref.y - 1, mo - 1, day) },
      { yy: ref.y, t: Date.UTC(ref.y, mo - 1, day) },
      { yy: ref.y + 1, t: Date.UTC(ref.y + 1, mo - 1, day) },
    ];
    const refT = ref.date.getTime();
    candidates.sort((a, b) => Math.abs(a.t - refT) - Math.abs(b.t - refT));
    y = candidates[0].yy;
    const best = candidates[0];
    // (a text's own latest date is no publication date: a month some months after it may still be the story's own)
    const margin = (ref.inferred ? 120 : 45) * 86400000;
    if (!future && best.t > refT + margin) y = best.yy - 1;
    if (future && best.t < refT - margin) y = best.yy + 1;
  }
  // (against the text's own date, a weekday with its day picks the year where they fall together: "Friday, August 30" is
  // 2024's with a text that names December 2023, or no year at all)
  if (ref?.inferred && !yearCertain && dayCertain && c.isCertain('weekday') && c.isCertain('day')) {
    const wd = c.get('weekday')!;
    let fit = 0;
    for (const k of WEEKDAY_YEARS) if (!fit && new Date(Date.UTC(ref.y + k, mo - 1, d)).getUTCDay() === wd) fit = ref.y + k;
    if (!fit) return undefined;
    y = fit;
  }
  if (!monthCertain) {
    if (yearCertain || /\byear\b/i.test(text)) return String(y);
    return undefined;
  }
  if (!dayCertain) return `${y}-${pad(mo)}`;
  if (c.isCertain('weekday') && !c.isCertain('day') && ref) {
    // a bare weekday is the one before the reference in past-tense sentences, the one after in future ones
    let t = Date.UTC(y, mo - 1, d, 12);
    const refT = Date.UTC(ref.y, ref.m - 1, ref.d, 12);
    if (!future && t > refT) t -= 7 * 86400000;
    if (future && t < refT) t += 7 * 86400000;
    const dt = new Date(t);
    return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
  }
  return `${y}-${pad(mo)}-${pad(d)}`;
}
