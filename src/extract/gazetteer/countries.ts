/**
 * Country gazetteer from world-countries: names (common, official, useful alternative spellings),
 * demonyms and capitals, each keyed by its lower-case form and resolved to ISO 3166-1 alpha-3.
 * A few spellings news uses but the package lacks are added (CAPITAL_EXTRAS, NAME_EXTRAS).
 */
import countries from 'world-countries';
import { isCommonWord } from './words';

export interface CountryEntry {
  code: string;
  /** the common English name ("Russia") */
  name: string;
}

export interface CountryGazetteer {
  byName: Map<string, CountryEntry>;
  byDemonym: Map<string, CountryEntry>;
  byCapital: Map<string, CountryEntry & { capital: string }>;
  byCode: Map<string, CountryEntry>;
  /** longest name in tokens, to bound look-ups */
  maxTokens: number;
}

const NAME_EXTRAS: Record<string, string> = {
  'u.s.': 'USA', 'u.s.a.': 'USA', america: 'USA', 'the united states': 'USA', 'the us': 'USA',
  britain: 'GBR', 'u.k.': 'GBR', england: 'GBR', 'the netherlands': 'NLD', 'czech republic': 'CZE',
  burma: 'MMR', 'the philippines': 'PHL', 'the uae': 'ARE', uae: 'ARE', 'the gambia': 'GMB',
  'south korea': 'KOR', 'north korea': 'PRK', korea: 'KOR', 'ivory coast': 'CIV', turkey: 'TUR', turkiye: 'TUR', 'türkiye': 'TUR',
  'east timor': 'TLS', swaziland: 'SWZ', macedonia: 'MKD', 'cape verde': 'CPV', 'vatican': 'VAT',
  'holy see': 'VAT', bosnia: 'BIH', palestine: 'PSE', 'gaza strip': 'PSE', taiwan: 'TWN', kosovo: 'UNK', 'viet nam': 'VNM',
};
const DEMONYM_EXTRAS: Record<string, string> = {
  british: 'GBR', american: 'USA', dutch: 'NLD', chinese: 'CHN', 'south korean': 'KOR', 'north korean': 'PRK',
  filipino: 'PHL', emirati: 'ARE', saudi: 'SAU', turkish: 'TUR', iranian: 'IRN', israeli: 'ISR',
  palestinian: 'PSE', swiss: 'CHE', czech: 'CZE', taiwanese: 'TWN', afghan: 'AFG', belarusian: 'BLR',
  tajik: 'TJK', kyrgyz: 'KGZ',
  // adjectives of the country's name that world-countries does not list as demonyms
  philippine: 'PHL', uzbek: 'UZB', kazakh: 'KAZ', azeri: 'AZE', bosnian: 'BIH', slovenian: 'SVN', icelandic: 'ISL',
  nepali: 'NPL', ecuadorian: 'ECU', argentinian: 'ARG', somalian: 'SOM',
};
const CAPITAL_EXTRAS: Record<string, string> = {
  ulaanbaatar: 'MNG', 'ulan bator': 'MNG', kyiv: 'UKR', kiev: 'UKR', washington: 'USA', 'washington d.c.': 'USA',
  'new delhi': 'IND', beijing: 'CHN', peking: 'CHN', 'tel aviv': 'ISR', jerusalem: 'ISR', 'abu dhabi': 'ARE',
  ankara: 'TUR', 'kuala lumpur': 'MYS', 'the hague': 'NLD',
};
/** other spellings of a capital world-countries names, for that capital ("Hà Nội" is Hanoi) */
const CAPITAL_SPELLINGS: Record<string, string> = { 'hà nội': 'Hanoi', 'ha noi': 'Hanoi' };
/** altSpellings worth keeping: multi-letter, not ISO codes, Latin script. */
function usefulAlt(s: string): boolean {
  return /^[A-Za-z .'-]+$/.test(s) && s.length > 3 && !/,/.test(s);
}

const BASE_LETTERS: Readonly<Record<string, string>> = { đ: 'd', ð: 'd', ł: 'l', ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** A lower-case key without its diacritics ("brasília" -> "brasilia", "hà nội" -> "ha noi"): the gazetteer's second key. */
export function foldLetters(key: string): string {
  return /[^\u0000-\u007f]/.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đðłıøßæœþ]/g, (c) => BASE_LETTERS[c] ?? c) : key;
}

