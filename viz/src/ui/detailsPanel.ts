/**
 * The details panel: a node or a relationship with its properties, conflicting claims (who claims what),
 * relations grouped by type, and for every fact its evidence sentences, confidence and source articles.
 * A source opens the article's text with the evidence highlighted. Every string goes in as text.
 */
import type { ViewerApp } from '../app';
import { fetchArticle, ApiError } from '../api';
import { labelColor } from '../state/palette';
import { conflictsOf, displayProperties, highlightSegments, provenanceOf, relationsByType, type Conflict } from '../state/details';
import { append, clear, h } from './dom';
import { showBanner } from './banner';

export function mountDetailsPanel(app: ViewerApp, root: HTMLElement): void {
  const g = app.graph;
  let articleRequest = 0;

  const chip = (label: string) => {
    const c = h('span', { class: 'chip' }, label);
    c.style.setProperty('--chip', labelColor(label));
    return c;
  };

  const articleName = (id: string) => {
    if (!g.hasNode(id)) return id;
    const p = g.getNodeAttribute(id, 'properties');
    const title = typeof p.title === 'string' && p.title ? (p.title.length > 40 ? p.title.slice(0, 39) + '\u2026' : p.title) : g.getNodeAttribute(id, 'name');
    const who = typeof p.publisher === 'string' && p.publisher ? p.publisher : title;
    return typeof p.published === 'string' && p.published ? `${who} \u00b7 ${p.published}` : who;
  };

  const sourceButton = (id: string, sentences: string[]) =>
    h('button', { type: 'button', class: 'source', testid: 'evidence-source', title: g.hasNode(id) ? g.getNodeAttribute(id, 'name') : id, onclick: () => void openArticle(id, sentences) }, articleName(id));

  const nodeLink = (key: string) => {
    const a = g.getNodeAttributes(key);
    return h('button', { type: 'button', class: 'node-link', onclick: () => app.focusNode(key) }, chip(a.nodeLabel), h('span', {}, a.name));
  };

  const evidenceBlock = (props: Record<string, unknown>) => {
    const p = provenanceOf(props);
    if (p.evidence.length === 0 && p.sources.length === 0) return null;
    return h(
      'div',
      { class: 'provenance' },
      h('ul', { class: 'evidence-list' }, ...p.evidence.map((s) => h('li', { class: 'evidence', testid: 'evidence' }, h('blockquote', {}, s)))),
      h(
        'div',
        { class: 'evidence-meta' },
        p.confidence !== null ? h('span', { class: 'confidence', title: 'extraction confidence' }, `confidence ${p.confidence.toFixed(2)}`) : null,
        ...p.sources.map((s) => sourceButton(s, p.evidence)),
      ),
    );
  };

  const conflictBlock = (conflicts: Conflict[], props: Record<string, unknown>) =>
    conflicts.length === 0
      ? null
      : h(
          'div',
          { class: 'conflict', testid: 'conflict', role: 'note' },
          ...conflicts.map((c) =>
            h(
              'div',
              {},
              h('div', { class: 'conflict-head' }, '\u26a0 Sources disagree on ', h('code', {}, c.property), ` (shown: ${c.chosen})`),
              h(
                'ul',
                {},
                ...c.claims.map((claim) => h('li', {}, h('strong', {}, claim.value), ' \u2014 ', ...claim.sources.map((s) => sourceButton(s, provenanceOf(props).evidence)))),
              ),
            ),
          ),
        );

  const propertiesTable = (props: Record<string, unknown>) => {
    const rows = displayProperties(props);
    if (rows.length === 0) return null;
    return h('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  };

  const renderEmpty = () => {
    clear(root);
    root.append(
      h('div', { class: 'empty-details' }, h('h2', {}, 'Details'), h('p', { class: 'muted' }, 'Search, or click a node or a relationship, to see its facts and the sentences that state them.')),
    );
  };

  const renderNode = (key: string) => {
    const a = g.getNodeAttributes(key);
    const props = a.properties;
    const groups = relationsByType(g, key);
    clear(root);
    const header = h('header', { class: 'details-head' }, chip(a.nodeLabel), h('h1', { testid: 'details-name' }, a.name));
    const aliases = a.aliases.filter((x) => x !== a.name);
    root.append(header);
    if (aliases.length) root.append(h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also: '), aliases.join(' \u00b7 ')));
    if (a.nodeLabel === 'Article') {
      root.append(
        h(
          'div',
          { class: 'button-row' },
          h('button', { type: 'button', class: 'btn small', onclick: () => void openArticle(key, []) }, 'Read article'),
          h('button', { type: 'button', class: 'btn small', onclick: () => app.setFilters({ ...app.state.filters, source: key, hiddenLabels: app.state.filters.hiddenLabels.filter((l) => l !== 'Article') }) }, 'Show only this article'),
        ),
      );
    }
    const table = propertiesTable(props);
    if (table) root.append(table);
    const conflicts = conflictBlock(conflictsOf(props), props);
    if (conflicts) root.append(conflicts);
    const own = evidenceBlock(props);
    if (own) root.append(h('h3', {}, 'Evidence'), own);
    if (groups.length) root.append(h('h3', {}, 'Relations'));
    for (const group of groups) {
      const title = group.direction === 'out' ? `${group.type} \u2192` : `\u2190 ${group.type}`;
      const section = h('section', { class: 'relation-group' }, h('h4', { class: 'mono' }, title, h('span', { class: 'count' }, String(group.items.length))));
      for (const item of group.items) {
        const ep = g.getEdgeAttribute(item.edge, 'properties');
        const li = h(
          'div',
          { class: 'relation' },
          h('div', { class: 'relation-head' }, nodeLink(item.other), h('button', { type: 'button', class: 'link small', title: 'Relationship details', onclick: () => app.select({ kind: 'edge', key: item.edge }) }, 'details')),
        );
        if (group.type !== 'MENTIONS') {
          const c = conflictBlock(conflictsOf(ep), ep);
          if (c) li.append(c);
          const ev = evidenceBlock(ep);
          if (ev) li.append(ev);
        }
        section.append(li);
      }
      root.append(section);
    }
  };

  const renderEdge = (key: string) => {
    const a = g.getEdgeAttributes(key);
    const [s, t] = g.extremities(key);
    clear(root);
    root.append(
      h('header', { class: 'details-head' }, h('span', { class: 'chip rel mono' }, a.relType), h('h1', { testid: 'details-name' }, `${g.getNodeAttribute(s, 'name')} \u2192 ${g.getNodeAttribute(t, 'name')}`)),
      h('div', { class: 'endpoints' }, nodeLink(s), h('span', { class: 'arrow mono' }, `\u2014${a.relType}\u2192`), nodeLink(t)),
    );
    const table = propertiesTable(a.properties);
    if (table) root.append(table);
    const c = conflictBlock(conflictsOf(a.properties), a.properties);
    if (c) root.append(c);
    const ev = evidenceBlock(a.properties);
    if (ev) root.append(h('h3', {}, 'Evidence'), ev);
  };

  const render = () => {
    const sel = app.state.selected;
    root.scrollTop = 0;
    if (!sel) renderEmpty();
    else if (sel.kind === 'node') renderNode(sel.key);
    else renderEdge(sel.key);
  };

  async function openArticle(id: string, sentences: string[]): Promise<void> {
    const request = ++articleRequest;
    const back = h('button', { type: 'button', class: 'link', testid: 'article-back', onclick: render }, '\u2190 Back');
    clear(root);
    root.append(back, h('p', { class: 'muted' }, 'Loading article\u2026'));
    try {
      const article = await fetchArticle(id);
      if (request !== articleRequest) return;
      const text = h('div', { class: 'article-text', testid: 'article-text' });
      for (const seg of highlightSegments(article.text, sentences)) text.append(seg.mark ? h('mark', { testid: 'evidence-highlight' }, seg.text) : document.createTextNode(seg.text));
      const meta = [article.publisher, article.author, article.published].filter(Boolean).join(' \u00b7 ');
      clear(root);
      append(root, [
        back,
        h('header', { class: 'details-head' }, chip('Article'), h('h1', {}, article.title ?? id)),
        meta ? h('p', { class: 'muted' }, meta) : null,
        article.url && /^https?:\/\//i.test(article.url) ? h('p', {}, h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.url)) : null,
        text,
      ]);
      text.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } catch (e) {
      if (request !== articleRequest) return;
      clear(root);
      const err = e as ApiError;
      root.append(back, h('p', { class: 'error' }, err.message));
      if (err.code === 'UNREACHABLE') showBanner(err.message);
    }
  }

  render();
  app.onChange((c) => {
    if (c === 'selection' || c === 'search') render();
  });
}
