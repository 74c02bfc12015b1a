/** Positioned Cypher errors and their caret display. */
import { CypherError, type CypherErrorClass, type CypherErrorPhase } from '../values/types';

/** 1-based line and column of `offset` in `src`. */
export function lineColumn(src: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A compile-time error located at `offset` of the query text. */
export function positionedError(
  cls: CypherErrorClass,
  detail: string,
  message: string,
  src: string,
  offset: number,
  phase: CypherErrorPhase = 'compile time',
): CypherError {
  const { line, column } = lineColumn(src, offset);
  return new CypherError(cls, detail, `${message} (line ${line}, column ${column})`, phase, line, column);
}

export function syntaxError(detail: string, message: string, src: string, offset: number): CypherError {
  return positionedError('SyntaxError', detail, message, src, offset);
}

/** One line of message plus the offending query line and a caret under the column. */
export function formatCypherError(err: unknown, query: string): string {
  if (!(err instanceof CypherError)) return String(err instanceof Error ? err.message : err);
  const head = `${err.cypherClass}${err.detail ? ` (${err.detail})` : ''}: ${err.message}`;
  if (err.line === undefined || err.column === undefined) return head;
  const text = query.split('\n')[err.line - 1] ?? '';
  return `${head}\n${text}\n${' '.repeat(Math.max(0, err.column - 1))}^`;
}
