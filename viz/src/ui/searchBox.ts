/**
 * Search over names and aliases with keyboard navigation (ArrowUp/Down, Enter, Escape). Choosing a
 * result selects the node and flies the camera to it. The index (about 0.1 s at 10k nodes) is not needed
 * for the first frame: it is built by `warm()` once the graph is drawn, or by the first keystroke.
 */
import type { ViewerApp } from '../app';
import { createNodeSearch, type NodeSearch, type SearchHit } from '../state/search';
import { labelColor } from '../state/palette';
import { clear, h } from './dom';

export function mountSearchBox(app: ViewerApp, input: HTMLInputElement, list: HTMLElement): { warm(): void } {
  let built: NodeSearch | null = null;
  const index = (): NodeSearch =>
    (built ??= createNodeSearch(app.graph.mapNodes((key, a) => ({ key, name: a.name, aliases: a.aliases, label: a.nodeLabel, weight: a.degree + a.mentions }))));
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    hits = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const choose = (hit: SearchHit) => {
    input.value = hit.name;
    app.setSearch(hit.name);
    close();
    app.focusNode(hit.key);
  };

  const render = () => {
    clear(list);
    if (input.value.trim() === '') return close();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (hits.length === 0) {
      list.append(h('li', { class: 'no-results' }, 'No match'));
      return;
    }
    hits.forEach((hit, i) => {
      const dot = h('span', { class: 'swatch dot' });
      dot.style.background = labelColor(hit.label);
      const li = h(
        'li',
        { role: 'option', id: `search-opt-${i}`, testid: 'search-result', class: i === active ? 'active' : '', 'aria-selected': i === active ? 'true' : 'false' },
        dot,
        h('span', { class: 'result-name' }, hit.name),
        hit.matchedAlias ? h('span', { class: 'result-alias' }, hit.matchedAlias) : null,
        h('span', { class: 'result-label' }, hit.label),
      );
      li.addEventListener('mousedown', (e) => {
        e.preventDefault(); // keep focus in the input
        choose(hit);
      });
      list.append(li);
    });
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    hits = index().search(input.value, 8);
    active = hits.length ? 0 : -1;
    app.setSearch(input.value);
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter' && active >= 0 && hits[active]) {
      choose(hits[active]!);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (input.value.trim()) {
      hits = index().search(input.value, 8);
      active = hits.length ? 0 : -1;
      render();
    }
  });
  app.onChange((c) => {
    if (c === 'search') input.value = app.state.q;
  });
  input.value = app.state.q;
  close();
  return { warm: () => void index() };
}
