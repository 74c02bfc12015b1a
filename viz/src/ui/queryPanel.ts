/**
 * The Cypher box: runs a query through POST /api/query, shows the result as a table, highlights the
 * result's nodes and relationships in the graph, and shows errors with the caret excerpt.
 */
import type { ViewerApp } from '../app';
import { runQuery, ApiError } from '../api';
import { cellText, collectGraphKeys, type JsonValue } from '../state/queryResult';
import { clear, h } from './dom';
import { showBanner } from './banner';

const EXAMPLE = 'MATCH (p:Person)-[r:LEADER_OF]->(c:Country)\nRETURN p, r, c';
const MAX_SHOWN_ROWS = 500;

export function mountQueryPanel(app: ViewerApp, root: HTMLElement): void {
  const input = h('textarea', { testid: 'cypher-input', class: 'mono', spellcheck: 'false', rows: 4, 'aria-label': 'Cypher query' });
  input.value = EXAMPLE;
  const run = h('button', { type: 'button', class: 'btn primary', testid: 'cypher-run' }, 'Run');
  const clearBtn = h('button', { type: 'button', class: 'btn', testid: 'cypher-clear' }, 'Clear');
  const status = h('span', { class: 'muted', testid: 'cypher-status' });
  const placeholder = () => h('p', { class: 'muted' }, 'Results appear here as a table; the nodes and relationships they contain are highlighted in the graph.');
  const out = h('div', { class: 'query-output' }, placeholder());
  const note = app.data.features.writes ? 'writes allowed' : 'read-only';
  root.append(
    h('div', { class: 'query-editor' }, input, h('div', { class: 'query-actions' }, run, clearBtn, h('span', { class: 'hint' }, `Ctrl+Enter \u00b7 ${note}`), status)),
    out,
  );

  const showError = (e: unknown) => {
    const err = e instanceof ApiError ? e : new ApiError('INTERNAL', String(e));
    const excerpt = typeof err.details.excerpt === 'string' ? err.details.excerpt : null;
    const where = typeof err.details.line === 'number' ? ` (line ${err.details.line}, column ${err.details.column})` : '';
    clear(out);
    out.append(
      h(
        'div',
        { class: 'query-error', testid: 'cypher-error', role: 'alert' },
        h('div', { class: 'error-title' }, h('code', {}, String(err.details.cypherClass ?? err.code)), where),
        h('div', {}, err.message),
        excerpt ? h('pre', { class: 'caret mono', testid: 'cypher-caret' }, excerpt) : null,
      ),
    );
    app.setQueryHighlight(null);
    if (err.code === 'UNREACHABLE') showBanner(err.message);
  };

  const execute = async () => {
    const query = input.value;
    if (query.trim() === '') return;
    run.disabled = true;
    status.textContent = 'Running\u2026';
    try {
      const result = await runQuery(query);
      const rows = result.rows as JsonValue[][];
      const table = h(
        'table',
        { testid: 'cypher-result', class: 'result-table' },
        h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', {}, c)))),
        h('tbody', {}, ...rows.slice(0, MAX_SHOWN_ROWS).map((r) => h('tr', {}, ...r.map((v) => h('td', {}, cellText(v)))))),
      );
      clear(out);
      out.append(table);
      const shown = Math.min(rows.length, MAX_SHOWN_ROWS);
      status.textContent = `${rows.length} row${rows.length === 1 ? '' : 's'}${result.truncated ? ' (cut at the server\u2019s row cap)' : ''}${shown < rows.length ? `, ${shown} shown` : ''} \u00b7 ${result.ms ?? '?'} ms`;
      const keys = collectGraphKeys(rows);
      app.setQueryHighlight({ nodes: new Set([...keys.nodes].filter((k) => app.graph.hasNode(k))), edges: new Set([...keys.edges].filter((k) => app.graph.hasEdge(k))) });
    } catch (e) {
      status.textContent = '';
      showError(e);
    } finally {
      run.disabled = false;
    }
  };

  run.addEventListener('click', () => void execute());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void execute();
    }
  });
  clearBtn.addEventListener('click', () => {
    out.replaceChildren(placeholder());
    status.textContent = '';
    app.setQueryHighlight(null);
  });
}
