/** A message across the top of the page (server gone, no WebGL, empty graph). Text only. */
import { h } from './dom';

export function showBanner(message: string, kind: 'error' | 'info' = 'error', action?: { label: string; run: () => void }): void {
  let banner = document.getElementById('banner');
  if (!banner) {
    banner = h('div', { id: 'banner', role: 'alert', testid: 'banner' });
    document.body.prepend(banner);
  }
  banner.className = `banner ${kind}`;
  banner.replaceChildren(h('span', {}, message));
  if (action) banner.append(h('button', { type: 'button', class: 'btn small', onclick: action.run }, action.label));
  banner.append(h('button', { type: 'button', class: 'link close', 'aria-label': 'Dismiss', onclick: () => banner!.remove() }, '\u00d7'));
}

/** a message in place of the graph (no WebGL, server unreachable at start) */
export function showFatal(container: HTMLElement, title: string, body: string, action?: { label: string; run: () => void }): void {
  document.body.classList.add('no-graph'); // hides the tools that need a graph
  container.replaceChildren(
    h('div', { class: 'fatal', role: 'alert', testid: 'fatal' }, h('h2', {}, title), h('p', {}, body), action ? h('button', { type: 'button', class: 'btn', onclick: action.run }, action.label) : null),
  );
}
