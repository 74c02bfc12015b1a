import { franc } from 'franc-min';

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

/** franc looks at most at this many characters (its accuracy does not improve beyond a few thousand) */
const SAMPLE = 4000;

/**
 * The language of a text as ISO 639-1, or 'und' when the text is too short to tell (fewer than
 * `minChars` letters) or franc cannot decide.
 */
export function detectLanguage(text: string, minChars = 60): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < minChars) return 'und';
  const code = franc(text.slice(0, SAMPLE), { minLength: 1 });
  if (code === 'und') return 'und';
  return ISO_639_1[code] ?? code;
}

/** "en-GB" / "vi_VN" -> "en" / "vi"; undefined for anything that is not a language tag. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const m = tag ? /^([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*$/i.exec(tag.trim()) : null;
  return m ? m[1].toLowerCase() : undefined;
}
