import type { ArticleDoc, NodeRecord } from '../model/types';
import { orderProperties } from './orderProperties';

/**
 * One Article node per ArticleDoc: id, name (the title, else the path), title, url, publisher, author,
 * published, language, path, sha256, fingerprint and text (the cleaned body, so the viewer can show
 * evidence in context). Undefined properties are omitted.
 */
export function articleNode(doc: ArticleDoc): NodeRecord {
  const props = orderProperties(
    {
      id: doc.id,
      name: doc.title?.trim() || doc.path,
      title: doc.title,
      url: doc.url,
      publisher: doc.publisher,
      author: doc.author,
      published: doc.published,
      language: doc.language,
      path: doc.path,
      sha256: doc.sha256,
      fingerprint: doc.fingerprint,
      text: doc.text,
    },
    ['id', 'name'],
  );
  return { id: doc.id, label: 'Article', properties: props };
}
