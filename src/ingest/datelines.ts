import type * as ChronoEn from 'chrono-node/dist/cjs/locales/en';
import { lazy } from '../model/lazy';
import { wordCount } from './blockShape';

// chrono's English locale alone (`chrono-node` loads all 17 locales; `chrono.en` is this module),
// loaded on the first date read: a thread that only collects files never needs it
const english = lazy(() => require('chrono-node/en') as typeof ChronoEn);

/**
 * chrono's parsers that read a date only relative to the reference ("today", "yesterday", "2 hours
 * ago", "last year", "within 2 days", "end of month"). A dateline's date is absolute, and parseDate
 * reads against a made-up reference (2000-01-01): with these, "Today, 2 September 2024" was dated
 * 2000-01-01 and "Updated 2 hours ago | 2 September 2024" 1999-12-31.
 */
export const RELATIVE_DATE_PARSERS = [
  'ENCasualDateParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
];

/** chrono for day-first (en.GB) and month-first (en) dates, without the relative parsers. */
const absoluteParsers = lazy(() => {
  const en = english();
  const absolute = (c: ChronoEn.Chrono) => {
    const copy = c.clone();
    copy.parsers = copy.parsers.filter((p) => !RELATIVE_DATE_PARSERS.includes(p.constructor.name));
    return copy;
  };
  return { DMY: absolute(en.GB), MDY: absolute(en.casual) };
});

/** The names of the chrono parsers a dateline is read with, in order (day-first or month-first). */
export function datelineParsers(order: DateOrder): string[] {
  return absoluteParsers()[order].parsers.map((p) => p.constructor.name);
}

/** An age stamp beside the date ("2 hours ago", "2h ago", "a few minutes ago") is no name. */
const AGE_STAMP =
  /\b(?:\d+\s*|(?:an?|a few|few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\.?\s+ago\b|\bmoments?\s+ago\b/giu;
/** Nor is a leftover that only says when ("Today, 2 September 2024"); a name that holds such a word is kept ("USA Today"). */
const ONLY_WHEN = /^(?:today|yesterday|tonight|now)$/i;

/**
 * Dates of publication, read from datelines.
 *
 * The date rule (README.md, "Dates"):
 *  - Only a *dateline* gives the published date: a short line that is mostly a date, optionally with a
 *    label (Time:, Published, Posted on, Date:, Updated), a time, a counter ("Click:28") or a name
 *    ("Người Đưa Tin04/09/2024", "By Jane Doe | 3 September 2024"). A date inside a sentence of the
 *    story ("on September 3") is an event of the story, never the publication date.
 *  - Numeric dates: when one field is > 12 it decides the order; a dotted date (12.03.2024) is
 *    day-first; otherwise day/month unless the page declares a US locale (en-US) — most of the world
 *    writes day-first, and a page that is explicitly American is the exception we can detect.
 *    Day-first dates are read with chrono-node's en.GB parser, month-first with chrono's en parser.
 *  - A year must be present; the ISO result is as precise as the text: 2024, 2024-09, 2024-09-02.
 *  - Among several datelines the earliest wins ("Published 2 Sept, updated 4 Sept" -> 2 Sept).
 */

export type DateOrder = 'DMY' | 'MDY';

export interface Dateline {
  /** ISO date, as precise as the text */
  date: string;
  /** the line without the date, labels and counters: a name when there is one */
  rest: string;
  /** labelled as an update */
  updated: boolean;
}

const NUMERIC = /(?<![\d.])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)/;
const LABEL =
  /(?<![\p{L}])(?:time|date|dated|published(?: on| at)?|posted(?: on| at)?|updated(?: on| at)?|update|last updated|first published|modified|created|released|write|written|source|nguồn|publié le|mis à jour le|publicado|veröffentlicht(?: am)?|cập nhật|ngày)\s*[:：]?\s*/giu;
const COUNTERS = /\b(?:click|clicks|views?|hits|reads?|comments?)\s*[:：]?\s*\d+\b/giu;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:gmt|utc|[A-Z]{2,4}|[+-]\d{2}:?\d{2})?/giu;

/** The order a numeric date n1/n2/yyyy is read in. */
export function numericOrder(text: string, preferred: DateOrder): DateOrder {
  const m = NUMERIC.exec(text);
  if (!m) return preferred;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  if (m[2] === '.') return 'DMY';
  return preferred;
}

