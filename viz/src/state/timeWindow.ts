/**
 * The time window over event dates: bounds from the events, a histogram for the slider, the overlap test
 * the reducers use, and the next window when "play" steps forward.
 */
import type { DayRange } from './dates';

export interface TimeWindow {
  from: number;
  to: number;
}

/** the smallest window holding every range, or null when there is none */
export function timeBounds(ranges: Iterable<DayRange>): TimeWindow | null {
  let from = Infinity, to = -Infinity;
  for (const r of ranges) {
    from = Math.min(from, r.start);
    to = Math.max(to, r.end);
  }
  return from === Infinity ? null : { from, to };
}

/** an event is in the window when its (possibly imprecise) date overlaps it */
export function inWindow(range: DayRange, w: TimeWindow): boolean {
  return range.end >= w.from && range.start <= w.to;
}

/** the window clamped into bounds, from <= to */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const from = Math.max(bounds.from, Math.min(w.from, bounds.to));
  const to = Math.min(bounds.to, Math.max(w.to, bounds.from));
  return from <= to ? { from, to } : { from: to, to: from };
}

export function isFullWindow(w: TimeWindow, bounds: TimeWindow): boolean {
  return w.from <= bounds.from && w.to >= bounds.to;
}

/**
 * Counts per bin over bounds (equal-width bins; an event counts in the bin of its start day).
 */
export function histogram(ranges: Iterable<DayRange>, bounds: TimeWindow, bins: number): number[] {
  const counts = new Array<number>(Math.max(1, bins)).fill(0);
  const span = bounds.to - bounds.from + 1;
  for (const r of ranges) {
    const i = Math.floor(((r.start - bounds.from) / span) * counts.length);
    counts[Math.max(0, Math.min(counts.length - 1, i))]! += 1;
  }
  return counts;
}

/**
 * The window after one play step: the same width moved forward by `step` days; when it has reached the
 * end, it starts over at the beginning. Returns null when the window already covers everything.
 */
export function nextPlayWindow(w: TimeWindow, bounds: TimeWindow, step: number): TimeWindow | null {
  const width = w.to - w.from;
  if (width >= bounds.to - bounds.from) return null;
  if (w.to >= bounds.to) return { from: bounds.from, to: bounds.from + width };
  const to = Math.min(bounds.to, w.to + step);
  return { from: to - width, to };
}
