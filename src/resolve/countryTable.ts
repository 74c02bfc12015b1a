/**
 * The country gazetteer (world-countries): ISO codes and names, for Country nodes.
 *   countryByIso3('MNG') -> { iso3: 'MNG', iso2: 'MN', name: 'Mongolia' }
 *   countryByName('Russian Federation') -> RUS; countryByName('Mongolian') -> MNG (demonyms too)
 * Names shared by two countries (ambiguous) are left out of the name index.
 */
import countries from 'world-countries';
import { foldText } from './normalizeName';

export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
}

let byIso: Map<string, CountryInfo> | undefined;
let byName: Map<string, CountryInfo | null> | undefined;

function load(): void {
  if (byIso) return;
  byIso = new Map();
  byName = new Map();
  const addName = (n: string | undefined, c: CountryInfo) => {
    const k = n ? foldText(n) : '';
    if (!k) return;
    const had = byName!.get(k);
    if (had === undefined) byName!.set(k, c);
    else if (had && had.iso3 !== c.iso3) byName!.set(k, null);
  };
  for (const c of countries) {
    const info: CountryInfo = { iso3: c.cca3, iso2: c.cca2, name: c.name.common };
    byIso.set(c.cca3, info);
    byIso.set(c.cca2, info);
  }
  for (const c of countries) {
    const info = byIso.get(c.cca3)!;
    addName(c.name.common, info);
    addName(c.name.official, info);
    for (const a of c.altSpellings ?? []) if (a.length > 2) addName(a, info);
    addName(c.demonyms?.eng?.m, info);
    addName(c.demonyms?.eng?.f, info);
  }
}

/** By ISO 3166-1 alpha-3 or alpha-2 code, any case. */
export function countryByIso(code: string): CountryInfo | undefined {
  load();
  return byIso!.get(code.toUpperCase());
}

/** By English name, official name, alternative spelling or demonym (unambiguous ones only). */
export function countryByName(name: string): CountryInfo | undefined {
  load();
  const k = foldText(name).replace(/^the /, '');
  return byName!.get(k) ?? byName!.get(foldText(name)) ?? undefined;
}
