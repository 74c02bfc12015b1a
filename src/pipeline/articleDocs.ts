import { formatError, type ArticleDoc, type Extraction } from '../model';
import type { NewsGraph } from '../store';

/**
 * The articles a store already holds, as resolve needs them again: ArticleDocs rebuilt from the Article
 * nodes (resolve's articleNode keeps every ArticleDoc field, text included) and the stored extractions.
 * A store whose articles lack their extraction (imported from a GraphML written without graph
 * attributes, say) cannot be appended to: FORMAT, naming the first such article.
 */
export function storedArticles(graph: NewsGraph, where: string): { docs: ArticleDoc[]; extractions: Extraction[] } {
  const extractions = graph.getAttribute('extractions') ?? {};
  const docs: ArticleDoc[] = [];
  const xs: Extraction[] = [];
  for (const key of graph.nodes().sort()) {
    const { labels, properties: p } = graph.getNodeAttributes(key);
    if (!labels.includes('Article')) continue;
    const extraction = extractions[key];
    if (!extraction) throw formatError('pipeline', `${where}: article "${key}" has no stored extraction, so it cannot be re-resolved: rebuild without --append`);
    const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : undefined);
    const doc: ArticleDoc = {
      id: key,
      path: str('path') ?? '',
      sha256: str('sha256') ?? '',
      fingerprint: str('fingerprint') ?? '',
      language: str('language') ?? 'und',
      text: str('text') ?? '',
    };
    for (const k of ['title', 'url', 'publisher', 'author', 'published'] as const) {
      const v = str(k);
      if (v !== undefined) doc[k] = v;
    }
    docs.push(doc);
    xs.push(extraction);
  }
  return { docs, extractions: xs };
}
