export { resolveGraph } from './resolveGraph';
export { countConflicts, listConflicts } from './listConflicts';
export { type ResolveOptions, DEFAULT_RESOLVE_OPTIONS, validateResolveOptions } from './options';
export { encodeClaims, datesCompatible, valuesDisagree, type Claim } from './claims';
export { nameTokens, foldText, phoneticKey, transliterate } from './normalizeName';
export { tokensMatch, personNamesMatch, jaroWinkler } from './similarity';
export { countryByIso, countryByName, type CountryInfo } from './countryTable';
