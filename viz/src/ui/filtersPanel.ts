/**
 * Left panel: the legend (colour and count per label, per relationship type) doubles as the label and
 * type filters; a source-article filter; size-by.
 */
import type { ViewerApp } from '../app';
import { compareLabels, edgeTypeColor, labelColor } from '../state/palette';
import { DEFAULT_FILTERS, toggled } from '../state/filters';
import { SIZE_BY, type SizeBy } from '../state/sizing';
import { clear, h } from './dom';

export function mountFiltersPanel(app: ViewerApp, labelsRoot: HTMLElement, moreRoot: HTMLElement): void {
  const labelCounts = new Map<string, number>();
  app.graph.forEachNode((_k, a) => labelCounts.set(a.nodeLabel, (labelCounts.get(a.nodeLabel) ?? 0) + 1));
  const typeCounts = new Map<string, number>();
  app.graph.forEachEdge((_k, a) => typeCounts.set(a.relType, (typeCounts.get(a.relType) ?? 0) + 1));
  const labels = [...labelCounts.keys()].sort(compareLabels);
  const types = [...typeCounts.keys()].sort();

  const labelBoxes = new Map<string, HTMLInputElement>();
  const typeBoxes = new Map<string, HTMLInputElement>();

  const labelRows = labels.map((label) => {
    const box = h('input', { type: 'checkbox', testid: `filter-label-${label}`, 'aria-label': `Show ${label}` });
    box.addEventListener('change', () => app.setFilters({ ...app.state.filters, hiddenLabels: toggled(app.state.filters.hiddenLabels, label, box.checked) }));
    labelBoxes.set(label, box);
    const swatch = h('span', { class: 'swatch dot' });
    swatch.style.background = labelColor(label);
    return h('label', { class: 'legend-row' }, box, swatch, h('span', { class: 'legend-name' }, label), h('span', { class: 'count' }, String(labelCounts.get(label))));
  });

  const typeRows = types.map((type) => {
    const box = h('input', { type: 'checkbox', testid: `filter-type-${type}`, 'aria-label': `Show ${type}` });
    box.addEventListener('change', () => app.setFilters({ ...app.state.filters, hiddenTypes: toggled(app.state.filters.hiddenTypes, type, box.checked) }));
    typeBoxes.set(type, box);
    const swatch = h('span', { class: 'swatch line' });
    swatch.style.background = edgeTypeColor(type);
    return h('label', { class: 'legend-row' }, box, swatch, h('span', { class: 'legend-name mono' }, type), h('span', { class: 'count' }, String(typeCounts.get(type))));
  });

  const source = h('select', { testid: 'filter-source', 'aria-label': 'Source article' });
  source.append(h('option', { value: '' }, 'All articles'));
  const articles = app.graph.filterNodes((_k, a) => a.nodeLabel === 'Article');
  articles
    .map((k) => ({ k, a: app.graph.getNodeAttributes(k) }))
    .sort((x, y) => String(y.a.properties.published ?? '').localeCompare(String(x.a.properties.published ?? '')) || x.a.name.localeCompare(y.a.name))
    .forEach(({ k, a }) => {
      const meta = [a.properties.publisher, a.properties.published].filter((x) => typeof x === 'string' && x).join(', ');
      source.append(h('option', { value: k }, meta ? `${a.name} (${meta})` : a.name));
    });
  source.addEventListener('change', () => app.setFilters({ ...app.state.filters, source: source.value || null }));

  const sizeBy = h('select', { testid: 'size-by', 'aria-label': 'Size nodes by' });
  for (const s of SIZE_BY) sizeBy.append(h('option', { value: s }, s === 'degree' ? 'Relationships (degree)' : 'Mentions in articles'));
  sizeBy.addEventListener('change', () => app.setSizeBy(sizeBy.value as SizeBy));

  const reset = h('button', { class: 'link', type: 'button', testid: 'filters-reset' }, 'Reset');
  reset.addEventListener('click', () => app.setFilters(DEFAULT_FILTERS));

  clear(labelsRoot);
  clear(moreRoot);
  labelsRoot.append(h('section', { class: 'panel-section' }, h('div', { class: 'section-head' }, h('h2', {}, 'Labels'), reset), ...labelRows));
  moreRoot.append(
    h('section', { class: 'panel-section' }, h('h2', {}, 'Relationships'), ...typeRows),
    h('section', { class: 'panel-section' }, h('h2', {}, 'Source article'), source, h('h2', {}, 'Node size'), sizeBy),
  );

  const sync = () => {
    const f = app.state.filters;
    for (const [l, box] of labelBoxes) box.checked = !f.hiddenLabels.includes(l);
    for (const [t, box] of typeBoxes) box.checked = !f.hiddenTypes.includes(t);
    source.value = f.source ?? '';
    sizeBy.value = app.state.sizeBy;
  };
  sync();
  app.onChange((c) => {
    if (c === 'filters' || c === 'size' || c === 'search') sync();
  });
}
