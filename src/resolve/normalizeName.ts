/**
 * Name normalisation: the keys the resolver compares names by.
 *
 *   foldText('Fadi El-Abdallah’s')        -> 'fadi el-abdallahs'   (ASCII, lower case, no diacritics)
 *   nameTokens('Person', 'Fadi el-Abdallah') -> ['fadi', 'abdallah'] (particles, honorifics, titles dropped)
 *   transliterate('khurilesukh')          -> 'hurilesu'            (digraphs, y/i, doubled letters, final h)
 *   phoneticKey('khurilesukh')            -> 'hrls'                (first letter + consonant skeleton)
 */
import countries from 'world-countries';
import type { EntityLabel } from '../model/ontology';

const SPECIAL: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/**
 * Memoises a pure string function: a corpus has far fewer distinct names and tokens than comparisons,
 * and resolve asks for the same keys again and again (every pair compared, every event candidate
 * tested against a cluster). Emptied when it grows past `limit`, so a long-lived process stays bounded.
 */
export function memo(f: (s: string) => string, limit = 200_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Whitespace trimmed and collapsed to single spaces. */
export const collapseSpace: (s: string) => string = memo((s) => s.trim().replace(/\s+/g, ' '));

/** ASCII lower case without diacritics or apostrophes; hyphens kept, other punctuation becomes a space. */
export const foldText: (s: string) => string = memo(foldTextUncached);

function foldTextUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[đðøłßæœıþ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/['\u2018\u2019\u02bc`´]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^a-z0-9\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that carry no identity in names of organizations, places, treaties and events. */
export const STOPWORDS = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'on', 'in', 'at', 'to', 'de', 'du', 'des']);
/** Generic water-body words ("Khalkhin Gol" is the Khalkhin river): dropped from Location and Event names. */
export const GEO_GENERIC = new Set(['river', 'gol', 'lake', 'nuur', 'sea']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'madam', 'monsieur', 'herr']);
/** Title words an extractor may leave at the front of a person's name ("Russian President Vladimir Putin"). */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'general', 'foreign', 'defence', 'defense', 'deputy',
  'judge', 'justice', 'senator', 'governor', 'mayor', 'ambassador', 'marshal', 'gen', 'col', 'adm', 'capt', 'lt',
  'chairman', 'chairwoman', 'chair', 'chief', 'director', 'speaker', 'press', 'former', 'late', 'host', 'country',
  'envoy', 'commander', 'sheikh', 'emir', 'sultan', 'ayatollah', 'leader', 'head',
]);
/** Name particles dropped from person names for comparison (Arabic article, Dutch/German/Romance particles). */
const PARTICLES = new Set(['el', 'al', 'ul', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das']);

let demonymSet: Set<string> | undefined;
/** English demonyms of every country ("russian", "mongolian"): stripped from the front of person names. */
function demonyms(): Set<string> {
  if (!demonymSet) {
    demonymSet = new Set();
    for (const c of countries) {
      const d = c.demonyms?.eng;
      if (d?.m) demonymSet.add(foldText(d.m));
      if (d?.f) demonymSet.add(foldText(d.f));
    }
  }
  return demonymSet;
}

/**
 * The tokens a name is compared by. Person: honorifics, leading titles and demonyms, and particles
 * (except a space-separated first token: "Al Gore") are dropped. Other labels: stop words and a leading
 * "the" are dropped; Location and Event names also lose generic water-body words. Never returns an
 * empty list for a non-empty name (the last token survives). `keepParticles` keeps the particles
 * (to measure how full a name is: "Fadi el-Abdallah" is fuller than "Fadi Abdullah").
 */
export function nameTokens(label: EntityLabel | 'Article', name: string, keepParticles = false): string[] {
  return sharedNameTokens(label, name, keepParticles).slice(); // callers own their copy
}

/**
 * nameTokens without the copy, for callers that only read the list (resolve keeps one per distinct
 * name instead of a copy per mention). Cached per label and particle choice, so a look-up builds no key
 * string.
 */
export function sharedNameTokens(label: EntityLabel | 'Article', name: string, keepParticles = false): readonly string[] {
  if (!keepParticles) return nameKeys(label, name).tokens;
  let byName = nameTokenCacheFull.get(label);
  if (!byName) nameTokenCacheFull.set(label, (byName = new Map()));
  let tokens = byName.get(name);
  if (!tokens) {
    if (cacheFull()) return sharedNameTokens(label, name, keepParticles);
    tokens = nameTokensUncached(label, name, true);
    byName.set(name, tokens);
  }
  return tokens;
}

/** What resolve compares a name by, for one label: made once per distinct (label, name) and shared. */
export interface NameKeys {
  /** sharedNameTokens(label, name) */
  readonly tokens: readonly string[];
  /** the tokens joined by spaces */
  readonly joined: string;
  /** the tokens' phonetic keys joined by spaces: token lists that match (tokensMatch) have equal ones */
  readonly phonetic: string;
}

/** The name's NameKeys for the label (cached, like sharedNameTokens: callers only read them). */
export function nameKeys(label: EntityLabel | 'Article', name: string): NameKeys {
  let byName = nameKeyCache.get(label);
  if (!byName) nameKeyCache.set(label, (byName = new Map()));
  let keys = byName.get(name);
  if (!keys) {
    if (cacheFull()) return nameKeys(label, name);
    const tokens = nameTokensUncached(label, name, false);
    keys = { tokens, joined: tokens.join(' '), phonetic: tokens.map(phoneticKey).join(' ') };
    byName.set(name, keys);
  }
  return keys;
}

const nameKeyCache = new Map<string, Map<string, NameKeys>>();
const nameTokenCacheFull = new Map<string, Map<string, string[]>>();
let nameCacheEntries = 0;

/** Counts a new entry; past 200,000 empties both caches (a long-lived process stays bounded) and says so. */
function cacheFull(): boolean {
  if (nameCacheEntries++ < 200_000) return false;
  nameKeyCache.clear();
  nameTokenCacheFull.clear();
  nameCacheEntries = 0;
  return true;
}

function nameTokensUncached(label: EntityLabel | 'Article', name: string, keepParticles: boolean): string[] {
  const folded = foldText(name);
  if (!folded) return [];
  if (label === 'Person') {
    // split on spaces, remember which tokens were hyphen-attached ("el-Abdallah")
    const raw: { t: string; hyphenNext: boolean }[] = [];
    for (const word of folded.split(' ')) {
      const parts = word.split('-').filter(Boolean);
      parts.forEach((t, i) => raw.push({ t, hyphenNext: i < parts.length - 1 }));
    }
    let start = 0;
    const dem = demonyms();
    while (start < raw.length - 1 && (HONORIFICS.has(raw[start].t) || TITLE_WORDS.has(raw[start].t) || dem.has(raw[start].t))) start++;
    const rest = raw.slice(start);
    // a particle goes unless it is a space-separated first token ("Al Gore") or the only token
    const kept = rest.filter((r, i) => keepParticles || !PARTICLES.has(r.t) || rest.length === 1 || (i === 0 && !r.hyphenNext));
    return (kept.length ? kept : rest.slice(-1)).map((r) => r.t);
  }
  let toks = folded.replace(/-/g, ' ').split(' ').filter(Boolean);
  const drop = (t: string) => STOPWORDS.has(t) || ((label === 'Location' || label === 'Event') && GEO_GENERIC.has(t));
  const kept = toks.filter((t) => !drop(t));
  toks = kept.length ? kept : toks.slice(-1);
  return toks;
}

/**
 * Transliteration-normalised token: common romanisation variants collapse (kh/h, zh/j, ph/f, y/i, w/v,
 * c/q/ck/k, ou/u), doubled letters are single, a final h after a vowel goes ("Abdallah" ~ "Abdalla").
 */
export const transliterate: (token: string) => string = memo(transliterateUncached);

function transliterateUncached(token: string): string {
  let s = token
    .replace(/dzh/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'g')
    .replace(/ck/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/x/g, 'ks')
    .replace(/ou/g, 'u');
  s = s.replace(/([a-z])\1+/g, '$1');
  if (s.length > 3) s = s.replace(/([aeiou])h$/, '$1');
  return s;
}

/** First letter (any vowel as 'a') + the consonant skeleton of the rest, doubled consonants single. */
export const phoneticKey: (token: string) => string = memo(phoneticKeyUncached);

function phoneticKeyUncached(token: string): string {
  const t = transliterate(token);
  if (!t) return '';
  const first = /[aeiou]/.test(t[0]) ? 'a' : t[0];
  return (first + t.slice(1).replace(/[aeiou]/g, '')).replace(/([a-z])\1+/g, '$1');
}

/** Initials of the significant words ("International Criminal Court" -> "icc"). */
export function initials(tokens: readonly string[]): string {
  return tokens.map((t) => t[0]).join('');
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'his', 'its', 'their', 'them', 'himself', 'herself', 'itself', 'themselves', 'we', 'us', 'our', 'i', 'me', 'my', 'you', 'your', 'this', 'that', 'these', 'those']);
/** True for a pronoun surface form ("he", "its"): never an alias. */
export function isPronoun(text: string): boolean {
  return PRONOUNS.has(foldText(text));
}
