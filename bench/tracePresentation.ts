/**
 * When did a picture the page made reach the screen? Read from a Chromium trace (categories
 * `disabled-by-default-devtools.timeline.frame` and `blink.user_timing`), not from requestAnimationFrame.
 *
 * rAF callbacks are not presented frames: under a CPU renderer the main thread can run several animation
 * frames while the compositor draws and swaps once (the others are dropped or merged), so counting rAFs
 * overstates the frame rate. Chromium's frame pipeline reporter (the one DevTools' Frames track uses) says,
 * for every compositor frame, whether it was presented and when: a `PipelineReporter` async slice whose
 * state is STATE_PRESENTED_ALL / _PARTIAL ends at the presentation time, and its `StartDrawToSwapStart`
 * stage says when the compositor started drawing it. A change made on the main thread (a CSS transform set
 * in an input handler, a WebGL render in a rAF callback) reaches the compositor when its commit is
 * activated; it is on screen in the first presented frame drawn after that activation.
 *
 * Times are trace microseconds. Everything here is pure; bench/viewer-bench.ts records the trace.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid?: number;
  tid?: number;
  /** a complete ('X') event's duration */
  dur?: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: { frame_reporter?: { state?: string } } & Record<string, unknown>;
}

/** the events of a trace as browser.stopTracing() gives it (a bare array or {traceEvents}) */
export function traceEvents(buffer: Buffer): TraceEvent[] {
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(trace) ? trace : trace.traceEvents;
}

/** the times (µs) of the page's performance.mark(name), in order */
export function traceMarks(events: TraceEvent[], name: string): number[] {
  return events.filter((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'b')).map((e) => e.ts).sort((a, b) => a - b);
}

export interface PresentedFrame {
  /** the compositor started drawing it */
  drawStart: number;
  /** it was presented */
  presented: number;
}

const asyncKey = (e: TraceEvent) => `${e.pid ?? ''}:${e.id ?? e.id2?.local ?? e.id2?.global ?? ''}`;
const byTs = (events: TraceEvent[]) => [...events].sort((a, b) => a.ts - b.ts);

/**
 * The presented compositor frames of process `pid`, in presentation order. Reporter ids come from a pool
 * and are reused, never while in use: a `b` opens the reporter of its id, the stages with that id belong
 * to it until its `e`.
 */
export function presentedCompositorFrames(events: TraceEvent[], pid: number): PresentedFrame[] {
  const open = new Map<string, { state: string; drawStart?: number }>();
  const out: PresentedFrame[] = [];
  for (const e of byTs(events)) {
    if (e.pid !== pid) continue;
    const key = asyncKey(e);
    if (e.name === 'PipelineReporter' && e.ph === 'b') open.set(key, { state: e.args?.frame_reporter?.state ?? '' });
    else if (e.name === 'StartDrawToSwapStart' && e.ph === 'b') {
      const r = open.get(key);
      if (r) r.drawStart = e.ts;
    } else if (e.name === 'PipelineReporter' && e.ph === 'e') {
      const r = open.get(key);
      open.delete(key);
      if (r && r.drawStart !== undefined && r.state.startsWith('STATE_PRESENTED')) out.push({ drawStart: r.drawStart, presented: e.ts });
    }
  }
  return out.sort((a, b) => a.presented - b.presented);
}

/** when main-thread commits of process `pid` reached the compositor's active tree (ends of `Activation`) */
export function activations(events: TraceEvent[], pid: number): number[] {
  return byTs(events)
    .filter((e) => e.pid === pid && e.name === 'Activation' && e.ph === 'e')
    .map((e) => e.ts);
}

/**
 * For each main-thread change at time `t`: the presentation time of the first frame drawn from a tree
 * activated after `t` (undefined if none was presented in the trace).
 */
export function changeToPresentation(changes: number[], activated: number[], frames: PresentedFrame[]): Array<number | undefined> {
  return changes.map((t) => {
    const a = activated.find((x) => x >= t);
    if (a === undefined) return undefined;
    let best: number | undefined;
    for (const f of frames) if (f.drawStart >= a && (best === undefined || f.presented < best)) best = f.presented;
    return best;
  });
}

/** the distinct presentation times of a set of changes, in order */
export function distinctPresentations(presented: Array<number | undefined>): number[] {
  return [...new Set(presented.filter((x): x is number => x !== undefined))].sort((a, b) => a - b);
}

/**
 * The changes of a trace recorded around bench/pageChanges.ts: the `ng-change-start` marks and, for each
 * change, when the first picture committed after its `ng-change-end` was presented and how long after
 * its start (ms; NaN when it never reached the screen within the trace, which must not count as fast).
 */
export function changesOnScreen(events: TraceEvent[]): { starts: number[]; shown: Array<number | undefined>; screenMs: number[] } {
  const starts = traceMarks(events, 'ng-change-start');
  const ends = traceMarks(events, 'ng-change-end');
  const pid = events.find((e) => e.name === 'ng-change-start')?.pid ?? -1;
  const shown = changeToPresentation(ends, activations(events, pid), presentedCompositorFrames(events, pid));
  const screenMs = shown.map((p, i) => (p === undefined || starts[i] === undefined ? NaN : (p - starts[i]!) / 1000));
  return { starts, shown, screenMs };
}

/** The names of a trace's threads (`pid:tid`) and processes, from its metadata events. */
export function threadNames(events: TraceEvent[]): { threads: Map<string, string>; processes: Map<number, string> } {
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name));
    else if (e.name === 'process_name') processes.set(e.pid ?? -1, String(e.args?.name));
  }
  return { threads, processes };
}

export interface ThreadBusy {
  /** `pid:tid` */
  thread: string;
  pid: number;
  /** µs of top-level complete events (not inside an earlier one of the same thread), cut at the window's end */
  busy: number;
  /** µs per event name, nested ones included */
  byName: Map<string, number>;
}

/** Per thread, what its complete ('X') events took within the windows [start, end) (summed over them), busiest first. */
export function threadBusy(events: TraceEvent[], windows: ReadonlyArray<readonly [number, number]>): ThreadBusy[] {
  const xs = byTs(events.filter((e) => e.ph === 'X' && e.dur !== undefined));
  const per = new Map<string, ThreadBusy>();
  for (const [start, end] of windows) {
    const lastEnd = new Map<string, number>();
    for (const e of xs) {
      if (e.ts < start) continue;
      if (e.ts >= end) break;
      const thread = `${e.pid}:${e.tid}`;
      let p = per.get(thread);
      if (!p) per.set(thread, (p = { thread, pid: e.pid ?? -1, busy: 0, byName: new Map() }));
      const dur = Math.min(e.dur!, end - e.ts);
      if (e.ts >= (lastEnd.get(thread) ?? 0)) {
        p.busy += dur;
        lastEnd.set(thread, e.ts + dur);
      }
      p.byName.set(e.name, (p.byName.get(e.name) ?? 0) + dur);
    }
  }
  return [...per.values()].sort((a, b) => b.busy - a.busy);
}