/** Parses the first date with a year in `text` (an absolute one: see RELATIVE_DATE_PARSERS); undefined when there is none. */
export function parseDate(text: string, preferred: DateOrder = 'DMY'): { date: string; index: number; text: string } | undefined {
  const order = numericOrder(text, preferred);
  for (const r of absoluteParsers()[order].parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    if (!r.start.isCertain('year')) continue;
    // a month name and a day is no month and a two-digit year ("Male, Sep 29": chrono reads September 2029)
    if (/^\p{L}{3,9}\.?\s+\d{1,2}$/u.test(r.text.trim())) continue;
    const y = r.start.get('year');
    const mo = r.start.get('month');
    const d = r.start.get('day');
    if (y === null || y < 1800 || y > 2200) continue;
    let iso = String(y).padStart(4, '0');
    if (r.start.isCertain('month') && mo !== null) {
      iso += `-${String(mo).padStart(2, '0')}`;
      if (r.start.isCertain('day') && d !== null) iso += `-${String(d).padStart(2, '0')}`;
    }
    return { date: iso, index: r.index, text: r.text };
  }
  // chrono does not read a bare ISO year-month ("2024-09")
  const ym = /(?<![\d-])(\d{4})-(0[1-9]|1[0-2])(?![\d-])/.exec(text);
  if (ym) return { date: `${ym[1]}-${ym[2]}`, index: ym.index, text: ym[0] };
  return undefined;
}

/**
 * A dateline, or undefined when the line is not one (too long, a sentence, no date with a year).
 * What is left once the date, labels, times, counters and separators are removed may be at most
 * 6 words (a name).
 */
export function parseDateline(line: string, preferred: DateOrder = 'DMY'): Dateline | undefined {
  // the furniture rule and then the metadata reader ask about the same lines: chrono reads each once.
  // Only lines that could be datelines are kept (short, with a year); a full cache starts over.
  if (line.length > 120 || !/(?<!\d)(?:1[89]|2[01])\d\d(?!\d)/.test(line)) return undefined; // no year, no dateline
  const key = preferred + line;
  const known = recent.get(key);
  if (known !== undefined || recent.has(key)) return known;
  const result = readDateline(line, preferred);
  if (recent.size >= 256) recent.clear();
  recent.set(key, result);
  return result;
}

/** recent answers (frozen: callers share them) */
const recent = new Map<string, Dateline | undefined>();

function readDateline(line: string, preferred: DateOrder): Dateline | undefined {
  const found = parseDate(line, preferred);
  if (!found) return undefined;
  const updated = /\b(?:updated|modified)\b/i.test(line) && !/\bpublished\b/i.test(line.slice(0, found.index));
  const around = line.slice(0, found.index) + ' ' + line.slice(found.index + found.text.length);
  const rest = tidy(withoutStamps(around).replace(AGE_STAMP, ' '), SEPARATORS).replace(/(?:^|\s)[Jj]ust now$/, '');
  if (wordCount(rest) > 6) return undefined;
  if (/[.!?]\s+\p{Lu}/u.test(rest)) return undefined;
  return Object.freeze({ date: found.date, rest: ONLY_WHEN.test(rest) ? '' : rest, updated });
}

/** A label that opens a block ("date", "Published:", "Posted on"): see splitLeadingDateline. */
const LEADING_LABEL = /^\s*(?:dated|date|published(?: on| at)?|posted(?: on| at)?|updated(?: on| at)?|last updated|first published)(?![\p{L}\p{N}])\s*[:：]?\s*/iu;
const LEADING_TIME = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:gmt|utc))?/iu;

/**
 * A labelled date run into the paragraph after it ("date 2024-10-16 The 23rd summit ...", "Published:
 * 12 May 2023 Peru's ..."): the page's dateline, glued to its first paragraph by a copy that lost the
 * line break. Returns the dateline and the rest of the block, or undefined unless the block opens with
 * a label, then an absolute date with a year (and maybe a time), then text that starts a sentence or a
 * byline (a capital, a quote or a digit, maybe after an agency in brackets): "Published 12 May 2023, the
 * report found ..." stays whole.
 */
