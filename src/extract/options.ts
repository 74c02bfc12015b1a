import { inputError } from '../model/errors';

/** Tunables of the rules extractor. */
export interface ExtractOptions {
  /** facts and events below this confidence are dropped */
  minConfidence: number;
  /** sentences longer than this (characters) are skipped for facts and events (tables, run-on furniture) */
  maxSentenceLength: number;
  /** multiplier applied to facts and events inside attributed claims ("X wrote, citing sources, that ...") */
  claimPenalty: number;
  /** emit Statement events for reported speech */
  statements: boolean;
  /** resolve he/she/it/his/her when unambiguous */
  pronouns: boolean;
  /** emit mentions of unknown capitalised names after place prepositions as Location (lower confidence) */
  guessLocations: boolean;
}

export const DEFAULT_EXTRACT_OPTIONS: Readonly<ExtractOptions> = Object.freeze({
  minConfidence: 0.3,
  maxSentenceLength: 1200,
  claimPenalty: 0.7,
  statements: true,
  pronouns: true,
  guessLocations: true,
});

/** Fills in defaults and throws NewsgraphError INPUT naming the first bad option. */
export function validateExtractOptions(options: Partial<ExtractOptions> = {}): ExtractOptions {
  const o: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const unit = (k: 'minConfidence' | 'claimPenalty') => {
    if (typeof o[k] !== 'number' || !(o[k] >= 0 && o[k] <= 1)) throw inputError('extract.options', `${k} must be a number in [0, 1], got ${String(o[k])}`);
  };
  unit('minConfidence');
  unit('claimPenalty');
  if (!Number.isInteger(o.maxSentenceLength) || o.maxSentenceLength < 20) {
    throw inputError('extract.options', `maxSentenceLength must be an integer >= 20, got ${String(o.maxSentenceLength)}`);
  }
  for (const k of ['statements', 'pronouns', 'guessLocations'] as const) {
    if (typeof o[k] !== 'boolean') throw inputError('extract.options', `${k} must be a boolean, got ${String(o[k])}`);
  }
  for (const k of Object.keys(options)) {
    if (!(k in DEFAULT_EXTRACT_OPTIONS)) throw inputError('extract.options', `unknown option ${k}`);
  }
  return o;
}
