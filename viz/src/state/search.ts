/**
 * Search over names and aliases: prefix and fuzzy matching (minisearch), ranked so an exact name beats
 * an exact alias beats a prefix beats a fuzzy hit, ties broken by how connected the node is.
 */
import MiniSearch from 'minisearch';

export interface SearchDoc {
  key: string;
  name: string;
  aliases: string[];
  label: string;
  /** degree or mentions: breaks ties toward the better-known node */
  weight: number;
}

export interface SearchHit {
  key: string;
  name: string;
  label: string;
  /** the alias that matched when it was not the name */
  matchedAlias: string | null;
  score: number;
}

export interface NodeSearch {
  search(query: string, limit?: number): SearchHit[];
}

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

export function createNodeSearch(docs: SearchDoc[]): NodeSearch {
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const index = new MiniSearch<{ id: string; name: string; aliases: string }>({
    fields: ['name', 'aliases'],
    storeFields: [],
    processTerm: (t) => norm(t) || null,
    searchOptions: { boost: { name: 2 }, prefix: true, fuzzy: (term) => (term.length >= 4 ? 0.2 : false), combineWith: 'AND' },
  });
  index.addAll(docs.map((d) => ({ id: d.key, name: d.name, aliases: d.aliases.join(' \u2016 ') })));

  return {
    search(query: string, limit = 10): SearchHit[] {
      const q = norm(query);
      if (q === '') return [];
      const hits: SearchHit[] = [];
      for (const r of index.search(query)) {
        const d = byKey.get(r.id as string)!;
        const name = norm(d.name);
        const alias = d.aliases.find((a) => norm(a) === q) ?? d.aliases.find((a) => norm(a).startsWith(q)) ?? null;
        let tier = 0;
        if (name === q) tier = 4;
        else if (alias !== null && norm(alias) === q) tier = 3;
        else if (name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q))) tier = 2;
        else if (alias !== null) tier = 1.5;
        const score = tier * 1000 + r.score + Math.log1p(d.weight);
        hits.push({ key: d.key, name: d.name, label: d.label, matchedAlias: tier === 4 || tier === 2 ? null : alias, score });
      }
      hits.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
      return hits.slice(0, limit);
    },
  };
}