/** The other ways news writes a name: "saint" as "st" or "st.", " and " as " & " (each, and both). */
function writtenVariants(key: string): string[] {
  const saints = key.startsWith('saint ') ? [key, `st ${key.slice(6)}`, `st. ${key.slice(6)}`] : [key];
  const variants: string[] = [];
  for (const k of saints) {
    if (k !== key) variants.push(k);
    if (k.includes(' and ')) variants.push(k.replace(/ and /g, ' & '));
  }
  return variants;
}

/** plain forms of capitals that name better-known places elsewhere in English news (San Jose, California) */
const PLAIN_ELSEWHERE = new Set(['san jose']);

let cached: CountryGazetteer | undefined;

export function countryGazetteer(): CountryGazetteer {
  if (cached) return cached;
  const byName = new Map<string, CountryEntry>();
  const byDemonym = new Map<string, CountryEntry>();
  const byCapital = new Map<string, CountryEntry & { capital: string }>();
  const byCode = new Map<string, CountryEntry>();
  // UN members first so that shared demonyms and names go to the sovereign state
  const sorted = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || a.cca3.localeCompare(b.cca3));
  for (const c of sorted) {
    const entry: CountryEntry = { code: c.cca3, name: c.name.common };
    byCode.set(c.cca3, entry);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter(usefulAlt)];
    for (const n of names) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), entry);
    const dem = c.demonyms?.eng;
    for (const d of [dem?.m, dem?.f]) if (d && !byDemonym.has(d.toLowerCase())) byDemonym.set(d.toLowerCase(), entry);
    for (const cap of c.capital ?? []) if (!byCapital.has(cap.toLowerCase())) byCapital.set(cap.toLowerCase(), { ...entry, capital: cap });
  }
  // short codes that news writes as names
  for (const [abbr, code] of [['US', 'USA'], ['USA', 'USA'], ['UK', 'GBR'], ['DRC', 'COD'], ['DPRK', 'PRK']] as const) {
    byName.set(abbr.toLowerCase(), byCode.get(code)!);
  }
  for (const [k, code] of Object.entries(NAME_EXTRAS)) if (byCode.has(code)) byName.set(k, byCode.get(code)!);
  // official names are also written without the article after "of": "the Republic of Congo", "Republic of Maldives"
  const withoutThe: [string, CountryEntry][] = [];
  for (const [k, entry] of byName) if (k.includes(' of the ')) withoutThe.push([k.replace(' of the ', ' of '), entry]);
  for (const [k, entry] of withoutThe) if (!byName.has(k)) byName.set(k, entry);
  // "St Kitts and Nevis", "St. Lucia", "Trinidad & Tobago": news abbreviates "Saint" and writes "and" as "&"
  for (const [k, entry] of [...byName]) {
    for (const variant of writtenVariants(k)) if (!byName.has(variant)) byName.set(variant, entry);
  }
  for (const [k, code] of Object.entries(DEMONYM_EXTRAS)) if (byCode.has(code)) byDemonym.set(k, byCode.get(code)!);
  for (const [k, code] of Object.entries(CAPITAL_EXTRAS)) {
    if (!byCode.has(code)) continue;
    const capital = k.replace(/\b\p{L}/gu, (x) => x.toUpperCase()).replace('D.c.', 'D.C.').replace(/^The /, 'The ');
    byCapital.set(k, { ...byCode.get(code)!, capital });
  }
  for (const [k, capital] of Object.entries(CAPITAL_SPELLINGS)) {
    const entry = byCapital.get(capital.toLowerCase());
    if (entry) byCapital.set(k, entry);
  }
  byCapital.delete('the hague'); // seat of government, not capital: a Location (see places.ts)
  // every key also without its diacritics ("brasilia" for Brasília, "bogota"): texts write them either way,
  // unless the plain form is an English word or another known place ("Male voters", "San Jose, California")
  for (const map of [byName, byDemonym, byCapital] as Map<string, CountryEntry>[]) {
    for (const [k, v] of [...map]) {
      const folded = foldLetters(k);
      if (folded !== k && !map.has(folded) && !isCommonWord(folded) && !PLAIN_ELSEWHERE.has(folded)) map.set(folded, v);
    }
  }
  let maxTokens = 1;
  for (const k of byName.keys()) maxTokens = Math.max(maxTokens, k.split(' ').length);
  cached = { byName, byDemonym, byCapital, byCode, maxTokens };
  return cached;
}