export function splitLeadingDateline(block: string, preferred: DateOrder = 'DMY'): { dateline: string; rest: string } | undefined {
  const label = LEADING_LABEL.exec(block);
  if (!label) return undefined;
  const found = parseDate(block.slice(label[0].length, label[0].length + 60), preferred);
  if (!found || found.index !== 0) return undefined;
  let end = label[0].length + found.text.length;
  const time = LEADING_TIME.exec(block.slice(end));
  if (time) end += time[0].length;
  const rest = block.slice(end).replace(/^[\s|•·,–—:-]+/u, '');
  // (the agency in brackets after the date stays with the story: "date 2024-11-30 (MENAFN) A ceasefire ...")
  if (!/^(?:\([^()]{1,40}\)\s*[-–—:]?\s*)?[\p{Lu}\p{N}"“‘']/u.test(rest)) return undefined;
  return { dateline: block.slice(0, end).trim(), rest };
}

/** a wire dateline's place: "Istanbul/Athens, ", "LUSAKA, Zambia, ", "New Delhi, " (not a sentence's opening phrase: "In Athens, ") */
const WIRE_PLACE = /^(?!(?:In|On|At|By|From|For|To|With|After|Before|Since|Until|As|An?)\s|The\s(?!\p{Lu}))\p{Lu}[\p{L}.'’\/ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?,\s+/u;
/** after its date: the agency in brackets, maybe, then the dash or colon the story follows */
const WIRE_AFTER_DATE = /^\s*(?:\([^()]{1,40}\)\s*)?[-–—:]\s/u;

/**
 * The date of a wire dateline that opens a paragraph, "Istanbul/Athens, 7 December 2023 (dpa/MIA) -
 * Greek and Turkish leaders ...": a place, a comma, an absolute date with a year, the agency maybe, a
 * dash. The paragraph stays as it is (its place is part of the story); only the date is read.
 */
export function wireDatelineDate(block: string, preferred: DateOrder = 'DMY'): string | undefined {
  const place = WIRE_PLACE.exec(block);
  if (!place) return undefined;
  const from = place[0].length;
  const found = parseDate(block.slice(from, from + 40), preferred);
  if (!found || found.index !== 0) return undefined;
  return WIRE_AFTER_DATE.test(block.slice(from + found.text.length)) ? found.date : undefined;
}

/**
 * A short line that dates the page only by its age ("Updated 3 hours ago", "Posted 2 days ago · 2024
 * Reuters"): furniture like a dateline, though it gives no date. Beside the age stamp, at most a label,
 * counters, times, years and a name: capitalised words and name particles, at most 6. A story that
 * starts with an age ("Two hours ago, a bomb exploded in Kabul") is no stamp.
 */
export function isAgeStampLine(line: string): boolean {
  // search, not test: it ignores the global regex's lastIndex
  if (line.length > 120 || line.search(AGE_STAMP) < 0 || /\bago\s*,\s*\p{L}/iu.test(line)) return false;
  const rest = tidy(withoutStamps(line.replace(AGE_STAMP, ' ')).replace(/(?<!\d)(?:1[89]|2[01])\d\d(?!\d)/g, ' '), SEPARATORS_OR_COPYRIGHT);
  return wordCount(rest) <= 6 && NAME_WORDS.test(rest);
}

/** A dateline-like line without its labels, counters and times. */
function withoutStamps(text: string): string {
  return text.replace(LABEL, ' ').replace(COUNTERS, ' ').replace(TIME, ' ');
}

const SEPARATORS = /[|•·,–—\-:/]+/g;
const SEPARATORS_OR_COPYRIGHT = /[|•·,–—\-:/©]+/g;

/** What is left once a leading "by" and the separators go, spaces collapsed. */
function tidy(text: string, separators: RegExp): string {
  return text.replace(/^\s*by\s+/i, ' ').replace(separators, ' ').replace(/\s+/g, ' ').trim();
}

/** Words a name is made of: capitalised ones (with digits, dots, ampersands, apostrophes) and particles. */
const NAME_WORDS = /^(?:(?:\p{Lu}[\p{L}\p{N}.&'’]*|de|da|van|von|der|den|al|el|bin|ibn|le|la|and|&|of|for|the)(?:\s+|$))*$/u;

/** The earliest of several ISO dates of possibly different precision (a less precise prefix loses). */
export function earliestDate(dates: string[]): string | undefined {
  if (dates.length === 0) return undefined;
  return [...dates].sort((a, b) => {
    const pa = a.padEnd(10, '~');
    const pb = b.padEnd(10, '~');
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  })[0];
}
