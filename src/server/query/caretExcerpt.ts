/**
 * The offending line of a query with a caret under the column, as Neo4j and our CLI print it:
 *
 *   MATCH (n RETURN n
 *            ^
 */
export function caretExcerpt(query: string, line: number, column: number): string {
  const lines = query.split('\n');
  const text = lines[line - 1];
  if (text === undefined || column < 1) return '';
  const col = Math.min(column, text.length + 1);
  // keep tabs so the caret lines up under a tab-indented line
  const pad = text.slice(0, col - 1).replace(/[^\t]/g, ' ');
  return `${text}\n${pad}^`;
}
