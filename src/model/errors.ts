/**
 * The error taxonomy. Every expected failure is a NewsgraphError with a stable `code`; messages start
 * with where it happened (`ingest: seeds/a.txt: ...`, `cypher.parse: ...`). Anything else is a bug.
 *
 * Codes (stable; tests assert these, not wording):
 *   INPUT       bad user input: unreadable path, empty/binary/invalid UTF-8 file, bad option value
 *   FORMAT      a file that should be ours (store JSON, GraphML) does not parse or has the wrong shape
 *   NOT_FOUND   a node, article, file or command that does not exist
 *   CONFLICT    an explicit verb was refused: addEntity on an existing id, a duplicate key
 *   LIMIT       a configured limit was hit: timeout, row cap, size cap
 *   IO          the file system or network failed underneath us
 *   CYPHER      a Cypher error; `cypherClass` holds the TCK/Neo4j class (SyntaxError, TypeError, ...)
 *   UNSUPPORTED a feature we do not implement (yet)
 */
export type ErrorCode = 'INPUT' | 'FORMAT' | 'NOT_FOUND' | 'CONFLICT' | 'LIMIT' | 'IO' | 'CYPHER' | 'UNSUPPORTED';

export class NewsgraphError extends Error {
  override name = 'NewsgraphError';
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const inputError = (where: string, what: string, details?: Record<string, unknown>) =>
  new NewsgraphError('INPUT', `${where}: ${what}`, details);
export const formatError = (where: string, what: string, details?: Record<string, unknown>) =>
  new NewsgraphError('FORMAT', `${where}: ${what}`, details);
export const notFoundError = (where: string, what: string, details?: Record<string, unknown>) =>
  new NewsgraphError('NOT_FOUND', `${where}: ${what}`, details);
export const conflictError = (where: string, what: string, details?: Record<string, unknown>) =>
  new NewsgraphError('CONFLICT', `${where}: ${what}`, details);
export const limitError = (where: string, what: string, details?: Record<string, unknown>) =>
  new NewsgraphError('LIMIT', `${where}: ${what}`, details);
export const ioError = (where: string, what: string, details?: Record<string, unknown>) =>
  new NewsgraphError('IO', `${where}: ${what}`, details);

export function isNewsgraphError(e: unknown): e is NewsgraphError {
  return e instanceof NewsgraphError;
}
