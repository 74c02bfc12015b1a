import type * as Franc from 'franc-min';
import { lazy } from '../model/lazy';

/**
 * franc-min, loaded on the first text that needs it (~17 ms of CPU per thread): the build's main
 * thread never detects a language, and English prose is told by clearlyEnglish below.
 */
const francModule = lazy(() => require('franc-min') as typeof Franc);
const franc: typeof Franc.franc = (value, options) => francModule().franc(value, options);

/**
 * ISO 639-3 (what franc returns) -> ISO 639-1. franc-min knows the ~80 languages with 8M+ speakers;
 * the few of those without a 639-1 code (Cebuano, Madurese, Bhojpuri, ...) keep their 639-3 code.
 */
const ISO_639_1: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it',
  tur: 'tr', pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr',
  nld: 'nl', srp: 'sr', ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu',
  azj: 'az', ces: 'cs', run: 'rn', plt: 'mg', qug: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu',
  swe: 'sv', lin: 'ln', som: 'so', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar',
  urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh', jpn: 'ja', kor: 'ko',
  tha: 'th', ell: 'el', heb: 'he', kat: 'ka', hye: 'hy', ben: 'bn', tam: 'ta', tel: 'te', guj: 'gu',
  kan: 'kn', mal: 'ml', pan: 'pa', ory: 'or', amh: 'am', mya: 'my', khm: 'km', sin: 'si', lao: 'lo',
  bod: 'bo', uig: 'ug', tir: 'ti', aka: 'ak', snd: 'sd', nep: 'ne',
};

/**
 * franc looks at most at this many characters: its cost grows with the length (~1.6 ms per 1,000
 * characters here) and a thousand characters of prose are plenty to tell the language.
 */
const SAMPLE = 1200;

/**
 * The language of a text as ISO 639-1, or 'und' when the text is too short to tell (fewer than
 * `minChars` letters) or franc cannot decide.
 */
export function detectLanguage(text: string, minChars = 60): string {
  const sample = text.slice(0, SAMPLE);
  if (!hasLetters(sample, minChars)) return 'und';
  if (clearlyEnglish(sample)) return 'en';
  const code = franc(sample, { minLength: 1 });
  if (code === 'und') return 'und';
  return ISO_639_1[code] ?? code;
}

/**
 * Whether `s` has at least `n` letters (code points of \p{L}): what `(s.match(/\p{L}/gu)?.length ?? 0) >= n`
 * says, without an array of every letter. An anchored regex that stops at the n-th letter, cached per n.
 */
export function hasLetters(s: string, n: number): boolean {
  if (!(n > 0)) return true; // 0 letters >= n (and NaN compares false, as before)
  const need = Math.ceil(n);
  if (need > s.length) return false; // more letters than UTF-16 units: none such
  let re = lettersPattern.get(need);
  if (!re) {
    re = new RegExp(`^(?:\\P{L}*\\p{L}){${need}}`, 'u');
    if (lettersPattern.size > 16) lettersPattern.clear();
    lettersPattern.set(need, re);
  }
  return re.test(s);
}
const lettersPattern = new Map<number, RegExp>();

/**
 * A fast path for the common case (franc costs ~1-2.5 ms an article whatever the language): at least
 * 40 words of plain Latin letters of which a fifth or more are English function words. French, Spanish,
 * German, Vietnamese, ... prose has almost none of these, so it goes to franc.
 */
const EN_FUNCTION_WORDS = new Set(
  'the of and to in is was that for on with said has have it by from at are be his he will not as its an this were their had been'.split(' '),
);

function clearlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f]+/g);
  if (!words || words.length < 40) return false;
  let hits = 0;
  for (const w of words) if (EN_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= 0.2;
}

/** "en-GB" / "vi_VN" -> "en" / "vi"; undefined for anything that is not a language tag. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const m = tag ? /^([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*$/i.exec(tag.trim()) : null;
  return m ? m[1].toLowerCase() : undefined;
}
