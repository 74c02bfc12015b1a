/**
 * Finds the first clause that would change the graph (CREATE, MERGE, SET, DELETE, REMOVE, DETACH,
 * FOREACH, LOAD CSV) by scanning tokens: string literals, comments and `escaped names` are skipped, and a
 * keyword used as a property (`n.set`) or a map key (`{create: 1}`) does not count. The server uses it to
 * refuse writes before running anything when --allow-writes is off.
 *
 * Rejected alternative: asking the parser for the AST's update clauses. That is the better check once the
 * engine exposes it; the lexical scan needs nothing from the engine and errs on the side of refusing.
 */
export interface WriteClause {
  clause: string;
  /** 1-based */
  line: number;
  column: number;
  offset: number;
}

const WRITE_KEYWORDS = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'REMOVE', 'DETACH', 'FOREACH', 'LOAD', 'DROP']);

export function findWriteClause(query: string): WriteClause | null {
  let i = 0;
  const n = query.length;
  let prevSignificant = '';
  while (i < n) {
    const c = query[i]!;
    if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      i = skipQuoted(query, i, c);
      prevSignificant = c;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_]/.test(query[j]!)) j++;
      const word = query.slice(i, j).toUpperCase();
      if (WRITE_KEYWORDS.has(word) && prevSignificant !== '.' && !followedByColon(query, j)) {
        const before = query.slice(0, i);
        const line = before.split('\n').length;
        const column = i - before.lastIndexOf('\n');
        return { clause: word === 'DETACH' ? 'DETACH DELETE' : word === 'LOAD' ? 'LOAD CSV' : word, line, column, offset: i };
      }
      prevSignificant = 'w';
      i = j;
      continue;
    }
    if (!/\s/.test(c)) prevSignificant = c;
    i++;
  }
  return null;
}

function skipQuoted(s: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === '\\' && quote !== '`') {
      i += 2;
      continue;
    }
    if (s[i] === quote) {
      if (quote === '`' && s[i + 1] === '`') {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return s.length;
}

function followedByColon(s: string, from: number): boolean {
  let i = from;
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return s[i] === ':';
}
