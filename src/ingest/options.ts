import { inputError } from '../model/errors';

/**
 * Ingest options (interface + DEFAULTS + validate, as sigma does for its settings).
 */
export interface IngestOptions {
  /** files larger than this are rejected with one line (bytes) */
  maxBytes: number;
  /** a file whose share of control characters (other than tab, CR, LF, FF) exceeds this is binary */
  maxControlRatio: number;
  /** texts shorter than this (letters) get language 'und' */
  minLanguageChars: number;
  /** accepted file extensions, lower case, with the dot */
  extensions: string[];
}

export const DEFAULT_INGEST_OPTIONS: Readonly<IngestOptions> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxControlRatio: 0.01,
  minLanguageChars: 60,
  extensions: ['.txt', '.md', '.markdown', '.html', '.htm'],
});

/** Fills in defaults and throws NewsgraphError INPUT naming the bad option. */
export function resolveIngestOptions(options: Partial<IngestOptions> = {}): IngestOptions {
  const o: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...stripUndefined(options) };
  if (!Number.isFinite(o.maxBytes) || o.maxBytes <= 0) {
    throw inputError('ingest', `option maxBytes must be a positive number, got ${String(o.maxBytes)}`);
  }
  if (!(o.maxControlRatio >= 0 && o.maxControlRatio <= 1)) {
    throw inputError('ingest', `option maxControlRatio must be in [0, 1], got ${String(o.maxControlRatio)}`);
  }
  if (!Number.isInteger(o.minLanguageChars) || o.minLanguageChars < 0) {
    throw inputError('ingest', `option minLanguageChars must be a non-negative integer, got ${String(o.minLanguageChars)}`);
  }
  if (!Array.isArray(o.extensions) || o.extensions.some((e) => typeof e !== 'string' || !e.startsWith('.'))) {
    throw inputError('ingest', 'option extensions must be a list like [".txt", ".md"]');
  }
  o.extensions = o.extensions.map((e) => e.toLowerCase());
  return o;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
