/**
 * Name cleaning: a surface form with its honorifics, titles, determiners and possessive removed.
 *   cleanName("Mr Putin's")                   -> { name: 'Putin', titles: [] }
 *   cleanName("Russian President Vladimir Putin") -> { name: 'Vladimir Putin', titles: ['President'], demonym: 'Russian' }
 *   cleanName("Court spokesman Fadi el-Abdallah") -> { name: 'Fadi el-Abdallah', titles: ['Court spokesman'] }
 */
import { HONORIFICS, MAX_TITLE_TOKENS, TITLES } from './gazetteer/lexicon';
import { countryGazetteer } from './gazetteer/countries';

export interface CleanName {
  name: string;
  titles: string[];
  demonym?: string;
}

const POSSESSIVE = /['\u2019]s?$/u;

/** The first words of the titles: a word that is none of them starts no title. */
export const TITLE_FIRST_WORDS = new Set(Object.keys(TITLES).map((t) => t.split(' ')[0]));

/** Longest title starting at word k (case-insensitive); returns its length in words, 0 if none. */
export function titleLengthAt(words: string[], k: number): number {
  if (!TITLE_FIRST_WORDS.has(words[k]?.toLowerCase())) return 0;
  // the phrase grows one word at a time (not a slice and join per length); the longest title wins
  const max = Math.min(MAX_TITLE_TOKENS, words.length - k);
  let phrase = '';
  let longest = 0;
  for (let n = 1; n <= max; n++) {
    phrase += (n > 1 ? ' ' : '') + words[k + n - 1].toLowerCase();
    if (Object.hasOwn(TITLES, phrase)) longest = n;
  }
  return longest;
}

/** Strips a possessive ending ("Putin's" -> "Putin", "Reuters'" stays when the s is part of the word). */
export function stripPossessive(s: string): string {
  if (/['\u2019]s$/u.test(s)) return s.slice(0, -2);
  if (/s['\u2019]$/u.test(s)) return s.slice(0, -1);
  return s;
}

export function cleanName(surface: string): CleanName {
  let words = stripPossessive(surface.trim()).split(/\s+/).filter(Boolean);
  while (words.length > 1 && /^(the|a|an)$/i.test(words[0])) words = words.slice(1);
  const titles: string[] = [];
  let demonym: string | undefined;
  const gaz = countryGazetteer();
  let pendingQualifier: string[] = [];
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k];
    const lw = w.toLowerCase();
    if (HONORIFICS.has(lw)) {
      k++;
      continue;
    }
    const tl = titleLengthAt(words, k);
    if (tl > 0) {
      titles.push([...pendingQualifier, ...words.slice(k, k + tl)].join(' '));
      pendingQualifier = [];
      k += tl;
      continue;
    }
    if (!demonym && gaz.byDemonym.has(lw)) {
      demonym = w;
      k++;
      continue;
    }
    // a single qualifier word before a title ("Court spokesman", "Kremlin spokesman")
    if (k + 1 < words.length && titleLengthAt(words, k + 1) > 0 && k + 1 + titleLengthAt(words, k + 1) < words.length) {
      pendingQualifier.push(w);
      k++;
      continue;
    }
    break;
  }
  const rest = words.slice(k).map((w) => w.replace(POSSESSIVE, (m) => (m.length === 2 ? '' : m)));
  return { name: rest.join(' ') || words.join(' '), titles, ...(demonym ? { demonym } : {}) };
}

/**
 * What ends a phrase whose head is another person or office ("an adviser to", "the wife of", "a spokesman for",
 * "the office of"), before "the <title> of ...": the name in apposition after it is theirs, not the title's.
 * Not any "to"/"for": "he spoke to the president of Ukraine, X" names the president.
 */
export const OF_ANOTHER =
  /\b(?:advis[eo]r|aide|spokes(?:man|woman|person)|wife|husband|son|daughter|brother|sister|mother|father|envoy|lawyer|attorney|predecessor|successor|office|staff|secretary|assistant|deputy|representative|rival|critic)s?\s+(?:of|for|to)\s+$/i;
