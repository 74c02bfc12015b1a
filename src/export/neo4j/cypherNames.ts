/**
 * Names in Cypher text. Labels and relationship types are the only things export puts into query text
 * (Cypher cannot take them as parameters); they are always backtick-quoted with backticks doubled, so
 * no label or type can change the statement. Values always travel as parameters or literals.
 */
export function quoteName(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

/** A constraint name derived from a label: letters, digits and underscores only. */
export function constraintName(label: string): string {
  return `newsgraph_${label.replace(/[^A-Za-z0-9_]/g, '_')}_id`;
}
