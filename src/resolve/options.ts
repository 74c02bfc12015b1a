/**
 * Resolver options: interface + DEFAULT_RESOLVE_OPTIONS + validateResolveOptions (sigma's settings pattern).
 */
import { inputError } from '../model/errors';
import { EVENT_TYPES, type EventType } from '../model/ontology';

export interface ResolveOptions {
  // ---- names
  /** Jaro-Winkler floor two name tokens must reach when their phonetic keys agree (guard against key collisions). */
  tokenSimilarity: number;
  /** Levenshtein distance / length ceiling on the transliteration-normalised tokens when their keys agree. */
  maxEditRatio: number;
  /** Tokens shorter than this must be equal after normalisation (no fuzzy match for "Li"/"Le"). */
  minFuzzyTokenLength: number;
  /** Put description surface forms ("the Russian leader") into aliases (pronouns never are). */
  descriptionAliases: boolean;

  // ---- events
  /** Event types that happen once for given participants: merged across articles even when dates disagree (a conflict). */
  singularEventTypes: EventType[];

  // ---- output
  /** Decimal places kept on combined confidences. */
  confidenceDecimals: number;
}

export const DEFAULT_RESOLVE_OPTIONS: Readonly<ResolveOptions> = Object.freeze({
  tokenSimilarity: 0.8,
  maxEditRatio: 0.3,
  minFuzzyTokenLength: 4,
  descriptionAliases: true,
  singularEventTypes: ['Ratification', 'Signing', 'Accession', 'Withdrawal', 'Battle', 'ArrestWarrant'] as EventType[],
  confidenceDecimals: 6,
});

/** Fills defaults and throws NewsgraphError INPUT naming the first bad option. */
export function validateResolveOptions(partial: Partial<ResolveOptions> = {}): ResolveOptions {
  const o: ResolveOptions = { ...DEFAULT_RESOLVE_OPTIONS, ...partial, singularEventTypes: [...(partial.singularEventTypes ?? DEFAULT_RESOLVE_OPTIONS.singularEventTypes)] };
  const unit = (k: 'tokenSimilarity' | 'maxEditRatio') => {
    if (typeof o[k] !== 'number' || !Number.isFinite(o[k]) || o[k] < 0 || o[k] > 1)
      throw inputError('resolve: options', `${k} must be a number in [0, 1], got ${String(o[k])}`, { option: k });
  };
  unit('tokenSimilarity');
  unit('maxEditRatio');
  if (!Number.isInteger(o.minFuzzyTokenLength) || o.minFuzzyTokenLength < 1)
    throw inputError('resolve: options', `minFuzzyTokenLength must be a positive integer, got ${String(o.minFuzzyTokenLength)}`, { option: 'minFuzzyTokenLength' });
  if (!Number.isInteger(o.confidenceDecimals) || o.confidenceDecimals < 0 || o.confidenceDecimals > 15)
    throw inputError('resolve: options', `confidenceDecimals must be an integer in [0, 15], got ${String(o.confidenceDecimals)}`, { option: 'confidenceDecimals' });
  if (typeof o.descriptionAliases !== 'boolean')
    throw inputError('resolve: options', `descriptionAliases must be a boolean`, { option: 'descriptionAliases' });
  for (const t of o.singularEventTypes)
    if (!(EVENT_TYPES as readonly string[]).includes(t))
      throw inputError('resolve: options', `singularEventTypes: unknown event type ${JSON.stringify(t)}`, { option: 'singularEventTypes' });
  return o;
}
