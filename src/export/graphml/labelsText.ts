/**
 * Node labels in one GraphML string, APOC style: ":Person", ":Person:Politician", "" for none.
 * A backslash or colon inside a label is escaped with a backslash, so any label list round-trips.
 */
export function formatLabels(labels: readonly string[]): string {
  return labels.map((l) => `:${l.replace(/[\\:]/g, (c) => `\\${c}`)}`).join('');
}

export function parseLabels(text: string): string[] {
  const labels: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      current = (current ?? '') + text[++i];
    } else if (c === ':') {
      if (current !== undefined) labels.push(current);
      current = '';
    } else {
      current = (current ?? '') + c;
    }
  }
  if (current !== undefined) labels.push(current);
  return labels;
}
