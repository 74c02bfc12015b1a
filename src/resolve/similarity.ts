/**
 * Fuzzy comparison of name tokens and names, with guards. A token pair matches when
 *   - the tokens are equal after transliteration (Dmitry/Dmitri, Tykhii/Tikhiy), or
 *   - both are long enough, their phonetic keys agree, their Levenshtein distance (fastest-levenshtein)
 *     is a small part of their length, and their Jaro-Winkler similarity is high
 *     (Abdallah/Abdullah, Khurelsukh/Khurilesukh; not Putin/Patten, not Peskov/Medvedev), and neither
 *     is a prefix of the other (not Martin/Martina, not Mongol/Mongolia).
 */
import { distance } from 'fastest-levenshtein';
import { phoneticKey, transliterate } from './normalizeName';
import type { ResolveOptions } from './options';

export type NameMatchOptions = Pick<ResolveOptions, 'tokenSimilarity' | 'maxEditRatio' | 'minFuzzyTokenLength'>;

let hits = new Uint8Array(64);

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  // one scratch buffer for every call (no two arrays per comparison): a's hits at 0, b's at a.length
  const off = a.length;
  if (hits.length < off + b.length) hits = new Uint8Array(2 * (off + b.length));
  hits.fill(0, 0, off + b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (hits[off + j] || a[i] !== b[j]) continue;
      hits[i] = hits[off + j] = 1;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < a.length; i++) {
    if (!hits[i]) continue;
    while (!hits[off + k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Do two folded name tokens name the same thing, allowing transliteration variants? Tokens that match
 * have equal phonetic keys (clusterEvents finds the clusters a name can match through an index of
 * them): a new rule here must keep that true (tested).
 */
export function tokensMatch(a: string, b: string, o: NameMatchOptions): boolean {
  if (a === b) return true;
  const ta = transliterate(a);
  const tb = transliterate(b);
  if (ta === tb) return true;
  if (Math.min(a.length, b.length) < o.minFuzzyTokenLength) return false;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  if (phoneticKey(a) !== phoneticKey(b)) return false;
  // one a prefix of the other is another word form, not a spelling: Martin/Martina, Mongol/Mongolia
  if (ta.startsWith(tb) || tb.startsWith(ta)) return false;
  const ratio = distance(ta, tb) / Math.max(ta.length, tb.length);
  return ratio <= o.maxEditRatio && jaroWinkler(ta, tb) >= o.tokenSimilarity;
}

/** A first-name token is compatible with another when they match or one is the other's initial ("V" ~ "Vladimir"). */
function givenNamesCompatible(a: string, b: string, o: NameMatchOptions): boolean {
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return true;
  return tokensMatch(a, b, o);
}

/**
 * Full person names (two or more tokens each, from nameTokens): the last tokens match and the first
 * tokens are compatible; middle names may be missing on one side ("George W Bush" ~ "George Bush");
 * or the shorter name's tokens all occur in the longer one, in any order.
 */
export function personNamesMatch(a: readonly string[], b: readonly string[], o: NameMatchOptions): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // the same letters split otherwise: "Hossein Amir Abdollahian" ~ "Hossein Amirabdollahian"
  if (a.length !== b.length && a.join('') === b.join('')) return true;
  // two names that both carry middle names but not the same number: two people (George W. / H. W. Bush)
  if (a.length !== b.length && Math.min(a.length, b.length) > 2) return false;
  if (a.length !== b.length && tokensContained(a.length < b.length ? a : b, a.length < b.length ? b : a, o)) return true;
  if (!tokensMatch(a[a.length - 1], b[b.length - 1], o)) return false;
  if (!givenNamesCompatible(a[0], b[0], o)) return false;
  if (a.length === b.length) {
    for (let i = 1; i < a.length - 1; i++) if (!givenNamesCompatible(a[i], b[i], o)) return false;
  }
  return true;
}

/**
 * Every token of the shorter name matches a distinct token of the longer one, in any order: name order
 * and extra given names ("Emmerson Mnangagwa" ~ "Mnangagwa Emmerson Dambudzo", "Ahmed Tinubu" ~ "Bola
 * Ahmed Tinubu").
 */
function tokensContained(short: readonly string[], long: readonly string[], o: NameMatchOptions): boolean {
  // the long name's tokens already taken
  const taken = new Uint8Array(long.length);
  for (const t of short) {
    let j = 0;
    while (j < long.length && (taken[j] || !tokensMatch(t, long[j], o))) j++;
    if (j === long.length) return false;
    taken[j] = 1;
  }
  return true;
}

/** Names of organizations, places, treaties and events: the same number of tokens, each pair matching. */
export function tokenListsMatch(a: readonly string[], b: readonly string[], o: NameMatchOptions): boolean {
  if (a.length !== b.length || !a.length) return false;
  for (let i = 0; i < a.length; i++) if (!tokensMatch(a[i], b[i], o)) return false;
  return true;
}

/** Is `short` a proper prefix or suffix of `long`, token by token? */
export function isAffixOf(short: readonly string[], long: readonly string[], o: NameMatchOptions): boolean {
  if (!short.length || short.length >= long.length) return false;
  let i = 0;
  while (i < short.length && tokensMatch(short[i], long[i], o)) i++;
  if (i === short.length) return true;
  const off = long.length - short.length;
  for (i = 0; i < short.length; i++) if (!tokensMatch(short[i], long[off + i], o)) return false;
  return true;
}
