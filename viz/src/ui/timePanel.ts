/**
 * The time window over event dates: a histogram of events, a two-thumb range slider (two range inputs
 * over one track), the window's dates, play (slides the window forward) and reset.
 */
import type { ViewerApp } from '../app';
import { formatDay } from '../state/dates';
import { histogram, nextPlayWindow, type TimeWindow } from '../state/timeWindow';
import { clear, h } from './dom';

const BINS = 48;
const PLAY_MS = 700;

export function mountTimePanel(app: ViewerApp, root: HTMLElement): void {
  clear(root);
  const bounds = app.bounds;
  const head = h('h2', {}, 'Time window');
  if (!bounds) {
    root.append(head, h('p', { class: 'muted' }, 'No dated events in this graph.'));
    return;
  }
  const counts = histogram(app.eventDates, bounds, BINS);
  const max = Math.max(1, ...counts);
  const bars = counts.map((c) => {
    const bar = h('div', { class: 'bar', title: `${c} event${c === 1 ? '' : 's'}` });
    bar.style.height = `${c === 0 ? 0 : 8 + (92 * c) / max}%`;
    return bar;
  });
  const hist = h('div', { class: 'histogram', testid: 'time-histogram' }, ...bars);
  const from = h('input', { type: 'range', min: bounds.from, max: bounds.to, step: 1, testid: 'time-from', 'aria-label': 'Window start' });
  const to = h('input', { type: 'range', min: bounds.from, max: bounds.to, step: 1, testid: 'time-to', 'aria-label': 'Window end' });
  const slider = h('div', { class: 'range-slider', testid: 'time-range' }, from, to);
  const label = h('div', { class: 'time-label mono', testid: 'time-label' });
  const play = h('button', { type: 'button', class: 'btn small', testid: 'time-play' }, 'Play');
  const reset = h('button', { type: 'button', class: 'link', testid: 'time-reset' }, 'All dates');
  root.append(h('div', { class: 'section-head' }, head, reset), hist, slider, h('div', { class: 'time-row' }, label, play));

  const current = (): TimeWindow => app.state.time ?? bounds;
  const onInput = (which: 'from' | 'to') => {
    let a = Number(from.value), b = Number(to.value);
    if (a > b) {
      if (which === 'from') b = a;
      else a = b;
    }
    app.setTime({ from: a, to: b });
  };
  from.addEventListener('input', () => onInput('from'));
  to.addEventListener('input', () => onInput('to'));
  reset.addEventListener('click', () => {
    stop();
    app.setTime(null);
  });

  let timer: number | undefined;
  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const span = bounds.to - bounds.from;
    if (app.state.time === null) app.setTime({ from: bounds.from, to: bounds.from + Math.max(1, Math.round(span / 5)) });
    play.textContent = 'Pause';
    timer = window.setInterval(() => {
      const w = current();
      const next = nextPlayWindow(w, bounds, Math.max(1, Math.round((w.to - w.from) / 4)));
      if (next === null) return stop();
      app.setTime(next);
      if (next.to >= bounds.to) stop();
    }, PLAY_MS);
  });

  const sync = () => {
    const w = current();
    from.value = String(w.from);
    to.value = String(w.to);
    label.textContent = `${formatDay(w.from)} \u2192 ${formatDay(w.to)}`;
    const span = bounds.to - bounds.from + 1;
    bars.forEach((bar, i) => {
      const binFrom = bounds.from + (i * span) / BINS, binTo = bounds.from + ((i + 1) * span) / BINS - 1;
      bar.classList.toggle('out', binTo < w.from || binFrom > w.to);
    });
  };
  sync();
  app.onChange((c) => {
    if (c === 'time' || c === 'search' || c === 'filters') sync();
  });
}
