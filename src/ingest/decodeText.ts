import { inputError, limitError } from '../model/errors';
import { DEFAULT_INGEST_OPTIONS } from './options';

export interface DecodeOptions {
  maxBytes: number;
  maxControlRatio: number;
}

/**
 * Bytes -> text, or a NewsgraphError with one clear line:
 *   oversized (LIMIT), binary (NUL byte or too many control characters), invalid UTF-8,
 *   empty or whitespace-only (all INPUT).
 * Strict UTF-8 (TextDecoder fatal), a leading BOM removed, CRLF/CR normalised to LF.
 */
export function decodeText(path: string, bytes: Uint8Array, options: Partial<DecodeOptions> = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_INGEST_OPTIONS.maxBytes;
  const maxControlRatio = options.maxControlRatio ?? DEFAULT_INGEST_OPTIONS.maxControlRatio;
  const where = `ingest: ${path}`;
  if (bytes.length > maxBytes) {
    throw limitError(where, `too large (${formatBytes(bytes.length)}, limit ${formatBytes(maxBytes)})`, {
      bytes: bytes.length,
    });
  }
  if (bytes.length === 0) throw inputError(where, 'empty file');
  if (bytes.includes(0)) throw inputError(where, 'binary file (NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw inputError(where, 'invalid UTF-8');
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) control++;
  }
  if (control > 0 && control / text.length > maxControlRatio) {
    throw inputError(where, `binary file (${control} control characters)`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw inputError(where, 'empty file (whitespace only)');
  return text;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
